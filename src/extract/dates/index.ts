// Dates in a sentence, resolved against the report's publication frame.
//
// Every rule reads a phrase as "the interval it means on day X". A report published on a day is read on
// that day; one published "2017-12" could be read on any day of December, so the rule is applied to the
// frame's first and last day and the result spans both: an uncertain publication date widens every
// relative date by exactly that uncertainty.
import type { EventDate, PublishedDate } from '../../schema/index.ts';
import type { Token } from '../../text/tokens.ts';
import { stemOf } from '../phrases.ts';
import { precisionOf, type Interval } from './calendar.ts';
import { findExplicitDates } from './explicit.ts';
import { publicationFrame } from './frame.ts';
import { findMonthNames } from './month-names.ts';
import { findMonthParts } from './month-parts.ts';
import { findRelativeDays } from './relative-days.ts';
import type { DateHit } from './types.ts';
import { findWeekdays } from './weekdays.ts';

export { publicationFrame };

/** A date phrase found in a sentence, already resolved. */
export interface SentenceDate {
  first: number;
  last: number;
  start: number;
  end: number;
  phrase: string;
  /** null when the phrase is relative and the report has no publication date. */
  interval: Interval | null;
}

const SINCE = new Set(['منذ', 'since']);

/** All date phrases in the tokens; where two overlap, the more specific (then longer) one is kept. */
export function findDates(tokens: Token[], text: string, published: PublishedDate | null): SentenceDate[] {
  const hits: DateHit[] = [
    ...findExplicitDates(tokens),
    ...findMonthNames(tokens),
    ...findMonthParts(tokens),
    ...findWeekdays(tokens),
    ...findRelativeDays(tokens),
  ];
  hits.sort((a, b) => b.rank - a.rank || b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: DateHit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.first < k.last && k.first < h.last)) continue;
    kept.push(h);
  }
  kept.sort((a, b) => a.first - b.first);
  const frame = publicationFrame(published);
  return kept.map((h) => {
    // «منذ نهاية أيلول», "since Monday": from that date up to publication.
    const since = tokens[h.first - 1] !== undefined && SINCE.has(stemOf(tokens[h.first - 1]?.norm ?? ''));
    const first = since ? h.first - 1 : h.first;
    const interval = resolveOnFrame(h, frame, since);
    const start = tokens[first]?.start ?? 0;
    const end = tokens[h.last - 1]?.end ?? start;
    return { first, last: h.last, start, end, phrase: text.slice(start, end), interval };
  });
}

function resolveOnFrame(h: DateHit, frame: Interval | null, since: boolean): Interval | null {
  const early = h.resolve(frame?.start ?? null);
  const late = h.resolve(frame?.end ?? null);
  if (!early || !late) return null;
  const interval = { start: early.start, end: late.end };
  if (since && frame) return { start: interval.start, end: frame.end > interval.start ? frame.end : interval.start };
  return interval.start <= interval.end ? interval : { start: interval.end, end: interval.start };
}

/** The report frame as an event date, for a sentence that names no date of its own. */
export function reportDate(published: PublishedDate | null): EventDate {
  const frame = publicationFrame(published);
  if (!frame) return { start: null, end: null, precision: 'day', phrase: '', basis: 'open' };
  return { start: frame.start, end: frame.end, precision: precisionOf(frame), phrase: '', basis: 'report' };
}

/** A found date as an event date. */
export function toEventDate(d: SentenceDate): EventDate {
  if (!d.interval) return { start: null, end: null, precision: 'day', phrase: d.phrase, basis: 'open' };
  return { start: d.interval.start, end: d.interval.end, precision: precisionOf(d.interval), phrase: d.phrase, basis: 'text' };
}

/**
 * The date that goes with a trigger: the date phrase nearest to it in the sentence (ties go to the one
 * after, since Arabic tends to put the date after the verb), else the report frame.
 */
export function dateForTrigger(dates: SentenceDate[], triggerFirst: number, triggerLast: number, published: PublishedDate | null): EventDate {
  let best: SentenceDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = d.last <= triggerFirst ? triggerFirst - d.last + 0.5 : d.first >= triggerLast ? d.first - triggerLast : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best ? toEventDate(best) : reportDate(published);
}
