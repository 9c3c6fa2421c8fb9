// Finding lexicon phrases (trigger words, actor names, cue words) in a run of tokens.
//
// Arabic glues conjunctions, prepositions and the article onto words («والغارات», «بالقصف», «للجيش»), so
// each word is compared both as written (normalized) and with those proclitics peeled off. A lexicon word
// ending in `*` matches any word it begins (so «انسحاب*» covers «انسحابها», «انسحابه»).
import { tokenize, type Token } from '../text/tokens.ts';
import { BoundedMemo } from '../text/memo.ts';

interface PhraseWord {
  norm: string;
  stem: string;
  prefix: boolean;
}

interface LexiconPhrase<T> {
  words: PhraseWord[];
  value: T;
  phrase: string;
}

export interface Lexicon<T> {
  /** Phrases by their first word's stem, longest first. */
  byFirst: Map<string, LexiconPhrase<T>[]>;
  /** Phrases whose first word is a prefix pattern (`word*`), checked against every token. */
  prefixed: LexiconPhrase<T>[];
  /** Which lexicon this is, for the per-word memo of the phrases a word begins (Reading.starts). */
  id: number;
}

export interface PhraseHit<T> {
  value: T;
  /** Index of the first token and one past the last, into the token list searched. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The lexicon phrase that matched, as listed. */
  phrase: string;
}

/** Peel و/ف, then ب/ل/ك, then the article ال (and لل = ل + ال) off an Arabic word, keeping ≥ 2 letters. */
export function stemOf(norm: string): string {
  let w = norm;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) w = w.slice(1);
  if (w.length > 3 && w.startsWith('لل')) w = w.slice(2);
  else if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w[1] === 'ا' && w[2] === 'ل') w = w.slice(3);
  else if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && !w.startsWith('ال')) {
    // «بقصف», «لهجوم»: a bare preposition. Only peeled when the rest still looks like a word.
    w = w.slice(1);
  }
  if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  return w;
}

function wordOf(raw: string): PhraseWord {
  const prefix = raw.endsWith('*');
  const tok = tokenize(prefix ? raw.slice(0, -1) : raw)[0];
  const norm = tok?.norm ?? raw;
  return { norm, stem: stemOf(norm), prefix };
}

