// Compiles gazetteer/gazetteer.json from the reference data in ../shared/data (or $SITREP_SHARED_DATA)
// and gazetteer/curated.json. Every entry is checked against the GazetteerEntry schema; a bad row
// stops the build with the source record named. Run: npm run gazetteer
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GazetteerEntry } from '../../src/schema/index.ts';
import { type AdminAreas, loadAdminAreas } from './admin-areas.ts';
import { ABOUT, SOURCES } from './credits.ts';
import { applyAliases, CuratedFile, curatedEntries } from './curated.ts';
import { repoRoot, sharedDataDir } from './data-dir.ts';
import { distanceKm, lonLat } from './geometry.ts';
import { foreignTownEntries, matchTown, mergeTown, syrianTownEntry, UNMATCHED_TOWN_CLEARANCE_KM } from './merge-geonames.ts';
import { isUsableName } from './names.ts';
import { serializeGazetteer } from './serialize.ts';
import { foreignTowns, syrianTowns } from './sources/geonames.ts';
import { lakeEntries, riverEntries } from './sources/natural-earth-water.ts';
import { countryEntries, worldCityEntries } from './sources/natural-earth.ts';
import { ochaAdminEntries } from './sources/ocha-admin.ts';
import { addNeighbourhoodNames, areaEntries } from './sources/ocha-neighbourhoods.ts';
import { kindOfCommunity, ochaPlaceEntries } from './sources/ocha-places.ts';
import { airfieldEntries } from './sources/ourairports.ts';

export const GAZETTEER_PATH = join(repoRoot, 'gazetteer', 'gazetteer.json');
export const CURATED_PATH = join(repoRoot, 'gazetteer', 'curated.json');

/** Throws naming the entry (and so the source row: ids are source record ids) that breaks the schema. */
export function validate(entries: GazetteerEntry[]): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const result = GazetteerEntry.safeParse(entry);
    if (!result.success) {
      throw new Error(`invalid gazetteer entry ${entry.id} (sources ${JSON.stringify(entry.sources)}): ${result.error.message}`);
    }
    if (entry.names.ar.length === 0 && entry.names.en.length === 0) throw new Error(`entry ${entry.id} has no name`);
    if (seen.has(entry.id)) throw new Error(`duplicate gazetteer id ${entry.id}`);
    seen.add(entry.id);
  }
}

/**
 * GeoNames onto OCHA: names and populations merged into the matching community, kinds refined by
 * population; a Syrian town with no OCHA community near it (the Golan villages) becomes its own entry.
 */
function syrianPlaces(dataDir: string, admin: AdminAreas): GazetteerEntry[] {
  const { entries, seats } = ochaPlaceEntries(dataDir);
  const communities = entries.filter((e) => e.kind !== 'neighbourhood');
  const extra: GazetteerEntry[] = [];
  for (const town of syrianTowns(dataDir)) {
    const match = matchTown(town, communities);
    if (match) mergeTown(match, town);
    else if (!communities.some((c) => distanceKm(c.coordinates, lonLat(town.lon, town.lat)) < UNMATCHED_TOWN_CLEARANCE_KM)) {
      extra.push(syrianTownEntry(town, admin));
    }
  }
  for (const e of communities) e.kind = kindOfCommunity(seats.get(e.id), e.population);
  const byId = new Map(entries.map((e) => [e.id, e]));
  addNeighbourhoodNames(dataDir, byId);
  return [...entries, ...areaEntries(dataDir, byId), ...extra];
}

export function buildGazetteer(dataDir = sharedDataDir(), curatedPath = CURATED_PATH): string {
  const admin = loadAdminAreas(dataDir);
  const world = worldCityEntries(dataDir);
  const entries: GazetteerEntry[] = [
    ...ochaAdminEntries(dataDir),
    ...syrianPlaces(dataDir, admin),
    ...countryEntries(dataDir),
    ...world.entries,
    ...foreignTownEntries(foreignTowns(dataDir), world.entries, world.byGeonamesId),
    ...airfieldEntries(dataDir, admin),
    ...riverEntries(dataDir),
    ...lakeEntries(dataDir),
  ];
  for (const e of entries) e.names = { ar: e.names.ar.filter(isUsableName), en: e.names.en.filter(isUsableName) };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const curated = CuratedFile.parse(JSON.parse(readFileSync(curatedPath, 'utf8')));
  applyAliases(curated.aliases, byId);
  entries.push(...curatedEntries(curated, byId, admin));
  validate(entries);
  return serializeGazetteer(ABOUT, SOURCES, entries);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const text = buildGazetteer();
  writeFileSync(GAZETTEER_PATH, text);
  const count = (text.match(/\n\{"id":/g) ?? []).length;
  console.log(`wrote ${GAZETTEER_PATH}: ${count} entries, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`);
}
