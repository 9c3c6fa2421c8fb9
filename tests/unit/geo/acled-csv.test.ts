import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledHeader, acledLine, toAcledRow } from '../../../src/geo/acled-csv.ts';
import { parseCsv } from '../../../src/ingest/csv-parse.ts';
import { makeEvent } from '../../fixtures/event.ts';

describe('ACLED-compatible CSV', () => {
  it("puts ACLED's columns first, in ACLED's order, then UCDP's precisions and sitrep's own", () => {
    expect(acledHeader()).toBe(ACLED_COLUMNS.join(',') + '\r\n');
    expect(ACLED_COLUMNS.slice(0, 19)).toEqual([
      'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country',
      'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
    ]);
  });

  it('writes a Syrian town event with empty admin2/admin3 and both precision codes', () => {
    const row = toAcledRow(makeEvent());
    expect(row).toMatchObject({
      event_id_cnty: 'ev-raqqa-2017-06-06', event_date: '2017-06-06', year: 2017, time_precision: 1, country: 'Syria', admin1: 'Ar-Raqqa',
      admin2: null, admin3: null, latitude: 35.953, longitude: 39.009, geo_precision: 1, date_prec: 1, where_prec: 2,
    });
    const month = toAcledRow(makeEvent({ date: { start: '2017-06-01', end: '2017-06-30', precision: 'month' }, place: { precision: 'governorate', admin1: null } }));
    expect(month).toMatchObject({ event_date: '2017-06-30', time_precision: 3, date_prec: 3, geo_precision: 3, where_prec: 4, country: null });
  });

  it('quotes Arabic notes with commas so they read back as one field', () => {
    const quote = 'قصف، ثم "اشتباكات", اليوم';
    const rows = parseCsv(acledHeader() + acledLine(makeEvent({ sources: [{ report: 'r', outlet: null, url: null, published: null, quote, span: [0, quote.length] }] })));
    const [header, line] = rows.map((r) => (r.ok ? r.fields : []));
    expect(line![header!.indexOf('notes')]).toBe(quote);
  });
});
