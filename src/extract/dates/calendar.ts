// Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone ever shifts a day.
import { daysInMonth } from '../../schema/common.ts';
import type { DatePrecision } from '../../schema/index.ts';

/** A closed interval of days, both ends inclusive. */
export interface Interval {
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

function toTime(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/**
 * The ISO day of a UTC midnight. Worked out with integer arithmetic (the civil-from-days algorithm of
 * Howard Hinnant's date library) rather than through a Date and toISOString: every relative date of every
 * sentence comes through here, and building a Date and a 24-character string per call showed in profiles.
 * Years outside 0–9999 (which ISO writes with a sign) go the slow way.
 */
function fromTime(t: number): string {
  const days = t / DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isInteger(days) || year < 0 || year > 9999) return new Date(t).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since 1970-01-01: dates as numbers, for comparing many intervals without building Dates. */
export function dayNumber(iso: string): number {
  return toTime(iso) / DAY_MS;
}

export function isoDay(year: number, month: number, day: number): string {
  return fromTime(Date.UTC(year, month - 1, day));
}

export function addDays(iso: string, n: number): string {
  return fromTime(toTime(iso) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

/** The last day with this weekday on or before `iso` («الخميس» in a report of Friday is yesterday). */
export function lastWeekdayOnOrBefore(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return addDays(iso, -back);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

// One leap-year rule for the whole project: the schema's, which validates every date.
export { daysInMonth };

export function monthInterval(year: number, month: number): Interval {
  return { start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)) };
}

/** The month `n` months away from the one `iso` falls in (n = -1: last month). */
export function shiftMonth(iso: string, n: number): { year: number; month: number } {
  const index = yearOf(iso) * 12 + (monthOf(iso) - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The latest `month` (1-12) that starts on or before `iso`: «أيلول» read in June 2016 is September 2015. */
export function latestMonthOnOrBefore(iso: string, month: number): { year: number; month: number } {
  const year = yearOf(iso);
  return { year: month <= monthOf(iso) ? year : year - 1, month };
}

export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** How precise an interval is, from its length: one day, a few days, about a month, or wider. */
export function precisionOf(interval: Interval): DatePrecision {
  const length = daysBetween(interval.start, interval.end) + 1;
  if (length <= 1) return 'day';
  if (length < 28) return 'days';
  if (length <= 31) return 'month';
  return 'year';
}
