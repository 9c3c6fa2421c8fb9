// Tokens with offsets into the original text: words (Arabic, Latin), digit runs and single punctuation marks.
// One pass over the characters, no regex per token: the gazetteer scan runs this over megabytes of text.
import { normalizeArabic, normalizeToken } from './normalize.ts';

export interface Token {
  /** The token as written. */
  text: string;
  /** normalizeToken(text). */
  norm: string;
  /** [start, end) offsets into the original text. */
  start: number;
  end: number;
  script: 'ar' | 'latin' | 'digit' | 'punct';
}

type CharClass = 'ar' | 'latin' | 'digit' | 'space' | 'punct' | 'mark' | 'apostrophe';

function classify(c: number): CharClass {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'latin';
    if (c >= 0x30 && c <= 0x39) return 'digit';
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return 'space';
    if (c === 0x27 || c === 0x60) return 'apostrophe';
    return 'punct';
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return 'digit';
    // Tatweel, tashkeel and Quranic marks belong to the word they sit in.
    if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed)) return 'mark';
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d5) || c >= 0x06ee) return 'ar';
    return 'punct'; // ، ؛ ؟ ٪ and friends
  }
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return 'ar';
  if (c === 0x200c || c === 0x200d) return 'mark'; // joiners inside Persian/Kurdish words
  if (c === 0x200e || c === 0x200f || c === 0xfeff || c === 0xa0 || c === 0x2009 || c === 0x202f) return 'space';
  if (c >= 0x2000 && c <= 0x200b) return 'space';
  if (c >= 0x0300 && c <= 0x036f) return 'mark'; // combining accents on Latin letters
  if (c === 0x2018 || c === 0x2019 || c === 0x02bb || c === 0x02bc || c === 0x02be || c === 0x02bf) return 'apostrophe';
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  return 'punct';
}

/**
 * Class of every UTF-16 code unit, numbered, computed once from `classify`: the tokenizer and the gazetteer's flat
 * pre-pass (which walks text without building tokens) read this table, so both cut words at the same places.
 */
const CLASS_CODES: Record<CharClass, number> = { space: 0, ar: 1, latin: 2, digit: 3, punct: 4, mark: 5, apostrophe: 6 };
const SPACE = 0;
const AR = 1;
const LATIN = 2;
const DIGIT = 3;
const MARK = 5;
const APOSTROPHE = 6;
const CLASS_OF: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = CLASS_CODES[classify(c)];
  return t;
})();

/**
 * Scripts of tokens as numbers, for callers that walk text without building Token objects. Punctuation has a
 * code too, but no caller needs to name it: whatever is not one of these three is punctuation.
 */
export const SCRIPT_AR = 1;
export const SCRIPT_LATIN = 2;
export const SCRIPT_DIGIT = 3;
const SCRIPT_PUNCT = 4;
const SCRIPT_NAMES: Token['script'][] = ['punct', 'ar', 'latin', 'digit', 'punct'];

/** Whether the character at i separates tokens without being one. */
export function isSpaceAt(text: string, i: number): boolean {
  return CLASS_OF[text.charCodeAt(i)] === SPACE;
}

/** The script (SCRIPT_*) of the token that starts at i, which must not be a space. */
export function scriptAt(text: string, i: number): number {
  const cls = CLASS_OF[text.charCodeAt(i)]!;
  if (cls === AR || (cls === MARK && isArabicContext(text, i))) return SCRIPT_AR;
  if (cls === LATIN) return SCRIPT_LATIN;
  if (cls === DIGIT) return SCRIPT_DIGIT;
  return SCRIPT_PUNCT;
}

/** Where the token of this script that starts at i ends (reading no further than n). */
export function tokenEnd(text: string, i: number, n: number, script: number): number {
  i++;
  if (script === SCRIPT_AR) {
    while (i < n) {
      const k = CLASS_OF[text.charCodeAt(i)];
      if (k !== AR && k !== MARK) break;
      i++;
    }
  } else if (script === SCRIPT_LATIN) {
    while (i < n) {
      const k = CLASS_OF[text.charCodeAt(i)];
      if (k === LATIN || k === MARK || k === DIGIT) i++;
      // An apostrophe inside a word (Ma'arrat, Sa`id) is part of it; at the end it is a quote mark, and before a
      // final s it is the English possessive («Zor's» is «Zor» + «'» + «s»).
      else if (k === APOSTROPHE && i + 1 < n && CLASS_OF[text.charCodeAt(i + 1)] === LATIN && !isPossessive(text, i, n)) i++;
      else break;
    }
  } else if (script === SCRIPT_DIGIT) {
    while (i < n && CLASS_OF[text.charCodeAt(i)] === DIGIT) i++;
  }
  return i;
}

/** The token text[start, end) of a script (SCRIPT_*), as tokenize makes it. */
export function tokenOf(text: string, start: number, end: number, script: number): Token {
  const raw = text.slice(start, end);
  const name = SCRIPT_NAMES[script]!;
  return { text: raw, norm: normOf(raw, name), start, end, script: name };
}

/**
 * Split text into tokens. Arabic words keep their tashkeel/tatweel (dropped only in `norm`); Latin words may carry
 * digits after letters («T4») and inner apostrophes («Ma'arrat»); digit runs (ASCII or Arabic-Indic) stand alone;
 * every other non-space character is its own punct token, because sentence and clause logic needs them.
 * `from`/`to` tokenize a stretch of the text (offsets stay those of the whole text), so long texts can be read
 * piece by piece.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = Math.min(to, text.length);
  let i = from;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const script = scriptAt(text, i);
    const end = tokenEnd(text, i, n, script);
    tokens.push(tokenOf(text, i, end, script));
    i = end;
  }
  return tokens;
}

function isPossessive(text: string, i: number, n: number): boolean {
  const s = text.charCodeAt(i + 1);
  if (s !== 0x73 && s !== 0x53) return false;
  return i + 2 >= n || CLASS_OF[text.charCodeAt(i + 2)] !== LATIN;
}

function normOf(raw: string, script: Token['script']): string {
  if (script === 'ar' || script === 'digit') return normalizeArabic(raw);
  if (script === 'latin') return normalizeToken(raw);
  return raw;
}

/** A stray tatweel or mark starts an Arabic token only when Arabic letters follow (e.g. «بـ65» is not split oddly). */
function isArabicContext(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  return !Number.isNaN(next) && CLASS_OF[next] === AR;
}
