// What a name most likely means before reading the context: Syria first, then its neighbours; bigger and more
// central kinds of place before villages; a town before the district named after it. Used to order candidates,
// by lookup, and as the base of resolve's score.
import type { GazetteerEntry, PlaceKind } from '../schema/index.ts';

/** Syria's neighbours and the countries its war news names most after them. */
const NEIGHBOURS = new Set(['TR', 'IQ', 'JO', 'LB', 'IL', 'PS']);

const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 2.5,
  governorate: 1.2,
  city: 2,
  town: 1.5,
  airbase: 1.2,
  military_base: 1,
  region: 1.5,
  river: 1.5,
  mountain: 1,
  dam: 1,
  border_crossing: 1,
  district: 0.4,
  subdistrict: 0.2,
  village: 0.5,
  neighbourhood: 0.2,
  other: 0.3,
};

export const ADMIN_KINDS = new Set<PlaceKind>(['governorate', 'district', 'subdistrict']);

/** A populated place that gives its name to the district or governorate it is in is that unit's seat. */
const NAMES_ITS_ADMIN_UNIT = 1.5;

export function priorOf(e: GazetteerEntry): number {
  const country = e.country === 'SY' ? 3 : NEIGHBOURS.has(e.country) ? 1.5 : 0;
  const size = e.population ? Math.min(1.5, Math.log10(e.population + 1) / 5) : 0;
  return country + KIND_PRIOR[e.kind] + size;
}

/** An admin unit and a populated place of the same name inside it: the place is the unit's seat. */
function namesAdminUnitOf(unit: GazetteerEntry, place: GazetteerEntry): boolean {
  if (!ADMIN_KINDS.has(unit.kind) || ADMIN_KINDS.has(place.kind) || unit.country !== place.country) return false;
  if (unit.kind === 'governorate') return unit.admin1 === place.admin1;
  return unit.admin2 !== null && unit.admin2 === place.admin2;
}

/**
 * Scores of the entries a name can mean, with nothing else known: the prior, plus the seat bonus (رأس العين the
 * town, not the district or the villages of that name).
 */
export function namePriors(list: GazetteerEntry[]): number[] {
  return list.map((e) => priorOf(e) + (list.some((a) => namesAdminUnitOf(a, e)) ? NAMES_ITS_ADMIN_UNIT : 0));
}
