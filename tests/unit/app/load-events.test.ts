import { describe, expect, it } from 'vitest';
import { mergeById, parseEventCollection, parseEventsText } from '../../../src/app/state/load-events.ts';
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
    expect(loaded).toEqual({ events: [event], skipped: 0 });
  });

  it('reads NDJSON of EventRecords or Features, skipping bad lines', () => {
    const lines = [JSON.stringify(event), '', JSON.stringify(toCollection([{ ...event, id: 'e2' }]).features[0]), '{oops', '{"id":"x"}'];
    const loaded = parseEventsText(lines.join('\n'));
    expect(loaded.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(loaded.skipped).toBe(2);
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
