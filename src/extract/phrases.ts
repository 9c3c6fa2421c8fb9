// Finding lexicon phrases (trigger words, actor names, cue words) in a run of tokens.
//
// Arabic glues conjunctions, prepositions and the article onto words («والغارات», «بالقصف», «للجيش»), so
// each word is compared both as written (normalized) and with those proclitics peeled off. A lexicon word
// ending in `*` matches any word it begins (so «انسحاب*» covers «انسحابها», «انسحابه»).
import { tokenize, type Token } from '../text/tokens.ts';

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
  return { byFirst, prefixed, id: lexiconCount++ };
}

let lexiconCount = 0;

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
  starts: (LexiconPhrase<unknown>[] | undefined)[];
}

/** Distinct words remembered before the memo starts over (bounds memory on huge corpora). */
const READINGS_LIMIT = 50_000;
const readingsByNorm = new Map<string, Reading>();
/** The readings of a sentence's tokens, found once for the several lexicons searched in it. */
const readingsByTokens = new WeakMap<readonly Token[], (Reading | null)[]>();

function readingOf(norm: string): Reading {
  let reading = readingsByNorm.get(norm);
  if (reading === undefined) {
    const stem = stemOf(norm);
    const forms = [norm];
    if (stem !== norm) forms.push(stem);
    if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) {
      const bare = norm.slice(1);
      if (bare !== stem) forms.push(bare);
    }
    // Filled with undefined for the lexicons known so far, so asking for one is an in-bounds read.
    reading = { forms, starts: new Array<undefined>(lexiconCount).fill(undefined) };
    if (readingsByNorm.size >= READINGS_LIMIT) readingsByNorm.clear();
    readingsByNorm.set(norm, reading);
  }
  return reading;
}

/** Per token its reading; null for punctuation, which no phrase word matches. */
function readingsOf(tokens: readonly Token[]): (Reading | null)[] {
  let readings = readingsByTokens.get(tokens);
  if (readings === undefined) {
    readings = tokens.map((t) => (t.script === 'punct' ? null : readingOf(t.norm)));
    readingsByTokens.set(tokens, readings);
  }
  return readings;
}

function formsMatch(forms: readonly string[], word: PhraseWord): boolean {
  for (const f of forms) {
    if (word.prefix ? f.startsWith(word.norm) || f.startsWith(word.stem) : f === word.norm || f === word.stem) return true;
  }
  return false;
}

/** The phrases a word may begin: by any of its forms (longest first per form), then the `word*` phrases. */
function phrasesStartingWith<T>(lexicon: Lexicon<T>, reading: Reading): LexiconPhrase<T>[] {
  let list = reading.starts[lexicon.id] as LexiconPhrase<T>[] | undefined;
  if (list === undefined) {
    list = [];
    for (const f of reading.forms) for (const item of lexicon.byFirst.get(f) ?? []) if (!list.includes(item)) list.push(item);
    for (const item of lexicon.prefixed) if (item.words[0] && formsMatch(reading.forms, item.words[0])) list.push(item);
    reading.starts[lexicon.id] = list;
  }
  return list;
}

const NONE: readonly never[] = [];

/** Do the phrase's words after the first match the words after word i? */
function restMatches(readings: (Reading | null)[], i: number, words: PhraseWord[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const r = readings[i + k];
    const w = words[k];
    if (!r || !w || !formsMatch(r.forms, w)) return false;
  }
  return true;
}

/** Every lexicon phrase in the tokens, longest match first, never overlapping, left to right. */
export function findPhrases<T>(tokens: Token[], lexicon: Lexicon<T>): PhraseHit<T>[] {
  const readings = readingsOf(tokens);
  const hits: PhraseHit<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    const r = readings[i];
    if (!t) break;
    let best: LexiconPhrase<T> | null = null;
    // Most words begin no phrase of the lexicon: the remembered empty list says so without a call.
    const starts = r ? ((r.starts[lexicon.id] as LexiconPhrase<T>[] | undefined) ?? phrasesStartingWith(lexicon, r)) : NONE;
    if (starts.length > 0) {
      // Longest first, and of equal length the first listed: a later phrase wins only by being longer.
      for (const c of starts) {
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
