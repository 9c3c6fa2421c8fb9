// One row of event data from another tool → one EventRecord, or the reason it cannot be one.
// Rows speak ACLED's column names (plus the extra columns of sitrep's own CSV export), so an ACLED
// export needs no mapping and a generic CSV maps its columns onto these names (--map col=field).
import { CSV_COLUMNS } from '../../geo/csv.ts';
import { fnv1a } from '../../extract/ids.ts';
import { hasArabic } from '../../text/normalize.ts';
import {
  EventRecord,
  EventStatus,
  IsoDay,
  type Actor,
  type Count,
  type DatePrecision,
  type EventDate,
  type EventPlace,
  type PlaceKind,
  type PlacePrecision,
} from '../../schema/index.ts';
import { datePrecisionFromAcled, eventTypeFromAcled, placePrecisionFromAcled } from './acled-terms.ts';
import { matchActor } from './acled-actors.ts';
import { checkCoordinates, parseDecimal } from './coordinates.ts';
import { eventDate, parseDay } from './event-date.ts';
import { isWebAddress, notWebAddress } from '../web-address.ts';

/** Every field a row can fill: ACLED's columns and sitrep's export columns. */
export const ROW_FIELDS = [...CSV_COLUMNS, 'admin2', 'admin3', 'country', 'timestamp'] as const;
export type RowField = (typeof ROW_FIELDS)[number];
export type Row = Partial<Record<RowField, string>>;

/** A row needs at least a date and a place to be an event on the map. */
export const REQUIRED_FIELDS: RowField[] = ['event_date', 'latitude', 'longitude'];

export type RowResult = { ok: true; event: EventRecord } | { ok: false; field: string; message: string };

/** Governorates of Syria as ACLED and OCHA spell them: a row naming one is a row about Syria. */
const SYRIAN_ADMIN1 = new Set(
  ['aleppo', 'al-hasakeh', 'hasakeh', 'al hasakah', 'ar-raqqa', 'raqqa', 'as-sweida', 'as-suwayda', 'damascus', "dar'a", 'daraa', 'deir-ez-zor',
    'deir ez-zor', 'hama', 'homs', 'idleb', 'idlib', 'lattakia', 'latakia', 'quneitra', 'rural damascus', 'tartous', 'tartus'],
);

const PLACE_KIND: Record<PlacePrecision, PlaceKind> = {
  point: 'other',
  town: 'town',
  district: 'district',
  governorate: 'governorate',
  region: 'region',
  country: 'country',
};

const PLACE_PRECISIONS = new Set<string>(Object.keys(PLACE_KIND));
const DATE_PRECISIONS = new Set<string>(['day', 'days', 'month', 'year']);

const fail = (field: string, message: string): Failure => ({ ok: false, field, message });

/**
 * `dataset` names the file the row came from; it is the row's source report, so the rows of one file,
 * which their maker already de-duplicated, are never merged with each other (merge.ts skips events of
 * the same report), only with events from reports.
 */
export function rowToEvent(row: Row, dataset: string): RowResult {
  const get = (f: RowField) => (row[f] ?? '').trim();

  const date = rowDate(get);
  if ('ok' in date) return date;
  const notes = get('notes');
  const place = rowPlace(get, notes);
  if ('ok' in place) return place;

  const type = get('event_type') || get('sub_event_type') ? eventTypeFromAcled(get('event_type'), get('sub_event_type')) : 'other';
  if (type === null) return fail('event_type', `"${get('event_type')}" / "${get('sub_event_type')}" is not an ACLED or sitrep event type`);
  const statusText = get('status') || 'reported';
  const status = EventStatus.safeParse(statusText);
  if (!status.success) return fail('status', `"${statusText}" is not a status (${EventStatus.options.join(', ')})`);
  const fatalities = countField(get('fatalities'));
  if (fatalities === undefined) return fail('fatalities', `"${get('fatalities')}" is not a whole number of people`);
  if (get('url') && !isWebAddress(get('url'))) return fail('url', notWebAddress(get('url')));

  // A row without an id is named by its content: the same row gets the same id on every run.
  const id = get('event_id_cnty') || `import-${fnv1a(ROW_FIELDS.map((f) => get(f)).join('\u0000'))}`;
  const parsed = EventRecord.safeParse({
    id,
    type,
    status: status.data,
    date,
    place,
    actors: actors(get('actor1'), get('actor2')),
    fatalities,
    injured: null,
    // Coded by a person, not found by trigger words: there are none to point at.
    trigger: { surface: '', span: [0, 0] },
    denies: null,
    // An imported row has no report text; its notes stand in for the quote, so spans point into them.
    sources: [{ report: dataset, outlet: get('source') || null, url: get('url') || null, published: null, quote: notes, span: [0, notes.length] }],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issue.path.join('.'), issue.message);
  }
  return { ok: true, event: parsed.data };
}

