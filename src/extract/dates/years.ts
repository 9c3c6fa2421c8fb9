// Years counted from publication: «العام الماضي», «هذا العام», «العام الجاري», "last year", "this year".
import type { Token } from '../../text/tokens.ts';
import { compileLexicon, findPhrases } from '../phrases.ts';
import { isoDayOf, yearOf, type Interval } from './calendar.ts';
import type { DateHit } from './types.ts';

/** Years back from the anchor's year: 0 this year (up to the anchor day), -1 last year. */
const YEAR_PHRASES: [string, number][] = [
  ['العام الماضي', -1], ['السنه الماضيه', -1], ['العام المنصرم', -1],
  ['هذا العام', 0], ['العام الحالي', 0], ['العام الجاري', 0], ['السنه الحاليه', 0], ['مطلع العام', 0], ['مطلع هذا العام', 0],
  ['last year', -1], ['this year', 0], ['earlier this year', 0],
];

const LEXICON = compileLexicon(YEAR_PHRASES);

export function findYears(tokens: Token[]): DateHit[] {
  return findPhrases(tokens, LEXICON).map((h) => ({
    first: h.first,
    last: h.last,
    rank: 1,
    resolve: (anchor: string | null): Interval | null => {
      if (anchor === null) return null;
      const year = yearOf(anchor) + h.value;
      return { start: isoDayOf(year, 1, 1), end: h.value === 0 ? anchor : isoDayOf(year, 12, 31) };
    },
  }));
}
