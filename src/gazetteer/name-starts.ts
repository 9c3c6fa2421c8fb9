// What can start a name in running text, as flat hash tables built once per gazetteer: the scanner's pre-pass
// looks each word up here and hands only the words found to the exact matcher (matchAt).
import { isCommonWord } from './common-words.ts';
import { arabicCueCores } from './cue-words.ts';
import { neverAlone } from './context-names.ts';
import type { Gazetteer, NameBucket } from './load.ts';
import { isNisba } from './nisba.ts';
import { coarseHash, hashKey, hashPair, hashTable, type HashTable } from './word-hash.ts';

/** firstWords bit: a one-word place bears this word as its name (and matchAt may take it alone). */
export const ONE_WORD = 1;
/** firstWords bit: some name of several words starts with this word. */
export const LONGER = 2;
/** firstWords bit: a one-word place of this name, but the word is an everyday one: matchAt takes it only after a
 * cue word («قاعدة العديد», not «العديد» = many). */
export const ONE_EVERYDAY_WORD = 4;
/** firstWords bit: a one-word not-place is this word; it is matched (to be skipped) wherever it stands. */
export const ONE_WORD_NOT_PLACE = 8;

/**
 * What the one-word names of a first word allow, as matchAt's `consider` decides from the word alone: a word that is
 * never a mention alone (neverAlone, a nisba) makes no one-word place at all.
 */
function oneWordBits(first: string, bucket: NameBucket): number {
  let bits = 0;
  if (bucket.one.some((s) => s.notPlace)) bits |= ONE_WORD_NOT_PLACE;
  if (bucket.one.some((s) => !s.notPlace) && !neverAlone(first) && !isNisba(first)) {
    bits |= isCommonWord(first) ? ONE_EVERYDAY_WORD : ONE_WORD;
  }
  return bits;
}

export interface NameStarts {
  /** First words (strict keys) of names, with ONE_WORD / LONGER bits. */
  firstWords: HashTable;
  /** (first word, second word) of longer names, strict keys; the value is the most words such a name has. */
  pairs: HashTable;
  /** Loose keys in gaz.looseSeconds: only before a word with such a loose key does matchAt try loose names of
   * several words. */
  looseSeconds: HashTable;
  /** coarseHash of the same keys, bare and with the article: the pre-pass's first, cheap test of the word as
   * written (a superset: a word that passes is checked by its loose key). */
  looseSecondsCoarse: HashTable;
  /** (first word, second word) of loose names of several words (looseArabic keys), with the most words. */
  loosePairs: HashTable;
  /** Arabic cue words («مدينة», «ريف»…): before an everyday word, they make it a possible one-word place. */
  cues: HashTable;
  /** The most words any indexed name has: how far ahead a Latin word (not hashed) may reach. */
  longest: number;
}

const memo = new WeakMap<Gazetteer, NameStarts>();

/**
 * The tables for a gazetteer. Not-places (forces, outlets) and descriptions («العاصمة الأردنية») are in the same
 * name index as places, so they are here too: a not-place must still be matched to swallow the name inside it.
 * Loose one-word names are left out: matchAt reads one only beside a strict one-word name of the same words.
 */
export function nameStarts(gaz: Gazetteer): NameStarts {
  let starts = memo.get(gaz);
  if (starts) return starts;
  const firstWords = new Map<number, number>();
  const pairs = new Map<number, number>();
  const loosePairs = new Map<number, number>();
  let longest = 1;
  for (const [loose, index] of [[false, gaz.names], [true, gaz.loose]] as const) {
    for (const [first, bucket] of index) {
      const h = hashKey(first);
      if (!loose) firstWords.set(h, (firstWords.get(h) ?? 0) | oneWordBits(first, bucket) | (bucket.next.size > 0 ? LONGER : 0));
      for (const [second, seqs] of bucket.next) {
        // The lists are sorted longest first.
        const words = seqs[0]!.keys.length;
        longest = Math.max(longest, words);
        const p = hashPair(h, hashKey(second));
        const into = loose ? loosePairs : pairs;
        into.set(p, Math.max(into.get(p) ?? 0, words));
      }
    }
  }
  starts = {
    firstWords: hashTable(firstWords),
    pairs: hashTable(pairs),
    looseSeconds: hashTable(new Map([...gaz.looseSeconds].map((k) => [hashKey(k), 1]))),
    looseSecondsCoarse: hashTable(new Map([...gaz.looseSeconds].flatMap((k) => [[coarseHash(k), 1], [coarseHash(`ال${k}`), 1]]))),
    loosePairs: hashTable(loosePairs),
    cues: hashTable(new Map(arabicCueCores().map((c) => [hashKey(c), 1]))),
    longest,
  };
  memo.set(gaz, starts);
  return starts;
}