export function compileLexicon<T>(entries: Iterable<readonly [string, T]>): Lexicon<T> {
  const byFirst: Lexicon<T>['byFirst'] = new Map();
  const prefixed: Lexicon<T>['prefixed'] = [];
  for (const [phrase, value] of entries) {
    const words = phrase
      .split(/\s+/)
      .filter((w) => w !== '')
      .map(wordOf);
    const first = words[0];
    if (!first) continue;
    const item = { words, value, phrase };
    if (first.prefix) prefixed.push(item);
    else {
      // Indexed by both forms: «واشنطن» begins with a letter that looks like the conjunction.
      for (const key of new Set([first.norm, first.stem])) {
        const list = byFirst.get(key) ?? [];
        list.push(item);
        byFirst.set(key, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  prefixed.sort((a, b) => b.words.length - a.words.length);
  const lexicon: Lexicon<T> = { byFirst, prefixed, id: lexicons.length };
  lexicons.push(lexicon as Lexicon<unknown>);
  // Readings worked out so far do not know the new lexicon: they are worked out again when next asked for.
  readingsByNorm.clear();
  lastSentence = null;
  return lexicon;
}

/** Every lexicon compiled, by id: a word's reading records at once which of them it may begin. */
const lexicons: Lexicon<unknown>[] = [];
/** Lexicons with an id below this have a bit in Reading.mask (one 32-bit integer); any further are searched without. */
const MASK_BITS = 31;

/**
 * What is known about one distinct word (normalized form), worked out once and shared by every lexicon:
 * the ways it may be read, and per lexicon the phrases it may begin. A report repeats few distinct words,
 * and every lexicon asks about the same words of a sentence; finding the candidate phrases of a word once,
 * instead of peeling proclitics and trying every `word*` phrase at every token, is most of the speed.
 */
interface Reading {
  /** As written, without all proclitics, without a conjunction only («وواشنطن»), each once. */
  forms: readonly string[];
  /** By lexicon id: the phrases whose first word this word matches, in the order findPhrases tries them. */
  starts: LexiconPhrase<unknown>[][];
  /** Bit `id` set when the word begins some phrase of lexicon `id`: most words begin none of most lexicons. */
  mask: number;
}

/** A sentence's tokens as readings (null for punctuation, which no phrase word matches) and their masks. */
interface SentenceReadings {
  readings: (Reading | null)[];
  masks: Int32Array;
}

/** Each distinct word's reading, by its normalized form, worked out on first sight. */
const readingsByNorm = new BoundedMemo(50_000, readingOf);
/**
 * The last sentence searched and its readings. Extraction runs every lexicon over one sentence's tokens before
 * the next, so remembering one is enough (a WeakMap entry per sentence cost more, in its own time and the
 * collector's).
 */
let lastSentence: { tokens: readonly Token[]; found: SentenceReadings } | null = null;

function readingOf(norm: string): Reading {
  const stem = stemOf(norm);
  const forms = [norm];
  if (stem !== norm) forms.push(stem);
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) {
    const bare = norm.slice(1);
    if (bare !== stem) forms.push(bare);
  }
  const starts = lexicons.map((lexicon) => phrasesStartingWith(lexicon, forms));
  let mask = 0;
  for (let id = 0; id < starts.length && id < MASK_BITS; id++) if ((starts[id]?.length ?? 0) > 0) mask |= 1 << id;
  return { forms, starts, mask };
}

/** Per token its reading and mask, found once for the several lexicons searched in a sentence. */
function readingsOf(tokens: readonly Token[]): SentenceReadings {
  if (lastSentence?.tokens === tokens) return lastSentence.found;
  const readings = tokens.map((t) => (t.script === 'punct' ? null : readingsByNorm.get(t.norm)));
  const masks = new Int32Array(tokens.length);
  for (let i = 0; i < readings.length; i++) masks[i] = readings[i]?.mask ?? 0;
  const found = { readings, masks };
  lastSentence = { tokens, found };
  return found;
}

function formsMatch(forms: readonly string[], word: PhraseWord): boolean {
  for (const f of forms) {
    if (word.prefix ? f.startsWith(word.norm) || f.startsWith(word.stem) : f === word.norm || f === word.stem) return true;
  }
  return false;
}

/** The phrases a word may begin: by any of its forms (longest first per form), then the `word*` phrases. */
function phrasesStartingWith<T>(lexicon: Lexicon<T>, forms: readonly string[]): LexiconPhrase<T>[] {
  const list: LexiconPhrase<T>[] = [];
  for (const f of forms) for (const item of lexicon.byFirst.get(f) ?? []) if (!list.includes(item)) list.push(item);
  for (const item of lexicon.prefixed) if (item.words[0] && formsMatch(forms, item.words[0])) list.push(item);
  return list;
}

const NONE: readonly LexiconPhrase<unknown>[] = [];

/** Do the phrase's words after the first match the words after word i? */
function restMatches(readings: readonly (Reading | null)[], i: number, words: PhraseWord[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const r = readings[i + k];
    const w = words[k];
    if (!r || !w || !formsMatch(r.forms, w)) return false;
  }
  return true;
}

/** Every lexicon phrase in the tokens, longest match first, never overlapping, left to right. */
export function findPhrases<T>(tokens: Token[], lexicon: Lexicon<T>): PhraseHit<T>[] {
  const { readings, masks } = readingsOf(tokens);
  const bit = lexicon.id < MASK_BITS ? 1 << lexicon.id : 0;
  const hits: PhraseHit<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Most words begin no phrase of the lexicon: one bit of the sentence's masks says so, read in a row.
    if (bit !== 0 && ((masks[i] ?? 0) & bit) === 0) {
      i++;
      continue;
    }
    const t = tokens[i];
    const r = readings[i];
    if (!t) break;
    let best: LexiconPhrase<T> | null = null;
    if (r) {
      // Longest first, and of equal length the first listed: a later phrase wins only by being longer.
      for (const c of (r.starts[lexicon.id] ?? NONE) as LexiconPhrase<T>[]) {
        if ((best === null || c.words.length > best.words.length) && restMatches(readings, i, c.words)) best = c;
      }
    }
    if (best) {
      const last = i + best.words.length;
      hits.push({ value: best.value, first: i, last, start: t.start, end: tokens[last - 1]?.end ?? t.end, phrase: best.phrase });
      i = last;
    } else {
      i++;
    }
  }
  return hits;
}
