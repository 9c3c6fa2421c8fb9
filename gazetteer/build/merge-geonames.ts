// Puts GeoNames' names and populations onto the OCHA community they describe. A GeoNames town
// is the same place as an OCHA community when one of their names agrees (Arabic key or Latin
// skeleton) and the points are close; the nearest such community wins, so homonyms further
// away (three places called دوما) are left alone.
import type { GazetteerEntry } from '../../src/schema/index.ts';
import type { AdminAreas } from './admin-areas.ts';
import { distanceKm, lonLat } from './geometry.ts';
import { arabicKey, latinKey } from './match-keys.ts';
import { uniqueNames } from './names.ts';
import type { GeoNamesTown } from './sources/geonames.ts';

/** GeoNames and OCHA points for one town are 0.1–2.2 km apart (coverage check); 8 km allows for town centre vs. seat. */
export const MATCH_RADIUS_KM = 8;

function sharesName(entry: GazetteerEntry, town: GeoNamesTown): boolean {
  const ar = new Set(entry.names.ar.map(arabicKey));
  if (town.ar.some((n) => ar.has(arabicKey(n)))) return true;
  const en = new Set(entry.names.en.map(latinKey).filter((k) => k.length >= 2));
  return town.en.some((n) => en.has(latinKey(n)));
}

/** The OCHA community a GeoNames town describes, or null. */
export function matchTown(town: GeoNamesTown, communities: GazetteerEntry[]): GazetteerEntry | null {
  const point = lonLat(town.lon, town.lat);
  let best: GazetteerEntry | null = null;
  let bestKm = MATCH_RADIUS_KM;
  for (const entry of communities) {
    if (Math.abs(entry.coordinates[1] - point[1]) > 0.1 || Math.abs(entry.coordinates[0] - point[0]) > 0.12) continue;
    const km = distanceKm(entry.coordinates, point);
    if (km < bestKm && sharesName(entry, town)) {
      bestKm = km;
      best = entry;
    }
  }
  return best;
}

/** Adds the town's names (after OCHA's), its population and its GeoNames id to the entry. */
export function mergeTown(entry: GazetteerEntry, town: GeoNamesTown): void {
  entry.names = { ar: uniqueNames([...entry.names.ar, ...town.ar]), en: uniqueNames([...entry.names.en, ...town.en]) };
  if (town.population > 0 && entry.population === undefined) entry.population = town.population;
  entry.sources = { ...entry.sources, geonames: entry.sources.geonames ? `${entry.sources.geonames},${town.id}` : town.id };
}

/**
 * A Syrian GeoNames town that matched no OCHA community becomes its own entry only when no community
 * lies within this distance — otherwise it is most likely that community under a spelling we missed.
 */
export const UNMATCHED_TOWN_CLEARANCE_KM = 2;

export function syrianTownEntry(town: GeoNamesTown, admin: AdminAreas): GazetteerEntry {
  const point = lonLat(town.lon, town.lat);
  const where = admin.locate(point);
  return {
    id: `geonames:${town.id}`,
    names: { ar: town.ar, en: town.en },
    kind: town.population >= 50_000 ? 'city' : town.population >= 10_000 ? 'town' : 'village',
    coordinates: point,
    country: 'SY',
    admin1: where?.admin1 ?? null,
    admin2: where?.admin2 ?? null,
    ...(town.population > 0 ? { population: town.population } : {}),
    sources: { geonames: town.id },
  };
}

/** Countries whose towns Syrian news names often enough to carry all their Arabic-named towns. */
export const NEIGHBOURS = new Set(['IQ', 'TR', 'LB', 'JO', 'IL', 'PS', 'IR', 'SA', 'QA', 'KW', 'AE', 'EG', 'CY']);

/** A foreign town is worth an entry when it is near Syria, a capital, or a city of a million. */
function worthKeeping(town: GeoNamesTown): boolean {
  return NEIGHBOURS.has(town.country) || town.featureCode === 'PPLC' || town.population >= 1_000_000;
}

function foreignKind(town: GeoNamesTown): GazetteerEntry['kind'] {
  return town.population >= 100_000 || town.featureCode === 'PPLC' || town.featureCode === 'PPLA' ? 'city' : 'town';
}

/**
 * Foreign GeoNames towns: merged into the Natural Earth city of the same GeoNames id, or of the same
 * Arabic name within 15 km; otherwise a new `geonames:<id>` entry if worth keeping.
 */
export function foreignTownEntries(towns: GeoNamesTown[], neCities: GazetteerEntry[], neGeonamesIds: Map<string, GazetteerEntry>): GazetteerEntry[] {
  const added: GazetteerEntry[] = [];
  for (const town of towns) {
    const point = lonLat(town.lon, town.lat);
    const same =
      neGeonamesIds.get(town.id) ??
      neCities.find(
        (c) => c.country === town.country && distanceKm(c.coordinates, point) < 15 && sharesName(c, town),
      );
    if (same) {
      same.names = { ar: uniqueNames([...same.names.ar, ...town.ar]), en: uniqueNames([...same.names.en, town.name]) };
      same.sources = { ...same.sources, geonames: same.sources.geonames ?? town.id };
      continue;
    }
    if (!worthKeeping(town)) continue;
    added.push({
      id: `geonames:${town.id}`,
      names: { ar: town.ar, en: uniqueNames([town.name, ...town.en]) },
      kind: foreignKind(town),
      coordinates: point,
      country: town.country,
      admin1: null,
      admin2: null,
      ...(town.population > 0 ? { population: town.population } : {}),
      sources: { geonames: town.id },
    });
  }
  return added;
}
