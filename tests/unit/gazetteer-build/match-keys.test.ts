// The loose keys that decide whether GeoNames and OCHA name the same place.
import { describe, expect, it } from 'vitest';
import { arabicKey, latinKey, stripTashkeel } from '../../../gazetteer/build/match-keys.ts';

describe('arabicKey', () => {
  it('ignores the article, spaces, hamza forms, ta marbuta and alif maqsura', () => {
    expect(arabicKey('البو كمال')).toBe(arabicKey('البوكمال'));
    expect(arabicKey('أعزاز')).toBe(arabicKey('اعزاز'));
    expect(arabicKey('الهيشة')).toBe(arabicKey('هيشه'));
    expect(arabicKey('معدان جديد')).not.toBe(arabicKey('معدان'));
  });
  it('ignores vowel marks and tatweel', () => {
    expect(stripTashkeel('عَمّان')).toBe('عمان');
    expect(arabicKey('حـلـب')).toBe(arabicKey('حلب'));
  });
});

describe('latinKey', () => {
  it('unifies transliterations of one name', () => {
    expect(latinKey('Saraqib')).toBe(latinKey('Saraqeb'));
    expect(latinKey('Douma')).toBe(latinKey('Duma'));
    expect(latinKey('Ath Thawrah')).toBe(latinKey('Al-Thawrah'));
    expect(latinKey("Ma'arrat an Nu'man")).toBe(latinKey('Maarrat An Numan'));
    expect(latinKey('Dayr Ḩāfir')).toBe(latinKey('Dayr Hafir'));
  });
  it('keeps different places apart', () => {
    expect(latinKey('Homs')).not.toBe(latinKey('Hama'));
    expect(latinKey('Raqqa')).not.toBe(latinKey('Daraa'));
  });
});
