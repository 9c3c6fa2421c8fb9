// Calendar days, in one place: is an ISO day real, and ISO day ↔ day number (days since 1970-01-01).
//
// Day numbers are how the rest of sitrep does date arithmetic: the extractor adds and compares them, the
// columns store them in an Int32Array for the GPU, the time slider steps through them. Everything is UTC
// whole days, so no time zone can ever shift a date. Worked out with integer arithmetic (Howard Hinnant's
// days-from-civil / civil-from-days) rather than through Date: a million events convert two dates each on
// load, and every relative date of every sentence comes through here; a Date and a 24-character string per
// call showed in profiles.

/** Days in each month of a common year; February gains one in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return MONTH_DAYS[month - 1]! + (month === 2 && leap ? 1 : 0);
}

/**
 * True when y-m-d is a real calendar day (rejects 2016-02-30). Checked by arithmetic rather than through a Date:
 * every event read back is validated, three dates each, and a Date per date cost ~2 µs an event at a million.
 */
export function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The value of the decimal digits iso[from, to), or NaN if any is not a digit. */
function digitsAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days since 1970-01-01 of an ISO day (YYYY-MM-DD). NaN for anything else, and for a month outside 1–12 or a
 * day outside 1–31 — the days Date.parse refuses too; a day past its month's end (2016-02-30) runs on into the
 * next month as it does for Date.parse. Validated data never has one; the rule only keeps bad input from
 * turning into a plausible date.
 */
export function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return NaN;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
  // Count from March, so the leap day is the last day of the (shifted) year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const MS_PER_DAY = 86_400_000;

/**
 * The ISO day of a day number. A fractional number names the day it falls in. Years outside 0–9999 (which
 * ISO writes with a sign) go through Date, as does NaN (a RangeError, as from Date).
 */
export function isoDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isInteger(day) || year < 0 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The day number of year, month (1–12), day, normalised as Date.UTC does: day 0 is the last of the previous
 * month, month 13 is January next year (and, as Date.UTC has it, years 0–99 mean 1900–1999).
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}
