// The report's frame: the interval its publication date covers (a day, a month or a year), or none.
import { daysInMonth, type PublishedDate } from '../../schema/index.ts';
import { isoDayOf, type Interval } from './calendar.ts';

export function publicationFrame(published: PublishedDate | null): Interval | null {
  if (published === null) return null;
  const y = Number(published.slice(0, 4));
  if (published.length === 4) return { start: isoDayOf(y, 1, 1), end: isoDayOf(y, 12, 31) };
  const m = Number(published.slice(5, 7));
  if (published.length === 7) return { start: isoDayOf(y, m, 1), end: isoDayOf(y, m, daysInMonth(y, m)) };
  return { start: published, end: published };
}
