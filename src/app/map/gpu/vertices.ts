// Columns → one interleaved vertex buffer, 20 bytes an event:
//   x, y (float32, web mercator 0–1) · start, end day (float32; whole days below 2^24 are exact) ·
//   type, status, place precision, extra pin radius in CSS px (uint8: size by fatalities, else 0).
//
// Events are laid out in groups — area events before pins (pins are drawn over the areas they lie in), and
// within each by how long their date interval is (a day, a week, a month, a year, longer, open) — and each
// group is sorted by start day. Then the events a time window can show are one contiguous range per group
// (start ≥ from − the group's longest interval, start ≤ to), found by binary search: the GPU is handed only
// those ranges, so even the vertex work of a window change follows what is shown, not the whole data set.
import { OPEN_DAY, PLACE_PRECISIONS, type EventColumns } from '../../../geo/columns.ts';
import { AREA_RADIUS_M } from './style.ts';

export const STRIDE = 20;
/** Stands for an open date in the float attributes; the shader tests `< -OPEN_FLOAT / 2`. */
export const OPEN_FLOAT = 1e9;

/** Upper bounds (days, end − start) of the duration classes; the last class takes the rest. */
const DURATION_LIMITS = [0, 7, 31, 366, Infinity];
const CLASSES = DURATION_LIMITS.length + 1; // + open dates

export interface VertexGroup {
  /** First vertex of the group in the buffer, and how many. */
  first: number;
  count: number;
  /** Start days of the group's events, ascending (vertex order). */
  starts: Int32Array;
  /** Longest interval in the group, in days (end − start). */
  maxDuration: number;
  /** Events with open dates: shown only when the window is open on both sides. */
  open: boolean;
  /** Area events (district, governorate, region, country): drawn as discs of their ground size. */
  area: boolean;
}

export interface Vertices {
  buffer: ArrayBuffer;
  groups: VertexGroup[];
  /** order[v] = the event (column index) at vertex v. */
  order: Uint32Array;
}

export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

export function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
}

export function isArea(precision: number): boolean {
  return AREA_RADIUS_M[PLACE_PRECISIONS[precision] ?? 'point'] > 0;
}

function durationClass(start: number, end: number): number {
  if (start === OPEN_DAY) return CLASSES - 1;
  const d = end - start;
  let c = 0;
  while (d > DURATION_LIMITS[c]!) c++;
  return c;
}

/**
 * The events in drawing order — by group (areas first, then pins; within each by duration class), then by start
 * day — and each event's group. A counting sort on (group, start day): O(n + groups × days), no comparator calls
 * for a million events.
 */
function drawingOrder(cols: EventColumns): { order: Uint32Array; groupOf: Uint8Array } {
  const n = cols.length;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = cols.startDay[i]!;
    if (s === OPEN_DAY) continue;
    if (s < minDay) minDay = s;
    if (s > maxDay) maxDay = s;
  }
  if (minDay > maxDay) minDay = maxDay = 0;
  const span = maxDay - minDay + 1;

  const groupCount = 2 * CLASSES;
  const groupOf = new Uint8Array(n);
  const keyOf = new Uint32Array(n);
  const counts = new Uint32Array(groupCount * span + 1);
  for (let i = 0; i < n; i++) {
    const s = cols.startDay[i]!;
    const g = (isArea(cols.placePrecision[i]!) ? 0 : CLASSES) + durationClass(s, cols.endDay[i]!);
    groupOf[i] = g;
    keyOf[i] = g * span + (s === OPEN_DAY ? 0 : s - minDay);
    counts[keyOf[i]! + 1]!++;
  }
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[counts[keyOf[i]!]!++] = i;
  return { order, groupOf };
}

/** `extraPx`: per event (column index), CSS px a pin's radius grows by (size by fatalities); absent = none. */
export function buildVertices(cols: EventColumns, extraPx: Uint8Array | null = null): Vertices {
  const n = cols.length;
  const { order, groupOf } = drawingOrder(cols);

  const buffer = new ArrayBuffer(n * STRIDE);
  const f = new Float32Array(buffer);
  const u = new Uint8Array(buffer);
  const groups: VertexGroup[] = [];
  let current: { g: number; first: number; maxDuration: number } | null = null;
  const close = (end: number) => {
    if (!current) return;
    const starts = new Int32Array(end - current.first);
    for (let v = current.first; v < end; v++) starts[v - current.first] = cols.startDay[order[v]!]!;
    groups.push({
      first: current.first,
      count: end - current.first,
      starts,
      maxDuration: current.maxDuration,
      open: current.g % CLASSES === CLASSES - 1,
      area: current.g < CLASSES,
    });
  };
  for (let v = 0; v < n; v++) {
    const i = order[v]!;
    const g = groupOf[i]!;
    if (!current || current.g !== g) {
      close(v);
      current = { g, first: v, maxDuration: 0 };
    }
    const s = cols.startDay[i]!;
    const e = cols.endDay[i]!;
    if (s !== OPEN_DAY) current.maxDuration = Math.max(current.maxDuration, e - s);
    const o = v * (STRIDE / 4);
    f[o] = mercatorX(cols.lon[i]!);
    f[o + 1] = mercatorY(cols.lat[i]!);
    f[o + 2] = s === OPEN_DAY ? -OPEN_FLOAT : s;
    f[o + 3] = e === OPEN_DAY ? -OPEN_FLOAT : e;
    const b = v * STRIDE + 16;
    u[b] = cols.type[i]!;
    u[b + 1] = cols.status[i]!;
    u[b + 2] = cols.placePrecision[i]!;
    u[b + 3] = extraPx?.[i] ?? 0;
  }
  close(n);
  return { buffer, groups, order };
}

/** First index whose value is ≥ x (sorted ascending). */
function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The vertex ranges [first, count] that can hold events shown in the window, in draw order. Every event
 * outside them is certainly hidden; events inside may still be hidden (the shader has the last word).
 */
export function drawRanges(groups: readonly VertexGroup[], fromDay: number | null, toDay: number | null): [number, number][] {
  const out: [number, number][] = [];
  for (const g of groups) {
    if (g.open) {
      if (fromDay === null && toDay === null) out.push([g.first, g.count]);
      continue;
    }
    const lo = fromDay === null ? 0 : lowerBound(g.starts, fromDay - g.maxDuration);
    const hi = toDay === null ? g.count : lowerBound(g.starts, toDay + 1);
    if (hi > lo) out.push([g.first + lo, hi - lo]);
  }
  return out;
}
