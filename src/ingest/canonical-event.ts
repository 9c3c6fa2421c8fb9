// A quick yes to "is this parsed JSON already the event Zod would give back?", for reading events files.
// Zod's safeParse of one event cost ≈ 10 µs (more than JSON.parse of its line): half the time of a 1M-event
// `sitrep export`. This check walks the same rules in plain code, and says yes only when the value is valid AND
// already in Zod's output form — every key the schema names, in the schema's order, no other key. Then Zod's
// output would be a copy of it, equal key for key, so the value can be used as it is. Anything else (a bad
// record, keys in another order, an extra key Zod would strip) gets "no", and the caller asks Zod, which gives
// the same result as ever and its message for the bad field. So a "no" is never wrong, only slower; a "yes"
// must never be given to a value Zod would refuse or change (tests/unit/ingest/canonical-event.test.ts
// checks both ways, including on mutated records).
import { Actor, Count, DateBasis, DatePrecision, EventStatus, EventType, isCalendarDay, PlaceKind, PlacePrecision, type EventFeature, type EventRecord } from '../schema/index.ts';

type Value = unknown;
type Obj = Record<string, Value>;

const TYPES = new Set<string>(EventType.options);
const STATUSES = new Set<string>(EventStatus.options);
const DATE_PRECISIONS = new Set<string>(DatePrecision.options);
const DATE_BASES = new Set<string>(DateBasis.options);
const KINDS = new Set<string>(PlaceKind.options);
const PLACE_PRECISIONS = new Set<string>(PlacePrecision.options);
const ROLES = new Set<string>(Actor.shape.role.options);
const QUALIFIERS = new Set<string>(Count.shape.qualifier.options);

/** The keys of each object, in schema order (src/schema/event.ts); the test checks them against the schema. */
export const KEYS = {
  event: ['id', 'type', 'status', 'date', 'place', 'actors', 'fatalities', 'injured', 'trigger', 'denies', 'sources'],
  date: ['start', 'end', 'precision', 'phrase', 'basis'],
  place: ['id', 'name', 'kind', 'coordinates', 'admin1', 'precision', 'confidence', 'mention'],
  featurePlace: ['id', 'name', 'kind', 'admin1', 'precision', 'confidence', 'mention'],
  name: ['ar', 'en'],
  mention: ['surface', 'span'],
  actor: ['id', 'name', 'role', 'phrase'],
  count: ['count', 'min', 'max', 'qualifier', 'who', 'phrase'],
  source: ['report', 'outlet', 'url', 'published', 'quote', 'span'],
  feature: ['type', 'id', 'geometry', 'properties'],
  geometry: ['type', 'coordinates'],
} as const;

/** Count's optional keys: absent keys are skipped, as Zod leaves them out. */
const OPTIONAL = new Set(['min', 'max']);

export function isCanonicalEvent(v: Value): v is EventRecord {
  return isEvent(v, KEYS.event, KEYS.place);
}

export function isCanonicalFeature(v: Value): v is EventFeature {
  if (!hasKeys(v, KEYS.feature) || v.type !== 'Feature' || typeof v.id !== 'string') return false;
  const g = v.geometry;
  return hasKeys(g, KEYS.geometry) && g.type === 'Point' && isLonLat(g.coordinates) && isEvent(v.properties, KEYS.event, KEYS.featurePlace);
}

function isEvent(v: Value, keys: readonly string[], placeKeys: readonly string[]): boolean {
  if (!hasKeys(v, keys)) return false;
  return (
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    TYPES.has(v.type) &&
    typeof v.status === 'string' &&
    STATUSES.has(v.status) &&
    isDate(v.date) &&
    isPlace(v.place, placeKeys) &&
    everyOf(v.actors, isActor) &&
    (v.fatalities === null || isCount(v.fatalities)) &&
    (v.injured === null || isCount(v.injured)) &&
    hasKeys(v.trigger, KEYS.mention) &&
    typeof v.trigger.surface === 'string' &&
    isSpan(v.trigger.span) &&
    (v.denies === null || typeof v.denies === 'string') &&
    Array.isArray(v.sources) &&
    v.sources.length >= 1 &&
    everyOf(v.sources, isSource)
  );
}