type Failure = Extract<RowResult, { ok: false }>;
type Get = (f: RowField) => string;

/** event_date (or sitrep's date_start/date_end) and time_precision → the event's interval. */
function rowDate(get: Get): EventDate | Failure {
  const precision = precisionField(get('time_precision'), datePrecisionFromAcled, DATE_PRECISIONS) as DatePrecision | null;
  if (precision === null) return fail('time_precision', `"${get('time_precision')}" is not a time precision (1, 2, 3 or day, days, month, year)`);
  const given = get('event_date') || get('date_end');
  const day = parseDay(given);
  if (day === null) return fail('event_date', given ? `"${given}" is not a real day (YYYY-MM-DD or DD Month YYYY)` : 'no date');
  const [start, end] = [get('date_start'), get('date_end')];
  for (const [f, v] of [['date_start', start], ['date_end', end]] as const) {
    if (v && !IsoDay.safeParse(v).success) return fail(f, `"${v}" is not a real day (YYYY-MM-DD)`);
  }
  if (start && end && start > end) return fail('date_start', `interval ${start}…${end} ends before it starts`);
  return eventDate(day, precision, get('event_date') || `${start}…${end}`, start || null, end || null);
}

/** latitude, longitude, location, admin1, geo_precision → the event's place; its mention is found in the notes. */
function rowPlace(get: Get, notes: string): EventPlace | Failure {
  const lat = parseDecimal(get('latitude'));
  const lon = parseDecimal(get('longitude'));
  if (lat === null) return fail('latitude', get('latitude') ? `"${get('latitude')}" is not a number` : 'no latitude');
  if (lon === null) return fail('longitude', get('longitude') ? `"${get('longitude')}" is not a number` : 'no longitude');
  const country = get('country').toLowerCase();
  const syrian = country === 'syria' || (country === '' && SYRIAN_ADMIN1.has(get('admin1').toLowerCase()));
  const where = checkCoordinates(lon, lat, syrian);
  if (!where.ok) return fail(where.field, where.message);
  const precision = precisionField(get('geo_precision'), placePrecisionFromAcled, PLACE_PRECISIONS) as PlacePrecision | null;
  if (precision === null) return fail('geo_precision', `"${get('geo_precision')}" is not a place precision (1, 2, 3 or point, town, district, governorate, region, country)`);
  const location = get('location');
  const at = location ? notes.indexOf(location) : -1;
  return {
    id: get('place_id') || `import:${placeSlug(location)}@${lat},${lon}`,
    name: hasArabic(location) ? { ar: location, en: null } : { ar: null, en: location || null },
    kind: PLACE_KIND[precision],
    coordinates: where.coordinates,
    admin1: get('admin1') || null,
    precision,
    // The coordinates were given, not guessed from a name: nothing left to be unsure about.
    confidence: 1,
    mention: at >= 0 ? { surface: location, span: [at, at + location.length] } : { surface: '', span: [0, 0] },
  };
}

/** A precision given as an ACLED code, a sitrep word, or nothing (then the most precise). */
function precisionField(v: string, fromCode: (code: string) => string | null, words: Set<string>): string | null {
  if (v === '') return words.has('day') ? 'day' : 'town';
  const lower = v.toLowerCase();
  return words.has(lower) ? lower : fromCode(v);
}

/** ACLED writes 0 when no one was reported killed: that is no count, not a count of zero. */
function countField(v: string): Count | null | undefined {
  if (v === '' || v === '0') return null;
  if (!/^\d+$/.test(v)) return undefined;
  return { count: Number(v), qualifier: 'exact', who: '', phrase: v };
}

/** ACLED's actor1 and actor2 "do not imply directionality" (codebook), so both are only involved. */
function actors(actor1: string, actor2: string): Actor[] {
  return [actor1, actor2]
    .filter((name) => name !== '')
    .map((name) => ({ ...matchActor(name), role: 'involved' as const, phrase: name }));
}

function placeSlug(location: string): string {
  return location.toLowerCase().replace(/[\s/]+/g, '-') || 'unnamed';
}
