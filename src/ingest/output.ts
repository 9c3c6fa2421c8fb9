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

/** Writes events one at a time, as they come, so a million of them never sit in one string. */
export async function writeEvents(w: AtomicWriter, events: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: OutputFormat): Promise<number> {
  if (format === 'bin') {
    const all: EventRecord[] = [];
    for await (const e of events) all.push(e);
    const cols = toColumns(all);
    await w.write(encodeColumns(cols));
    return cols.length;
  }
  let n = 0;
  if (format === 'geojson') await w.write('{"type":"FeatureCollection","features":[\n');
  if (format === 'csv') await w.write(csvHeader());
  if (format === 'acled') await w.write(acledHeader());
  for await (const e of events) {
    if (format === 'geojson') await w.write((n > 0 ? ',\n' : '') + JSON.stringify(toFeature(e)));
    else if (format === 'ndjson') await w.write(JSON.stringify(e) + '\n');
    else if (format === 'acled') await w.write(acledLine(e));
    else await w.write(csvLine(toCsvRow(e)));
    n++;
  }
  if (format === 'geojson') await w.write('\n]}\n');
  return n;
}

export function formatFromPath(path: string | undefined): OutputFormat | null {
  if (!path) return null;
  if (/\.(geo)?json$/i.test(path)) return 'geojson';
  if (/\.(nd)?jsonl?$/i.test(path) || /\.ndjson$/i.test(path)) return 'ndjson';
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.bin$/i.test(path)) return 'bin';
  return null;
}
