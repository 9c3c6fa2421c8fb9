// A phonetic-ish key for transliterated names: Deir ez-Zor, Dayr az Zawr and Deir Ezzor all give «dair zur».
// Transliterations of one Arabic name differ in vowels, doubled letters, q/k, dh/z and the article's assimilation;
// the key erases exactly those differences and nothing else, so unrelated names stay apart.
// Input is normalizeLatin output (lowercase, no diacritics, no ʿʾ').
import { BoundedMemo } from '../text/memo.ts';

/** The Arabic article in its transliterated forms (sun-letter assimilation gives ar-, as-, ash-, ad-, az-, …). */
const ARTICLES = new Set([
  'al', 'el', 'il', 'ul', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'ad', 'ed', 'az', 'ez', 'at', 'et', 'ath', 'eth',
  'an', 'en', 'adh', 'ed', 'aal',
]);

export function isLatinArticle(word: string): boolean {
  return ARTICLES.has(word);
}

/** Letters the article assimilates to (sun letters) as transliterators write them. */
const SUN = 'tdrzslnc';

/** Ordered rewrites: digraphs first, then vowels, so «ou», «aw» and «o» all land on «u». */
const REWRITES: [RegExp, string][] = [
  [/dj/g, 'j'],
  [/dh/g, 'z'],
  [/th/g, 't'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/sh|sch|ch/g, 's'],
  [/ph/g, 'f'],
  [/ck|q|c/g, 'k'],
  [/(?:iyy?[ae]h?|ieh|iah|ija)$/g, 'ia'],
  [/(?:ei|ey|ay|ai)/g, 'ai'],
  [/(?:ou|oo|ow|aw|o)/g, 'u'],
  [/e/g, 'a'],
  [/y/g, 'i'],
  [/w/g, 'u'],
  [/([aiu])h$/g, '$1'],
  [/(.)\1+/g, '$1'],
];

/**
 * Phonetic key of one Latin word: «Raqqah» → «raka», «Menbij» → «manbij», «Ezzor» → «zur» (article assimilated
 * into the word is dropped when a doubled sun letter follows it). Digits pass through («t4» stays «t4»).
 */
export function latinKey(word: string): string {
  return memo.get(word);
}

// Running English repeats a few thousand words; a bounded memo spares the rewrites on each of them.
const memo = new BoundedMemo(50_000, computeLatinKey);

function computeLatinKey(word: string): string {
  let w = word;
  const assimilated = /^[ae]([a-z])\1/.exec(w);
  if (assimilated && SUN.includes(assimilated[1]!) && w.length > 4) w = w.slice(1);
  for (const [re, to] of REWRITES) w = w.replace(re, to);
  return w;
}
