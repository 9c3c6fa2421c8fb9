// How events look on the GPU layer: sizes by place precision and zoom, looks by status. Shared by the
// shaders (as uniforms) and by picking (which must agree with what is drawn).
import { EVENT_COLORS } from '../event-colors.ts';
import { PLACE_PRECISIONS, STATUSES, TYPES } from '../../../geo/columns.ts';
import type { EventRecord } from '../../../schema/index.ts';

/**
 * The ground radius, in metres, an event at each place precision may lie within; 0 = drawn as a pin.
 * A governorate-level event is not a pin-point: it is a large translucent disc about the size of a governorate.
 */
export const AREA_RADIUS_M: Record<(typeof PLACE_PRECISIONS)[number], number> = {
  point: 0,
  town: 0,
  district: 15_000,
  governorate: 35_000,
  region: 45_000,
  country: 120_000,
};

/** Pin radius in CSS pixels: small when zoomed out (many dots), larger when zoomed in. */
export function pinRadius(zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 4) / 6));
  return 3 + t * 4;
}

/** The equator's length: web mercator's world width, in metres. */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** A ground radius at a latitude → CSS pixels at a zoom (web mercator, 512-px tiles as MapLibre uses). */
export function metresToPixels(metres: number, lat: number, zoom: number): number {
  return (metres / (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180))) * 512 * 2 ** zoom;
}

/** Drawn radius of an event in CSS pixels: area events by their ground size (never smaller than a pin). */
export function drawnRadius(precision: number, lat: number, zoom: number): number {
  const metres = AREA_RADIUS_M[PLACE_PRECISIONS[precision] ?? 'point'];
  const pin = pinRadius(zoom);
  return metres === 0 ? pin : Math.max(pin * 1.5, metresToPixels(metres, lat, zoom));
}

/** The type colours as a flat RGB float array, in EventType order, for a uniform vec3 array. */
export function typeColours(): Float32Array {
  const out = new Float32Array(TYPES.length * 3);
  TYPES.forEach((t, i) => {
    const hex = EVENT_COLORS[t];
    for (let c = 0; c < 3; c++) out[i * 3 + c] = parseInt(hex.slice(1 + c * 2, 3 + c * 2), 16) / 255;
  });
  return out;
}

export function areaRadii(): Float32Array {
  return Float32Array.from(PLACE_PRECISIONS.map((p) => AREA_RADIUS_M[p]));
}

/** Bit i set = value i shown. */
export function maskOf<T extends string>(options: readonly T[], shown: readonly T[]): number {
  return shown.reduce((m, v) => (options.includes(v) ? m | (1 << options.indexOf(v)) : m), 0);
}

export const ALL_TYPES = (1 << TYPES.length) - 1;
/** Negated events («no strikes were carried out») are hidden unless asked for: they did not happen. */
export const DEFAULT_STATUSES = maskOf(STATUSES, STATUSES.filter((s) => s !== 'negated'));

/**
 * Size by fatalities: CSS px each event's pin grows by, 2·√killed as in the GeoJSON layer's dotRadius
 * (event-layers.ts), so a dot's area follows the count; a byte per event (255 px is far past any screen).
 */
export function fatalitySizes(events: readonly Pick<EventRecord, 'fatalities'>[]): Uint8Array {
  const out = new Uint8Array(events.length);
  events.forEach((e, i) => (out[i] = Math.min(255, Math.round(2 * Math.sqrt(e.fatalities?.count ?? 0)))));
  return out;
}
