// The CSV parser and the CSV importer on arbitrary input: no throw, every record accounted for,
// written-then-read is identity, cutting the input anywhere changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv } from '../../src/ingest/csv-parse.ts';
import { importCsv } from '../../src/ingest/import/csv.ts';
import { EventRecord, Rejection } from '../../src/schema/index.ts';
import { anyUnicode, runs, someText } from './arbitraries.ts';

/** RFC 4180 writing with every field quoted (the writer's formula guard would change values). */
const quoted = (rows: string[][]) => rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\r\n');

const csvish = fc.oneof(
  someText(),
  fc.array(fc.oneof(fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', '\uFEFF', 'a', 'عربي', ' '), anyUnicode(3)), { maxLength: 40 }).map((p) => p.join('')),
);

describe('parseCsv', () => {
  it('reads back exactly the rows written', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyUnicode(12), { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const items = parseCsv(quoted(rows));
        expect(items.map((r) => (r.ok ? r.fields : r.message))).toEqual(rows);
      }),
      { numRuns: runs(10_000) },
    );
  });

  it('never throws on arbitrary text, gives lines in order, and the same records however the text is cut', () => {
    fc.assert(
      fc.property(csvish, fc.nat(), (text, at) => {
        const whole = parseCsv(text);
        let line = 0;
        for (const r of whole) {
          expect(r.line).toBeGreaterThan(line - 1);
          line = r.line;
          if (r.ok) expect(r.fields.length).toBeGreaterThan(0);
        }
        const cut = at % (text.length + 1);
        const p = new CsvParser();
        expect([...p.push(text.slice(0, cut)), ...p.push(text.slice(cut)), ...p.end()]).toEqual(whole);
      }),
      { numRuns: runs(10_000) },
    );
  });
});

describe('importCsv', () => {
  const HEADER = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities';
  const cell = fc.oneof(
    anyUnicode(10),
    fc.constantFrom('', '1', '2', '3', '0', '-1', '2017-06-10', '2016-02-30', '10 June 2017', '20016-01-01', '35.95', '39.01', '95', '-181', 'Battles', 'Armed clash', 'Explosions/Remote violence', 'Air/drone strike', 'airstrike', 'Islamic State (Syria)', 'الرقة', 'Aleppo'),
  );
  const row = fc.array(cell, { minLength: 13, maxLength: 17 });

  it('never throws; every event validates and lies inside its own notes; every refusal names a line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), fc.boolean(), async (rows, sloppy) => {
        const body = sloppy ? rows.map((r) => r.join(',')).join('\n') : quoted(rows);
        for await (const r of importCsv([HEADER + '\n' + body], 'p.csv')) {
          if (r.ok) {
            EventRecord.parse(r.event);
            const q = r.event.sources[0]!.quote;
            const [s, e] = r.event.place.mention.span;
            expect(q.slice(s, e)).toBe(r.event.place.mention.surface);
            expect(r.event.sources[0]!.span).toEqual([0, q.length]);
          } else {
            Rejection.parse(r.rejection);
            expect(r.rejection.line).toBeGreaterThanOrEqual(2);
          }
        }
      }),
      { numRuns: runs(8_000) },
    );
  });
});
