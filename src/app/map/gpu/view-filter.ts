// The shared event filter (src/geo/filter.ts) → what the GPU layer filters on: a day window and type/status
// bit masks. Same meaning as matchesFilter: empty lists mean "all", null/absent window sides are open.
// Actor, outlet, bbox and text filters are not on the GPU: they change rarely, so the app filters the
// events itself and calls setData with the result.
import { STATUSES, TYPES } from '../../../geo/columns.ts';
import { dayNumber } from '../../../schema/index.ts';
import type { EventFilter } from '../../../geo/filter.ts';
import type { ViewFilter } from './pick.ts';
import { maskOf } from './style.ts';

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
