// One imported row → one event or one reason: on arbitrary values in every field, rowToEvent never
// throws, and every event it makes validates and keeps its coordinates as given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROW_FIELDS, rowToEvent, type Row } from '../../src/ingest/import/row.ts';
import { EventRecord } from '../../src/schema/index.ts';
import { anyUnicode, runs } from './arbitraries.ts';

const value = fc.oneof(
  anyUnicode(12),
  fc.constantFrom('', '1', '2', '3', '0', '7', 'day', 'month', 'year', 'town', 'region', 'reported', 'denied', '2017-06-10', '2017-06-30', '2016-02-30', '29 February 2016', '20016-01-01', '10/06/2017'),
  fc.double({ min: -200, max: 200, noNaN: false }).map(String),
  fc.integer({ min: -5, max: 1e9 }).map(String),
  fc.constantFrom('Battles', 'Armed clash', 'Strategic developments', 'Agreement', 'shelling', 'Syria', 'Homs', 'Military Forces of Syria (2000-)', 'SDF: Syrian Democratic Forces'),
);
const row: fc.Arbitrary<Row> = fc.dictionary(fc.constantFrom(...ROW_FIELDS), value, { maxKeys: ROW_FIELDS.length });

describe('rowToEvent', () => {
  it('never throws; a made event validates, with the coordinates given and spans inside its notes', () => {
    fc.assert(
      fc.property(row, (r) => {
        const out = rowToEvent(r, 'd.csv');
        if (!out.ok) {
          expect(out.message.length).toBeGreaterThan(0);
          return;
        }
        const e = EventRecord.parse(out.event);
        expect(e.place.coordinates).toEqual([Number(r.longitude!.trim()), Number(r.latitude!.trim())]);
        const q = e.sources[0]!.quote;
        expect(q.slice(...e.place.mention.span)).toBe(e.place.mention.surface);
        expect(e.date.start! <= e.date.end!).toBe(true);
      }),
      { numRuns: runs(30_000) },
    );
  });
});
