// The heatmap's input: events pooled by place. A million events sit at a few thousand gazetteer places, and
// the heatmap only needs how many shown events each place has — so it splats one weighted point per place
// instead of one per event. Drawing a million point primitives costs seconds in software WebGL (per-primitive
// set-up, not pixels); counting the shown events per place on the CPU, over just the vertex ranges the
// window can show, costs a few milliseconds even at a million.
import { PLACE_PRECISIONS, type EventColumns } from '../../../geo/columns.ts';
import { shownBy, type ViewFilter } from './view-filter.ts';
import { AREA_RADIUS_M, EARTH_CIRCUMFERENCE_M } from './style.ts';
import { OPEN_FLOAT, STRIDE, mercatorX, mercatorY } from './vertices.ts';

export interface HeatCells {
  count: number;
  /** Per cell: mercator x, y, ground radius in metres (0 = a pin), interleaved for the GPU. */
  positions: Float32Array;
  /** cellOf[i] = the cell of event i. */
  cellOf: Uint32Array;
  /** Mercator box of all cells [x0, y0, x1, y1], and the largest ground radius in mercator units. */
  bbox: [number, number, number, number];
  maxRadiusMercator: number;
}

/** One cell per distinct (position, ground radius): events at the same place and precision pool together. */
export function buildCells(cols: EventColumns): HeatCells {
  const index = new Map<number, number>();
  const cellOf = new Uint32Array(cols.length);
  const positions: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const radius = AREA_RADIUS_M[PLACE_PRECISIONS[cols.placePrecision[i]!] ?? 'point'];
    // A numeric key (1e-5° ≈ 1 m) is far cheaper than a string key for a million look-ups; < 2^53.
    const key =
      ((Math.round(cols.lon[i]! * 1e5) + 18_000_000) * 40_000_000 + (Math.round(cols.lat[i]! * 1e5) + 9_000_000)) * 8 +
      cols.placePrecision[i]!;
    let cell = index.get(key);
    if (cell === undefined) {
      cell = index.size;
      index.set(key, cell);
      positions.push(mercatorX(cols.lon[i]!), mercatorY(cols.lat[i]!), radius);
    }
    cellOf[i] = cell;
  }
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let maxRadiusMercator = 0;
  for (let c = 0; c < positions.length; c += 3) {
    const [x, y, r] = [positions[c]!, positions[c + 1]!, positions[c + 2]!];
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
    // Metres → mercator units at this latitude: 1 / (circumference · cos φ); cos φ from y.
    const cosLat = 1 / Math.cosh(Math.PI * (1 - 2 * y));
    maxRadiusMercator = Math.max(maxRadiusMercator, r / (EARTH_CIRCUMFERENCE_M * cosLat));
  }
  return { count: index.size, positions: Float32Array.from(positions), cellOf, bbox, maxRadiusMercator };
}

/** cellAt[v] = the cell of the event at vertex v: the cells in vertex order (`order[v]` = event at vertex v). */
export function cellsInVertexOrder(cells: HeatCells, order: Uint32Array): Uint32Array {
  const out = new Uint32Array(order.length);
  for (let v = 0; v < order.length; v++) out[v] = cells.cellOf[order[v]!]!;
  return out;
}

/**
 * Shown events per cell, for the vertex ranges the window can show, read from the vertex buffer's own bytes
 * (vertices.ts layout) with the shader's test (shownBy). The vertices of a window are contiguous, so this reads memory
 * in sequence; reading the columns through the vertex order was a cache miss per event, 7–10 ms for the
 * ~45k events of a 90-day window at 1M. Writes into `out` (length cells.count) and returns it.
 */
export function weighCells(
  cellAt: Uint32Array,
  vertices: ArrayBuffer,
  ranges: readonly [number, number][],
  filter: ViewFilter,
  out: Float32Array,
): Float32Array {
  out.fill(0);
  const f = new Float32Array(vertices);
  const u = new Uint8Array(vertices);
  const FLOATS = STRIDE / 4;
  for (const [first, count] of ranges) {
    for (let v = first; v < first + count; v++) {
      const b = v * STRIDE + 16;
      const start = f[v * FLOATS + 2]!;
      if (shownBy(filter, u[b]!, u[b + 1]!, start < -OPEN_FLOAT / 2, start, f[v * FLOATS + 3]!)) out[cellAt[v]!]!++;
    }
  }
  return out;
}
