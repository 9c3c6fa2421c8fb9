// The NDJSON and GeoJSON importers on arbitrary lines and arbitrary JSON: never throw, and whatever
// comes out is a valid event or a rejection that names the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importGeojson } from '../../src/ingest/import/geojson.ts';
import { importNdjson } from '../../src/ingest/import/ndjson.ts';
import type { ImportResult } from '../../src/ingest/import/result.ts';
import { EventRecord, Rejection } from '../../src/schema/index.ts';
import { makeEvent } from '../fixtures/event.ts';
import { anyUnicode, runs } from './arbitraries.ts';

function check(r: ImportResult, file: string): void {
  if (r.ok) EventRecord.parse(r.event);
  else expect(Rejection.parse(r.rejection).file).toBe(file);
}

/** An event with one field replaced by anything: near misses reach the validation paths. */
const mutatedEvent = fc.tuple(fc.constantFrom('id', 'type', 'status', 'date', 'place', 'actors', 'fatalities', 'sources', 'trigger'), fc.jsonValue({ maxDepth: 2 })).map(([k, v]) => ({ ...makeEvent(), [k]: v }));

describe('importNdjson', () => {
  it('never throws on arbitrary lines', async () => {
    const line = fc.oneof(anyUnicode(80), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), mutatedEvent.map((e) => JSON.stringify(e)));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
        for await (const r of importNdjson([lines.join('\n')], 'p.ndjson')) check(r, 'p.ndjson');
      }),
      { numRuns: runs(3_000) },
    );
  });
});

describe('importGeojson', () => {
  it('never throws on arbitrary JSON, feature collections of anything, or near-miss features', () => {
    const feature = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      mutatedEvent.map((e) => ({ type: 'Feature', id: 'x', geometry: { type: 'Point', coordinates: e.place?.coordinates ?? [0, 0] }, properties: e })),
      fc.record({ type: fc.constant('Feature'), geometry: fc.record({ type: fc.constant('Point'), coordinates: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) }), properties: fc.dictionary(fc.constantFrom('event_date', 'latitude', 'event_type', 'location', 'notes', 'fatalities', 'x'), fc.jsonValue({ maxDepth: 2 })) }),
    );
    const doc = fc.oneof(anyUnicode(60), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), fc.array(feature, { maxLength: 5 }).map((features) => JSON.stringify({ type: 'FeatureCollection', features })));
    fc.assert(
      fc.property(doc, (text) => {
        for (const r of importGeojson(text, 'p.geojson')) check(r, 'p.geojson');
      }),
      { numRuns: runs(5_000) },
    );
  });
});
