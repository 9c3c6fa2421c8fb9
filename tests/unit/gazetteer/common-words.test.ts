import { describe, expect, it } from 'vitest';
import { stripArticle } from '../../../src/gazetteer/arabic-key.ts';
import { isCommonWord } from '../../../src/gazetteer/common-words.ts';
import { contextNeed, neverAlone } from '../../../src/gazetteer/context-names.ts';
import { normalizeArabic } from '../../../src/text/normalize.ts';

const core = (w: string) => stripArticle(normalizeArabic(w)).core;

describe('everyday words', () => {
  it('are known whatever their spelling', () => {
    for (const w of ['على', 'علي', 'بيان', 'ليل', 'إطار', 'اطار', 'حول', 'التقدم']) expect(isCommonWord(core(w)), w).toBe(true);
  });
  it('are not place names people write alone', () => {
    for (const w of ['الرقة', 'حلب', 'منبج', 'الجزيرة']) expect(isCommonWord(core(w)), w).toBe(false);
  });
});

describe('names that need context', () => {
  it('«العديد» needs a cue, «الجزيرة» a cue or a locative', () => {
    expect(contextNeed(core('العديد'))).toBe('cue');
    expect(contextNeed(core('الجزيرة'))).toBe('locative');
    expect(contextNeed(core('الرقة'))).toBeNull();
  });
  it('compass and cue words are never a mention alone', () => {
    for (const w of ['شمال', 'المدينة', 'الريف', 'العاصمة']) expect(neverAlone(core(w)), w).toBe(true);
    expect(neverAlone(core('حلب'))).toBe(false);
  });
});
