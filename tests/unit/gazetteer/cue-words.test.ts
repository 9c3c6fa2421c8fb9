import { describe, expect, it } from 'vitest';
import { stripArticle } from '../../../src/gazetteer/arabic-key.ts';
import { cueKinds, isCountrysideCue } from '../../../src/gazetteer/cue-words.ts';
import { latinKey } from '../../../src/gazetteer/latin-key.ts';
import { normalizeArabic } from '../../../src/text/normalize.ts';

const ar = (w: string) => cueKinds(stripArticle(normalizeArabic(w)).core, 'ar');
const en = (w: string) => cueKinds(latinKey(w), 'latin');

describe('cue words', () => {
  it('name the kind of place they introduce, first the most likely', () => {
    expect(ar('مدينة')?.[0]).toBe('city');
    expect(ar('بلدة')?.[0]).toBe('town');
    expect(ar('قرية')?.[0]).toBe('village');
    expect(ar('حي')?.[0]).toBe('neighbourhood');
    expect(ar('مطار')?.[0]).toBe('airbase');
    expect(ar('قاعدة')?.[0]).toBe('airbase');
    expect(ar('محافظة')?.[0]).toBe('governorate');
    expect(ar('نهر')?.[0]).toBe('river');
    expect(ar('سد')?.[0]).toBe('dam');
    expect(ar('معبر')?.[0]).toBe('border_crossing');
    expect(ar('جبل')?.[0]).toBe('mountain');
    expect(en('province')?.[0]).toBe('governorate');
    expect(en('airbase')?.[0]).toBe('airbase');
    expect(en('village')?.[0]).toBe('village');
  });
  it('know dual and plural forms', () => {
    expect(ar('مدينتي')).toEqual(ar('مدينة'));
    expect(ar('محافظات')).toEqual(ar('محافظة'));
  });
  it('are not every word', () => {
    expect(ar('الرقة')).toBeNull();
    expect(en('raqqa')).toBeNull();
  });
  it('ريف and countryside turn a place into the land around it', () => {
    expect(isCountrysideCue('ريف')).toBe(true);
    expect(isCountrysideCue(latinKey('countryside'))).toBe(true);
    expect(isCountrysideCue('مدينه')).toBe(false);
  });
});
