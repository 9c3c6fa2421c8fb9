// Coordinates and shapes kept small enough for the browser: 5 decimals (about 1 m),
// lines and polygons simplified.
import * as turf from '@turf/turf';
import type { LonLat, PlaceGeometry } from '../../src/schema/index.ts';

export function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

export function lonLat(lon: number | string, lat: number | string): LonLat {
  return [round5(Number(lon)), round5(Number(lat))];
}

type Position = number[];

function roundPositions(value: unknown): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number') return (value as Position).slice(0, 2).map(round5);
  if (Array.isArray(value)) return value.map(roundPositions);
  return value;
}

/** Simplifies (Douglas–Peucker, tolerance in degrees) and rounds a line or polygon geometry. */
export function simplifyGeometry(geometry: PlaceGeometry, toleranceDeg: number): PlaceGeometry {
  const simplified = turf.simplify(turf.feature(geometry as never), { tolerance: toleranceDeg, highQuality: true })
    .geometry as PlaceGeometry;
  return { type: simplified.type, coordinates: roundPositions(simplified.coordinates) } as PlaceGeometry;
}

/** A point on the largest polygon of a (multi)polygon: a country's label point, not an ocean centroid. */
export function representativePoint(geometry: { type: string; coordinates: unknown }): LonLat {
  const polygons: Position[][][] =
    geometry.type === 'MultiPolygon' ? (geometry.coordinates as Position[][][]) : [geometry.coordinates as Position[][]];
  let best = polygons[0]!;
  let bestArea = -1;
  for (const rings of polygons) {
    const a = turf.area(turf.polygon(rings));
    if (a > bestArea) {
      bestArea = a;
      best = rings;
    }
  }
  const polygon = turf.polygon(best);
  const centroid = turf.centroid(polygon);
  const point = turf.booleanPointInPolygon(centroid, polygon) ? centroid : turf.pointOnFeature(polygon);
  const [lon, lat] = point.geometry.coordinates;
  return lonLat(lon!, lat!);
}

/** Great-circle distance in km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return turf.distance(a, b, { units: 'kilometers' });
}
