// Fetches the events file and keeps the features that are valid events. A file written by another tool
// (or hand-edited) may hold bad features: they are skipped and counted, never allowed to break the map.
import { EventFeature, EventRecord } from '../../schema/index.ts';
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

/**
 * A file the user dropped: a GeoJSON FeatureCollection (`sitrep ingest`, `sitrep export`) or NDJSON
 * (`sitrep ingest --format ndjson`: one EventRecord per line; a line may also be one event Feature).
 */
export function parseEventsText(text: string): LoadedEvents {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    const json: unknown = JSON.parse(trimmed);
    if ((json as { type?: unknown }).type === 'FeatureCollection') return parseEventCollection(json);
  }
  const events: EventRecord[] = [];
  let skipped = 0;
  for (const line of trimmed.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const record = EventRecord.safeParse(json);
    const feature = record.success ? null : EventFeature.safeParse(json);
    if (record.success) events.push(record.data);
    else if (feature?.success) events.push(fromFeature(feature.data));
    else skipped++;
  }
  return { events, skipped };
}

/** Events from both lists, one per id; a later copy replaces an earlier one. */
export function mergeById(current: readonly EventRecord[], added: readonly EventRecord[]): EventRecord[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const e of added) byId.set(e.id, e);
  return [...byId.values()];
}
