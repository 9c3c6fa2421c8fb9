// GeoJSON of events: a FeatureCollection of sitrep event features (properties = the EventRecord
// without its coordinates), or of point features from another tool whose properties use ACLED's
// column names (or are mapped onto them), read like CSV rows.
import { fromFeature } from '../../geo/features.ts';
import { EventFeature } from '../../schema/index.ts';
import { checkEvent } from './ndjson.ts';
import { rowToEvent, ROW_FIELDS, type Row, type RowField } from './row.ts';
import type { ColumnMap } from './csv.ts';
import { datasetName, type ImportResult } from './result.ts';

export function* importGeojson(text: string, file: string, map: ColumnMap = {}): Generator<ImportResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    yield { ok: false, rejection: { file, message: `not JSON: ${(err as Error).message}` } };
    return;
  }
  const features = (doc as { type?: unknown; features?: unknown } | null)?.features;
  if ((doc as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    yield { ok: false, rejection: { file, field: 'features', message: 'not a GeoJSON FeatureCollection with a features array' } };
    return;
  }
  for (let i = 0; i < features.length; i++) yield importFeature(features[i], file, `features[${i}]`, map);
}

function importFeature(f: unknown, file: string, field: string, map: ColumnMap): ImportResult {
  const feature = EventFeature.safeParse(f);
  if (feature.success) return checkEvent(fromFeature(feature.data), { file, field });
  const { geometry, properties } = (f ?? {}) as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: unknown };
  const props = properties && typeof properties === 'object' ? (properties as Record<string, unknown>) : {};
  // A feature that tries to be one of ours (it has sources) but fails the schema: say where it fails.
  if ('sources' in props) {
    const issue = feature.error.issues[0]!;
    return { ok: false, rejection: { file, field: `${field}.${issue.path.join('.')}`, message: issue.message } };
  }
  if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
    return { ok: false, rejection: { file, field: `${field}.geometry`, message: 'an event needs a Point geometry with coordinates' } };
  }
  const row = propertiesRow(props, map);
  const [lon, lat] = geometry.coordinates as unknown[];
  row.longitude = cellText(lon);
  row.latitude = cellText(lat);
  const r = rowToEvent(row, datasetName(file));
  return r.ok ? { ok: true, event: r.event } : { ok: false, rejection: { file, field: `${field}.properties.${r.field}`, message: r.message } };
}

function propertiesRow(props: Record<string, unknown>, map: ColumnMap): Row {
  const row: Row = {};
  for (const [k, v] of Object.entries(props)) {
    const name = k.toLowerCase();
    const f = map[name] ?? ((ROW_FIELDS as readonly string[]).includes(name) ? (name as RowField) : null);
    if (f !== null && v !== null && v !== undefined) row[f] = cellText(v);
  }
  return row;
}

/**
 * A JSON value as the text of a table cell. Objects and arrays are written as JSON: String() would call their
 * own toString, and a file that sets `"toString": 0` makes String() throw instead of the row being rejected.
 */
function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
