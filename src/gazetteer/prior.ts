// What a name most likely means before reading the context: Syria first, then its neighbours; bigger and more
// central kinds of place before villages. Used to order candidates and as the base of resolve's score.
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

export function priorOf(e: GazetteerEntry): number {
  const country = e.country === 'SY' ? 3 : NEIGHBOURS.has(e.country) ? 1.5 : 0;
  const size = e.population ? Math.min(1.5, Math.log10(e.population + 1) / 5) : 0;
  return country + KIND_PRIOR[e.kind] + size;
}
