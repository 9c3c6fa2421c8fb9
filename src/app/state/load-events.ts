// Fetches the events file and keeps the features that are valid events. A file written by another tool
// (or hand-edited) may hold bad features: they are skipped and counted, never allowed to break the map.
import { EventFeature, type EventRecord } from '../../schema/index.ts';
import { fromFeature } from '../../geo/features.ts';

export interface LoadedEvents {
  events: EventRecord[];
  /** Features that failed the EventFeature schema. */
  skipped: number;
}

export function parseEventCollection(json: unknown): LoadedEvents {
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) throw new Error('not a GeoJSON FeatureCollection');
  const events: EventRecord[] = [];
  let skipped = 0;
  for (const f of features) {
    const parsed = EventFeature.safeParse(f);
    if (parsed.success) events.push(fromFeature(parsed.data));
    else skipped++;
  }
  return { events, skipped };
}

export async function loadEvents(url: string): Promise<LoadedEvents> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return parseEventCollection(await res.json());
}
