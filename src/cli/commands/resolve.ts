// sitrep resolve NAME — what the gazetteer knows by that name, best candidate first.
import { distanceKm } from '../../gazetteer/distance.ts';
import { lookup } from '../../gazetteer/lookup.ts';
import { loadGazetteerFile } from '../../ingest/gazetteer-file.ts';
import type { GazetteerEntry, LonLat } from '../../schema/index.ts';
import { EXIT, parse, UsageError } from '../args.ts';

export const help = `Usage: sitrep resolve NAME [--near PLACE] [--json] [--limit N]

Looks NAME up in the gazetteer (Arabic or English, any common spelling) and lists the candidates,
best first. --near PLACE ranks homonyms by distance from PLACE (itself a name to look up).
Exit 1 when nothing matches.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    near: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    gazetteer: { type: 'string' },
  });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('resolve needs a NAME');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer (got "${values.limit}")`);
  const gaz = await loadGazetteerFile(values.gazetteer);

  let near: LonLat | null = null;
  if (values.near) {
    const anchor = lookup(gaz, values.near)[0];
    if (!anchor) {
      console.error(`sitrep resolve: --near "${values.near}" is not in the gazetteer`);
      return EXIT.rejected;
    }
    near = anchor.coordinates;
  }
  let found = lookup(gaz, name);
  if (near) {
    const from = near;
    found = [...found].sort((a, b) => distanceKm(from, a.coordinates) - distanceKm(from, b.coordinates));
  }
  found = found.slice(0, limit);
  if (values.json) {
    console.log(JSON.stringify(found.map((e) => ({ ...e, ...(near ? { distance_km: round(distanceKm(near, e.coordinates)) } : {}) }))));
  } else if (found.length === 0) {
    console.error(`sitrep resolve: no place called "${name}"`);
  } else {
    for (const e of found) console.log(describe(e, near));
  }
  return found.length > 0 ? EXIT.ok : EXIT.rejected;
}

function describe(e: GazetteerEntry, near: LonLat | null): string {
  const [lon, lat] = e.coordinates;
  const names = [e.names.en[0], e.names.ar[0]].filter(Boolean).join(' / ');
  const where = [e.admin2, e.admin1, e.country].filter(Boolean).join(', ');
  const dist = near ? `  ${round(distanceKm(near, e.coordinates))} km away` : '';
  return `${e.id}\t${names}\t${e.kind}\t${where}\t${lat.toFixed(4)},${lon.toFixed(4)}${dist}`;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
