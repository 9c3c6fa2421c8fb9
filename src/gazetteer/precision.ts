// How exactly a kind of place pins an event down; the map draws a governorate-level event differently from a pin.
import type { GazetteerEntry, PlaceKind, PlacePrecision } from '../schema/index.ts';

const BY_KIND: Record<PlaceKind, PlacePrecision> = {
  country: 'country',
  governorate: 'governorate',
  district: 'district',
  subdistrict: 'district',
  city: 'town',
  town: 'town',
  village: 'point',
  neighbourhood: 'point',
  airbase: 'point',
  military_base: 'point',
  border_crossing: 'point',
  dam: 'point',
  other: 'point',
  region: 'region',
  river: 'region',
  mountain: 'region',
};

export function precisionOf(entryOrKind: GazetteerEntry | PlaceKind): PlacePrecision {
  return BY_KIND[typeof entryOrKind === 'string' ? entryOrKind : entryOrKind.kind];
}
