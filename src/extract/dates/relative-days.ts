// Days counted back from publication: «اليوم», «أمس», «أمس الأول», «الليلة الماضية», «ليل أمس», "yesterday".
import type { Token } from '../../text/tokens.ts';
import { compileLexicon, findPhrases } from '../phrases.ts';
import { addDays, type Interval } from './calendar.ts';
import type { DateHit } from './types.ts';

/** [from, to] in days relative to the anchor, both inclusive. */
type Offset = readonly [number, number];

const RELATIVE_DAYS: [string, Offset][] = [
  ['اليوم', [0, 0]],
  ['صباح اليوم', [0, 0]],
  ['فجر اليوم', [0, 0]],
  ['ظهر اليوم', [0, 0]],
  ['امس', [-1, -1]],
  ['يوم امس', [-1, -1]],
  ['صباح امس', [-1, -1]],
  ['مساء امس', [-1, -1]],
  ['فجر امس', [-1, -1]],
  // A night runs over midnight: «ليل أمس» is the evening of yesterday into this morning.
  ['ليل امس', [-1, 0]],
  ['ليله امس', [-1, 0]],
  ['الليله الماضيه', [-1, 0]],
  ['امس الاول', [-2, -2]],
  ['اول امس', [-2, -2]],
  ['اول من امس', [-2, -2]],
  ['الساعات الماضيه', [-1, 0]],
  ['الساعات الاخيره', [-1, 0]],
  ['ال 24 ساعه الماضيه', [-1, 0]],
  ['24 ساعه الماضيه', [-1, 0]],
  ['الايام الاخيره', [-7, 0]],
  ['الايام الماضيه', [-7, 0]],
  ['الاسبوع الماضي', [-13, -1]],
  ['الاسبوع الحالي', [-6, 0]],
  ['هذا الاسبوع', [-6, 0]],
  ['today', [0, 0]],
  ['this morning', [0, 0]],
  ['tonight', [0, 0]],
  ['yesterday', [-1, -1]],
  ['last night', [-1, 0]],
  ['overnight', [-1, 0]],
  ['the day before yesterday', [-2, -2]],
  ['past 24 hours', [-1, 0]],
  ['last 24 hours', [-1, 0]],
  ['recent days', [-7, 0]],
  ['past few days', [-7, 0]],
  ['last week', [-13, -1]],
  ['this week', [-6, 0]],
];

const LEXICON = compileLexicon(RELATIVE_DAYS);

/** «اليوم الثالث» is "the third day", «في اليوم ذاته» "that same day": not today. */
const NOT_TODAY_AFTER = new Set(['الثالث', 'الثاني', 'الاول', 'الرابع', 'الخامس', 'ذاته', 'نفسه', 'التالي', 'السابق', 'الاخير']);

export function findRelativeDays(tokens: Token[]): DateHit[] {
  return findPhrases(tokens, LEXICON)
    .filter((h) => !(h.phrase === 'اليوم' && NOT_TODAY_AFTER.has(tokens[h.last]?.norm ?? '')))
    .map((h) => ({
      first: h.first,
      last: h.last,
      rank: 1,
      resolve: (anchor: string | null): Interval | null =>
        anchor === null ? null : { start: addDays(anchor, h.value[0]), end: addDays(anchor, h.value[1]) },
    }));
}
