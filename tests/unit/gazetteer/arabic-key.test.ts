import { describe, expect, it } from 'vitest';
import { arabicForms, looseArabic, rawPrefixLength, somePeeledIn, stripArticle } from '../../../src/gazetteer/arabic-key.ts';
import { normalizeArabic } from '../../../src/text/normalize.ts';

const cores = (w: string) => arabicForms(normalizeArabic(w)).map((f) => `${f.peeled}:${f.core}`);

describe('stripArticle', () => {
  it('drops ال when two letters remain', () => {
    expect(stripArticle('الرقه')).toEqual({ core: 'رقه', article: true });
    expect(stripArticle('الي')).toEqual({ core: 'الي', article: false });
    expect(stripArticle('حلب')).toEqual({ core: 'حلب', article: false });
  });
});

describe('arabicForms (proclitics و ف ب ك ل, ال, بال, وال, لل)', () => {
  it('lists the word as written first', () => {
    expect(cores('حلب')[0]).toBe('0:حلب');
  });
  it('peels conjunction, preposition and article', () => {
    expect(cores('وبالرقة')).toContain('2:رقه'); // و + ب peeled, the article dropped from the core
    expect(cores('والرقة')).toContain('1:رقه');
    expect(cores('بحلب')).toContain('1:حلب');
    expect(cores('فحلب')).toContain('1:حلب');
  });
  it('reads لل as ل + the article', () => {
    expect(cores('للرقة')).toContain('1:رقه');
  });
  it('takes ك off only before the article', () => {
    expect(cores('كالرقة')).toContain('1:رقه');
    expect(cores('كبيرة')).toEqual(['0:كبيره']);
  });
  it('keeps two-letter cores, which the scanner takes only as the first word of a longer name («وتل أبيض»)', () => {
    expect(cores('وتل')).toContain('1:تل');
    expect(cores('لأي')).toEqual(['0:لاي', '1:اي']);
  });
});

describe('rawPrefixLength', () => {
  it('steps over tashkeel when cutting a proclitic off the raw word', () => {
    expect(rawPrefixLength('وَبِالرقة', 2)).toBe(4);
    expect(rawPrefixLength('بحلب', 1)).toBe(1);
  });
});

describe('looseArabic', () => {
  it('lets common misspellings of a name meet', () => {
    expect(looseArabic('حبيت')).toBe(looseArabic('هبيط'));
    expect(looseArabic(normalizeArabic('دارت'))).toBe(looseArabic(normalizeArabic('دارة')));
    expect(looseArabic('معدن')).toBe(looseArabic('معدان'));
  });
  it('keeps different names apart', () => {
    expect(looseArabic('حلب')).not.toBe(looseArabic('حمص'));
    expect(looseArabic('باريس')).not.toBe(looseArabic(normalizeArabic('باريسا')));
  });
});

describe('somePeeledIn', () => {
  it('agrees with arabicForms on which peeled cores an index holds', () => {
    const index = new Map([['رقه', 1], ['حلب', 1], ['تل', 1]]);
    for (const w of ['وبالرقة', 'للرقة', 'كالرقة', 'بحلب', 'وتل', 'كبيرة', 'والجيش', 'حلب']) {
      const viaForms = arabicForms(normalizeArabic(w)).some((f) => f.peeled > 0 && index.has(f.core));
      expect(somePeeledIn(normalizeArabic(w), index), w).toBe(viaForms);
    }
  });
});
