// What the GPU layer filters on — a day window and type/status bit masks — made from the shared event filter
// (src/geo/filter.ts), and the test "is this event shown" on the CPU. Same meaning as matchesFilter: empty
// lists mean "all", null/absent window sides are open. Actor, outlet, bbox and text filters are not on the
// GPU: they change rarely, so the app filters the events itself and calls setData with the result.
import { OPEN_DAY, STATUSES, TYPES, type EventColumns } from '../../../geo/columns.ts';
import { dayNumber } from '../../../schema/index.ts';
import type { EventFilter } from '../../../geo/filter.ts';
import { maskOf } from './style.ts';

export interface ViewFilter {
  /** First and last day shown (days since 1970-01-01); null = open on that side. */
  fromDay: number | null;
  toDay: number | null;
  /** Bit k set = EventType.options[k] (EventStatus.options[k]) shown. */
  typeMask: number;
  statusMask: number;
}

/**
 * Is an event with this type, status and date interval shown? The vertex shader's `shown()` (shaders.ts), on
 * the CPU, for what must agree with what is drawn: picking, the pooled area discs, the heatmap's per-place
 * counts. Mirrors it term by term: the shader gets the window as a uniform with ±OPEN_FLOAT for a null side
 * and an open date as a start below −OPEN_FLOAT / 2; an open-dated event shows only in a window open on both
 * sides; any other shows when its interval overlaps the window (end ≥ from and start ≤ to); and the type and
 * status bits must both be set.
 */
export function shownBy(f: ViewFilter, type: number, status: number, openDate: boolean, startDay: number, endDay: number): boolean {
  if (((f.typeMask >> type) & 1) === 0 || ((f.statusMask >> status) & 1) === 0) return false;
  if (openDate) return f.fromDay === null && f.toDay === null;
  return (f.fromDay === null || endDay >= f.fromDay) && (f.toDay === null || startDay <= f.toDay);
}

/** shownBy for event i of the columns. */
export function isShown(cols: EventColumns, i: number, f: ViewFilter): boolean {
  const start = cols.startDay[i]!;
  return shownBy(f, cols.type[i]!, cols.status[i]!, start === OPEN_DAY, start, cols.endDay[i]!);
}

export function viewFilterOf(filter: EventFilter): ViewFilter {
  return {
    fromDay: filter.from ? dayNumber(filter.from) : null,
    toDay: filter.to ? dayNumber(filter.to) : null,
    typeMask: filter.types?.length ? maskOf(TYPES, filter.types) : maskOf(TYPES, TYPES),
    statusMask: filter.statuses?.length ? maskOf(STATUSES, filter.statuses) : maskOf(STATUSES, STATUSES),
  };
}

/** Applies a shared filter's window, types and statuses to the layer. */
export function applyFilter(layer: { setWindow(f: number | null, t: number | null): void; setMasks(t: number, s: number): void }, filter: EventFilter): void {
  const v = viewFilterOf(filter);
  layer.setWindow(v.fromDay, v.toDay);
  layer.setMasks(v.typeMask, v.statusMask);
}
