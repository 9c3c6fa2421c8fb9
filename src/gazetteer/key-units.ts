// The word stream the matcher walks: one unit per word with its matching key, hyphens and articles made
// transparent, any other punctuation a hard break (a name never runs across «،» or a quote mark).
import type { Token } from '../text/tokens.ts';
import { arabicForms, stripArticle, type ArabicForm } from './arabic-key.ts';
import { isLatinArticle, latinKey } from './latin-key.ts';

export interface KeyUnit {
  /** Key of the word as written (Arabic: article dropped; Latin: phonetic key). */
  key: string;
  /** Latin only: consonant skeleton, a looser key used for larger places only. */
  skeleton: string | null;
  /** Arabic only: the readings with proclitics peeled (forms[0] is the word as written). */
  forms: ArabicForm[] | null;
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
export function keyUnits(tokens: Token[], withForms: boolean): KeyUnit[] {
  const units: KeyUnit[] = [];
  let brk = false;
  for (const t of tokens) {
    if (t.script === 'punct') {
      if (!TRANSPARENT.has(t.text)) brk = true;
      continue;
    }
    if (t.script === 'ar') {
      const forms = withForms ? arabicForms(t.norm) : null;
      const first = forms?.[0] ?? { ...stripArticle(t.norm), peeled: 0 };
      units.push({
        key: first.core,
        skeleton: null,
        forms,
        article: first.article,
        script: 'ar',
        start: t.start,
        end: t.end,
        breakBefore: brk,
        proper: true,
        adverb: /\u064B\u0627?$|\u0627\u064B$/.test(t.text),
      });
    } else if (t.script === 'digit') {
      units.push({ key: t.norm, skeleton: null, forms: null, article: false, script: 'digit', start: t.start, end: t.end, breakBefore: brk, proper: true, adverb: false });
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
          forms: null,
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

