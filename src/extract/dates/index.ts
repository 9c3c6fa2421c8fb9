// Dates in a sentence, resolved against the report's publication frame.
//
// Every rule reads a phrase as "the interval it means on day X". A report published on a day is read on
// that day; one published "2017-12" could be read on any day of December, so the rule is applied to the
// frame's first and last day and the result spans both: an uncertain publication date widens every
// relative date by exactly that uncertainty.
import type { EventDate, PublishedDate } from '../../schema/index.ts';
import type { Token } from '../../text/tokens.ts';
import { stemOf } from '../phrases.ts';
import { datePrecisionOf, type Interval } from './calendar.ts';
import { findExplicitDates } from './explicit.ts';
import { publicationFrame } from './frame.ts';
import { findMonthNames } from './month-names.ts';
import { findMonthParts } from './month-parts.ts';
import { findRelativeDays } from './relative-days.ts';
import type { DateHit } from './types.ts';
import { findWeekdays } from './weekdays.ts';
import { findYears } from './years.ts';

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
    ...findYears(tokens),
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
  return { start: frame.start, end: frame.end, precision: datePrecisionOf(frame), phrase: '', basis: 'report' };
}

/** A found date as an event date. */
function toEventDate(d: SentenceDate): EventDate {
  if (!d.interval) return { start: null, end: null, precision: 'day', phrase: d.phrase, basis: 'open' };
  return { start: d.interval.start, end: d.interval.end, precision: datePrecisionOf(d.interval), phrase: d.phrase, basis: 'text' };
}

interface TokenRange {
  first: number;
  last: number;
}

function gap(a: TokenRange, b: TokenRange): number {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return 0;
}


/**
 * The date that goes with a trigger (`segments` from clauses.ts: a date does not carry over «في حين»), among the sentence's date phrases:
 *   1. the nearest of the dates this trigger is the nearest trigger to (each date belongs to one trigger,
 *      so «أكد المرصد أمس الثلاثاء أن الطائرات لم تنفذ أمس الاثنين أي ضربات» dates the strikes Monday);
 *   2. else the nearest date before it, unless a clause with its own time («في حين», "whereas") lies
 *      between — coordinated verbs share the date stated first («بدأ هجوماً مطلع الشهر ... والتقدم»);
 *   3. else the report's frame.
 */
export function dateForTrigger(
  dates: SentenceDate[],
  trigger: TokenRange,
  triggers: TokenRange[],
  segments: number[],
  published: PublishedDate | null,
): EventDate {
  const own = dates.filter((d) => triggers.every((t) => gap(d, t) >= gap(d, trigger)));
  own.sort((a, b) => gap(a, trigger) - gap(b, trigger) || b.first - a.first);
  if (own[0]) return toEventDate(own[0]);
  const before = dates.filter((d) => d.last <= trigger.first && segments[d.first] === segments[trigger.first]);
  const last = before[before.length - 1];
  return last ? toEventDate(last) : reportDate(published);
}
