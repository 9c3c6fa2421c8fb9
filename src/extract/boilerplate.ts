// Page chrome that is not the report: "see also" teasers, source lines, comment and subscription footers,
// a headline echoed at the bottom. Reported as spans to skip, so every offset into the text stays valid.
import type { Span } from '../schema/index.ts';
import { normalizeToken } from '../text/normalize.ts';

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

/** Normalize a line for comparing with the lists: each word normalized, punctuation kept loose. */
function key(line: string): string {
  return line
    .trim()
    .split(/\s+/)
    .map((w) => normalizeToken(w.replace(/[«»"“”()]/g, '')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function startsWithAny(k: string, list: string[]): boolean {
  return list.some((p) => k === p || k.startsWith(`${p} `) || k.startsWith(`${p}:`) || k.startsWith(`${p}،`));
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
    const k = key(line);
    if (k === '') continue;
    if (startsWithAny(k, TAIL_STARTS)) {
      // A bare heading («انظر أيضاً») ends the report; a one-line teaser («اقرأ أيضاً: …») is dropped alone,
      // since some pages carry on with the article after it.
      if (k.split(' ').length <= 6) {
        spans.push([start, text.length]);
        break;
      }
      spans.push([start, end]);
      continue;
    }
    // A short line (a headline, a title) seen before is the page repeating itself.
    const repeated = seen.has(k) && k.split(' ').length <= 20;
    if (repeated || (startsWithAny(k, LINE_STARTS) && k.split(' ').length <= 8)) spans.push([start, end]);
    seen.add(k);
  }
  return spans;
}

export function insideAny(spans: Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}
