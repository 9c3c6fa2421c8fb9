// One glyph outline → the signed distance field MapLibre draws labels from.
//
// MapLibre's glyph convention (set by Mapbox's sdf-glyph-foundry / node-fontnik, which every glyph server
// follows): the font at 24 px, a 3 px border around the glyph's box, distances up to 8 px each side of
// the outline scaled to 0–255 with the outline at 192 (a cutoff of 0.25), bigger values inside. Metrics
// are whole pixels: left and top of the box from the pen position and the line's top (top = box top
// minus the font's ascender), the box size without its border, and the advance.

export const GLYPH_SIZE = 24;
export const GLYPH_BORDER = 3;
/** Distances beyond this many pixels from the outline all get the same, extreme value. */
const RADIUS = 8;
const CUTOFF = 0.25;

/** A point in pixels, y up, baseline at y = 0, pen at x = 0. */
export type Point = [number, number];
/** Closed rings of straight segments (curves already flattened). */
export type Outline = Point[][];

export interface SdfGlyph {
  width: number;
  height: number;
  left: number;
  /** Box top relative to the line's top (negative below it). */
  top: number;
  /** (width + 6) × (height + 6) bytes, rows top to bottom; empty for a glyph with no ink (a space). */
  bitmap: Uint8Array;
}

/** Path commands as font parsers give them (here: opentype.js), in pixels with y DOWN. */
export type PathCommand =
  | { type: 'M'; x: number; y: number }
  | { type: 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** Curve pieces per quadratic or cubic: at 24 px a piece is at most a pixel or two long. */
const STEPS = 8;

/** Flattens path commands into rings, flipping y so that up is positive. */
export function flatten(commands: readonly PathCommand[]): Outline {
  const rings: Outline = [];
  let ring: Point[] = [];
  let at: Point = [0, 0];
  const close = () => {
    if (ring.length > 2) rings.push(ring);
    ring = [];
  };
  for (const c of commands) {
    if (c.type === 'Z') {
      close();
      continue;
    }
    const to: Point = [c.x, -c.y];
    if (c.type === 'M') {
      close();
      ring.push(to);
    } else if (c.type === 'L') {
      ring.push(to);
    } else if (c.type === 'Q') {
      const [cx, cy] = [c.x1, -c.y1];
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        ring.push([u * u * at[0] + 2 * u * t * cx + t * t * to[0], u * u * at[1] + 2 * u * t * cy + t * t * to[1]]);
      }
    } else {
      const [ax, ay, bx, by] = [c.x1, -c.y1, c.x2, -c.y2];
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        ring.push([
          u * u * u * at[0] + 3 * u * u * t * ax + 3 * u * t * t * bx + t * t * t * to[0],
          u * u * u * at[1] + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * to[1],
        ]);
      }
    }
    at = to;
  }
  close();
  return rings;
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Non-zero winding: TrueType outlines overlap (a letter's dots, a ligature's parts), and a point covered
 * by two overlapping contours is inside, not outside as even-odd would have it.
 */
function winding(outline: Outline, px: number, py: number): number {
  let w = 0;
  for (const ring of outline) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j]!;
      const [bx, by] = ring[i]!;
      if (ay <= py) {
        if (by > py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) > 0) w++;
      } else if (by <= py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) < 0) w--;
    }
  }
  return w;
}

/** The SDF glyph of an outline; `ascender` in pixels, the font's line top above the baseline. */
export function renderSdf(outline: Outline, ascender: number): SdfGlyph {
  const points = outline.flat();
  if (points.length === 0) return { width: 0, height: 0, left: 0, top: -ascender, bitmap: new Uint8Array(0) };
  // The box is rounded to whole pixels, as the metrics are integers in the glyph file (+ 0: no -0).
  const whole = (v: number) => Math.round(v) + 0;
  const xmin = whole(Math.min(...points.map((p) => p[0])));
  const xmax = whole(Math.max(...points.map((p) => p[0])));
  const ymin = whole(Math.min(...points.map((p) => p[1])));
  const ymax = whole(Math.max(...points.map((p) => p[1])));
  const width = xmax - xmin;
  const height = ymax - ymin;
  const w = width + 2 * GLYPH_BORDER;
  const h = height + 2 * GLYPH_BORDER;
  const bitmap = new Uint8Array(w * h);
  const segments: number[] = [];
  for (const ring of outline) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) segments.push(ring[j]![0], ring[j]![1], ring[i]![0], ring[i]![1]);
  }
  for (let row = 0; row < h; row++) {
    // Pixel centres; row 0 is the top of the bitmap.
    const py = ymax + GLYPH_BORDER - row - 0.5;
    for (let col = 0; col < w; col++) {
      const px = xmin - GLYPH_BORDER + col + 0.5;
      let best = RADIUS * RADIUS;
      for (let s = 0; s < segments.length; s += 4) {
        const d2 = segmentDistance2(px, py, segments[s]!, segments[s + 1]!, segments[s + 2]!, segments[s + 3]!);
        if (d2 < best) best = d2;
      }
      const distance = Math.sqrt(best) * (winding(outline, px, py) !== 0 ? -1 : 1);
      // 8 px → 256 steps; the outline lands at 255 − 64 = 191, just under MapLibre's 192 threshold mid-edge.
      const scaled = Math.trunc(distance * (256 / RADIUS) + CUTOFF * 256);
      bitmap[row * w + col] = 255 - Math.max(0, Math.min(255, scaled));
    }
  }
  return { width, height, left: xmin, top: ymax - ascender, bitmap };
}
