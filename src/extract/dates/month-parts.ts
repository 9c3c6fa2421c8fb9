// Parts of a month: «مطلع/بداية/أوائل» the first ten days, «منتصف» the middle ten, «أواخر/نهاية» the rest;
// with «الشهر الحالي/الجاري/الماضي», "early this month", "late last month", "last month".
import type { Token } from '../../text/tokens.ts';
import { normalizeToken } from '../../text/normalize.ts';
import { compileLexicon, findPhrases, stemOf } from '../phrases.ts';
import { daysInMonth } from '../../schema/index.ts';
import { isoDayOf, monthInterval, shiftMonth, type Interval } from './calendar.ts';
import type { DateHit } from './types.ts';

export type MonthPart = 'early' | 'mid' | 'late';

/** Part words as written; PART_BY_KEY has them normalized, for looking up a token's stem («بمطلع», «وأوائل»). */
const PART_WORDS: Record<string, MonthPart> = {
  مطلع: 'early', بداية: 'early', أوائل: 'early', أول: 'early', مستهل: 'early', early: 'early', beginning: 'early',
  منتصف: 'mid', أواسط: 'mid', mid: 'mid', middle: 'mid',
  أواخر: 'late', نهاية: 'late', آخر: 'late', late: 'late', end: 'late',
};

export const PART_BY_KEY: ReadonlyMap<string, MonthPart> = new Map(
  Object.entries(PART_WORDS).map(([w, part]) => [stemOf(normalizeToken(w)), part] as const),
);

/** The days of a month a part covers; the whole month when part is null. */
export function partOfMonth(year: number, month: number, part: MonthPart | null): Interval {
  if (part === null) return monthInterval(year, month);
  if (part === 'early') return { start: isoDayOf(year, month, 1), end: isoDayOf(year, month, 10) };
  if (part === 'mid') return { start: isoDayOf(year, month, 11), end: isoDayOf(year, month, 20) };
  return { start: isoDayOf(year, month, 21), end: isoDayOf(year, month, daysInMonth(year, month)) };
}

/** Which month a phrase points at, counted from the anchor's month. */
const MONTH_PHRASES: [string, number][] = [
  ['الشهر الحالي', 0], ['الشهر الجاري', 0], ['هذا الشهر', 0], ['الشهر', 0], ['الشهر الماضي', -1], ['الشهر المنصرم', -1],
  ['الشهر المقبل', 1], ['الشهر القادم', 1],
  ['this month', 0], ['the month', 0], ['last month', -1], ['next month', 1], ['earlier this month', 0],
];

interface MonthPhrase {
  shift: number;
  part: MonthPart | null;
}

function phrases(): [string, MonthPhrase][] {
  const out: [string, MonthPhrase][] = [];
  for (const [phrase, shift] of MONTH_PHRASES) {
    // «الشهر» alone is too loose to be a date; only with a part word («مطلع الشهر»).
    if (phrase !== 'الشهر' && phrase !== 'the month') out.push([phrase, { shift, part: null }]);
    for (const [word, part] of Object.entries(PART_WORDS)) {
      const latin = /^[a-z]/.test(word);
      if (latin !== /^[a-z]/.test(phrase)) continue;
      out.push([`${word} ${phrase}`, { shift, part }]);
      if (latin) out.push([`${word} ${phrase.replace(/^the /, '')}`, { shift, part }]);
      if (latin) out.push([`in ${word} ${phrase.replace(/^the /, '')}`, { shift, part }]);
      if (latin) out.push([`the ${word} of ${phrase}`, { shift, part }]);
    }
  }
  return out;
}

const LEXICON = compileLexicon(phrases());

export function findMonthParts(tokens: Token[]): DateHit[] {
  return findPhrases(tokens, LEXICON).map((h) => ({
    first: h.first,
    last: h.last,
    rank: 2,
    resolve: (anchor: string | null): Interval | null => {
      if (anchor === null) return null;
      const { year, month } = shiftMonth(anchor, h.value.shift);
      const whole = partOfMonth(year, month, h.value.part);
      // The current month is only known up to the anchor day.
      if (h.value.shift === 0 && whole.end > anchor) return { start: whole.start, end: whole.start > anchor ? whole.start : anchor };
      return whole;
    },
  }));
}

