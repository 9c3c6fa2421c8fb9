import { describe, expect, it } from 'vitest';
import { parseEventCollection } from '../../../src/app/state/load-events.ts';
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
