// Hand-written additions (gazetteer/curated.json) for what no source has: Arabic names of air
// bases, regions, Kurdish and news spellings, dams, border crossings. Every fact carries the
// place it was taken from in `sources.curated`.
//
// A curated place gets its point in one of three ways, so that no coordinate is typed from memory
// where a source has it:  `coordinates` (with the reference in sources.curated), `at` (the point
// of another entry, e.g. an OurAirports record) or `members` (the centre and outline of a list of
// OCHA communities, for regions such as Eastern Ghouta).
import * as turf from '@turf/turf';
import { z } from 'zod';
import { type GazetteerEntry, LonLat, type PlaceGeometry, PlaceKind } from '../../src/schema/index.ts';
import type { AdminAreas } from './admin-areas.ts';
import { lonLat, round5, simplifyGeometry } from './geometry.ts';
import { uniqueNames } from './names.ts';

const Names = z.object({ ar: z.array(z.string()).default([]), en: z.array(z.string()).default([]) });

export const CuratedPlace = z
  .object({
    id: z.string().regex(/^curated:[a-z0-9-]+$/),
    names: Names,
    kind: PlaceKind,
    country: z.string().length(2),
    coordinates: LonLat.optional(),
    at: z.string().optional(),
    members: z.array(z.string()).min(2).optional(),
    /** Members are points along a line in order (a river's course), not an area. */
    line: z.boolean().optional(),
    population: z.number().int().nonnegative().optional(),
    sources: z.object({ curated: z.string().min(10) }).catchall(z.string()),
  })
  .strict()
  .refine((p) => [p.coordinates, p.at, p.members].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of coordinates, at, members',
  });
export type CuratedPlace = z.infer<typeof CuratedPlace>;

/** More names for an entry a source already has (Kurdish names, news spellings). */
export const CuratedAlias = z
  .object({
    id: z.string(),
    names: Names,
    /** Corrects the kind where the source's is too plain (an airport that is an air base). */
    kind: PlaceKind.optional(),
    source: z.string().min(10),
  })
  .strict();
export type CuratedAlias = z.infer<typeof CuratedAlias>;

export const CuratedFile = z.object({
  about: z.string(),
  places: z.array(CuratedPlace),
  aliases: z.array(CuratedAlias),
});
export type CuratedFile = z.infer<typeof CuratedFile>;

function fail(message: string): never {
  throw new Error(`gazetteer/curated.json: ${message}`);
}

/** Where a curated place is, by whichever of coordinates, `at` or `members` it gives. */
function placeOf(place: CuratedPlace, byId: Map<string, GazetteerEntry>): { coordinates: LonLat; geometry?: PlaceGeometry } {
  if (place.coordinates) return { coordinates: lonLat(place.coordinates[0], place.coordinates[1]) };
  if (place.at) {
    return { coordinates: (byId.get(place.at) ?? fail(`${place.id}: "at" names unknown entry ${place.at}`)).coordinates };
  }
  const points = place.members!.map((id) => (byId.get(id) ?? fail(`${place.id}: unknown member ${id}`)).coordinates);
  if (place.line) {
    // A river's point is its middle member, which lies on the line (a centroid may not).
    return { coordinates: points[Math.floor(points.length / 2)]!, geometry: { type: 'LineString', coordinates: points } };
  }
  const [lon, lat] = turf.centroid(turf.multiPoint(points)).geometry.coordinates;
  const hull = turf.convex(turf.featureCollection(points.map((p) => turf.point(p))));
  return {
    coordinates: [round5(lon!), round5(lat!)],
    ...(hull ? { geometry: simplifyGeometry(hull.geometry as PlaceGeometry, 0.001) } : {}),
  };
}

/** Builds the curated entries; `byId` holds every source entry built so far. */
export function curatedEntries(file: CuratedFile, byId: Map<string, GazetteerEntry>, admin: AdminAreas): GazetteerEntry[] {
  return file.places.map((place): GazetteerEntry => {
    const { coordinates, geometry } = placeOf(place, byId);
    const where = place.country === 'SY' ? admin.locate(coordinates) : null;
    return {
      id: place.id,
      names: { ar: uniqueNames(place.names.ar), en: uniqueNames(place.names.en) },
      kind: place.kind,
      coordinates,
      country: place.country,
      admin1: where?.admin1 ?? null,
      admin2: where?.admin2 ?? null,
      ...(place.population !== undefined ? { population: place.population } : {}),
      ...(geometry ? { geometry } : {}),
      sources: place.sources,
    };
  });
}

/** Adds the curated alias names to their entries (after the source's own names). */
export function applyAliases(aliases: CuratedAlias[], byId: Map<string, GazetteerEntry>): void {
  for (const alias of aliases) {
    const entry = byId.get(alias.id) ?? fail(`alias for unknown entry ${alias.id}`);
    entry.names = {
      ar: uniqueNames([...entry.names.ar, ...alias.names.ar]),
      en: uniqueNames([...entry.names.en, ...alias.names.en]),
    };
    if (alias.kind) entry.kind = alias.kind;
    entry.sources = {
      ...entry.sources,
      curated: entry.sources.curated ? `${entry.sources.curated}; ${alias.source}` : alias.source,
    };
  }
}
