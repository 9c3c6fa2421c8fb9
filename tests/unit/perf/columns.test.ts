// The columnar events format: records survive the round trip exactly, the binary form decodes to the same
// columns, and what the map reads (positions, day numbers, type/status codes) is what the records say.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  OPEN_DAY,
  STATUSES,
  TYPES,
  decodeColumns,
  encodeColumns,
  eventAt,
  fromColumns,
  idAt,
  toColumns,
} from '../../../src/geo/columns.ts';
import { dayNumber, EventRecord, isoDay, type GazetteerEntry } from '../../../src/schema/index.ts';
import { overlapsWindow } from '../../../src/geo/filter.ts';
import { makeEvent } from '../../fixtures/event.ts';
import { syntheticEvents } from '../../../bench/synthetic.ts';

const gazetteer = JSON.parse(readFileSync(new URL('../../../gazetteer/gazetteer.json', import.meta.url), 'utf8')) as {
  entries: GazetteerEntry[];
};
const synthetic = [...syntheticEvents(gazetteer.entries, 2000, 7)];

describe('toColumns / eventAt', () => {
  it('rebuilds every record exactly, and the result is schema-valid', () => {
    const events = [
      makeEvent(),
      makeEvent({ id: 'open', date: { start: null, end: null, precision: 'year', basis: 'open', phrase: '' } }),
      makeEvent({ id: 'neg', status: 'negated', type: 'airstrike', fatalities: { count: 3, qualifier: 'at_least', who: 'civilians', phrase: '3 مدنيين على الأقل' } }),
      ...synthetic.slice(0, 200),
    ];
    const cols = toColumns(events);
    expect(cols.length).toBe(events.length);
    const back = [...fromColumns(cols)];
    expect(back).toEqual(events);
    for (const e of back) expect(EventRecord.safeParse(e).success).toBe(true);
  });

  it('hot columns say what the records say', () => {
    const cols = toColumns(synthetic);
    synthetic.forEach((e, i) => {
      expect(cols.lon[i]).toBe(e.place.coordinates[0]);
      expect(cols.lat[i]).toBe(e.place.coordinates[1]);
      expect(isoDay(cols.startDay[i]!)).toBe(e.date.start);
      expect(isoDay(cols.endDay[i]!)).toBe(e.date.end);
      expect(TYPES[cols.type[i]!]).toBe(e.type);
      expect(STATUSES[cols.status[i]!]).toBe(e.status);
      expect(idAt(cols, i)).toBe(e.id);
    });
  });

  it('day numbers filter a window exactly as the shared filter does', () => {
    const cols = toColumns(synthetic);
    const [from, to] = ['2016-03-01', '2016-09-30'];
    const [f, t] = [dayNumber(from), dayNumber(to)];
    const byColumns = synthetic.filter((_, i) => cols.endDay[i]! >= f && cols.startDay[i]! <= t).map((e) => e.id);
    const byFilter = synthetic.filter((e) => overlapsWindow(e, from, to)).map((e) => e.id);
    expect(byColumns.length).toBeGreaterThan(100);
    expect(byColumns).toEqual(byFilter);
  });

  it('marks open dates with OPEN_DAY', () => {
    const cols = toColumns([makeEvent({ date: { start: null, end: null, precision: 'year', basis: 'open', phrase: '' } })]);
    expect(cols.startDay[0]).toBe(OPEN_DAY);
    expect(cols.endDay[0]).toBe(OPEN_DAY);
    expect(eventAt(cols, 0).date.start).toBeNull();
  });

});

describe('encodeColumns / decodeColumns', () => {
  it('round-trips through bytes, and stays smaller than the GeoJSON of the same events', () => {
    const cols = toColumns(synthetic);
    const bytes = encodeColumns(cols);
    const back = decodeColumns(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect([...fromColumns(back)]).toEqual(synthetic);
    const geojsonBytes = Buffer.byteLength(JSON.stringify(synthetic));
    expect(bytes.byteLength).toBeLessThan(geojsonBytes);
  });

  it('decodes from an unaligned Node Buffer slice', () => {
    const bytes = encodeColumns(toColumns(synthetic.slice(0, 10)));
    const padded = Buffer.concat([Buffer.from([1, 2, 3]), Buffer.from(bytes)]).subarray(3);
    expect(padded.byteOffset % 8).not.toBe(0);
    expect([...fromColumns(decodeColumns(padded))]).toEqual(synthetic.slice(0, 10));
  });

  it('a map-only encoding keeps ids and hot columns, is much smaller, and refuses to invent details', () => {
    const full = encodeColumns(toColumns(synthetic));
    const slim = decodeColumns(encodeColumns(toColumns(synthetic, { details: false })));
    expect(encodeColumns(slim).byteLength).toBeLessThan(full.byteLength / 3);
    expect(idAt(slim, 5)).toBe(synthetic[5]!.id);
    expect(() => eventAt(slim, 5)).toThrow(/map only/);
  });

  it('refuses other files and truncated ones with a message that says so', () => {
    expect(() => decodeColumns(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toThrow(/bad magic/);
    const bytes = encodeColumns(toColumns(synthetic.slice(0, 50)));
    expect(() => decodeColumns(bytes.slice(0, bytes.length - 40))).toThrow(/truncated/);
  });

  it('round-trips any strings (Arabic, emoji, empty) in ids and quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' })), { maxLength: 8 }), (pairs) => {
        const events = pairs.map(([id, quote], k) =>
          makeEvent({ id: `${k}${id}`, sources: [{ report: 'r', outlet: null, url: null, published: null, quote, span: [0, 0] }] }),
        );
        const back = [...fromColumns(decodeColumns(encodeColumns(toColumns(events))))];
        expect(back).toEqual(events);
      }),
      { numRuns: 60 },
    );
  });
});
