// Page chrome that is not the report: "see also" teasers, source lines, comment and subscription footers,
// a headline echoed at the bottom. Reported as spans to skip, so every offset into the text stays valid.
import type { Span } from '../schema/index.ts';
import { normalizeToken } from '../text/normalize.ts';
import { BoundedMemo } from '../text/memo.ts';

/** A line starting with one of these ends the report: what follows is another article or a footer. */
const TAIL_STARTS = [
  'انظر ايضا', 'اقرا ايضا', 'اقرا المزيد', 'شاهد ايضا', 'مواضيع ذات صله', 'اخبار ذات صله', 'المزيد من', 'see also',
  'read more', 'read also', 'related', 'related articles', 'related stories', 'more on this', 'you may also like',
];

/** A line that is one of these (or starts with it) is dropped on its own. */
const LINE_STARTS = [
  'المصدر', 'ارسل تعليقك', 'تعليقك كزائر', 'اضف تعليق', 'التعليقات', 'لم تشترك بعد', 'انشي حسابا', 'اشترك',
  'اشترك في النشره', 'تابعونا', 'شارك', 'source:', 'share this', 'comments', 'leave a comment', 'subscribe',
  'sign up', 'follow us', 'all rights reserved', 'جميع الحقوق محفوظه',
];

/** Quotes and brackets around a word, dropped before comparing. */
const QUOTES = /[«»"“”()]/g;

/** The most words a line may have for any rule here to drop it (a repeated headline). */
const SHORT_LINE_WORDS = 20;

/** A raw word (quotes dropped) normalized, remembered per word: every report's first words pass here. */
const normalized = new BoundedMemo(20_000, (raw) => normalizeToken(raw.replace(QUOTES, '')));

/**
 * A line normalized for comparing with the lists: each word normalized, punctuation kept loose, words
 * joined by one space. Only the first SHORT_LINE_WORDS + 1 words are normalized: every rule reads a few
 * words at the start and a word count of at most 20, so a paragraph (often the whole report is one line)
 * is not normalized twice, here and by the tokenizer. `words` is the count, up to that limit + 1.
 */
function key(line: string): { key: string; words: number } {
  const words: string[] = [];
  // Words are taken one at a time, not split off the whole line first: the line is often the whole report.
  const wordRun = /\S+/g;
  for (let match = wordRun.exec(line); match !== null; match = wordRun.exec(line)) {
    // A normalized word may be several or none («﷽» spells four words, «»» none).
    for (const w of normalized.get(match[0]).split(/\s+/)) if (w !== '') words.push(w);
    if (words.length > SHORT_LINE_WORDS) break;
  }
  return { key: words.join(' '), words: words.length };
}

/** Is `k` one of the phrases, or one of them followed by a space, a colon or «،»? (No string built per phrase.) */
function startsWithAny(k: string, list: string[]): boolean {
  return list.some((p) => {
    if (!k.startsWith(p)) return false;
    const next = k[p.length];
    return next === undefined || next === ' ' || next === ':' || next === '،';
  });
}

/** Spans of the text that are boilerplate, in order. */
export function boilerplateSpans(text: string): Span[] {
  const spans: Span[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    const { key: k, words } = key(line);
    if (k === '') continue;
    if (startsWithAny(k, TAIL_STARTS)) {
      // A bare heading («انظر أيضاً») ends the report; a one-line teaser («اقرأ أيضاً: …») is dropped alone,
      // since some pages carry on with the article after it.
      if (words <= 6) {
        spans.push([start, text.length]);
        break;
      }
      spans.push([start, end]);
      continue;
    }
    // A short line (a headline, a title) seen before is the page repeating itself.
    const short = words <= SHORT_LINE_WORDS;
    const repeated = short && seen.has(k);
    if (repeated || (startsWithAny(k, LINE_STARTS) && words <= 8)) spans.push([start, end]);
    if (short) seen.add(k);
  }
  return spans;
}

export function insideAny(spans: Span[], start: number, end: number): boolean {
  // Indexing, not destructuring the pair: this runs for every mention and sentence.
  return spans.some((span) => start >= span[0] && end <= span[1]);
}
