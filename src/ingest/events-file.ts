// Reading events back: a GeoJSON FeatureCollection or NDJSON of EventRecords, each validated.
import { readFile } from 'node:fs/promises';
import { EventFeature, EventRecord, type Rejection } from '../schema/index.ts';
import { fromFeature } from '../geo/features.ts';

export interface EventsRead {
  events: EventRecord[];
  rejections: Rejection[];
}

export async function readEventsFile(file: string): Promise<EventsRead> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  return parseEvents(text, file);
}

/** GeoJSON when the text is one JSON object with features; NDJSON (one EventRecord per line) otherwise. */
export function parseEvents(text: string, file: string): EventsRead {
  const events: EventRecord[] = [];
  const rejections: Rejection[] = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{"type":"FeatureCollection"') || /^\{\s*"type"\s*:\s*"FeatureCollection"/.test(trimmed)) {
    let fc: { features?: unknown };
    try {
      fc = JSON.parse(text) as { features?: unknown };
    } catch (err) {
      return { events, rejections: [{ file, message: `not JSON: ${(err as Error).message}` }] };
    }
    if (!Array.isArray(fc.features)) return { events, rejections: [{ file, field: 'features', message: 'no features array' }] };
    fc.features.forEach((f, i) => {
      const p = EventFeature.safeParse(f);
      if (p.success) events.push(fromFeature(p.data));
      else rejections.push({ file, field: `features[${i}].${p.error.issues[0]!.path.join('.')}`, message: p.error.issues[0]!.message });
    });
    return { events, rejections };
  }
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      rejections.push({ file, line: i + 1, message: `not JSON: ${(err as Error).message}` });
      return;
    }
    const p = EventRecord.safeParse(obj);
    if (p.success) events.push(p.data);
    else rejections.push({ file, line: i + 1, field: p.error.issues[0]!.path.join('.'), message: p.error.issues[0]!.message });
  });
  return { events, rejections };
}
