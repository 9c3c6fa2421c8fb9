// Reading events back: a GeoJSON FeatureCollection or NDJSON of EventRecords, each validated.
// Read as a stream, a line at a time, so a file of a million events (≈ 750 MB of GeoJSON, more than the
// longest string V8 can hold) goes through `sitrep export` in bounded memory.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { EventFeature, EventRecord, type Rejection } from '../schema/index.ts';
import { fromFeature } from '../geo/features.ts';
import { isCanonicalEvent, isCanonicalFeature } from './canonical-event.ts';

export interface EventsRead {
  events: EventRecord[];
  rejections: Rejection[];
}

export type EventRead = { ok: true; event: EventRecord } | { ok: false; rejection: Rejection };

/** The first line of a FeatureCollection as sitrep writes it (ingest/output.ts): then one feature per line. */
const SITREP_GEOJSON_HEAD = '{"type":"FeatureCollection","features":[';
const GEOJSON_START = /^\{\s*"type"\s*:\s*"FeatureCollection"/;

/** All events of a file, in memory. */
export async function readEventsFile(file: string): Promise<EventsRead> {
  const read: EventsRead = { events: [], rejections: [] };
  for await (const r of readEvents(file)) {
    if (r.ok) read.events.push(r.event);
    else read.rejections.push(r.rejection);
  }
  return read;
}

/**
 * Events of a file one at a time. NDJSON and the GeoJSON sitrep writes (one feature per line) stream;
 * a FeatureCollection laid out otherwise (pretty-printed, one line) is parsed whole, as before.
 */
export async function* readEvents(file: string): AsyncGenerator<EventRead> {
  let kind: Exclude<EventsFileKind, 'whole'> | null = null;
  let feature = 0;
  let closed = false;
  for await (const { text, line } of fileLines(file)) {
    if (kind === null) {
      if (isBlank(text)) continue;
      const first = fileKind(text);
      if (first === 'whole') {
        // Another layout of a FeatureCollection: parse it whole (the stream is left; it is closed on return).
        const parsed = parseEvents((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''), file);
        for (const event of parsed.events) yield { ok: true, event };
        for (const rejection of parsed.rejections) yield { ok: false, rejection };
        return;
      }
      kind = first;
      if (kind === 'sitrep-geojson') continue;
    }
    if (kind === 'ndjson') {
      if (text.trim() !== '') yield eventLine(text, file, line);
      continue;
    }
    // sitrep's GeoJSON: `{feature},` lines, then `]}`.
    const t = text.trim();
    if (t === '') continue;
    if (t === GEOJSON_CLOSE) {
      closed = true;
      continue;
    }
    if (closed) {
      yield afterTheEnd(file, line);
      return;
    }
    yield featureLine(featureText(t), file, line, feature++);
  }
  if (kind === 'sitrep-geojson' && !closed) yield cutShort(file);
}

/**
 * How an events file is laid out, from its first line that is not blank: sitrep's GeoJSON (a head line, then one
 * feature per line) and NDJSON are read line by line; any other FeatureCollection is parsed whole.
 */
export type EventsFileKind = 'sitrep-geojson' | 'ndjson' | 'whole';

export function fileKind(firstLine: string): EventsFileKind {
  const first = firstLine.replace(/^\uFEFF/, '');
  if (first.trimEnd() === SITREP_GEOJSON_HEAD) return 'sitrep-geojson';
  if (GEOJSON_START.test(first.trimStart()) || first.trim() === '{') return 'whole';
  return 'ndjson';
}

export const isBlank = (line: string): boolean => line.replace(/^\uFEFF/, '').trim() === '';

/** The line that closes sitrep's FeatureCollection (trimmed). */
export const GEOJSON_CLOSE = ']}';

/** A feature line without the comma that separates it from the next. */
export const featureText = (trimmed: string): string => (trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed);

export const afterTheEnd = (file: string, line: number): EventRead => ({ ok: false, rejection: { file, line, message: 'text after the end of the FeatureCollection' } });
export const cutShort = (file: string): EventRead => ({ ok: false, rejection: { file, message: 'the FeatureCollection is cut short (no closing ]})' } });

export function eventLine(text: string, file: string, line: number): EventRead {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    return { ok: false, rejection: { file, line, message: `not JSON: ${(err as Error).message}` } };
  }
  // Most records are already exactly what Zod would return (canonical-event.ts); Zod sees the rest.
  if (isCanonicalEvent(obj)) return { ok: true, event: obj };
  const p = EventRecord.safeParse(obj);
  if (p.success) return { ok: true, event: p.data };
  return { ok: false, rejection: { file, line, field: p.error.issues[0]!.path.join('.'), message: p.error.issues[0]!.message } };
}

export function featureLine(text: string, file: string, line: number, i: number): EventRead {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    return { ok: false, rejection: { file, line, field: `features[${i}]`, message: `not JSON: ${(err as Error).message}` } };
  }
  return checkFeature(obj, file, i, line);
}

/** `line` when the feature has a line of its own (sitrep's layout); a collection parsed whole has none. */
function checkFeature(f: unknown, file: string, i: number, line?: number): EventRead {
  if (isCanonicalFeature(f)) return { ok: true, event: fromFeature(f) };
  const p = EventFeature.safeParse(f);
  if (p.success) return { ok: true, event: fromFeature(p.data) };
  const field = `features[${i}].${p.error.issues[0]!.path.join('.')}`;
  return { ok: false, rejection: { file, ...(line === undefined ? {} : { line }), field, message: p.error.issues[0]!.message } };
}

/** The lines of a file with their 1-based numbers, read in 1 MB pieces (LF or CRLF). */
async function* fileLines(file: string): AsyncGenerator<{ text: string; line: number }> {
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    // Only the new piece is split: re-splitting `rest` with each piece made a long line (a one-line GeoJSON file)
    // quadratic in its length.
    const parts = (chunk as string).split('\n');
    if (parts.length === 1) {
      rest += parts[0];
      continue;
    }
    parts[0] = rest + parts[0];
    rest = parts.pop()!;
    for (const p of parts) yield { text: p.endsWith('\r') ? p.slice(0, -1) : p, line: ++n };
  }
  if (rest !== '') yield { text: rest, line: ++n };
}

/** GeoJSON when the text is one JSON object with features; NDJSON (one EventRecord per line) otherwise. */
function parseEvents(text: string, file: string): EventsRead {
  const events: EventRecord[] = [];
  const rejections: Rejection[] = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{"type":"FeatureCollection"') || GEOJSON_START.test(trimmed)) {
    let fc: { features?: unknown };
    try {
      fc = JSON.parse(text) as { features?: unknown };
    } catch (err) {
      return { events, rejections: [{ file, message: `not JSON: ${(err as Error).message}` }] };
    }
    if (!Array.isArray(fc.features)) return { events, rejections: [{ file, field: 'features', message: 'no features array' }] };
    fc.features.forEach((f, i) => {
      const r = checkFeature(f, file, i);
      if (r.ok) events.push(r.event);
      else rejections.push(r.rejection);
    });
    return { events, rejections };
  }
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const r = eventLine(line, file, i + 1);
    if (r.ok) events.push(r.event);
    else rejections.push(r.rejection);
  });
  return { events, rejections };
}
