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
  /**
   * The phrases whose first word matches a token, by the token's normalized form, in the order they are
   * tried (byFirst by form, then prefixed). Filled as tokens are met: a report repeats few distinct words,
   * and looking each up once instead of trying every prefixed phrase on every token is most of the speed.
   */
  startingWith: Map<string, LexiconPhrase<T>[]>;
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
  return { byFirst, prefixed, startingWith: new Map() };
}

/** Distinct norms remembered by the caches below before they start over (bounds memory on huge corpora). */
const CACHE_LIMIT = 50_000;
const formsCache = new Map<string, readonly string[]>();

/**
 * The ways a token may be read: as written, without all proclitics, without a conjunction only («وواشنطن»),
 * each once. Remembered by norm: every lexicon asks the same question about the same words of a sentence.
 */
function formsOf(norm: string): readonly string[] {
  let forms = formsCache.get(norm);
  if (forms === undefined) {
    const stem = stemOf(norm);
    const list = [norm];
    if (stem !== norm) list.push(stem);
    if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) {
      const bare = norm.slice(1);
      if (bare !== norm && bare !== stem) list.push(bare);
    }
    if (formsCache.size >= CACHE_LIMIT) formsCache.clear();
    formsCache.set(norm, list);
    forms = list;
  }
  return forms;
}

function formsMatch(forms: readonly string[], word: PhraseWord): boolean {
  for (const f of forms) {
    if (word.prefix ? f.startsWith(word.norm) || f.startsWith(word.stem) : f === word.norm || f === word.stem) return true;
  }
  return false;
}

function wordMatches(token: Token, word: PhraseWord): boolean {
  return token.script !== 'punct' && formsMatch(formsOf(token.norm), word);
}

/** The phrases whose first word matches a token of this norm, in the order findPhrases tries them. */
function phrasesStartingWith<T>(lexicon: Lexicon<T>, norm: string): LexiconPhrase<T>[] {
  let list = lexicon.startingWith.get(norm);
  if (list === undefined) {
    list = [];
    const forms = formsOf(norm);
    for (const f of forms) for (const item of lexicon.byFirst.get(f) ?? []) if (!list.includes(item)) list.push(item);
    for (const item of lexicon.prefixed) if (item.words[0] && formsMatch(forms, item.words[0])) list.push(item);
    if (lexicon.startingWith.size >= CACHE_LIMIT) lexicon.startingWith.clear();
    lexicon.startingWith.set(norm, list);
  }
  return list;
}

/** Do the phrase's words after the first match the tokens after token i? */
function restMatches(tokens: Token[], i: number, words: PhraseWord[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = tokens[i + k];
    const w = words[k];
    if (!t || !w || !wordMatches(t, w)) return false;
  }
  return true;
}

/** Every lexicon phrase in the tokens, longest match first, never overlapping, left to right. */
export function findPhrases<T>(tokens: Token[], lexicon: Lexicon<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (!t) break;
    let best: LexiconPhrase<T> | null = null;
    if (t.script !== 'punct') {
      // Longest first, and of equal length the first listed: a later phrase wins only by being longer.
      for (const c of phrasesStartingWith(lexicon, t.norm)) {
        if ((best === null || c.words.length > best.words.length) && restMatches(tokens, i, c.words)) best = c;
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
