// Great-circle distance and offsets on the sphere, enough for scoring and for placing region phrases.
import type { LonLat } from '../schema/index.ts';

const R = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** Distance in km between two [lon, lat] points (haversine). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from `from` on compass `bearing` degrees (flat approximation; fine below a few hundred km). */
export function offsetKm(from: LonLat, bearing: number, km: number): LonLat {
  const dy = km * Math.cos(rad(bearing));
  const dx = km * Math.sin(rad(bearing));
  const lat = from[1] + dy / 111.32;
  const lon = from[0] + dx / (111.32 * Math.cos(rad(from[1])));
  return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}
