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

export interface Lexicon<T> {
  /** Phrases by their first word's stem, longest first. */
  byFirst: Map<string, { words: PhraseWord[]; value: T; phrase: string }[]>;
  /** Phrases whose first word is a prefix pattern (`word*`), checked against every token. */
  prefixed: { words: PhraseWord[]; value: T; phrase: string }[];
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
  return { byFirst, prefixed };
}

/** The ways a token may be read: as written, without a conjunction («وواشنطن»), without all proclitics. */
function formsOf(norm: string): string[] {
  const forms = [norm, stemOf(norm)];
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) forms.push(norm.slice(1));
  return forms;
}

function wordMatches(token: Token, word: PhraseWord): boolean {
  if (token.script === 'punct') return false;
  const forms = formsOf(token.norm);
  if (word.prefix) return forms.some((f) => f.startsWith(word.norm) || f.startsWith(word.stem));
  return forms.some((f) => f === word.norm || f === word.stem);
}

function matchAt<T>(tokens: Token[], i: number, item: { words: PhraseWord[] }): boolean {
  for (let k = 0; k < item.words.length; k++) {
    const t = tokens[i + k];
    const w = item.words[k];
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
    const candidates = [...new Set(formsOf(t.norm).flatMap((f) => lexicon.byFirst.get(f) ?? [])), ...lexicon.prefixed];
    let best: { words: PhraseWord[]; value: T; phrase: string } | null = null;
    for (const c of candidates) {
      if ((best === null || c.words.length > best.words.length) && matchAt(tokens, i, c)) best = c;
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
