// Coordinates as other tools write them: numbers in text, sometimes out of range, sometimes with
// latitude and longitude swapped. A swap is reported, never silently fixed: the analyst decides.
import type { LonLat } from '../../schema/index.ts';

/** Syria's bounding box (OCHA admin 0 boundary, with a little slack): lon 35.6–42.4, lat 32.3–37.4. */
const SYRIA_BBOX = { west: 35.6, south: 32.3, east: 42.4, north: 37.4 } as const;

export type CoordinateCheck = { ok: true; coordinates: LonLat } | { ok: false; field: 'latitude' | 'longitude'; message: string };

function inSyria(lon: number, lat: number): boolean {
  return lon >= SYRIA_BBOX.west && lon <= SYRIA_BBOX.east && lat >= SYRIA_BBOX.south && lat <= SYRIA_BBOX.north;
}

/** A decimal number as written in a CSV cell (a decimal comma is not accepted: it is the delimiter). */
export function parseDecimal(s: string): number | null {
  const t = s.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * Checks a point said to be in Syria (`syrian`: the row names Syria or a Syrian governorate). Latitude
 * 35–42 with longitude 32–37 is the swapped pattern: swapped back it falls in Syria, as given it does not.
 */
export function checkCoordinates(lon: number, lat: number, syrian: boolean): CoordinateCheck {
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) return { ok: false, field: 'latitude', message: `latitude ${lat} is outside -90…90` };
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) return { ok: false, field: 'longitude', message: `longitude ${lon} is outside -180…180` };
  if (syrian && !inSyria(lon, lat) && inSyria(lat, lon)) {
    return {
      ok: false,
      field: 'latitude',
      message: `latitude ${lat} and longitude ${lon} look swapped: as given the point is outside Syria, swapped (lat ${lon}, lon ${lat}) it is inside`,
    };
  }
  return { ok: true, coordinates: [lon, lat] };
}
