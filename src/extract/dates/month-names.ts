// Month names in both Arabic series (أيلول and سبتمبر), and English, with what stands around them:
// «17 أيار», «17 أيار الجاري», «أيلول (سبتمبر) 2014», «سبتمبر (أيلول) عام 2014», «آب / أغسطس الماضي»,
// «مطلع أكتوبر الماضي», «أوائل شهر تموز المقبل», "May 17, 2016", "in September".
// A month with no year is the latest such month on or before publication («الماضي»: before the current one;
// «المقبل»: the next one after it).
import type { Token } from '../../text/tokens.ts';
import { stemOf } from '../phrases.ts';
import { daysInMonth, isoDay, monthOf, yearOf, type Interval } from './calendar.ts';
import { PART_BY_KEY, partOfMonth, type MonthPart } from './month-parts.ts';
import type { DateHit } from './types.ts';

/** Month names by normalized form; two-word Levantine names keyed by both words. */
const MONTHS: Record<string, number> = {
  'كانون الثاني': 1, 'شباط': 2, 'اذار': 3, 'نيسان': 4, 'ايار': 5, 'حزيران': 6, 'تموز': 7, 'اب': 8, 'ايلول': 9,
  'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليه': 7,
  'اغسطس': 8, 'سبتمبر': 9, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/** Names that are also ordinary words («آب» father, «مارس» practised, "may", "march"): need a date around them. */
const AMBIGUOUS = new Set(['اب', 'مارس', 'may', 'march', 'mar', 'jan', 'dec']);

const CURRENT = new Set(['الجاري', 'الحالي', 'الجاريه']);
const PAST = new Set(['الماضي', 'المنصرم', 'الفائت']);
const NEXT = new Set(['المقبل', 'القادم']);
const YEAR_WORDS = new Set(['عام', 'العام', 'سنه', 'لعام', 'من']);
const MONTH_WORDS = new Set(['شهر', 'خلال', 'في', 'منذ', 'in', 'of', 'since', 'during']);

interface MonthAt {
  month: number;
  first: number;
  last: number;
}

/** A month name starting at token i (one or two words, proclitics peeled: «وأيلول», «بسبتمبر»). */
function monthAt(tokens: Token[], i: number): MonthAt | null {
  const t = tokens[i];
  if (!t || t.script === 'punct' || t.script === 'digit') return null;
  const two = `${t.norm} ${tokens[i + 1]?.norm ?? ''}`;
  const twoStem = `${stemOf(t.norm)} ${tokens[i + 1]?.norm ?? ''}`;
  const m2 = MONTHS[two] ?? MONTHS[twoStem];
  if (m2 !== undefined && two.includes(' ') && (two.startsWith('كانون') || two.startsWith('تشرين') || twoStem.startsWith('كانون') || twoStem.startsWith('تشرين')))
    return { month: m2, first: i, last: i + 2 };
  const one = MONTHS[t.norm] ?? (t.script === 'ar' && t.norm.length > 3 ? MONTHS[stemOf(t.norm)] : undefined);
  if (one === undefined) return null;
  return { month: one, first: i, last: i + 1 };
}

function dayNumber(t: Token | undefined): number | null {
  if (!t || t.script !== 'digit') return null;
  const n = Number(t.norm);
  return n >= 1 && n <= 31 && t.norm.length <= 2 ? n : null;
}

function yearNumber(t: Token | undefined): number | null {
  if (!t || t.script !== 'digit' || t.norm.length !== 4) return null;
  const n = Number(t.norm);
  return n >= 1900 && n <= 2100 ? n : null;
}

/** Skip a paired name in the other series: «أيلول (سبتمبر)», «آب / أغسطس», «سبتمبر (أيلول)». */
function skipPairedName(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t && (t.text === '(' || t.text === '/' || t.text === '-')) {
    const inner = monthAt(tokens, i + 1);
    if (inner) {
      const close = tokens[inner.last];
      return close && close.text === ')' ? inner.last + 1 : inner.last;
    }
  }
  return i;
}

export function findMonthNames(tokens: Token[]): DateHit[] {
  const hits: DateHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = monthAt(tokens, i);
    if (!m) continue;
    let first = m.first;
    let last = skipPairedName(tokens, m.last);
    const paired = last !== m.last;

    // Before the name: a day («17 أيار»), «شهر», a part («مطلع»), "May 17" handled after.
    let day = dayNumber(tokens[first - 1]);
    if (day !== null) first -= 1;
    const before = tokens[first - 1];
    const hadMonthWord = before !== undefined && MONTH_WORDS.has(stemOf(before.norm)) || before?.norm === 'شهر';
    if (before?.norm === 'شهر') first -= 1;
    let part: MonthPart | null = null;
    const partWord = tokens[first - 1];
    const partKey = partWord ? stemOf(partWord.norm) : '';
    if (PART_BY_KEY.has(partKey)) {
      part = PART_BY_KEY.get(partKey) ?? null;
      first -= 1;
    }
    // English "May 17, 2016" / "May 17".
    if (day === null && dayNumber(tokens[last]) !== null) {
      day = dayNumber(tokens[last]);
      last += 1;
      if (tokens[last]?.text === ',' && yearNumber(tokens[last + 1]) !== null) last += 1;
    }
    // After: a year («2014», «عام 2015»), or «الجاري» / «الماضي» / «المقبل».
    let year: number | null = null;
    let relation: 'current' | 'past' | 'next' | null = null;
    if (yearNumber(tokens[last]) !== null) {
      year = yearNumber(tokens[last]);
      last += 1;
    } else if (tokens[last] && YEAR_WORDS.has(tokens[last]?.norm ?? '') && yearNumber(tokens[last + 1]) !== null) {
      year = yearNumber(tokens[last + 1]);
      last += 2;
    }
    const rel = tokens[last]?.norm ?? '';
    if (year === null && CURRENT.has(rel)) relation = 'current';
    else if (year === null && PAST.has(rel)) relation = 'past';
    else if (year === null && NEXT.has(rel)) relation = 'next';
    if (relation) last += 1;

    const name = tokens[m.first]?.norm ?? '';
    const supported = day !== null || year !== null || relation !== null || paired || part !== null || hadMonthWord;
    if (AMBIGUOUS.has(stemOf(name)) && !(day !== null || year !== null || relation !== null || paired || before?.norm === 'شهر')) continue;
    if (!supported && tokens[m.first]?.script === 'latin' && name.length <= 4) continue;

    const month = m.month;
    const fixedYear = year;
    const fixedDay = day;
    const fixedPart = part;
    const fixedRelation = relation;
    hits.push({
      first,
      last,
      rank: fixedDay !== null ? 3 : 2,
      resolve: (anchor: string | null): Interval | null => {
        let y: number;
        if (fixedYear !== null) y = fixedYear;
        else if (anchor === null) return null;
        else {
          const ay = yearOf(anchor);
          const am = monthOf(anchor);
          if (fixedRelation === 'next') y = month > am ? ay : ay + 1;
          else if (fixedRelation === 'past') y = month < am ? ay : ay - 1;
          else y = month <= am ? ay : ay - 1;
        }
        if (fixedDay !== null) {
          const d = Math.min(fixedDay, daysInMonth(y, month));
          const iso = isoDay(y, month, d);
          return { start: iso, end: iso };
        }
        return partOfMonth(y, month, fixedPart);
      },
    });
    i = last - 1;
  }
  return hits;
}
