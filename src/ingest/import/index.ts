// `sitrep import`: event files from other tools in, validated EventRecords out. Node only (reads
// files); the per-format importers are pure and take text. Ids must be unique across the whole batch:
// a second record with an id already seen is refused, naming where the first one was.
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { EventRecord, Rejection } from '../../schema/index.ts';
import { DecodeError, type Encoding } from '../decode.ts';
import { openTextStream } from '../text-stream.ts';
import { ACLED_REQUIRED, importCsv, type ColumnMap } from './csv.ts';
import { importGeojson } from './geojson.ts';
import { importNdjson } from './ndjson.ts';
import type { ImportResult } from './result.ts';

export const IMPORT_FORMATS = ['acled', 'csv', 'geojson', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  /** Force the format of every file; by default it comes from the extension. */
  format?: ImportFormat;
  map?: ColumnMap;
  encoding?: Encoding;
}

function formatOf(file: string): ImportFormat | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.geojson' || ext === '.json') return 'geojson';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  return null;
}

export async function* importFiles(paths: readonly string[], opts: ImportOptions = {}): AsyncGenerator<ImportResult> {
  const seen = new Map<string, string>();
  for (const file of paths) {
    for await (const r of importFile(file, opts)) {
      if (r.ok) {
        const here = r.line !== undefined ? `${file}:${r.line}` : file;
        const first = seen.get(r.event.id);
        if (first !== undefined) {
          yield { ok: false, rejection: { file, ...(r.line !== undefined ? { line: r.line } : {}), field: 'id', message: `duplicate id "${r.event.id}" (first in ${first})` } };
          continue;
        }
        seen.set(r.event.id, here);
      }
      yield r;
    }
  }
}

async function* importFile(file: string, opts: ImportOptions): AsyncGenerator<ImportResult> {
  const format = opts.format ?? formatOf(file);
  if (format === null) {
    yield reject(file, `unknown format of "${extname(file) || file}": use --format ${IMPORT_FORMATS.join('|')}`);
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    yield reject(file, 'no such file');
    return;
  }
  let text;
  try {
    text = await openTextStream(file, opts.encoding);
  } catch (err) {
    yield reject(file, err instanceof DecodeError ? err.message : `cannot read: ${(err as Error).message}`);
    return;
  }
  if (format === 'geojson') {
    let whole = '';
    for await (const c of text.chunks) whole += c;
    yield* importGeojson(whole, file, opts.map);
  } else if (format === 'ndjson') {
    yield* importNdjson(text.chunks, file);
  } else {
    yield* importCsv(text.chunks, file, opts.map, format === 'acled' ? ACLED_REQUIRED : undefined);
  }
}

function reject(file: string, message: string): ImportResult {
  return { ok: false, rejection: { file, message } };
}

/** Every event and every rejection of a batch, in input order. */
export async function importAll(paths: readonly string[], opts: ImportOptions = {}): Promise<{ events: EventRecord[]; rejections: Rejection[] }> {
  const events: EventRecord[] = [];
  const rejections: Rejection[] = [];
  for await (const r of importFiles(paths, opts)) {
    if (r.ok) events.push(r.event);
    else rejections.push(r.rejection);
  }
  return { events, rejections };
}
