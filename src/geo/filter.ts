// Which events a view shows. One implementation for the app and for `sitrep export`, so what the map
// shows and what the CLI exports can never disagree.
import type { EventRecord, EventStatus, EventType } from '../schema/index.ts';

export interface EventFilter {
  /** Time window, ISO days, inclusive; null/absent leaves that side open. */
  from?: string | null;
  to?: string | null;
  /** Empty or absent means "all". */
  types?: readonly EventType[];
  statuses?: readonly EventStatus[];
  actors?: readonly string[];
  outlets?: readonly string[];
  /** [west, south, east, north] in degrees. */
  bbox?: readonly [number, number, number, number] | null;
  /** Case-insensitive text search over place names, actor names and the quote. */
  text?: string | null;
}

/**
 * An event is in the time window while its date interval overlaps it. Events with an open date
 * (no publication date to anchor them) are shown only when the window itself is open on both sides.
 */
export function overlapsWindow(event: EventRecord, from: string | null | undefined, to: string | null | undefined): boolean {
  const { start, end } = event.date;
  if (start === null || end === null) return !from && !to;
  if (from && end < from) return false;
  if (to && start > to) return false;
  return true;
}

export function matchesFilter(event: EventRecord, filter: EventFilter): boolean {
  if (!overlapsWindow(event, filter.from, filter.to)) return false;
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(event.status)) return false;
  if (filter.actors?.length && !event.actors.some((a) => filter.actors!.includes(a.id))) return false;
  if (filter.outlets?.length && !event.sources.some((s) => s.outlet !== null && filter.outlets!.includes(s.outlet))) {
    return false;
  }
  if (filter.bbox && !inBbox(event.place.coordinates, filter.bbox)) return false;
  if (filter.text && !matchesText(event, filter.text)) return false;
  return true;
}

export function filterEvents(events: readonly EventRecord[], filter: EventFilter): EventRecord[] {
  const own = plainFilter(filter);
  return events.filter((e) => matchesFilter(e, own));
}

/**
 * The filter with its own copies of the lists and the box. The app's filter lists are reactive proxies (Svelte
 * state), and reading them once per event cost ~1.5 s of each slider step at 200,000 events (CPU profile).
 */
export function plainFilter(filter: EventFilter): EventFilter {
  const copy = <T>(list: readonly T[] | undefined) => (list ? [...list] : list);
  return {
    ...filter,
    types: copy(filter.types),
    statuses: copy(filter.statuses),
    actors: copy(filter.actors),
    outlets: copy(filter.outlets),
    bbox: filter.bbox ? [filter.bbox[0], filter.bbox[1], filter.bbox[2], filter.bbox[3]] : filter.bbox,
  };
}

function inBbox([lon, lat]: readonly [number, number], [w, s, e, n]: readonly [number, number, number, number]): boolean {
  // A bbox whose west edge is east of its east edge crosses the antimeridian (RFC 7946 §5.2).
  const inLon = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
  return inLon && lat >= s && lat <= n;
}

function matchesText(event: EventRecord, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    event.place.name.ar,
    event.place.name.en,
    ...event.actors.flatMap((a) => [a.name, a.phrase]),
    ...event.sources.map((s) => s.quote),
  ];
  return haystack.some((h) => h !== null && h.toLowerCase().includes(needle));
}
