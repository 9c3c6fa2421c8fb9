// The report's frame: the interval its publication date covers (a day, a month or a year), or none.
import type { PublishedDate } from '../../schema/index.ts';
import { daysInMonth, isoDay, type Interval } from './calendar.ts';

export function publicationFrame(published: PublishedDate | null): Interval | null {
  if (published === null) return null;
  const y = Number(published.slice(0, 4));
  if (published.length === 4) return { start: isoDay(y, 1, 1), end: isoDay(y, 12, 31) };
  const m = Number(published.slice(5, 7));
  if (published.length === 7) return { start: isoDay(y, m, 1), end: isoDay(y, m, daysInMonth(y, m)) };
  return { start: published, end: published };
}
