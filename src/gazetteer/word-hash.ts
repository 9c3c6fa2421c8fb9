// Hashes of Arabic words computed straight from the raw text, without building the normalized string: the
// scanner's pre-pass uses them to find the few words that can start a name. A hash is only ever a filter: equal
// keys give equal hashes, so a word whose key is indexed is never missed; two different keys sharing a hash only
// send a word to the exact matcher for nothing.
import { isPresentationForm, mapArabic, normalizeArabic } from '../text/normalize.ts';
import { SCRIPT_AR, tokenEnd } from '../text/tokens.ts';
import { LOOSE_LETTERS } from './arabic-key.ts';

/**
 * Polynomial hash, h = h·BASE + code (mod 2^32), over a key's UTF-16 codes. Polynomial rather than FNV because the
 * hash of any ending of a word follows from the hash of the whole word and of the cut-off beginning
 * (`suffixHash`), so one walk over a word gives the hash of each reading with a proclitic taken off.
 */
const BASE = 0x01000193; // the FNV prime: odd, and large enough to spread the ~40 Arabic letter codes

export function hashKey(key: string): number {
  let h = 0;
  for (let j = 0; j < key.length; j++) h = (Math.imul(h, BASE) + key.charCodeAt(j)) | 0;
  return h;
}

/** BASE^k mod 2^32 for the lengths of the endings of most words; longer ones are computed when met. */
const POWERS: Int32Array = (() => {
  const p = new Int32Array(64);
  p[0] = 1;
  for (let k = 1; k < p.length; k++) p[k] = Math.imul(p[k - 1]!, BASE);
  return p;
})();

function power(k: number): number {
  if (k < POWERS.length) return POWERS[k]!;
  let p = 1;
  for (let j = 0; j < k; j++) p = Math.imul(p, BASE);
  return p;
}

/** Hash of a pair of word hashes (a first word and the word after it). */
export function hashPair(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x5bd1e995), BASE) ^ (second >>> 13);
}

/** Marker in FOLD: a presentation form, which normalizeArabic folds through NFKC (possibly into several letters). */
const PRESENTATION = -2;

/**
 * What normalizeArabic makes of each UTF-16 code unit when it stands in a word without presentation forms:
 * itself, another code, -1 (dropped: tashkeel, tatweel, joiners) or PRESENTATION. Read from normalize.ts's own
 * per-character mapping, so the pre-pass folds exactly as the tokenizer's `norm` does.
 */
const FOLD: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = isPresentationForm(c) ? PRESENTATION : mapArabic(c);
  return t;
})();

const ALEF = 0x0627;
const LAM = 0x0644;
const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const KAF = 0x0643;

/** arabicForms peels at most four letters: conjunction + preposition + article («وبال»). */
const MAX_PEELED = 4;

/**
 * One Arabic word as the pre-pass sees it, filled by hashArabicWord: its normalized letters (codes[0, length)), its
 * hash, the hashes of its first letters (prefix[k]: of the first k letters), and its first letters again (head).
 */
export interface ArabicWord {
  length: number;
  hash: number;
  /** coarseHash of the whole word: a cheap first test of its loose key (see COARSE). */
  coarse: number;
  codes: Int32Array;
  prefix: Int32Array;
  head: Int32Array;
}

export function arabicWord(): ArabicWord {
  return { length: 0, hash: 0, coarse: 0, codes: new Int32Array(32), prefix: new Int32Array(MAX_PEELED + 1), head: new Int32Array(MAX_PEELED) };
}

/** Marker in WORD_FOLD: the character ends an Arabic word (it is neither a letter nor a mark in one). */
const WORD_END = -3;

/**
 * FOLD for the characters that continue an Arabic word as the tokenizer reads one (letters, tashkeel, tatweel,
 * joiners), WORD_END for every other: the pre-pass finds a word's end and folds its letters in the same walk.
 * Which characters continue a word is asked of tokens.ts's own tokenEnd, one character after a beh.
 */
