// Picking among a million events on the CPU: a kdbush index over mercator positions finds the few events
// near the pointer; the same shown-test as the vertex shader (view-filter.ts isShown) keeps hidden events
// from being picked.
import KDBush from 'kdbush';
import type { EventColumns } from '../../../geo/columns.ts';
import { mercatorX, mercatorY } from './vertices.ts';
import { isShown, type ViewFilter } from './view-filter.ts';

/** A spatial index over some of the events; `events[k]` is the event of the index's item k. */
export interface EventIndex {
  index: KDBush;
  events: Uint32Array;
}

/**
 * Pins and area events get separate indexes: an area event can be hit from tens of kilometres away, a
 * pin only from a few pixels, and one search radius for both would scan thousands of pins per click.
 */
export function buildIndex(cols: EventColumns, include: (i: number) => boolean): EventIndex {
  const events: number[] = [];
  for (let i = 0; i < cols.length; i++) if (include(i)) events.push(i);
  const index = new KDBush(Math.max(1, events.length), 64, Float32Array);
  for (const i of events) index.add(mercatorX(cols.lon[i]!), mercatorY(cols.lat[i]!));
  if (events.length === 0) index.add(-1, -1);
  return { index: index.finish(), events: Uint32Array.from(events) };
}

export interface PickQuery {
  /** Pointer position in mercator 0–1. */
  x: number;
  y: number;
  /** Search radius in mercator units (covers the largest drawn event in this index). */
  searchRadius: number;
  /** Pointer distance (CSS px) to event i's centre, and event i's hit radius (CSS px). */
  distancePx(i: number): number;
  hitRadiusPx(i: number): number;
}

/** The shown event nearest the pointer whose drawn disc is hit; ties go to the later event (drawn on top). */
export function pickNearest(ix: EventIndex, cols: EventColumns, filter: ViewFilter, q: PickQuery): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const k of ix.index.within(q.x, q.y, q.searchRadius)) {
    const i = ix.events[k];
    if (i === undefined || !isShown(cols, i, filter)) continue;
    const d = q.distancePx(i);
    if (d > q.hitRadiusPx(i)) continue;
    if (d < bestDistance || (d === bestDistance && best !== null && i > best)) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}
