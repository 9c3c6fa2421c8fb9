// Event output formats, written as a stream of chunks: GeoJSON FeatureCollection, NDJSON, CSV; and the
// binary columns the map loads without a JSON parse (geo/columns.ts).
import type { EventRecord } from '../schema/index.ts';
import { csvHeader, csvLine, toCsvRow } from '../geo/csv.ts';
import { toFeature } from '../geo/features.ts';
import { encodeColumns, toColumns } from '../geo/columns.ts';
import { acledHeader, acledLine } from '../geo/acled-csv.ts';
import type { AtomicWriter } from './write.ts';

/**
 * acled: CSV in ACLED's column order with admin2/admin3 and UCDP's date_prec/where_prec (geo/acled-csv.ts).
 * bin: encodeColumns with details (so a details panel has its quote); built whole in memory, not streamed,
 * because its columns are laid out one after another.
 */
export const OUTPUT_FORMATS = ['geojson', 'ndjson', 'csv', 'acled', 'bin'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Events are handed to the file in pieces of about this many UTF-16 code units (1–3 MB of UTF-8): one
 * write per event cost more than making the event's text, and pieces this size keep memory bounded. */
const CHUNK = 1 << 20;

/**
 * The text of one event in each streamed format, after the header. JSON is JSON.stringify's: a hand-written
 * serializer straight to UTF-8 bytes was tried and measured no faster end to end on Node 20 (1M events,
 * CPU seconds), so the simpler code stays — and its output is the same text as ever by construction.
 */
const LINE: Record<Exclude<OutputFormat, 'bin'>, (e: EventRecord, n: number) => string> = {
  geojson: (e, n) => (n > 0 ? ',\n' : '') + JSON.stringify(toFeature(e)),
  ndjson: (e) => JSON.stringify(e) + '\n',
  csv: (e) => csvLine(toCsvRow(e)),
  acled: (e) => acledLine(e),
};
const HEAD = { geojson: '{"type":"FeatureCollection","features":[\n', ndjson: '', csv: csvHeader(), acled: acledHeader() };
const TAIL = { geojson: '\n]}\n', ndjson: '', csv: '', acled: '' };

/** Writes events as they come, a chunk at a time, so a million of them never sit in one string. */
export async function writeEvents(w: AtomicWriter, events: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: OutputFormat): Promise<number> {
  if (format === 'bin') {
    const all: EventRecord[] = [];
    for await (const e of events) all.push(e);
    const cols = toColumns(all);
    await w.write(encodeColumns(cols));
    return cols.length;
  }
  const line = LINE[format];
  let pieces: string[] = [HEAD[format]];
  let size = 0;
  let n = 0;
  for await (const batch of batches(events)) {
    for (const e of batch) {
      const text = line(e, n++);
      pieces.push(text);
      // join, not +=: a string grown by += is a rope of many small strings, slow to flatten and to collect.
      if ((size += text.length) >= CHUNK) {
        await w.write(pieces.join(''));
        pieces = [];
        size = 0;
      }
    }
  }
  pieces.push(TAIL[format]);
  await w.write(pieces.join(''));
  return n;
}

/**
 * Events a thousand at a time. `for await` over events one by one costs a promise and a turn of the
 * event loop per event — more than writing it; per thousand it is nothing.
 */
async function* batches(events: Iterable<EventRecord> | AsyncIterable<EventRecord>, size = 1000): AsyncGenerator<EventRecord[]> {
  let batch: EventRecord[] = [];
  if (Symbol.iterator in events) {
    for (const e of events) {
      batch.push(e);
      if (batch.length < size) continue;
      yield batch;
      batch = [];
    }
  } else {
    for await (const e of events) {
      batch.push(e);
      if (batch.length < size) continue;
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export function formatFromPath(path: string | undefined): OutputFormat | null {
  if (!path) return null;
  if (/\.(geo)?json$/i.test(path)) return 'geojson';
  if (/\.(nd)?jsonl?$/i.test(path) || /\.ndjson$/i.test(path)) return 'ndjson';
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.bin$/i.test(path)) return 'bin';
  return null;
}
