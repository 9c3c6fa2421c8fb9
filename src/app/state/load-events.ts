// Fetches the events file and keeps the features that are valid events. A file written by another tool
// (or hand-edited) may hold bad features: they are skipped and counted, never allowed to break the map.
import type { z } from 'zod';
import { EventFeature, EventRecord } from '../../schema/index.ts';
import { fromFeature } from '../../geo/features.ts';

/** Why one feature (of a FeatureCollection) or one line (of NDJSON) was refused. Numbers count from 1. */
export interface Refusal {
  at: 'feature' | 'line';
  index: number;
  reason: string;
}

export interface LoadedEvents {
  events: EventRecord[];
  /** How many features or lines were refused (not valid events). */
  skipped: number;
  /** The first MAX_REFUSALS of them with the reason, for the notice: enough to fix a file, not a flood. */
  refused: Refusal[];
}

export const MAX_REFUSALS = 5;

/** The first schema issue, as "path: message" (e.g. "properties.date.start: Invalid input"). */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

export function parseEventCollection(json: unknown): LoadedEvents {
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) throw new Error('not a GeoJSON FeatureCollection');
  const events: EventRecord[] = [];
  const refused: Refusal[] = [];
  let skipped = 0;
  features.forEach((f, i) => {
    const parsed = EventFeature.safeParse(f);
    if (parsed.success) {
      events.push(fromFeature(parsed.data));
      return;
    }
    skipped++;
    if (refused.length < MAX_REFUSALS) refused.push({ at: 'feature', index: i + 1, reason: firstIssue(parsed.error) });
  });
  return { events, skipped, refused };
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
  const refused: Refusal[] = [];
  let skipped = 0;
  const refuse = (index: number, reason: string) => {
    skipped++;
    if (refused.length < MAX_REFUSALS) refused.push({ at: 'line', index, reason });
  };
  // Line numbers of the file as given (the leading blank lines trim() dropped are counted back in).
  const offset = text.slice(0, text.indexOf(trimmed)).split(/\r?\n/).length - 1;
  trimmed.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      refuse(offset + i + 1, 'not JSON');
      return;
    }
    const record = EventRecord.safeParse(json);
    if (record.success) return void events.push(record.data);
    // A line may also be one event Feature; when it is neither, the Feature reason is shown only
    // for what looks like a Feature.
    const feature = EventFeature.safeParse(json);
    if (feature.success) return void events.push(fromFeature(feature.data));
    const looksLikeFeature = (json as { type?: unknown } | null)?.type === 'Feature';
    refuse(offset + i + 1, firstIssue(looksLikeFeature ? feature.error : record.error));
  });
  return { events, skipped, refused };
}

/** Events from both lists, one per id; a later copy replaces an earlier one. */
export function mergeById(current: readonly EventRecord[], added: readonly EventRecord[]): EventRecord[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const e of added) byId.set(e.id, e);
  return [...byId.values()];
}
