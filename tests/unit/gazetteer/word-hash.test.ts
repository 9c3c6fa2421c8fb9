// The pre-pass hashes words from the raw text; these hashes must equal those of the strings the matcher builds
// (normalizeArabic, the article and proclitics taken off, looseArabic), or a name would be missed.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicForms, looseArabic } from '../../../src/gazetteer/arabic-key.ts';
import { unitForms, keyUnits } from '../../../src/gazetteer/key-units.ts';
import {
  arabicWord,
  coarseHash,
  foldsTo,
  hashArabicWord,
  hashDigits,
  hashKey,
  hashTable,
  keyCut,
  looseSuffixHash,
  readArabicWord,
  readingCuts,
  suffixHash,
  tableGet,
} from '../../../src/gazetteer/word-hash.ts';
import { tokenize } from '../../../src/text/tokens.ts';

const CORPUS = new URL('../../../corpus/', import.meta.url).pathname;
const corpusText = readdirSync(CORPUS)
  .map((f) => readFileSync(CORPUS + f, 'utf8'))
  .join('\n');
// Corpus words plus hard cases: tashkeel and tatweel, presentation forms, proclitic stacks, short words.
const extra = 'وَبِالرَّقَّةِ للرقة ولل كالرقة فبال ﺍﻟﺮﻗﺔ ﻻ دير الـزور لل ول وال ال و ب ك ل الي الى لأي حبيت هبيط معدان دارت';
const tokens = tokenize(`${corpusText} ${extra}`).filter((t) => t.script === 'ar');

describe('hashArabicWord', () => {
  it('finds Arabic words to test on', () => expect(tokens.length).toBeGreaterThan(2000));

  it('hashes every reading as hashKey hashes the reading arabicForms/unitForms gives', () => {
    const w = arabicWord();
    for (const t of tokens) {
      hashArabicWord(t.text, 0, t.text.length, w);
      expect(w.length, t.text).toBe(t.norm.length);
      expect(w.hash, t.text).toBe(hashKey(t.norm));
      const [unit] = keyUnits([t]);
      expect(suffixHash(w, keyCut(w)), t.text).toBe(hashKey(unit!.key));
      expect(looseSuffixHash(w, keyCut(w)), t.text).toBe(hashKey(looseArabic(unit!.key)));
      // The readings (cut = letters taken off the front) are exactly unitForms' ones.
      const cuts = [...new Set(unitForms(unit!).map((f) => t.norm.length - f.core.length))].sort();
      const mask = readingCuts(w);
      expect([0, 1, 2, 3, 4].filter((c) => mask & (1 << c)), t.text).toEqual(cuts);
      for (const cut of cuts) {
        expect(suffixHash(w, cut)).toBe(hashKey(t.norm.slice(cut)));
        expect(looseSuffixHash(w, cut)).toBe(hashKey(looseArabic(t.norm.slice(cut))));
      }
    }
  });

  it('agrees with arabicForms on proclitic stacks', () => {
    const w = arabicWord();
    for (const word of ['وبالرقه', 'فللرقه', 'كالرقه', 'كبيره', 'ولتل', 'وتل', 'لل', 'بال', 'والي']) {
      hashArabicWord(word, 0, word.length, w);
      const mask = readingCuts(w);
      const cuts = [...new Set(arabicForms(word).map((f) => word.length - f.core.length))].sort();
      expect([0, 1, 2, 3, 4].filter((c) => mask & (1 << c)), word).toEqual(cuts);
    }
  });

  it('reads a word inside a longer text by its offsets', () => {
    const w = arabicWord();
    const text = 'قصف على الرَّقَّة أمس';
    hashArabicWord(text, 8, 17, w);
    expect(suffixHash(w, keyCut(w))).toBe(hashKey('رقه'));
  });

  it('finds the end of a word as the tokenizer does, inside running text', () => {
    const w = arabicWord();
    const text = `${corpusText} ${extra}`;
    for (const t of tokens) {
      expect(readArabicWord(text, t.start, text.length, w), t.text).toBe(t.end);
      expect(w.hash, t.text).toBe(hashKey(t.norm));
    }
  });

  it('tells whether a word in the text folds to a given normalized spelling', () => {
    const text = `${corpusText} ${extra}`;
    for (const [k, t] of tokens.entries()) {
      expect(foldsTo(text, t.start, t.end, t.norm), t.text).toBe(!/[\uFB50-\uFDFF\uFE70-\uFEFC]/.test(t.text));
      const other = tokens[(k + 1) % tokens.length]!.norm;
      if (other !== t.norm) expect(foldsTo(text, t.start, t.end, other), `${t.text} ${other}`).toBe(false);
    }
    // A prefix or an extension of the word is not it.
    expect(foldsTo('الرَّقَّة', 0, 9, 'الرق')).toBe(false);
    expect(foldsTo('الرَّقَّة', 0, 9, 'الرقهه')).toBe(false);
  });

  it('hashes each word coarsely as it reads it, and a loose key coarsely as the word it comes from', () => {
    const w = arabicWord();
    for (const t of tokens) {
      hashArabicWord(t.text, 0, t.text.length, w);
      expect(w.coarse, t.text).toBe(coarseHash(t.norm));
      const [unit] = keyUnits([t]);
      // The pre-pass tests a word against coarse hashes of loose keys, bare and with the article.
      expect([coarseHash(looseArabic(unit!.key)), coarseHash(`ال${looseArabic(unit!.key)}`)], t.text).toContain(w.coarse);
    }
    // Coarse enough to meet across the spellings looseArabic merges, and no coarser than letters.
    expect(coarseHash('دارت')).toBe(coarseHash('داره'));
    expect(coarseHash('حبيت')).toBe(coarseHash('هبيط'));
    expect(coarseHash('معدان')).toBe(coarseHash('معدن'));
    expect(coarseHash('حلب')).not.toBe(coarseHash('حمص'));
  });

  it('hashes digits as normalizeArabic writes them', () => {
    expect(hashDigits('رقم ٤٢', 4, 6)).toBe(hashKey('42'));
    expect(hashDigits('T 42', 2, 4)).toBe(hashKey('42'));
  });
});

describe('hashTable', () => {
  it('finds every stored hash with its value and (almost) nothing else', () => {
    const stored = new Map<number, number>();
    for (let k = 0; k < 5000; k++) stored.set(hashKey(`name ${k}`), 1 + (k % 8));
    const t = hashTable(stored);
    for (const [h, v] of stored) expect(tableGet(t, h)).toBe(v);
    let found = 0;
    for (let k = 0; k < 5000; k++) if (tableGet(t, hashKey(`other ${k}`)) > 0) found++;
    expect(found).toBeLessThan(5);
  });
});
