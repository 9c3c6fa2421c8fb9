// Events and GeoJSON features written straight to JSON bytes, for exports of a million events.
// JSON.stringify(toFeature(e)) builds a nested object per event only to walk it again, then the string is
// encoded to UTF-8 once more; writing the schema's keys in the schema's order into a byte buffer gives the
// same bytes in a fraction of the time. Every string value is escaped as JSON.stringify escapes it (quotes
// and place names come from the web). The key order here is the order of src/schema/event.ts; a test checks
// the output byte for byte against JSON.stringify on real and property-generated events.
import type { Actor, Count, EventPlace, EventRecord, LonLat, Source, Span } from '../schema/index.ts';
import { writeAscii as raw, writeUtf8, writeJsonNumber as num, writeJsonString as str, writeJsonStringOrNull as strOrNull, type Utf8Out } from './utf8-out.ts';

/** A span or a [lon, lat]: two numbers. */
function pair(out: Utf8Out, s: Span | LonLat): void {
  raw(out, '[');
  num(out, s[0]);
  raw(out, ',');
  num(out, s[1]);
  raw(out, ']');
}

/**
 * A count goes through JSON.stringify: the extractor adds a range's min and max after the phrase, so a
 * count's key order is not the schema's, and only JSON.stringify keeps whatever order it has. Counts are
 * few (most events have none), so this costs little.
 */
function count(out: Utf8Out, c: Count | null): void {
  if (c === null) raw(out, 'null');
  else writeUtf8(out, JSON.stringify(c));
}

function actor(out: Utf8Out, a: Actor): void {
  raw(out, '{"id":');
  str(out, a.id);
  raw(out, ',"name":');
  str(out, a.name);
  raw(out, ',"role":');
  str(out, a.role);
  raw(out, ',"phrase":');
  str(out, a.phrase);
  raw(out, '}');
}

function source(out: Utf8Out, s: Source): void {
  raw(out, '{"report":');
  str(out, s.report);
  raw(out, ',"outlet":');
  strOrNull(out, s.outlet);
  raw(out, ',"url":');
  strOrNull(out, s.url);
  raw(out, ',"published":');
  strOrNull(out, s.published);
  raw(out, ',"quote":');
  str(out, s.quote);
  raw(out, ',"span":');
  pair(out, s.span);
  raw(out, '}');
}

function list<T>(out: Utf8Out, xs: readonly T[], item: (out: Utf8Out, x: T) => void): void {
  raw(out, '[');
  for (let i = 0; i < xs.length; i++) {
    if (i > 0) raw(out, ',');
    item(out, xs[i]!);
  }
  raw(out, ']');
}

/** The place; in a feature's properties without its coordinates, which live in the geometry. */
function place(out: Utf8Out, p: EventPlace, withCoordinates: boolean): void {
  raw(out, '{"id":');
  str(out, p.id);
  raw(out, ',"name":{"ar":');
  strOrNull(out, p.name.ar);
  raw(out, ',"en":');
  strOrNull(out, p.name.en);
  raw(out, '},"kind":');
  str(out, p.kind);
  if (withCoordinates) {
    raw(out, ',"coordinates":');
    pair(out, p.coordinates);
  }
  raw(out, ',"admin1":');
  strOrNull(out, p.admin1);
  raw(out, ',"precision":');
  str(out, p.precision);
  raw(out, ',"confidence":');
  num(out, p.confidence);
  raw(out, ',"mention":{"surface":');
  str(out, p.mention.surface);
  raw(out, ',"span":');
  pair(out, p.mention.span);
  raw(out, '}}');
}

function record(out: Utf8Out, e: EventRecord, withCoordinates: boolean): void {
  raw(out, '{"id":');
  str(out, e.id);
  raw(out, ',"type":');
  str(out, e.type);
  raw(out, ',"status":');
  str(out, e.status);
  raw(out, ',"date":{"start":');
  strOrNull(out, e.date.start);
  raw(out, ',"end":');
  strOrNull(out, e.date.end);
  raw(out, ',"precision":');
  str(out, e.date.precision);
  raw(out, ',"phrase":');
  str(out, e.date.phrase);
  raw(out, ',"basis":');
  str(out, e.date.basis);
  raw(out, '},"place":');
  place(out, e.place, withCoordinates);
  raw(out, ',"actors":');
  list(out, e.actors, actor);
  raw(out, ',"fatalities":');
  count(out, e.fatalities);
  raw(out, ',"injured":');
  count(out, e.injured);
  raw(out, ',"trigger":{"surface":');
  str(out, e.trigger.surface);
  raw(out, ',"span":');
  pair(out, e.trigger.span);
  raw(out, '},"denies":');
  strOrNull(out, e.denies);
  raw(out, ',"sources":');
  list(out, e.sources, source);
  raw(out, '}');
}

/** The bytes of JSON.stringify(e) for a record in the schema's key order: one NDJSON line without its newline. */
export function writeEventJson(out: Utf8Out, e: EventRecord): void {
  record(out, e, true);
}

/** The bytes of JSON.stringify(toFeature(e)) (geo/features.ts): an RFC 7946 Point feature. */
export function writeFeatureJson(out: Utf8Out, e: EventRecord): void {
  raw(out, '{"type":"Feature","id":');
  str(out, e.id);
  raw(out, ',"geometry":{"type":"Point","coordinates":');
  pair(out, e.place.coordinates);
  raw(out, '},"properties":');
  record(out, e, false);
  raw(out, '}');
}
