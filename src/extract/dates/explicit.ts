// Dates written out in figures: 2016-05-24, 24/5/2016, 24.05.2016, and years «عام 2014», «العام 2014», "in 2014".
import type { Token } from '../../text/tokens.ts';
import { stemOf } from '../phrases.ts';
import { isCalendarDay } from '../../schema/index.ts';
import { isoDayOf, type Interval } from './calendar.ts';
import type { DateHit } from './types.ts';

const YEAR_BEFORE = new Set(['عام', 'عامي', 'سنه', 'in', 'since', 'during', 'منذ', 'of']);

function digits(t: Token | undefined, min: number, max: number): number | null {
  if (!t || t.script !== 'digit' || t.norm.length < min || t.norm.length > max) return null;
  return Number(t.norm);
}

function fixed(first: number, last: number, interval: Interval, rank: number): DateHit {
  return { first, last, rank, resolve: () => interval };
}

export function findExplicitDates(tokens: Token[]): DateHit[] {
  const hits: DateHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every form below starts with a figure.
    if (tokens[i]?.script !== 'digit') continue;
    const sep = tokens[i + 1]?.text;
    const sep2 = tokens[i + 3]?.text;
    // 2016-05-24
    const y = digits(tokens[i], 4, 4);
    if (y !== null && sep === '-' && sep2 === '-') {
      const mo = digits(tokens[i + 2], 1, 2);
      const d = digits(tokens[i + 4], 1, 2);
      if (mo !== null && d !== null) {
        const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (isCalendarDay(iso)) {
          hits.push(fixed(i, i + 5, { start: iso, end: iso }, 4));
          i += 4;
          continue;
        }
      }
    }
    // 24/5/2016, 24.05.2016, 24-5-2016: day first, as Arabic and British reports write it.
    const d = digits(tokens[i], 1, 2);
    if (d !== null && (sep === '/' || sep === '.' || sep === '-') && sep2 === sep) {
      const mo = digits(tokens[i + 2], 1, 2);
      const yr = digits(tokens[i + 4], 4, 4);
      if (mo !== null && yr !== null && mo >= 1 && mo <= 12) {
        const iso = isoDayOf(yr, mo, Math.min(d, 31));
        if (isCalendarDay(`${yr}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`)) {
          hits.push(fixed(i, i + 5, { start: iso, end: iso }, 4));
          i += 4;
          continue;
        }
      }
    }
    // A bare year needs a word that makes it one: «عام 2014», "in 2014".
    if (y !== null && y >= 1900 && y <= 2100) {
      const before = tokens[i - 1];
      if (before && (YEAR_BEFORE.has(before.norm) || YEAR_BEFORE.has(stemOf(before.norm)))) {
        hits.push(fixed(i - 1, i + 1, { start: isoDayOf(y, 1, 1), end: isoDayOf(y, 12, 31) }, 1));
      }
    }
  }
  return hits;
}