function isDate(v: Value): boolean {
  if (!hasKeys(v, KEYS.date)) return false;
  const { start, end } = v;
  const days = start === null ? end === null : end !== null && isIsoDay(start) && isIsoDay(end) && start <= end;
  return days && typeof v.precision === 'string' && DATE_PRECISIONS.has(v.precision) && typeof v.phrase === 'string' && typeof v.basis === 'string' && DATE_BASES.has(v.basis);
}

function isPlace(v: Value, keys: readonly string[]): boolean {
  if (!hasKeys(v, keys)) return false;
  return (
    typeof v.id === 'string' &&
    hasKeys(v.name, KEYS.name) &&
    isStringOrNull(v.name.ar) &&
    isStringOrNull(v.name.en) &&
    typeof v.kind === 'string' &&
    KINDS.has(v.kind) &&
    (keys === KEYS.featurePlace || isLonLat(v.coordinates)) &&
    isStringOrNull(v.admin1) &&
    typeof v.precision === 'string' &&
    PLACE_PRECISIONS.has(v.precision) &&
    typeof v.confidence === 'number' &&
    v.confidence >= 0 &&
    v.confidence <= 1 &&
    hasKeys(v.mention, KEYS.mention) &&
    typeof v.mention.surface === 'string' &&
    isSpan(v.mention.span)
  );
}

function isActor(v: Value): boolean {
  return hasKeys(v, KEYS.actor) && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.role === 'string' && ROLES.has(v.role) && typeof v.phrase === 'string';
}

function isCount(v: Value): boolean {
  if (!hasKeys(v, KEYS.count)) return false;
  return (
    isCountNumber(v.count) &&
    (!('min' in v) || isCountNumber(v.min)) &&
    (!('max' in v) || isCountNumber(v.max)) &&
    typeof v.qualifier === 'string' &&
    QUALIFIERS.has(v.qualifier) &&
    typeof v.who === 'string' &&
    typeof v.phrase === 'string'
  );
}

function isSource(v: Value): boolean {
  if (!hasKeys(v, KEYS.source)) return false;
  return (
    typeof v.report === 'string' &&
    isStringOrNull(v.outlet) &&
    isStringOrNull(v.url) &&
    (v.published === null || isPublished(v.published)) &&
    typeof v.quote === 'string' &&
    isSpan(v.span)
  );
}

/**
 * A plain object whose own keys are exactly `keys` in that order (Count's min and max may be left out).
 * Key order matters: Zod writes its output in schema order, and the output text must not change.
 */
function hasKeys(v: Value, keys: readonly string[]): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  let i = 0;
  for (const k in v) {
    while (i < keys.length && keys[i] !== k && OPTIONAL.has(keys[i]!)) i++;
    if (keys[i] !== k || !Object.hasOwn(v, k)) return false;
    i++;
  }
  while (i < keys.length && OPTIONAL.has(keys[i]!)) i++;
  // for…in skips symbol and non-enumerable keys; JSON.parse makes neither, and Zod ignores them too.
  return i === keys.length;
}

const isStringOrNull = (v: Value): boolean => v === null || typeof v === 'string';

function everyOf(v: Value, each: (x: Value) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!each(x)) return false;
  return true;
}

/** Zod's .int() takes safe integers only. */
const isCountNumber = (v: Value): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

function isSpan(v: Value): boolean {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [s, e] = v as Value[];
  return isCountNumber(s) && isCountNumber(e) && (e as number) >= (s as number);
}

function isLonLat(v: Value): boolean {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [lon, lat] = v as Value[];
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDay = (v: Value): v is string => typeof v === 'string' && ISO_DAY.test(v) && isCalendarDay(v);

function isPublished(v: Value): boolean {
  if (typeof v !== 'string') return false;
  if (v.length === 4) return /^\d{4}$/.test(v);
  if (v.length === 7) return /^\d{4}-\d{2}$/.test(v) && Number(v.slice(5)) >= 1 && Number(v.slice(5)) <= 12;
  return isIsoDay(v);
}
