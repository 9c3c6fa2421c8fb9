// Benchmark data files: N synthetic events as the GPU layer's binary columns and as the GeoJSON the
// baseline MapLibre source loads. Cached in bench/scratch/data by size and seed.
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { encodeColumns, toColumns } from '../src/geo/columns.ts';
import { dayNumber, type EventRecord, type GazetteerEntry } from '../src/schema/index.ts';
import { syntheticEvents } from './synthetic.ts';

export const WORK = new URL('./scratch/', import.meta.url).pathname;
export const DATA = join(WORK, 'data');
const GAZETTEER = new URL('../gazetteer/gazetteer.json', import.meta.url).pathname;

let entries: GazetteerEntry[] | null = null;
export function gazetteerEntries(): GazetteerEntry[] {
  entries ??= (JSON.parse(readFileSync(GAZETTEER, 'utf8')) as { entries: GazetteerEntry[] }).entries;
  return entries;
}

export function sizeLabel(n: number): string {
  return n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`;
}

/** events-<n>.bin: map-only columns (no quotes): what the page needs to draw, filter and pick. */
export function binFile(n: number, seed = 1): string {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `events-${sizeLabel(n)}-s${seed}.bin`);
  if (!existsSync(file)) {
    writeFileSync(`${file}.tmp`, encodeColumns(toColumns(syntheticEvents(gazetteerEntries(), n, seed), { details: false })));
    renameSync(`${file}.tmp`, file);
  }
  return file;
}

/** The slim point features the app's GeoJSON layer uses, plus start/end day numbers for setFilter. */
function slimFeature(e: EventRecord): string {
  return JSON.stringify({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: e.place.coordinates },
    properties: {
      id: e.id,
      type: e.type,
      status: e.status,
      placePrecision: e.place.precision,
      s: e.date.start === null ? -1e9 : dayNumber(e.date.start),
      e: e.date.end === null ? -1e9 : dayNumber(e.date.end),
    },
  });
}

export async function geojsonFile(n: number, seed = 1): Promise<string> {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `events-${sizeLabel(n)}-s${seed}.geojson`);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.tmp`);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write('{"type":"FeatureCollection","features":[\n');
  let first = true;
  for (const e of syntheticEvents(gazetteerEntries(), n, seed)) {
    await write((first ? '' : ',\n') + slimFeature(e));
    first = false;
  }
  await write('\n]}\n');
  out.end();
  await once(out, 'finish');
  renameSync(`${file}.tmp`, file);
  return file;
}
