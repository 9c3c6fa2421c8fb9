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
  return {
    ...row,
    year: e.date.end ? Number(e.date.end.slice(0, 4)) : null,
    // Only Syrian places carry a governorate; a place without one may be anywhere.
    country: e.place.admin1 !== null ? 'Syria' : null,
    // Events keep the governorate only; ACLED's lower admin levels stay empty rather than guessed.
    admin2: null,
    admin3: null,
    date_prec: ucdpDatePrecision(e.date.precision),
    where_prec: ucdpWherePrecision(e.place.precision),
  };
}

export function acledHeader(): string {
  return ACLED_COLUMNS.join(',') + '\r\n';
}

export function acledLine(e: EventRecord): string {
  const row = toAcledRow(e);
  return ACLED_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\r\n';
}
