// Filter facets (type, status, actor, outlet) and how many events each value would show. A value's count
// is taken under every other part of the filter (time window included) but not its own facet, the usual
// faceted-search rule: ticking a box adds exactly the number written beside it.
import { EventStatus, EventType, type EventRecord } from '../../schema/index.ts';
import { filterEvents, type EventFilter } from '../../geo/filter.ts';

export type Facet = 'types' | 'statuses' | 'actors' | 'outlets';

/** Negated events («no strikes were carried out») stay hidden until the user ticks them. */
export const DEFAULT_STATUSES: EventStatus[] = EventStatus.options.filter((s) => s !== 'negated');
export const ALL_TYPES: EventType[] = [...EventType.options];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

function valuesOf(event: EventRecord, facet: Facet): { value: string; label: string }[] {
  switch (facet) {
    case 'types':
      return [{ value: event.type, label: event.type }];
    case 'statuses':
      return [{ value: event.status, label: event.status }];
    case 'actors':
      return event.actors.map((a) => ({ value: a.id, label: a.name }));
    case 'outlets':
      return event.sources.flatMap((s) => (s.outlet === null ? [] : [{ value: s.outlet, label: s.outlet }]));
  }
}

/** Every value of a facet found in the events, with its count under the rest of the filter; most first. */
export function facetValues(events: readonly EventRecord[], filter: EventFilter, facet: Facet): FacetValue[] {
  const rest = filterEvents(events, { ...filter, [facet]: [] });
  const found = new Map<string, FacetValue>();
  for (const e of events) {
    for (const v of valuesOf(e, facet)) if (!found.has(v.value)) found.set(v.value, { ...v, count: 0 });
  }
  for (const e of rest) {
    // An event with two sources from one outlet counts once for it.
    for (const value of new Set(valuesOf(e, facet).map((v) => v.value))) found.get(value)!.count++;
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
