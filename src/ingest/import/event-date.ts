// ACLED-style event dates → sitrep date intervals. ACLED writes one day and a precision code; sitrep
// keeps an interval, so a week-precise date becomes the week around it and a month-precise one its month.
import { addDays, daysBetween, monthInterval } from '../../extract/dates/calendar.ts';
import { IsoDay, type DatePrecision, type EventDate } from '../../schema/index.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A day as ACLED exports write it: 2017-06-10, 10 June 2017, 10-June-2017, 10-Jun-17 is refused (a
 * two-digit year is a guess), 10/06/2017 and 10-06-2017 are day-month-year as ACLED's codebook says.
 * Null when it is no day or not a real one (2016-02-30, year 20016).
 */
export function parseDay(s: string): string | null {
  const t = s.trim();
  let y: string, m: string, d: string;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [, y, m, d] = match as unknown as [string, string, string, string];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) [, d, m, y] = match as unknown as [string, string, string, string];
  else if ((match = /^(\d{1,2})[-\s]([A-Za-z]+)[-\s,]+(\d{4})$/.exec(t))) {
    const month = MONTHS.findIndex((name) => name.startsWith(match![2]!.toLowerCase()) && match![2]!.length >= 3);
    if (month < 0) return null;
    [d, m, y] = [match[1]!, String(month + 1), match[3]!];
  } else return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return IsoDay.safeParse(iso).success ? iso : null;
}

/** The interval a day of this precision stands for. A week is the day ±3, as ACLED gives a week's middle. */
export function intervalOf(day: string, precision: DatePrecision): { start: string; end: string } {
  if (precision === 'days') return { start: addDays(day, -3), end: addDays(day, 3) };
  if (precision === 'month') return monthInterval(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
  if (precision === 'year') return { start: `${day.slice(0, 4)}-01-01`, end: `${day.slice(0, 4)}-12-31` };
  return { start: day, end: day };
}

/**
 * The event date from a row. sitrep's own CSV export carries date_start/date_end, which are used as
 * they are (a long interval under precision 3 was a year); otherwise event_date and its precision.
 */
export function eventDate(day: string, precision: DatePrecision, phrase: string, start?: string | null, end?: string | null): EventDate {
  if (start && end) {
    const p = precision === 'month' && daysBetween(start, end) > 31 ? 'year' : precision;
    return { start, end, precision: p, phrase, basis: 'text' };
  }
  return { ...intervalOf(day, precision), precision, phrase, basis: 'text' };
}
