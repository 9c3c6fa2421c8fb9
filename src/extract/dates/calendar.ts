// Month and weekday arithmetic on ISO days for reading dates relative to publication ("last Thursday",
// "early September"). Day numbers themselves come from the schema's days.ts, the one place they are worked out.
import { dayNumber, dayNumberOf, daysInMonth, isoDay, type DatePrecision } from '../../schema/index.ts';

/** A closed interval of days, both ends inclusive. */
export interface Interval {
  start: string;
  end: string;
}

/** The ISO day of year, month (1–12), day; an overflowing day runs on (2016-02-30 is 2016-03-01), as in Date.UTC. */
export function isoDayOf(year: number, month: number, day: number): string {
  return isoDay(dayNumberOf(year, month, day));
}

export function addDays(iso: string, n: number): string {
  return isoDay(dayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(iso: string): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The last day with this weekday on or before `iso` («الخميس» in a report of Friday is yesterday). */
export function lastWeekdayOnOrBefore(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return addDays(iso, -back);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function monthInterval(year: number, month: number): Interval {
  return { start: isoDayOf(year, month, 1), end: isoDayOf(year, month, daysInMonth(year, month)) };
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
  return dayNumber(b) - dayNumber(a);
}

/** How precise an interval is, from its length: one day, a few days, about a month, or wider. */
export function datePrecisionOf(interval: Interval): DatePrecision {
  const length = daysBetween(interval.start, interval.end) + 1;
  if (length <= 1) return 'day';
  if (length < 28) return 'days';
  if (length <= 31) return 'month';
  return 'year';
}
