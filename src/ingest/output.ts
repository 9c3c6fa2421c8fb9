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

/** The first size of an events text buffer, in bytes (1,000 events of GeoJSON are ≈ 750 KB); it grows as needed. */
const CHUNK = 1 << 20;

/**
 * The text of one event in each streamed format, after the header. JSON is JSON.stringify's: a hand-written
 * serializer straight to UTF-8 bytes was tried and measured no faster end to end on Node 20 (1M events,
 * CPU seconds), so the simpler code stays — and its output is the same text as ever by construction.
 */
const LINE: Record<StreamedFormat, (e: EventRecord) => string> = {
  geojson: (e) => JSON.stringify(toFeature(e)),
  ndjson: (e) => JSON.stringify(e) + '\n',
  csv: (e) => csvLine(toCsvRow(e)),
  acled: (e) => acledLine(e),
};
/** What goes between two events' texts (GeoJSON features are separated, the other formats end their lines). */
const BETWEEN = { geojson: ',\n', ndjson: '', csv: '', acled: '' };
const HEAD = { geojson: '{"type":"FeatureCollection","features":[\n', ndjson: '', csv: csvHeader(), acled: acledHeader() };
const TAIL = { geojson: '\n]}\n', ndjson: '', csv: '', acled: '' };

export type StreamedFormat = Exclude<OutputFormat, 'bin'>;

/** Writes events as they come, a batch at a time, so a million of them never sit in one string. */
export async function writeEvents(w: AtomicWriter, events: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: OutputFormat): Promise<number> {
  if (format === 'bin') {
    const all: EventRecord[] = [];
    for await (const e of events) all.push(e);
    const cols = toColumns(all);
    await w.write(encodeColumns(cols));
    return cols.length;
  }
  const streamed: StreamedFormat = format;
  async function* texts(): AsyncGenerator<EventTexts> {
    for await (const batch of batches(events)) yield eventsText(batch, streamed);
  }
  return writeEventTexts(w, texts(), streamed);
}

/** Some events' text, as eventsText makes it: here on the main thread or on an export worker (export-pool.ts). */
export interface EventTexts {
  bytes: Uint8Array;
  count: number;
}

/** The events' text in a streamed format, UTF-8, separated as in the file but without the file's head and tail. */
export function eventsText(events: Iterable<EventRecord>, format: StreamedFormat): EventTexts {
  const line = LINE[format];
  const between = BETWEEN[format];
  const chunk = new ChunkBuffer();
  let count = 0;
  for (const e of events) {
    if (count++ > 0 && between !== '') chunk.add(between);
    chunk.add(line(e));
  }
  return { bytes: chunk.take(), count };
}

/** Writes pieces of eventsText in order, with the format's head, the separators between pieces and its tail. */
export async function writeEventTexts(w: AtomicWriter, texts: AsyncIterable<EventTexts>, format: StreamedFormat): Promise<number> {
  let n = 0;
  await w.write(HEAD[format]);
  for await (const { bytes, count } of texts) {
    if (count === 0) continue;
    if (n > 0 && BETWEEN[format] !== '') await w.write(BETWEEN[format]);
    await w.write(bytes);
    n += count;
  }
  await w.write(TAIL[format]);
  return n;
}

/**
 * Event texts encoded as UTF-8 straight into a buffer as they are made. Joining them into a string first and
 * encoding that cost a third of the GeoJSON export's CPU (the join copies every two-byte Arabic string once
 * more, the encoder once again).
 */
class ChunkBuffer {
  private buf = Buffer.allocUnsafe(CHUNK);
  private size = 0;

  add(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    if (this.size + 3 * text.length > this.buf.length) this.grow(3 * text.length);
    this.size += this.buf.write(text, this.size);
  }

  take(): Buffer {
    return this.buf.subarray(0, this.size);
  }

  private grow(need: number): void {
    const bigger = Buffer.allocUnsafe(2 * (this.size + need));
    this.buf.copy(bigger, 0, 0, this.size);
    this.buf = bigger;
  }
}

/**
 * Events a thousand at a time: one write per event cost more than making its text, and `for await` over events
 * one by one a promise and a turn of the event loop each; per thousand both are nothing, and memory stays bounded.
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
