// Event output formats, written as a stream of chunks: GeoJSON FeatureCollection, NDJSON, CSV; and the
// binary columns the map loads without a JSON parse (geo/columns.ts).
import type { EventRecord } from '../schema/index.ts';
import { csvHeader, csvLine, toCsvRow } from '../geo/csv.ts';
import { writeEventJson, writeFeatureJson } from '../geo/feature-json.ts';
import { utf8Out, writeAscii } from '../geo/utf8-out.ts';
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

/** Events are handed to the file in pieces of about this many bytes (or UTF-16 code units for CSV): one
 * write per event costs more than making the event's text, and pieces this size keep memory bounded. */
const CHUNK = 1 << 20;

/**
 * Writes events as they come, a chunk at a time, so a million of them never sit in one string.
 * GeoJSON and NDJSON are written straight to UTF-8 bytes (geo/feature-json.ts); CSV as text.
 */
export async function writeEvents(w: AtomicWriter, events: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: OutputFormat): Promise<number> {
  if (format === 'bin') {
    const all: EventRecord[] = [];
    for await (const e of events) all.push(e);
    const cols = toColumns(all);
    await w.write(encodeColumns(cols));
    return cols.length;
  }
  if (format === 'geojson' || format === 'ndjson') return writeJsonEvents(w, events, format);
  const line = format === 'acled' ? acledLine : (e: EventRecord) => csvLine(toCsvRow(e));
  let lines: string[] = [format === 'acled' ? acledHeader() : csvHeader()];
  let size = 0;
  let n = 0;
  for await (const batch of batches(events)) for (const e of batch) {
    const l = line(e);
    lines.push(l);
    n++;
    // join, not +=: a string grown by += is a rope of a million pieces that V8 must flatten at the end.
    if ((size += l.length) >= CHUNK) {
      await w.write(lines.join(''));
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) await w.write(lines.join(''));
  return n;
}

async function writeJsonEvents(w: AtomicWriter, events: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: 'geojson' | 'ndjson'): Promise<number> {
  // Each full chunk goes to the stream as it is; the stream keeps it until written, so the next is a new buffer.
  let out = utf8Out(CHUNK + (CHUNK >> 2));
  if (format === 'geojson') writeAscii(out, '{"type":"FeatureCollection","features":[\n');
  let n = 0;
  for await (const batch of batches(events)) for (const e of batch) {
    if (format === 'geojson') {
      if (n > 0) writeAscii(out, ',\n');
      writeFeatureJson(out, e);
    } else {
      writeEventJson(out, e);
      writeAscii(out, '\n');
    }
    n++;
    if (out.length >= CHUNK) {
      await w.write(out.bytes.subarray(0, out.length));
      out = utf8Out(CHUNK + (CHUNK >> 2));
    }
  }
  if (format === 'geojson') writeAscii(out, '\n]}\n');
  if (out.length > 0) await w.write(out.bytes.subarray(0, out.length));
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