const WORD_FOLD: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const continues = tokenEnd(String.fromCharCode(0x0628, c), 0, 2, SCRIPT_AR) === 2;
    t[c] = continues ? FOLD[c]! : WORD_END;
  }
  return t;
})();

/** Hash the Arabic word text[start, end) (a token of script 'ar', as normalizeArabic reads it) into `w`. */
export function hashArabicWord(text: string, start: number, end: number, w: ArabicWord): void {
  readArabicWord(text, start, end, w);
}

/**
 * Read the Arabic word that starts at `start` (a token of script 'ar') and ends before `to` at the latest: fold
 * and hash it into `w` in one walk over its characters, and return where it ends (tokenEnd's answer).
 */
export function readArabicWord(text: string, start: number, to: number, w: ArabicWord): number {
  // Module bindings copied to locals: read in the loop they would be re-checked at every character.
  const fold = WORD_FOLD;
  const prefix = w.prefix;
  const head = w.head;
  // A word's letters are at most its characters; the buffer grows for the rare word longer than it.
  if (w.codes.length < to - start && w.codes.length < 256) w.codes = new Int32Array(Math.min(256, 2 * (to - start)));
  const coarse = COARSE;
  let codes = w.codes;
  let h = 0;
  let g = 0;
  let n = 0;
  let i = start;
  for (; i < to; i++) {
    const c = fold[text.charCodeAt(i)]!;
    if (c < 0) {
      if (c === WORD_END) break;
      if (c === PRESENTATION) return readPresentationWord(text, start, to, w);
      continue; // tashkeel, tatweel, joiners: dropped
    }
    if (n === codes.length) codes = growCodes(w);
    codes[n] = c;
    // The hashes of the first letters, for the readings with a proclitic taken off (suffixHash).
    if (n < MAX_PEELED) {
      prefix[n] = h;
      head[n] = c;
    } else if (n === MAX_PEELED) prefix[n] = h;
    h = (Math.imul(h, BASE) + c) | 0;
    const q = coarse[c]!;
    if (q >= 0) g = (Math.imul(g, BASE) + q) | 0;
    n++;
  }
  if (n <= MAX_PEELED) prefix[n] = h;
  w.length = n;
  w.hash = h;
  w.coarse = g;
  return i;
}

function growCodes(w: ArabicWord): Int32Array {
  const codes = new Int32Array(2 * w.codes.length);
  codes.set(w.codes);
  w.codes = codes;
  return codes;
}

/** A word with presentation forms (rare): found to its end, then normalized as a string. */
function readPresentationWord(text: string, start: number, to: number, w: ArabicWord): number {
  let end = start + 1;
  while (end < to && WORD_FOLD[text.charCodeAt(end)] !== WORD_END) end++;
  hashNormalized(normalizeArabic(text.slice(start, end)), w);
  return end;
}

/** A word with presentation forms: normalizeArabic (NFKC) decides, as it does for the tokenizer's `norm`. */
function hashNormalized(norm: string, w: ArabicWord): void {
  if (w.codes.length < norm.length) w.codes = new Int32Array(2 * norm.length);
  let h = 0;
  for (let j = 0; j < norm.length; j++) {
    const c = norm.charCodeAt(j);
    w.codes[j] = c;
    if (j < MAX_PEELED) {
      w.prefix[j] = h;
      w.head[j] = c;
    } else if (j === MAX_PEELED) w.prefix[j] = h;
    h = (Math.imul(h, BASE) + c) | 0;
  }
  if (norm.length <= MAX_PEELED) w.prefix[norm.length] = h;
  w.length = norm.length;
  w.hash = h;
  w.coarse = coarseHash(norm);
}

/**
 * Whether the Arabic word text[start, end) normalizes to `norm` (normalizeArabic's folding, read from the text
 * without building a string). A word with presentation forms answers false: the caller builds it the long way.
 */
