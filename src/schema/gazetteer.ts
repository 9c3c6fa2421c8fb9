// A gazetteer entry: one real place with every name it goes by.
import { z } from 'zod';
import { LonLat } from './common.ts';

export const PlaceKind = z.enum([
  'country',
  'governorate',
  'district',
  'subdistrict',
  'city',
  'town',
  'village',
  'neighbourhood',
  'airbase',
  'military_base',
  'border_crossing',
  'region',
  'river',
  'mountain',
  'dam',
  'other',
]);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** How exactly a resolved place pins an event down; drives how the map draws it. */
export const PlacePrecision = z.enum(['point', 'town', 'district', 'governorate', 'region', 'country']);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

/** A line or polygon for places that are not points (rivers, regions), GeoJSON geometry. */
export const PlaceGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: z.array(LonLat).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(LonLat).min(2)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(LonLat).min(4)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(LonLat).min(4))) }),
]);
export type PlaceGeometry = z.infer<typeof PlaceGeometry>;

export const GazetteerEntry = z.object({
  /** Stable id: OCHA P-code where there is one (SY0201), else `<source>:<id>` or `curated:<slug>`. */
  id: z.string().min(1),
  /** All names, clean (no disambiguation tags); the first of each list is the display name. */
  names: z.object({ ar: z.array(z.string()), en: z.array(z.string()) }),
  kind: PlaceKind,
  /** Representative point, [lon, lat]. */
  coordinates: LonLat,
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().length(2),
  /** Governorate (admin 1), English OCHA spelling; null outside Syria or for countries. */
  admin1: z.string().nullable(),
  /** District (admin 2), English; null where unknown. */
  admin2: z.string().nullable(),
  population: z.number().int().nonnegative().optional(),
  geometry: PlaceGeometry.optional(),
  /** Where each fact came from: source name → record id or note, e.g. {ocha: "C1234", geonames: "170794"}. */
  sources: z.record(z.string(), z.string()),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;
