// The compiled file's bytes depend only on the entries, not on the order they were built in.
import { describe, expect, it } from 'vitest';
import { serializeGazetteer } from '../../../gazetteer/build/serialize.ts';
import type { GazetteerEntry } from '../../../src/schema/index.ts';

const a: GazetteerEntry = {
  sources: { ocha: 'C2', geonames: '9' }, id: 'C2', names: { en: ['B'], ar: ['ب'] }, kind: 'village',
  coordinates: [36, 35], country: 'SY', admin1: 'Idleb', admin2: 'Harim',
};
const b: GazetteerEntry = {
  id: 'C1', names: { ar: ['ا'], en: ['A'] }, kind: 'town', coordinates: [37, 36], country: 'SY', admin1: 'Aleppo',
  admin2: 'Afrin', population: 5, sources: { ocha: 'C1' },
};

describe('serializeGazetteer', () => {
  it('sorts entries by id and keys in schema order, one entry per line', () => {
    const text = serializeGazetteer('about', [], [a, b]);
    expect(text).toBe(serializeGazetteer('about', [], [b, a]));
    const lines = text.split('\n').filter((l) => l.startsWith('{"id"'));
    expect(lines[0]).toBe(
      '{"id":"C1","names":{"ar":["ا"],"en":["A"]},"kind":"town","coordinates":[37,36],"country":"SY","admin1":"Aleppo","admin2":"Afrin","population":5,"sources":{"ocha":"C1"}},',
    );
    expect(lines[1]).toContain('"sources":{"geonames":"9","ocha":"C2"}');
    expect(JSON.parse(text).entries.map((e: GazetteerEntry) => e.id)).toEqual(['C1', 'C2']);
  });
});
