import { describe, expect, it } from 'vitest';
import { MAX_REFUSALS, mergeById, parseEventCollection, parseEventsText } from '../../../src/app/state/load-events.ts';
import { toCollection } from '../../../src/geo/features.ts';
import { EventRecord } from '../../../src/schema/index.ts';

const event = EventRecord.parse({
  id: 'e1',
  type: 'airstrike',
  status: 'reported',
  date: { start: '2017-06-06', end: '2017-06-06', precision: 'day', phrase: 'أمس', basis: 'text' },
  place: {
    id: 'raqqa',
    name: { ar: 'الرقة', en: 'Ar-Raqqa' },
    kind: 'city',
    coordinates: [39.01, 35.95],
    admin1: 'SY11',
    precision: 'town',
    confidence: 0.9,
    mention: { surface: 'الرقة', span: [10, 15] },
  },
  actors: [],
  fatalities: null,
  injured: null,
  trigger: { surface: 'غارات', span: [0, 5] },
  denies: null,
  sources: [{ report: 'r1', outlet: null, url: null, published: '2017-06-07', quote: 'غارات على الرقة', span: [0, 15] }],
});

describe('parseEventCollection', () => {
  it('keeps valid event features and counts the rest as skipped', () => {
    const fc = toCollection([event]) as { features: unknown[] };
    fc.features.push({ type: 'Feature', geometry: null, properties: {} }, 'junk');
    const loaded = parseEventCollection(fc);
    expect(loaded.events).toEqual([event]);
    expect(loaded.skipped).toBe(2);
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(() => parseEventCollection({ type: 'Feature' })).toThrow(/FeatureCollection/);
    expect(() => parseEventCollection(null)).toThrow();
  });
});

describe('parseEventsText (dropped files)', () => {
  it('reads a FeatureCollection', () => {
    const loaded = parseEventsText(JSON.stringify(toCollection([event]), null, 2));
    expect(loaded).toEqual({ events: [event], skipped: 0, refused: [] });
  });

  it('reads NDJSON of EventRecords or Features, skipping bad lines', () => {
    const lines = [JSON.stringify(event), '', JSON.stringify(toCollection([{ ...event, id: 'e2' }]).features[0]), '{oops', '{"id":"x"}'];
    const loaded = parseEventsText(lines.join('\n'));
    expect(loaded.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(loaded.skipped).toBe(2);
  });
});

describe('refused features and lines say where and why', () => {
  it('names the feature (counting from 1) and the first schema issue', () => {
    const fc = toCollection([event]) as { features: unknown[] };
    const bad = structuredClone(fc.features[0]) as { properties: { type: string } };
    bad.properties.type = 'alien-invasion';
    fc.features.push('junk', bad);
    const loaded = parseEventCollection(fc);
    expect(loaded.events).toHaveLength(1);
    expect(loaded.refused.map((r) => [r.at, r.index])).toEqual([
      ['feature', 2],
      ['feature', 3],
    ]);
    expect(loaded.refused[1]!.reason).toMatch(/^properties\.type: /);
  });

  it('names NDJSON lines by their number in the file, blank lines included', () => {
    const lines = ['', JSON.stringify(event), '{oops', '', JSON.stringify({ ...event, date: { ...event.date, precision: 'fortnight' } })];
    const loaded = parseEventsText(lines.join('\n'));
    expect(loaded.events).toHaveLength(1);
    expect(loaded.refused).toEqual([
      { at: 'line', index: 3, reason: 'not JSON' },
      { at: 'line', index: 5, reason: expect.stringMatching(/^date\.precision: /) },
    ]);
  });

  it('counts every refusal but keeps only the first few reasons', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `{"bad":${i}}`);
    const loaded = parseEventsText(lines.join('\n'));
    expect(loaded.skipped).toBe(40);
    expect(loaded.refused).toHaveLength(MAX_REFUSALS);
    expect(loaded.refused[0]!.index).toBe(1);
  });
});

describe('mergeById', () => {
  it('keeps one event per id, the later copy winning', () => {
    const changed = { ...event, status: 'claimed' as const };
    const merged = mergeById([event], [changed, { ...event, id: 'e2' }]);
    expect(merged.map((e) => [e.id, e.status])).toEqual([
      ['e1', 'claimed'],
      ['e2', 'reported'],
    ]);
  });
});
