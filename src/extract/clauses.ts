// Time segments of a sentence: «في حين», «بينما», "whereas" open a clause that tells another moment
// («شن التنظيم هجومه منذ ليل الأحد … في حين أن تقدم الجيش تم بالتوازي مع قصف روسي كثيف»). Dates and
// places do not cross into another segment when the trigger has its own.
import type { Token } from '../text/tokens.ts';
import { compileLexicon, findPhrases, stemOf } from './phrases.ts';

const TIME_BREAKS = new Set(['حين', 'بينما', 'whereas', 'while', 'meanwhile']);
/**
 * The same words as a lexicon, only to find where a break may stand without peeling every word: its
 * readings cover the two checked below (as written, peeled), which still decide.
 */
const BREAK_WORDS = compileLexicon([...TIME_BREAKS].map((w) => [w, true] as const));

/** For each token, the number of time breaks before it: tokens with the same number share a moment. */
export function timeSegments(tokens: Token[]): number[] {
  const candidates = findPhrases(tokens, BREAK_WORDS);
  const out: number[] = [];
  let segment = 0;
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (candidates[c]?.first === i) {
      c++;
      if (t && (TIME_BREAKS.has(t.norm) || TIME_BREAKS.has(stemOf(t.norm)))) segment++;
    }
    out.push(segment);
  }
  return out;
}
