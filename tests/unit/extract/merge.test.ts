import { describe, expect, it } from 'vitest';
import { datePrecisionOf } from '../../../src/extract/dates/calendar.ts';
import { MERGE_DISTANCE_COARSE_KM, MERGE_DISTANCE_KM, mergeEvents, sameEvent } from '../../../src/extract/merge.ts';
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

/**
 * The merge rule read literally: every earlier record of the same type and status in the 3 × 3 grid cells
 * around the event, cell by cell, oldest first within a cell; the first that is the same event and tells of
 * none of its reports takes it. Slow (it looks at every record) but plain: the indexed mergeEvents must
 * give exactly its output.
 */
function mergeByScan(events: EventRecord[]): EventRecord[] {
  const cellDegrees = MERGE_DISTANCE_COARSE_KM / 111;
  const cellOf = (e: EventRecord) => e.place.coordinates.map((c) => Math.floor(c / cellDegrees)) as [number, number];
  const out: { record: EventRecord; cell: [number, number] }[] = [];
  for (const e of events) {
    const [cx, cy] = cellOf(e);
    const reports = new Set(e.sources.map((s) => s.report));
    let same: EventRecord | undefined;
    for (let dx = -1; dx <= 1 && !same; dx++) {
      for (let dy = -1; dy <= 1 && !same; dy++) {
        same = out.find(
          ({ record: o, cell }) =>
            cell[0] === cx + dx && cell[1] === cy + dy && !o.sources.some((s) => reports.has(s.report)) && sameEvent(o, e),
        )?.record;
      }
    }
    if (!same) {
      out.push({ record: { ...e, actors: [...e.actors], sources: [...e.sources] }, cell: [cx, cy] });
      continue;
    }
    same.sources.push(...e.sources);
    const [s, t] = [e.date.start, e.date.end];
    if (same.date.start !== null && same.date.end !== null && s !== null && t !== null) {
      const start = same.date.start > s ? same.date.start : s;
      const end = same.date.end < t ? same.date.end : t;
      if (start <= end) same.date = { ...same.date, start, end, precision: datePrecisionOf({ start, end }) };
    }
    same.fatalities = same.fatalities ?? e.fatalities;
    same.injured = same.injured ?? e.injured;
    for (const a of e.actors) if (!same.actors.some((x) => x.id === a.id)) same.actors.push(a);
  }
  return out.map((x) => x.record);
}

/** Many events crowded into few places, reports and weeks, with every kind of date, so that merging is busy. */
function crowd(n: number, seed: number): EventRecord[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Points a few km apart, across grid-cell edges, and two governorate centroids.
  const places: { at: [number, number]; precision: EventRecord['place']['precision'] }[] = [
    ...Array.from({ length: 12 }, (_, i) => ({ at: [36.5 + 0.045 * i, 35.9 + 0.03 * (i % 4)] as [number, number], precision: 'town' as const })),
    { at: [36.7, 36.0], precision: 'governorate' },
    { at: [37.2, 36.2], precision: 'governorate' },
  ];
  const out: EventRecord[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 120) * 86_400_000).toISOString().slice(0, 10);
    const length = pick([0, 0, 0, 1, 2, 6, 29, 365, 1500]);
    const end = new Date(Date.parse(day) + length * 86_400_000).toISOString().slice(0, 10);
    const place = pick(places);
    const e = event(`r${Math.floor(random() * (n / 3))}`, {
      at: place.at,
      start: day,
      end,
      type: pick(['airstrike', 'shelling'] as const),
      status: pick(['reported', 'reported', 'claimed'] as const),
      actors: random() < 0.5 ? [] : [{ id: pick(['russia_air', 'sdf']), name: 'x', role: pick(['initiator', 'target'] as const), phrase: 'x' }],
      fatalities: random() < 0.3 ? { count: Math.floor(random() * 20), qualifier: 'exact', who: '', phrase: 'x' } : null,
    });
    const open = random() < 0.05;
    out.push({
      ...e,
      id: `e${i}`,
      date: open ? { ...e.date, start: null, end: null, basis: 'open' } : { ...e.date, precision: datePrecisionOf({ start: day, end }) },
      place: { ...e.place, id: `p${places.indexOf(place)}`, precision: place.precision },
    });
  }
  return out;
}

describe('mergeEvents looks candidates up but decides as a scan of every record would', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives the same records as the plain scan on 1,500 crowded events (seed ${seed})`, () => {
      const events = crowd(1500, seed);
      for (const e of events) EventRecord.parse(e);
      const merged = mergeEvents(structuredClone(events));
      const expected = mergeByScan(structuredClone(events));
      // The crowd must really merge, and must really keep some apart, for the comparison to mean anything.
      expect(merged.length).toBeLessThan(events.length * 0.75);
      expect(merged.length).toBeGreaterThan(50);
      expect(merged).toEqual(expected);
    });
  }

  it('does not change the events it is given', () => {
    const events = crowd(500, 4);
    const before = structuredClone(events);
    mergeEvents(events);
    expect(events).toEqual(before);
  });
});
