import { describe, expect, it } from 'vitest';
import { MERGE_DISTANCE_COARSE_KM, MERGE_DISTANCE_KM, mergeEvents } from '../../../src/extract/merge.ts';
import { distanceKm } from '../../../src/gazetteer/distance.ts';
import { EventRecord } from '../../../src/schema/index.ts';

/** An event of report `report` at [lon, lat] over [start, end]; the rest plain. */
function event(report: string, over: Partial<EventRecord> & { at?: [number, number]; start?: string; end?: string } = {}): EventRecord {
  const { at = [36.84, 35.93], start = '2016-02-08', end = start, ...rest } = over;
  return EventRecord.parse({
    id: `ev-${report}-${rest.type ?? 'airstrike'}-${at.join(',')}`,
    type: 'airstrike',
    status: 'reported',
    date: { start, end, precision: 'day', phrase: '', basis: 'text' },
    place: {
      id: `p-${at.join(',')}`,
      name: { ar: null, en: 'Saraqib' },
      kind: 'town',
      coordinates: at,
      admin1: 'Idleb',
      precision: 'town',
      confidence: 0.9,
      mention: { surface: 'سراقب', span: [0, 5] },
    },
    actors: [{ id: 'russia_air', name: 'Russian Air Force', role: 'initiator', phrase: 'الطائرات الروسية' }],
    fatalities: null,
    injured: null,
    trigger: { surface: 'غارات', span: [6, 11] },
    denies: null,
    sources: [{ report, outlet: null, url: null, published: start, quote: 'غارات على سراقب', span: [0, 15] }],
    ...rest,
  });
}

describe('mergeEvents', () => {
  it('merges one strike told by two reports a day apart, a few km apart, into one record with both sources', () => {
    const merged = mergeEvents([event('a'), event('b', { at: [36.86, 35.95], start: '2016-02-09' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources.map((s) => s.report)).toEqual(['a', 'b']);
    expect(merged[0]?.id).toBe(event('a').id);
  });

  it('keeps apart different types, statuses, far places and distant dates', () => {
    expect(mergeEvents([event('a'), event('b', { type: 'shelling' })])).toHaveLength(2);
    expect(mergeEvents([event('a'), event('b', { status: 'denied' })])).toHaveLength(2);
    expect(mergeEvents([event('a'), event('b', { at: [37.16, 36.2] })])).toHaveLength(2);
    expect(mergeEvents([event('a'), event('b', { start: '2016-02-12' })])).toHaveLength(2);
  });

  it('never merges two events of the same report (extraction already folded those)', () => {
    expect(mergeEvents([event('a'), event('a', { at: [36.85, 35.94] })])).toHaveLength(2);
  });

  it('keeps apart events whose actors swap initiator and target', () => {
    const target = event('b', { actors: [{ id: 'russia_air', name: 'Russian Air Force', role: 'target', phrase: 'الطائرات الروسية' }] });
    expect(mergeEvents([event('a'), target])).toHaveLength(2);
  });

  it('uses the documented distance thresholds', () => {
    expect(MERGE_DISTANCE_KM).toBeLessThan(MERGE_DISTANCE_COARSE_KM);
    expect(distanceKm([36.84, 35.93], [36.86, 35.95])).toBeLessThan(MERGE_DISTANCE_KM);
    expect(distanceKm([36.84, 35.93], [37.16, 36.2])).toBeGreaterThan(MERGE_DISTANCE_KM);
  });

  it('narrows the merged date to where both reports agree', () => {
    const merged = mergeEvents([event('a', { start: '2016-02-07', end: '2016-02-10' }), event('b', { start: '2016-02-08' })]);
    expect(merged[0]?.date).toMatchObject({ start: '2016-02-08', end: '2016-02-08' });
  });
});
