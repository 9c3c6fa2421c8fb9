// Time segments of a sentence: «في حين», «بينما», "whereas" open a clause that tells another moment
// («شن التنظيم هجومه منذ ليل الأحد … في حين أن تقدم الجيش تم بالتوازي مع قصف روسي كثيف»). Dates and
// places do not cross into another segment when the trigger has its own.
import type { Token } from '../text/tokens.ts';
import { stemOf } from './phrases.ts';

const TIME_BREAKS = new Set(['حين', 'بينما', 'whereas', 'while', 'meanwhile']);

/** For each token, the number of time breaks before it: tokens with the same number share a moment. */
export function timeSegments(tokens: Token[]): number[] {
  const out: number[] = [];
  let segment = 0;
  for (const t of tokens) {
    if (TIME_BREAKS.has(t.norm) || TIME_BREAKS.has(stemOf(t.norm))) segment++;
    out.push(segment);
  }
  return out;
}
