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

/** Events are handed to the file in pieces of about this many bytes: one write per event cost more than
 * making the event's text, and pieces this size keep memory bounded. */
const CHUNK = 1 << 20;

/**
 * The text of one event in each streamed format, after the header. JSON is JSON.stringify's: a hand-written
 * serializer straight to UTF-8 bytes was tried and measured no faster end to end on Node 20 (1M events,
 * CPU seconds), so the simpler code stays — and its output is the same text as ever by construction.
 */
const LINE: Record<Exclude<OutputFormat, 'bin'>, (e: EventRecord) => string> = {
  geojson: (e) => JSON.stringify(toFeature(e)),
  ndjson: (e) => JSON.stringify(e) + '\n',
  csv: (e) => csvLine(toCsvRow(e)),
  acled: (e) => acledLine(e),
};
/** What goes between two events' texts (GeoJSON features are separated, the other formats end their lines). */
const BETWEEN = { geojson: ',\n', ndjson: '', csv: '', acled: '' };
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
  const between = BETWEEN[format];
  const chunk = new ChunkBuffer();
  chunk.add(HEAD[format]);
  let n = 0;
  for await (const batch of batches(events)) {
    for (const e of batch) {
      if (n++ > 0 && between !== '') chunk.add(between);
      chunk.add(line(e));
      if (chunk.size >= CHUNK) await w.write(chunk.take());
    }
  }
  chunk.add(TAIL[format]);
  await w.write(chunk.take());
  return n;
}

/**
 * Event texts encoded as UTF-8 straight into a buffer as they are made. Joining them into a string first and
 * encoding that cost a third of the GeoJSON export's CPU (the join copies every two-byte Arabic string once
 * more, the encoder once again). A new buffer per chunk: the stream keeps the last one until it is on disk.
 */
class ChunkBuffer {
  private buf = Buffer.allocUnsafe(2 * CHUNK);
  size = 0;

  add(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    if (this.size + 3 * text.length > this.buf.length) this.grow(3 * text.length);
    this.size += this.buf.write(text, this.size);
  }

  take(): Buffer {
    const full = this.buf.subarray(0, this.size);
    this.buf = Buffer.allocUnsafe(2 * CHUNK);
    this.size = 0;
    return full;
  }

  private grow(need: number): void {
    const bigger = Buffer.allocUnsafe(this.size + need + CHUNK);
    this.buf.copy(bigger, 0, 0, this.size);
    this.buf = bigger;
  }
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
