// Events as an ACLED-compatible CSV: ACLED's own columns in ACLED's order (so the file loads where an
// ACLED export loads), UCDP GED's precision codes beside them, then sitrep's columns ACLED has none for.
import type { EventRecord } from '../schema/index.ts';
import { ucdpDatePrecision, ucdpWherePrecision } from './acled.ts';
import { csvCell, toCsvRow } from './csv.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  // UCDP GED's precision codes, for tools that read those:
  'date_prec',
  'where_prec',
  // sitrep's own:
  'status',
  'date_start',
  'date_end',
  'place_id',
  'url',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

export function toAcledRow(e: EventRecord): Record<AcledColumn, string | number | null> {
  const row = toCsvRow(e);
  // Written out key by key in ACLED's order rather than as {...row, year, ...}: a spread object of 26 keys
  // falls into V8's slow dictionary mode, and that made the ACLED export of 1M events four times slower than CSV.
  return {
    event_id_cnty: row.event_id_cnty,
    event_date: row.event_date,
    year: e.date.end ? Number(e.date.end.slice(0, 4)) : null,
    time_precision: row.time_precision,
    event_type: row.event_type,
    sub_event_type: row.sub_event_type,
    actor1: row.actor1,
    actor2: row.actor2,
    // Only Syrian places carry a governorate; a place without one may be anywhere.
    country: e.place.admin1 !== null ? 'Syria' : null,
    admin1: row.admin1,
    // Events keep the governorate only; ACLED's lower admin levels stay empty rather than guessed.
    admin2: null,
    admin3: null,
    location: row.location,
    latitude: row.latitude,
    longitude: row.longitude,
    geo_precision: row.geo_precision,
    source: row.source,
    notes: row.notes,
    fatalities: row.fatalities,
    date_prec: ucdpDatePrecision(e.date.precision),
    where_prec: ucdpWherePrecision(e.place.precision),
    status: row.status,
    date_start: row.date_start,
    date_end: row.date_end,
    place_id: row.place_id,
    url: row.url,
  };
}

export function acledHeader(): string {
  return ACLED_COLUMNS.join(',') + '\r\n';
}

export function acledLine(e: EventRecord): string {
  const row = toAcledRow(e);
  return ACLED_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\r\n';
}
