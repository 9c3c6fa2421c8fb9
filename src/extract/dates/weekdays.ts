// Weekday names: «الاثنين», «يوم الجمعة», «الخميس الماضي», «ليل الاثنين», «أمس الثلاثاء», "on Monday".
// A weekday is the last such day on or before publication; «الماضي»/"last" means strictly before it.
import type { Token } from '../../text/tokens.ts';
import { compileLexicon, findPhrases } from '../phrases.ts';
import { addDays, lastWeekdayOnOrBefore, type Interval } from './calendar.ts';
import type { DateHit } from './types.ts';

const WEEKDAY_NAMES: [string, number][] = [
  ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6],
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
];

interface WeekdayPhrase {
  weekday: number;
  /** Strictly before publication («الخميس الماضي», "last Thursday"). */
  past: boolean;
  /** A night: the day and the morning after («ليل الاثنين»). */
  night: boolean;
}

function phrases(): [string, WeekdayPhrase][] {
  const out: [string, WeekdayPhrase][] = [];
  for (const [name, weekday] of WEEKDAY_NAMES) {
    const ar = /[\u0600-\u06FF]/.test(name);
    const plain = { weekday, past: false, night: false };
    out.push([name, plain]);
    if (ar) {
      out.push([`يوم ${name}`, plain]);
      // «أمس الثلاثاء»: the weekday names the day; «أمس» only agrees with it.
      out.push([`امس ${name}`, plain]);
      out.push([`${name} الماضي`, { ...plain, past: true }]);
      out.push([`يوم ${name} الماضي`, { ...plain, past: true }]);
      for (const night of ['ليل', 'ليله', 'مساء']) out.push([`${night} ${name}`, { ...plain, night: night !== 'مساء' }]);
    } else {
      out.push([`last ${name}`, { ...plain, past: true }]);
      out.push([`${name} night`, { ...plain, night: true }]);
      out.push([`on ${name}`, plain]);
    }
  }
  return out;
}

const LEXICON = compileLexicon(phrases());

export function findWeekdays(tokens: Token[]): DateHit[] {
  return findPhrases(tokens, LEXICON).map((h) => ({
    first: h.first,
    last: h.last,
    rank: 2,
    resolve: (anchor: string | null): Interval | null => {
      if (anchor === null) return null;
      const from = h.value.past ? addDays(anchor, -1) : anchor;
      const day = lastWeekdayOnOrBefore(from, h.value.weekday);
      return { start: day, end: h.value.night ? addDays(day, 1) : day };
    },
  }));
}
