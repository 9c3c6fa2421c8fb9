// Month names in both Arabic series (أيلول and سبتمبر), and English, with what stands around them:
// «17 أيار», «17 أيار الجاري», «أيلول (سبتمبر) 2014», «سبتمبر (أيلول) عام 2014», «آب / أغسطس الماضي»,
// «مطلع أكتوبر الماضي», «أوائل شهر تموز المقبل», "May 17, 2016", "in September".
// A month with no year is the latest such month on or before publication («الماضي»: before the current one;
// «المقبل»: the next one after it).
import type { Token } from '../../text/tokens.ts';
import { BoundedMemo } from '../../text/memo.ts';
import { compileLexicon, findPhrases, stemOf } from '../phrases.ts';
import { daysInMonth } from '../../schema/index.ts';
import { isoDayOf, latestMonthOnOrBefore, shiftMonth, type Interval } from './calendar.ts';
import { PART_BY_KEY, partOfMonth, type MonthPart } from './month-parts.ts';
import type { DateHit } from './types.ts';

/**
 * Month names by normalized form; the two-word Levantine names as two words. A Map, not an object: it is
 * asked about every word of a sentence, and a plain object would answer "constructor" with a function.
 */
const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  'كانون الثاني': 1, 'شباط': 2, 'اذار': 3, 'نيسان': 4, 'ايار': 5, 'حزيران': 6, 'تموز': 7, 'اب': 8, 'ايلول': 9,
  'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليه': 7,
  'اغسطس': 8, 'سبتمبر': 9, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
}));
const TWO_WORD_FIRSTS = new Set(['كانون', 'تشرين']);

/**
 * Every word a month name may start with, as a lexicon: the phrase search (one bit per word, see phrases.ts)
 * finds the few places worth reading with monthAt instead of a look-up at every word. Its readings (as
 * written, peeled, without «و») cover monthAt's (as written, peeled), so no month is missed; monthAt
 * still decides.
 */
const MONTH_STARTS = compileLexicon([...[...MONTHS.keys()].map((k) => k.split(' ')[0] ?? k), ...TWO_WORD_FIRSTS].map((w) => [w, true] as const));

/** Names that are also ordinary words («آب» father, «مارس» practised, "may", "march"): need a date around them. */
const AMBIGUOUS = new Set(['اب', 'مارس', 'may', 'march', 'mar', 'jan', 'dec']);

type Relation = 'current' | 'past' | 'next';
const RELATIONS: ReadonlyMap<string, Relation> = new Map<string, Relation>(Object.entries({
  الجاري: 'current', الحالي: 'current', الجاريه: 'current',
  الماضي: 'past', المنصرم: 'past', الفائت: 'past',
  المقبل: 'next', القادم: 'next',
}) as [string, Relation][]);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'لعام', 'من']);
/** Words before a month name that show it is one ("in September", «خلال أيلول»). */
const MONTH_WORDS = new Set(['شهر', 'خلال', 'في', 'منذ', 'in', 'of', 'since', 'during']);

/** A month name and everything around it that makes it a date. */
interface MonthPhrase {
  first: number;
  last: number;
  month: number;
  day: number | null;
  year: number | null;
  part: MonthPart | null;
  relation: Relation | null;
}

/** What a word is as the start of a month name: the first of two words («كانون»), a month as written, peeled. */
interface MonthWord {
  firstOfTwo: string | null;
  asWritten: number | undefined;
  peeled: number | undefined;
}

function monthWordOf(norm: string): MonthWord {
  const stem = stemOf(norm);
  const firstWord = TWO_WORD_FIRSTS.has(norm) ? norm : stem;
  return TWO_WORD_FIRSTS.has(firstWord)
    ? { firstOfTwo: firstWord, asWritten: undefined, peeled: undefined }
    : { firstOfTwo: null, asWritten: MONTHS.get(norm), peeled: MONTHS.get(stem) };
}

/** Every word of every dated sentence is asked about; the answer per distinct word is worked out once. */
const monthWords = new BoundedMemo(50_000, monthWordOf);

/** A month name starting at token i (one or two words, proclitics peeled: «وأيلول», «بسبتمبر»). */
function monthAt(tokens: Token[], i: number): { month: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.script === 'punct' || t.script === 'digit') return null;
  const w = monthWords.get(t.norm);
  if (w.firstOfTwo !== null) {
    const month = MONTHS.get(`${w.firstOfTwo} ${tokens[i + 1]?.norm ?? ''}`);
    return month === undefined ? null : { month, last: i + 2 };
  }
  const month = w.asWritten ?? (t.script === 'ar' && t.norm.length > 3 ? w.peeled : undefined);
  return month === undefined ? null : { month, last: i + 1 };
}

