import { describe, expect, it } from 'vitest';
import { fromFeature, toCollection, toFeature } from '../../../src/geo/features.ts';
import { readFileSync } from 'node:fs';
import { EventCollection, EventFeature, EventRecord } from '../../../src/schema/index.ts';
import { makeEvent } from '../../fixtures/event.ts';

describe('GeoJSON features', () => {
  it('puts [lon, lat] in the geometry and the rest in properties, round-tripping exactly', () => {
    const e = makeEvent();
    const f = toFeature(e);
    expect(EventFeature.parse(f)).toEqual(f);
    expect(f.geometry.coordinates).toEqual([39.009, 35.953]);
    expect('coordinates' in f.properties.place).toBe(false);
    expect(fromFeature(f)).toEqual(e);
  });
  it('gives back an event whose JSON is the same text, key order included', () => {
    const lines = readFileSync(new URL('../../fixtures/extract-corpus-merged.ndjson', import.meta.url), 'utf8').split('\n').filter((l) => l !== '');
    for (const line of lines) {
      const e = EventRecord.parse(JSON.parse(line));
      expect(JSON.stringify(fromFeature(EventFeature.parse(JSON.parse(JSON.stringify(toFeature(e))))))).toBe(JSON.stringify(e));
    }
  });
  it('makes an RFC 7946 FeatureCollection', () => {
    const fc = toCollection([makeEvent(), makeEvent({ id: 'x' })]);
    expect(EventCollection.parse(fc).features).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(fc)).type).toBe('FeatureCollection');
  });
});