export function foldsTo(text: string, start: number, end: number, norm: string): boolean {
  const fold = FOLD;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = fold[text.charCodeAt(i)]!;
    if (c === -1) continue;
    if (c !== norm.charCodeAt(n)) return false; // also a presentation form (negative) or a word longer than norm
    n++;
  }
  return n === norm.length;
}

/** Hash of the word without its first `cut` letters (cut ≤ 4 and ≤ its length). */
export function suffixHash(w: ArabicWord, cut: number): number {
  return (w.hash - Math.imul(w.prefix[cut]!, power(w.length - cut))) | 0;
}

/** looseArabic's letter pairs as codes (emphatic → plain, ح → ه, ق → ك); other codes stand for themselves. */
const LOOSE_CODE: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const [from, to] of Object.entries(LOOSE_LETTERS)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  return t;
})();

const TEH = 0x062a;
const HEH = 0x0647;

/**
 * A coarser key than looseArabic's, cheap enough to hash along with every word: loose letters merged, every ت read
 * as ه and every alef dropped (looseArabic does the last two only at the end and inside the word). Whatever
 * looseArabic merges this merges too, so coarseHash(looseArabic(k)) === coarseHash(k) for every key k: a table of
 * coarse hashes of loose keys never misses a word whose loose key is in it (-1: the letter is dropped).
 */
const COARSE: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = LOOSE_CODE[c] === TEH ? HEH : LOOSE_CODE[c]!;
  t[ALEF] = -1;
  return t;
})();

/** The coarse hash of a normalized word or key (COARSE). */
export function coarseHash(key: string): number {
  let g = 0;
  for (let j = 0; j < key.length; j++) {
    const q = COARSE[key.charCodeAt(j)]!;
    if (q >= 0) g = (Math.imul(g, BASE) + q) | 0;
  }
  return g;
}

/**
 * hashKey(looseArabic(the word without its first `cut` letters)): letter pairs merged, inner alefs dropped, a final
 * ت read as ه — from the codes, as looseArabic does it on the string.
 */
export function looseSuffixHash(w: ArabicWord, cut: number): number {
  const n = w.length;
  const codes = w.codes;
  const loose = LOOSE_CODE;
  let h = 0;
  for (let j = cut; j < n; j++) {
    const c = codes[j]!;
    if (c === ALEF && j > cut && j < n - 1) continue;
    let l = loose[c]!;
    if (j === n - 1 && l === TEH) l = HEH;
    h = (Math.imul(h, BASE) + l) | 0;
  }
  return h;
}

/** Where keyUnits' key starts: after the article («الرقه» → «رقه»), which needs two letters left («الي» stays). */
export function keyCut(w: ArabicWord): number {
  return w.length >= 4 && w.head[0] === ALEF && w.head[1] === LAM ? 2 : 0;
}

/**
 * The readings unitForms gives a word, as a bit set of cuts (bit k: the word without its first k letters):
 * arabicForms' for a word starting with a proclitic letter, else just the key. Mirrors arabicForms from the
 * word's first four letters and its length (a test holds the two together).
 */
export function readingCuts(w: ArabicWord): number {
  const n = w.length;
  const h = w.head;
  let cuts = 1 << keyCut(w);
  if (n < 2) return cuts;
  const c0 = h[0]!;
  // [conjunction][preposition]: و/ف alone, ب/ك/ل alone, or و/ف followed by ب/ك/ل.
  if (c0 === WAW || c0 === FEH) {
    cuts |= peeledCuts(w, 1, 0);
    const c1 = h[1]!;
    if (c1 === BEH || c1 === KAF || c1 === LAM) cuts |= peeledCuts(w, 2, c1);
  } else if (c0 === BEH || c0 === KAF || c0 === LAM) cuts |= peeledCuts(w, 1, c0);
  return cuts;
}

