import { describe, expect, it } from 'vitest';
import { stripArticle } from '../../../src/gazetteer/arabic-key.ts';
import { isArticledNisbaOf, isNisba } from '../../../src/gazetteer/nisba.ts';
import { normalizeArabic } from '../../../src/text/normalize.ts';

const core = (w: string) => stripArticle(normalizeArabic(w)).core;

describe('nisba adjectives', () => {
  it('knows masculine, feminine and plural forms', () => {
    for (const w of ['السوري', 'الروسية', 'التركي', 'الأميركية', 'سوريين', 'الكردية', 'العراقيون']) expect(isNisba(core(w)), w).toBe(true);
  });
  it('leaves «سورية», a spelling of Syria itself, to the article rule', () => {
    expect(isNisba(core('سورية'))).toBe(false);
    expect(isArticledNisbaOf(core('السورية'), true, false)).toBe(true);
    expect(isArticledNisbaOf(core('سورية'), false, false)).toBe(false);
  });
  it('does not touch names that carry the article themselves', () => {
    expect(isArticledNisbaOf(core('الحسينية'), true, true)).toBe(false);
    expect(isNisba(core('الرقة'))).toBe(false);
  });
});
