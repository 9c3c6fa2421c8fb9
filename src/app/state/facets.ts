// Filter facets (type, status, actor, outlet) and how many events each value would show. A value's count
// is taken under every other part of the filter (time window included) but not its own facet, the usual
// faceted-search rule: ticking a box adds exactly the number written beside it.
import { EventStatus, EventType, type EventRecord } from '../../schema/index.ts';
import { matchesFilter, plainFilter, type EventFilter } from '../../geo/filter.ts';

export type Facet = 'types' | 'statuses' | 'actors' | 'outlets';

/** Negated events («no strikes were carried out») stay hidden until the user ticks them. */
export const DEFAULT_STATUSES: EventStatus[] = EventStatus.options.filter((s) => s !== 'negated');
export const ALL_TYPES: EventType[] = [...EventType.options];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** A facet's values in one event, with labels; the same value may repeat (two sources from one outlet). */
function valuesOf(event: EventRecord, facet: Facet, visit: (value: string, label: string) => void): void {
  switch (facet) {
    case 'types':
      return visit(event.type, event.type);
    case 'statuses':
      return visit(event.status, event.status);
    case 'actors':
      for (const a of event.actors) visit(a.id, a.name);
      return;
    case 'outlets':
      for (const s of event.sources) if (s.outlet !== null) visit(s.outlet, s.outlet);
      return;
  }
}

/**
 * Every value of a facet in the loaded events, with its first label, in first-seen order. Remembered per
 * events array: it does not depend on the filter, and at 200,000 events walking them again on every move
 * of the slider cost as much as the counting.
 */
const known = new WeakMap<readonly EventRecord[], Map<Facet, Map<string, string>>>();
function labelsOf(events: readonly EventRecord[], facet: Facet): Map<string, string> {
  let byFacet = known.get(events);
  if (!byFacet) known.set(events, (byFacet = new Map()));
  let labels = byFacet.get(facet);
  if (!labels) {
    const found = new Map<string, string>();
    for (const e of events) valuesOf(e, facet, (value, label) => void (found.has(value) || found.set(value, label)));
    byFacet.set(facet, (labels = found));
  }
  return labels;
}

/** Every value of a facet found in the events, with its count under the rest of the filter; most first. */
export function facetValues(events: readonly EventRecord[], filter: EventFilter, facet: Facet): FacetValue[] {
  const rest = plainFilter({ ...filter, [facet]: [] });
  const counts = new Map<string, number>();
  const counted: string[] = [];
  for (const e of events) {
    if (!matchesFilter(e, rest)) continue;
    // An event with two sources from one outlet counts once for it.
    counted.length = 0;
    valuesOf(e, facet, (value) => {
      if (counted.includes(value)) return;
      counted.push(value);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    });
  }
  return [...labelsOf(events, facet)]
    .map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
