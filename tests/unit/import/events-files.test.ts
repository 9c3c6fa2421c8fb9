// GeoJSON and NDJSON of events: sitrep's own, other tools' point features, and broken ones.
import { describe, expect, it } from 'vitest';
import { importGeojson } from '../../../src/ingest/import/geojson.ts';
import { importNdjson } from '../../../src/ingest/import/ndjson.ts';
import type { ImportResult } from '../../../src/ingest/import/result.ts';
import { toCollection, toFeature } from '../../../src/geo/features.ts';
import { makeEvent } from '../../fixtures/event.ts';

async function collect(gen: AsyncIterable<ImportResult> | Iterable<ImportResult>): Promise<ImportResult[]> {
  const out: ImportResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('importNdjson', () => {
  it('reads one event per line and names each bad line, with the field that fails', async () => {
    const good = makeEvent();
    const swapped = makeEvent({ id: 'swapped', place: { coordinates: [35.953, 39.009] } });
    const text = [
      '\uFEFF' + JSON.stringify(good),
      '',
      '{"id": "broken"',
      JSON.stringify({ ...good, id: 'bad-date', date: { ...good.date, start: '2016-02-30', end: '2016-02-30' } }),
      JSON.stringify(swapped),
      JSON.stringify(makeEvent({ id: 'last' })),
      JSON.stringify(makeEvent({ id: 'js', sources: [{ ...good.sources[0]!, url: 'javascript:alert(1)' }] })),
    ].join('\r\n');
    const rs = await collect(importNdjson([text.slice(0, 50), text.slice(50)], 'e.ndjson'));
    expect(rs.filter((r) => r.ok).map((r) => (r.ok ? [r.event.id, r.line] : null))).toEqual([
      [good.id, 1],
      ['last', 6],
    ]);
    const rej = rs.flatMap((r) => (r.ok ? [] : [r.rejection]));
    expect(rej.map((r) => [r.line, r.field])).toEqual([
      [3, undefined],
      [4, 'date.start'],
      [5, 'place.coordinates'],
      [7, 'sources.0.url'],
    ]);
    expect(rej[0]!.message).toMatch(/^not JSON/);
  });
});

describe('importGeojson', () => {
  it("reads sitrep's own FeatureCollection back into the same records", async () => {
    const events = [makeEvent(), makeEvent({ id: 'two', type: 'airstrike' })];
    const rs = await collect(importGeojson(JSON.stringify(toCollection(events)), 'e.geojson'));
    expect(rs).toEqual(events.map((event) => ({ ok: true, event })));
  });

  it("reads another tool's point features whose properties use ACLED's column names", async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [37.1, 36.2] },
          properties: { ID: 'x1', date: '2016-08-01', kind: 'Air/drone strike', event_type: 'Explosions/Remote violence', fatalities: 2, location: 'Aleppo' },
        },
      ],
    };
    const rs = await collect(importGeojson(JSON.stringify(fc), 'other.geojson', { date: 'event_date', id: 'event_id_cnty', kind: 'sub_event_type' }));
    expect(rs[0]).toMatchObject({ ok: true, event: { id: 'x1', type: 'airstrike', place: { coordinates: [37.1, 36.2] }, fatalities: { count: 2 } } });
  });

  it('names the feature and field of each one that fails, and goes on', async () => {
    const bad = toFeature(makeEvent({ id: 'bad' }));
    (bad.properties as { status: string }).status = 'rumoured';
    const text = JSON.stringify({ type: 'FeatureCollection', features: [bad, toFeature(makeEvent({ id: 'fine' })), { type: 'Feature', geometry: null, properties: {} }] });
    const rs = await collect(importGeojson(text, 'e.geojson'));
    expect(rs.map((r) => (r.ok ? r.event.id : r.rejection.field))).toEqual(['features[0].properties.status', 'fine', 'features[2].geometry']);
  });

  it('rejects a feature whose values are objects that carry their own toString, instead of throwing', async () => {
    // String({ toString: 0 }) throws a TypeError; found by the property test in tests/property/events-files.
    const hostile = { toString: 0, valueOf: 'x' };
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [38.99, 35.95] }, properties: { event_date: hostile } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [hostile, 35.95] }, properties: { event_date: '2017-06-06' } },
        toFeature(makeEvent({ id: 'after' })),
      ],
    });
    const rs = await collect(importGeojson(text, 'h.geojson'));
    expect(rs.map((r) => (r.ok ? r.event.id : r.rejection.field))).toEqual([
      'features[0].properties.event_date',
      'features[1].properties.longitude',
      'after',
    ]);
  });

  it('refuses a file that is not JSON or not a FeatureCollection', async () => {
    expect(await collect(importGeojson('{"type":', 'x.geojson'))).toMatchObject([{ ok: false, rejection: { file: 'x.geojson', message: expect.stringMatching(/^not JSON/) } }]);
    expect(await collect(importGeojson('[]', 'x.geojson'))).toMatchObject([{ ok: false, rejection: { field: 'features' } }]);
  });
});
