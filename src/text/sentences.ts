// Sentence and clause splitting with offsets into the original text.
//
// A sentence ends at . ! ? ؟ ؛ or a line break. The Arabic comma ، is NOT a sentence end: Arabic news
// prose strings whole paragraphs together with ، and «أن», so splitting there would cut «لم تنفذ» off from
// the «غارات» it negates. Commas mark clauses instead (splitClauses), which extraction uses to keep a date
// or a place close to its trigger.

export interface TextPiece {
  text: string;
  /** Offset of the first character in the text that was split. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', '…']);
/** The same marks as UTF-16 code units: the split loop reads codes, not one-character strings, per character. */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set([...SENTENCE_END].map((c) => c.charCodeAt(0)));
/** Characters that belong to the sentence they follow: closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']', '}', '“']);
/** Latin abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k',
]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '٠' && ch <= '٩') || (ch >= '۰' && ch <= '۹'));
}

function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

/** The word (letters and inner dots) that ends right before position i. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[A-Za-z.]/.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i);
}

/** Does the full stop at i end a sentence? Not inside 3.5, not after "Gen." or an initial "J.". */
function isSentenceStop(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.') return true;
  if (isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  const word = wordBefore(text, i);
  if (word !== '') {
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return false;
    // A single capital letter before the stop is an initial (J. Smith, U.S.) unless a capital word follows
    // after a space — rare enough that treating it as an initial is the better mistake.
    if (word.length === 1 && isLatinLetter(word) && word === word.toUpperCase()) return false;
  }
  // "a.m." style: a letter right after the stop with no space continues the word.
  if (isLatinLetter(text[i + 1])) return false;
  return true;
}

function pushTrimmed(out: TextPiece[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** Split a text into sentences; each piece is trimmed and keeps its offsets into `text`. */
export function splitSentences(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (SENTENCE_END_CODES.has(c) && isSentenceStop(text, i)) {
      let end = i + 1;
      // A run of stops (?!, ..) and the closing quotes after them stay with the sentence.
      while (end < text.length && (SENTENCE_END.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))) end++;
      pushTrimmed(out, text, start, end);
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

const CLAUSE_END = new Set(['،', ',', ';', '؛', ':']);

/**
 * Split a sentence into clauses at commas, semicolons and colons (not inside numbers like 1,200).
 * Offsets are shifted by `offset`, so passing a sentence's start gives offsets into the whole report.
 */
export function splitClauses(sentence: string, offset = 0): TextPiece[] {
  const out: TextPiece[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i] ?? '';
    if (!CLAUSE_END.has(ch)) continue;
    if (ch === ',' && isDigit(sentence[i - 1]) && isDigit(sentence[i + 1])) continue;
    pushTrimmed(out, sentence, start, i);
    start = i + 1;
  }
  pushTrimmed(out, sentence, start, sentence.length);
  return out.map((p) => ({ text: p.text, start: p.start + offset, end: p.end + offset }));
}
