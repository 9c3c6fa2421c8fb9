// Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone ever shifts a day.
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

function fromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

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