/** arabicForms' readings after a prefix of p letters ending in preposition `prep` (0: a conjunction only). */
function peeledCuts(w: ArabicWord, p: number, prep: number): number {
  const rest = w.length - p;
  const h = w.head;
  const r0 = p < w.length ? h[p]! : 0;
  const r1 = p + 1 < w.length && p + 1 < MAX_PEELED ? h[p + 1]! : 0;
  let cuts = 0;
  // ل before the article contracts: ل + الرقه is written للرقه.
  if (prep === LAM && r0 === LAM && rest >= 3) cuts |= 1 << (p + 1);
  const article = rest >= 4 && r0 === ALEF && r1 === LAM;
  // ك is only taken off before the article.
  if (prep === KAF && !article) return cuts;
  if (rest - (article ? 2 : 0) >= 2) cuts |= 1 << (p + (article ? 2 : 0));
  return cuts;
}

/** The hash of a digit unit's key: digits fold as normalizeArabic folds Arabic-Indic ones. */
export function hashDigits(text: string, start: number, end: number): number {
  const fold = FOLD;
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = fold[text.charCodeAt(i)]!;
    if (c >= 0) h = (Math.imul(h, BASE) + c) | 0;
  }
  return h;
}

/**
 * A set of 32-bit hashes, each with a small nonzero value, laid out flat for open addressing with linear probing,
 * behind a bitmap filter. Most words of a text are in no table, and the filter (eight bits per entry, small enough
 * to stay in the processor's cache) answers those without touching the slots, which are larger than the cache.
 */
export interface HashTable {
  /** Bit set indexed by the top `filterShift`-complement bits of hash · FILTER_SPREAD. */
  filter: Int32Array;
  filterShift: number;
  /** Slot k holds a hash at 2k and its value at 2k + 1 (side by side: one cache line per probe); value 0: empty. */
  slots: Int32Array;
  mask: number;
  /** 32 - log2(number of slots): a hash's first slot is the top bits of hash · SPREAD. */
  shift: number;
}

/** Fibonacci hashing multiplier (2^32 / golden ratio): spreads hashes over the slots. */
const SPREAD = 0x9e3779b1 | 0;
/** Another odd multiplier, so the filter's bit and the slot come from different mixes of the hash. */
const FILTER_SPREAD = 0x85ebca6b | 0;

export function hashTable(entries: Map<number, number>): HashTable {
  let bits = 4;
  // At most half full, so a probe for an absent hash meets an empty slot within a few steps.
  while (1 << bits < 2 * entries.size) bits++;
  let filterBits = 10;
  // About eight filter bits per entry: one absent hash in eight gets through to the slots.
  while (1 << filterBits < 8 * entries.size) filterBits++;
  const size = 1 << bits;
  const t: HashTable = {
    filter: new Int32Array((1 << filterBits) >>> 5),
    filterShift: 32 - filterBits,
    slots: new Int32Array(2 * size),
    mask: size - 1,
    shift: 32 - bits,
  };
  for (const [h, v] of entries) {
    const f = Math.imul(h, FILTER_SPREAD) >>> t.filterShift;
    t.filter[f >>> 5]! |= 1 << (f & 31);
    let slot = Math.imul(h, SPREAD) >>> t.shift;
    while (t.slots[2 * slot + 1] !== 0) slot = (slot + 1) & t.mask;
    t.slots[2 * slot] = h;
    t.slots[2 * slot + 1] = Math.max(1, Math.min(255, v));
  }
  return t;
}

/** The value stored with hash h, or 0. */
export function tableGet(t: HashTable, h: number): number {
  const f = Math.imul(h, FILTER_SPREAD) >>> t.filterShift;
  if ((t.filter[f >>> 5]! & (1 << (f & 31))) === 0) return 0;
  const { slots, mask } = t;
  let slot = Math.imul(h, SPREAD) >>> t.shift;
  for (;;) {
    const v = slots[2 * slot + 1]!;
    if (v === 0 || slots[2 * slot] === h) return v;
    slot = (slot + 1) & mask;
  }
}
