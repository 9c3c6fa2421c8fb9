// Event CSVs (ACLED exports, sitrep's own export, any CSV with a column mapping) → EventRecords.
// Pure: it takes decoded text in chunks, so the CLI streams files and the app can feed a dropped file.
import { parseCsvStream } from '../csv-parse.ts';
import { REQUIRED_FIELDS, ROW_FIELDS, rowToEvent, type Row, type RowField } from './row.ts';
import { datasetName, type ImportResult } from './result.ts';

/** CSV column name → row field, from `--map col=field,...`. Columns named like a field need no entry. */
export type ColumnMap = Record<string, RowField>;

export class ColumnMapError extends Error {}

/** Parses `col=field,col=field`; a field that is not one of ROW_FIELDS is an error. */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const col = pair.slice(0, eq).trim().toLowerCase();
    const field = pair.slice(eq + 1).trim().toLowerCase();
    if (eq < 1 || col === '' || field === '') throw new ColumnMapError(`--map entry "${pair}" is not col=field`);
    if (!(ROW_FIELDS as readonly string[]).includes(field)) throw new ColumnMapError(`--map ${pair}: "${field}" is not a field (${ROW_FIELDS.join(', ')})`);
    map[col] = field as RowField;
  }
  return map;
}

/** Which field each column fills (null: a column we do not use), by the header and the mapping. */
function columnFields(header: string[], map: ColumnMap): (RowField | null)[] {
  return header.map((h) => {
    const name = h.trim().toLowerCase();
    return map[name] ?? ((ROW_FIELDS as readonly string[]).includes(name) ? (name as RowField) : null);
  });
}

/** Columns every ACLED export has: `--format acled` checks for them, so a wrong file is told at once. */
export const ACLED_REQUIRED: RowField[] = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'latitude', 'longitude', 'geo_precision'];

export async function* importCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  file: string,
  map: ColumnMap = {},
  required: readonly RowField[] = REQUIRED_FIELDS,
): AsyncGenerator<ImportResult> {
  let fields: (RowField | null)[] | null = null;
  let header: string[] = [];
  for await (const item of parseCsvStream(chunks)) {
    if (!item.ok) {
      yield { ok: false, rejection: { file, line: item.line, message: item.message } };
      continue;
    }
    if (fields === null) {
      header = item.fields;
      fields = columnFields(header, map);
      const missing = required.filter((f) => !fields!.includes(f));
      if (missing.length > 0) {
        yield {
          ok: false,
          rejection: {
            file,
            line: item.line,
            field: missing.join(', '),
            message: `the header has no column for ${missing.join(', ')} (columns: ${header.join(', ')}); name them with --map col=field`,
          },
        };
        return;
      }
      continue;
    }
    const row = toRow(item.fields, header, fields);
    if (typeof row === 'string') {
      yield { ok: false, rejection: { file, line: item.line, message: row } };
      continue;
    }
    const r = rowToEvent(row, datasetName(file));
    if (r.ok) yield { ok: true, event: r.event, line: item.line };
    else yield { ok: false, rejection: { file, line: item.line, field: r.field, message: r.message } };
  }
  if (fields === null) yield { ok: false, rejection: { file, message: 'empty file (no header)' } };
}

/**
 * A record as a row, or why it cannot be one. Too few or too many fields means the columns have
 * shifted, and every value after the shift would land in the wrong field: refused, not guessed at.
 * Empty cells past the header's end (a spreadsheet's trailing commas) are harmless and allowed.
 */
function toRow(values: string[], header: string[], fields: (RowField | null)[]): Row | string {
  if (values.length < header.length) {
    return `${values.length} fields where the header has ${header.length}: missing ${header.slice(values.length).join(', ')}`;
  }
  if (values.length > header.length && values.slice(header.length).some((v) => v.trim() !== '')) {
    return `${values.length} fields where the header has ${header.length}: extra ${JSON.stringify(values.slice(header.length).join(',').slice(0, 80))}`;
  }
  const row: Row = {};
  fields.forEach((f, i) => {
    if (f !== null) row[f] = values[i]!;
  });
  return row;
}
