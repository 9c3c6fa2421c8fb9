// writeEvents streams events in chunks of about a megabyte; the file must be exactly what writing the
// events one by one with JSON.stringify / csvLine gave, across chunk boundaries, from sync and async sources.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acledHeader, acledLine } from '../../../src/geo/acled-csv.ts';
import { toCsv } from '../../../src/geo/csv.ts';
import { toFeature } from '../../../src/geo/features.ts';
import { writeEvents, type OutputFormat } from '../../../src/ingest/output.ts';
import { openAtomic } from '../../../src/ingest/write.ts';
import { EventCollection, EventRecord } from '../../../src/schema/index.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const real = readFileSync(FIXTURES + 'extract-corpus-events.ndjson', 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => EventRecord.parse(JSON.parse(l)));
// Enough events for several 1 MB chunks: the corpus events again and again under new ids.
const events = Array.from({ length: 8000 }, (_, i) => ({ ...real[i % real.length]!, id: `${real[i % real.length]!.id}-${i}` }));

/** What the writer wrote before it streamed in chunks: one JSON.stringify / csvLine per event. */
const REFERENCE: Record<Exclude<OutputFormat, 'bin'>, (es: EventRecord[]) => string> = {
  geojson: (es) => '{"type":"FeatureCollection","features":[\n' + es.map((e) => JSON.stringify(toFeature(e))).join(',\n') + '\n]}\n',
  ndjson: (es) => es.map((e) => JSON.stringify(e) + '\n').join(''),
  csv: (es) => toCsv(es),
  acled: (es) => acledHeader() + es.map(acledLine).join(''),
};

const dir = mkdtempSync(join(tmpdir(), 'sitrep-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(es: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: OutputFormat): Promise<{ n: number; text: string }> {
  const file = join(dir, `out.${format}`);
  const w = await openAtomic(file);
  const n = await writeEvents(w, es, format);
  await w.commit();
  return { n, text: readFileSync(file, 'utf8') };
}

async function* slowly(es: EventRecord[]): AsyncGenerator<EventRecord> {
  for (const e of es) {
    if (Math.random() < 0.01) await new Promise((r) => setTimeout(r, 0));
    yield e;
  }
}

describe('writeEvents', () => {
  for (const format of ['geojson', 'ndjson', 'csv', 'acled'] as const) {
    it(`${format}: same text as one write per event, over several chunks, from an array and from an async source`, async () => {
      const expected = REFERENCE[format](events);
      expect(Buffer.byteLength(expected)).toBeGreaterThan(3 << 20) // three chunks or more;
      const fromArray = await written(events, format);
      expect(fromArray.n).toBe(events.length);
      expect(fromArray.text).toBe(expected);
      const fromAsync = await written(slowly(events), format);
      expect(fromAsync.n).toBe(events.length);
      expect(fromAsync.text).toBe(expected);
    });
    it(`${format}: no events still makes a whole file`, async () => {
      const { n, text } = await written([], format);
      expect(n).toBe(0);
      expect(text).toBe(REFERENCE[format]([]));
    });
  }

  it('writes an RFC 7946 FeatureCollection the schema reads back to the same events', async () => {
    const { text } = await written(events.slice(0, 300), 'geojson');
    const fc = EventCollection.parse(JSON.parse(text));
    expect(fc.features.map((f) => f.geometry.coordinates)).toEqual(events.slice(0, 300).map((e) => e.place.coordinates));
    expect(fc.features[7]!.properties.sources).toEqual(events[7]!.sources);
  });
});