/** A day of the month written in figures next to a month name («22 حزيران», "June 22"), or null. */
function dayOfMonth(t: Token | undefined): number | null {
  if (!t || t.script !== 'digit' || t.norm.length > 2) return null;
  const n = Number(t.norm);
  return n >= 1 && n <= 31 ? n : null;
}

function yearNumber(t: Token | undefined): number | null {
  if (!t || t.script !== 'digit' || t.norm.length !== 4) return null;
  const n = Number(t.norm);
  return n >= 1900 && n <= 2100 ? n : null;
}

/** Past a paired name in the other series: «أيلول (سبتمبر)», «آب / أغسطس», «سبتمبر (أيلول)». */
function skipPairedName(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || !['(', '/', '-'].includes(t.text)) return i;
  const inner = monthAt(tokens, i + 1);
  if (!inner) return i;
  return tokens[inner.last]?.text === ')' ? inner.last + 1 : inner.last;
}

/** Read the words around the month name at `at`; null when nothing makes an ambiguous name a month. */
function readAround(tokens: Token[], at: number, month: number, nameLast: number): MonthPhrase | null {
  let first = at;
  let last = skipPairedName(tokens, nameLast);
  const paired = last !== nameLast;

  // Before: a day («17 أيار»), «شهر», a part of the month («مطلع», «أوائل شهر»).
  let day = dayOfMonth(tokens[first - 1]);
  if (day !== null) first -= 1;
  const before = tokens[first - 1];
  const monthWord = before !== undefined && MONTH_WORDS.has(stemOf(before.norm));
  if (before?.norm === 'شهر') first -= 1;
  // "mid-October": the part may be hyphenated onto the name.
  const hyphen = tokens[first - 1]?.text === '-' ? 1 : 0;
  const part = PART_BY_KEY.get(stemOf(tokens[first - 1 - hyphen]?.norm ?? '')) ?? null;
  if (part !== null) first -= 1 + hyphen;

  // After: English "May 17, 2016"; a year («2014», «عام 2015»); «الجاري» / «الماضي» / «المقبل».
  if (day === null && dayOfMonth(tokens[last]) !== null) {
    day = dayOfMonth(tokens[last]);
    last += 1;
    if (tokens[last]?.text === ',' && yearNumber(tokens[last + 1]) !== null) last += 1;
  }
  let year = yearNumber(tokens[last]);
  if (year !== null) last += 1;
  else if (YEAR_WORDS.has(tokens[last]?.norm ?? '') && yearNumber(tokens[last + 1]) !== null) {
    year = yearNumber(tokens[last + 1]);
    last += 2;
  }
  const relation = year === null ? (RELATIONS.get(tokens[last]?.norm ?? '') ?? null) : null;
  if (relation !== null) last += 1;

  const name = tokens[at];
  const dated = day !== null || year !== null || relation !== null || paired;
  if (AMBIGUOUS.has(stemOf(name?.norm ?? '')) && !dated && before?.norm !== 'شهر') return null;
  // "Jun", "Oct" alone could be anything; spelled out or with a date around them they are months.
  if (name?.script === 'latin' && name.norm.length <= 4 && !dated && !monthWord && part === null) return null;
  return { first, last, month, day, year, part, relation };
}

/** The interval a month phrase means when read on `anchor`. */
function resolveMonth(p: MonthPhrase, anchor: string | null): Interval | null {
  let year: number;
  if (p.year !== null) year = p.year;
  else if (anchor === null) return null;
  else {
    // «الماضي»: the latest such month before this one; «المقبل»: the first after it (the latest within a year).
    const shift = p.relation === 'past' ? -1 : p.relation === 'next' ? 12 : 0;
    const from = shiftMonth(anchor, shift);
    year = latestMonthOnOrBefore(isoDayOf(from.year, from.month, 1), p.month).year;
  }
  if (p.day === null) return partOfMonth(year, p.month, p.part);
  const iso = isoDayOf(year, p.month, Math.min(p.day, daysInMonth(year, p.month)));
  return { start: iso, end: iso };
}

export function findMonthNames(tokens: Token[]): DateHit[] {
  const hits: DateHit[] = [];
  // Left to right; a phrase read swallows the words up to its end.
  let next = 0;
  for (const start of findPhrases(tokens, MONTH_STARTS)) {
    const i = start.first;
    if (i < next) continue;
    const name = monthAt(tokens, i);
    if (!name) continue;
    const phrase = readAround(tokens, i, name.month, name.last);
    if (!phrase) continue;
    hits.push({ first: phrase.first, last: phrase.last, rank: phrase.day !== null ? 3 : 2, resolve: (anchor) => resolveMonth(phrase, anchor) });
    next = phrase.last;
  }
  return hits;
}
