// Matching keys for Arabic words: the article ال and the one-letter proclitics و ف ب ك ل are not part of a name.
// Input is always normalizeArabic output (ة→ه, أ→ا, …).
import { BoundedMemo } from '../text/memo.ts';

export interface ArabicForm {
  /** The word without article (and, for peeled forms, without proclitics). */
  core: string;
  /** Whether the word carried the article ال (or the لل contraction). */
  article: boolean;
  /** How many normalized characters were peeled off the front as proclitics (0 for the word as written). */
  peeled: number;
}

/** The article is dropped when at least two letters remain: «الرقه» → «رقه», but «الي» (إلى) stays. */
export function stripArticle(word: string): { core: string; article: boolean } {
  if (word.length >= 4 && word.startsWith('ال')) return { core: word.slice(2), article: true };
  return { core: word, article: false };
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];

/**
 * Every reading of a word as [conjunction][preposition][article]core, least peeled first:
 * «وبالرقه» → وبالرقه, then رقه (peeled 3). «للرقه» → ل + ال + رقه. The caller keeps a peeled reading only when
 * its core names a place, so «بنش» is not read as ب + «نش» unless «نش» is in the gazetteer and «بنش» is not.
 */
export function arabicForms(word: string): ArabicForm[] {
  const forms: ArabicForm[] = [];
  for (const conj of CONJUNCTIONS) {
    if (conj && !word.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (prep && !word.startsWith(prep, conj.length)) continue;
      const rest = word.slice(prefix.length);
      // Fields written out, not spread: a spread followed by a new key takes V8's slow path (µs, not ns).
      if (prefix === '') {
        const read = stripArticle(rest);
        forms.push({ core: read.core, article: read.article, peeled: 0 });
        continue;
      }
      // ل before the article contracts: ل + الرقه is written للرقه.
      if (prep === 'ل' && rest.startsWith('ل') && rest.length >= 3) {
        forms.push({ core: rest.slice(1), article: true, peeled: prefix.length });
      }
      const read = stripArticle(rest);
      // ك («as») is only taken off before the article («كالرقة»): «كبيرة» is not ك + «بيرة».
      if (prep === 'ك' && !read.article) continue;
      // Two-letter cores stay («وتل أبيض» is و + «تل أبيض»); the scanner reads them only as the first word of a
      // longer name, since alone they are too easily a fragment of another word («لأي» is not ل + «اي»).
      if (read.core.length >= 2) forms.push({ core: read.core, article: read.article, peeled: prefix.length });
    }
  }
  return forms;
}

/**
 * Whether some peeled reading of a word (as arabicForms lists them) is a key of `index` — the same readings,
 * without building them, so the scanner can pass over the many words with a proclitic that start no name.
 */
export function somePeeledIn(word: string, index: ReadonlyMap<string, unknown>): boolean {
  for (const conj of CONJUNCTIONS) {
    if (conj && !word.startsWith(conj)) continue;
    for (const prep of PREPOSITIONS) {
      const prefix = conj.length + prep.length;
      if (prefix === 0 || (prep && !word.startsWith(prep, conj.length))) continue;
      const rest = word.slice(prefix);
      if (prep === 'ل' && rest.length >= 3 && rest.startsWith('ل') && index.has(rest.slice(1))) return true;
      const hasArticle = rest.length >= 4 && rest.startsWith('ال');
      if (prep === 'ك' && !hasArticle) continue;
      const core = hasArticle ? rest.slice(2) : rest;
      if (core.length >= 2 && index.has(core)) return true;
    }
  }
  return false;
}

/** Characters normalizeArabic drops (tashkeel, tatweel, joiners): they take up room in the raw text only. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]/;

/**
 * Length in raw characters of the first `normChars` normalized characters of a word, so a span can start after a
 * peeled proclitic even when the raw word carries tashkeel («وَبِالرقة»).
 */
export function rawPrefixLength(raw: string, normChars: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < normChars) {
    if (!DROPPED.test(raw[i]!)) seen++;
    i++;
  }
  while (i < raw.length && DROPPED.test(raw[i]!)) i++;
  return i;
}

/** Letters news writers confuse in names: emphatic and plain pairs, ح/ه, ق/ك, final ت/ة. */
export const LOOSE_LETTERS: Readonly<Record<string, string>> = { 'ح': 'ه', 'ط': 'ت', 'ث': 'ت', 'ذ': 'ز', 'ظ': 'ز', 'ض': 'د', 'ص': 'س', 'ق': 'ك' };

/**
 * A looser key for misspelt names: «حبيت» and «هبيط», «دارت العزة» and «دارة عزة», «معدن» and «معدان» meet.
 * Used only to add candidates (with a lower score) or for names of several words, never on its own for one word.
 */
export function looseArabic(core: string): string {
  return looseMemo.get(core);
}

// The scanner asks for the same few thousand words again and again; a bounded memo spares the rebuilding.
const looseMemo = new BoundedMemo(100_000, computeLooseArabic);

function computeLooseArabic(core: string): string {
  let out = '';
  for (let i = 0; i < core.length; i++) {
    const c = core[i]!;
    if (c === 'ا' && i > 0 && i < core.length - 1) continue; // a long-vowel alef inside is often left out («معدن»)
    out += LOOSE_LETTERS[c] ?? c;
  }
  // Final ت and ة (ه once normalized) are swapped by writers («دارت العزة» for «دارة عزة»).
  return out.endsWith('ت') ? `${out.slice(0, -1)}ه` : out;
}
