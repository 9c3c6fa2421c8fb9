// The word stream the matcher walks: one unit per word with its matching key, hyphens and articles made
// transparent, any other punctuation a hard break (a name never runs across «،» or a quote mark).
import type { Token } from '../text/tokens.ts';
import { arabicForms, type ArabicForm } from './arabic-key.ts';
import { isLatinArticle, latinKey } from './latin-key.ts';
import type { WordContext } from './word-context.ts';

export interface KeyUnit {
  /** Key of the word as written (Arabic: article dropped; Latin: phonetic key). */
  key: string;
  /** Latin only: consonant skeleton, a looser key used for larger places only. */
  skeleton: string | null;
  /** Arabic only: the normalized word, from which unitForms reads proclitics (computed when first needed). */
  norm: string;
  /** Cache of unitForms. */
  forms: ArabicForm[] | null;
  /** Cache of the scanner's spelling hints (bit flags), -1 until first asked. */
  hints: number;
  /** Cache of contextOf (word-context.ts): the word as a cue, compass word or locative; null until first asked. */
  context: WordContext | null;
  /** Whether the word carried the article. */
  article: boolean;
  script: 'ar' | 'latin' | 'digit';
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** A punctuation mark (other than a hyphen) stands between this unit and the previous one. */
  breakBefore: boolean;
  /** Latin: the word starts with a capital letter (a proper noun), or contains a digit (T4). */
  proper: boolean;
  /** Arabic: ends in alef with tanween («دوماً», «فعلاً»): an adverb or accusative, never a name. */
  adverb: boolean;
}

const TRANSPARENT = new Set(['-', '‐', 'ـ']);

/** Consonant skeleton of a Latin key: vowels dropped after the first letter («idlab» → «idlb»). */
export function skeletonOf(key: string): string {
  return key.length <= 1 ? key : key[0] + key.slice(1).replace(/[aiu]/g, '');
}

/**
 * Units of a token stream. Latin words mixing letters and digits («t4») are split into two units so they match
 * «T-4» and «T 4» alike. Latin articles (al-, ar-, el-…) are dropped: names are keyed without them.
 */
export function keyUnits(tokens: Token[]): KeyUnit[] {
  const units: KeyUnit[] = [];
  let brk = false;
  for (const t of tokens) {
    if (t.script === 'punct') {
      if (!TRANSPARENT.has(t.text)) brk = true;
      continue;
    }
    if (t.script === 'ar') {
      units.push(arabicUnit(t, brk));
    } else if (t.script === 'digit') {
      units.push({ key: t.norm, skeleton: null, norm: t.norm, forms: null, hints: -1, context: null, article: false, script: 'digit', start: t.start, end: t.end, breakBefore: brk, proper: true, adverb: false });
    } else {
      if (isLatinArticle(t.norm)) continue; // keeps brk as is: «al-Bab» reads as «Bab»
      const proper = /^[A-Z\u00C0-\u00DE]/.test(t.text) || /\d/.test(t.text);
      const m = /^(\D+?)(\d+)$/.exec(t.norm);
      const parts = m ? [m[1]!, m[2]!] : [t.norm];
      let offset = t.start;
      for (const [i, part] of parts.entries()) {
        const key = /^\d+$/.test(part) ? part : latinKey(part);
        const len = i === 0 && m ? t.text.length - m[2]!.length : t.end - offset;
        units.push({
          key,
          skeleton: skeletonOf(key),
          norm: part,
          forms: null,
          hints: -1,
          context: null,
          article: false,
          script: 'latin',
          start: offset,
          end: offset + len,
          breakBefore: i === 0 ? brk : false,
          proper,
          adverb: false,
        });
        offset += len;
      }
    }
    brk = false;
  }
  return units;
}


/** The unit of an Arabic word token; `brk`: a punctuation mark stands before it. */
export function arabicUnit(t: Token, brk: boolean): KeyUnit {
  const norm = t.norm;
  const article = norm.length >= 4 && norm.charCodeAt(0) === 0x0627 && norm.charCodeAt(1) === 0x0644; // ال
  return {
    key: article ? norm.slice(2) : norm,
    skeleton: null,
    norm,
    forms: null,
    hints: -1,
    context: null,
    article,
    script: 'ar',
    start: t.start,
    end: t.end,
    breakBefore: brk,
    proper: true,
    adverb: endsInTanweenAlef(t.text),
  };
}

/** One-letter proclitics a word may start with (و ف ب ك ل). */
const PROCLITIC = /^[وفبكل]/;

/**
 * The readings of a unit: for an Arabic word starting with a proclitic letter, every way of peeling it
 * (arabicForms); otherwise just the word as written. Cached on the unit, computed only when the scanner asks.
 */
export function unitForms(u: KeyUnit): ArabicForm[] {
  if (!u.forms) {
    u.forms = u.script === 'ar' && PROCLITIC.test(u.norm) ? peeledForms(u.norm) : [{ core: u.key, article: u.article, peeled: 0 }];
  }
  return u.forms;
}

/**
 * arabicForms, memoized by spelling: a third of Arabic words start with و ف ب ك ل, and peeling one takes several
 * slices. The forms are shared between units, so nobody may change them.
 */
function peeledForms(norm: string): ArabicForm[] {
  let forms = formsMemo.get(norm);
  if (!forms) {
    forms = arabicForms(norm);
    if (formsMemo.size >= FORMS_MEMO_LIMIT) formsMemo.clear();
    formsMemo.set(norm, forms);
  }
  return forms;
}

const formsMemo = new Map<string, ArabicForm[]>();
const FORMS_MEMO_LIMIT = 100_000;

/** «دوماً», «فعلاً»: alef and fathatan (either order) end the word. */
function endsInTanweenAlef(w: string): boolean {
  return endsInTanweenAlefAt(w, 0, w.length);
}

/** endsInTanweenAlef for the word text[start, end). */
export function endsInTanweenAlefAt(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const a = text.charCodeAt(end - 2);
  const b = text.charCodeAt(end - 1);
  return (a === 0x0627 && b === 0x064b) || (a === 0x064b && b === 0x0627) || b === 0x064b;
}
