// Events as CSV rows with ACLED's column names first, sitrep's extra columns after.
import type { EventRecord } from '../schema/index.ts';
import { acledGeoPrecision, acledTimePrecision, acledType } from './acled.ts';

export const CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  // sitrep's own, which ACLED has no column for:
  'status',
  'date_start',
  'date_end',
  'place_id',
  'url',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number | null>;

export function toCsvRow(e: EventRecord): CsvRow {
  const { event_type, sub_event_type } = acledType(e);
  const initiators = e.actors.filter((a) => a.role === 'initiator' || a.role === 'involved');
  const targets = e.actors.filter((a) => a.role === 'target');
  const first = e.sources[0]!;
  return {
    event_id_cnty: e.id,
    // ACLED dates an event by one day; for an interval we give its last day, as ACLED does for
    // week/month precision, and keep the start in date_start.
    event_date: e.date.end,
    time_precision: acledTimePrecision(e.date.precision),
    event_type,
    sub_event_type,
    actor1: initiators[0]?.name ?? null,
    actor2: targets[0]?.name ?? initiators[1]?.name ?? null,
    admin1: e.place.admin1,
    location: e.place.name.en ?? e.place.name.ar,
    latitude: e.place.coordinates[1],
    longitude: e.place.coordinates[0],
    geo_precision: acledGeoPrecision(e.place.precision),
    source: unique(e.sources.map((s) => s.outlet ?? s.report)).join('; '),
    notes: first.quote,
    fatalities: e.fatalities?.count ?? 0,
    status: e.status,
    date_start: e.date.start,
    date_end: e.date.end,
    place_id: e.place.id,
    url: first.url,
  };
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

export function csvLine(row: CsvRow): string {
  return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\r\n';
}

export function toCsv(events: readonly EventRecord[]): string {
  return csvHeader() + events.map((e) => csvLine(toCsvRow(e))).join('');
}

/**
 * RFC 4180 quoting. Text from the web that starts like a spreadsheet formula (= + - @) gets a leading
 * apostrophe, so opening the export in a spreadsheet cannot run it (CSV injection).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
