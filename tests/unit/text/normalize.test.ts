import { describe, expect, it } from 'vitest';
import { hasArabic, normalizeArabic, normalizeLatin, normalizeToken } from '../../../src/text/normalize.ts';

describe('normalizeArabic', () => {
  it('drops tashkeel and tatweel', () => {
    expect(normalizeArabic('دِمَشْقُ')).toBe('دمشق');
    expect(normalizeArabic('دير الـزور')).toBe('دير الزور');
    expect(normalizeArabic('نُطلق')).toBe('نطلق');
  });
  it('unifies alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي', () => {
    expect(normalizeArabic('إدلب')).toBe('ادلب');
    expect(normalizeArabic('أبيض')).toBe('ابيض');
    expect(normalizeArabic('آمن')).toBe('امن');
    expect(normalizeArabic('عيسى')).toBe('عيسي');
    expect(normalizeArabic('الرقة')).toBe(normalizeArabic('الرقه'));
    expect(normalizeArabic('مؤتة')).toBe('موته');
    expect(normalizeArabic('رئيس')).toBe('رييس');
  });
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeArabic('٢٠١٦')).toBe('2016');
    expect(normalizeArabic('۱۷')).toBe('17');
  });
  it('reads presentation forms and the lam-alef ligature as plain letters', () => {
    expect(normalizeArabic('ﻻ')).toBe('لا');
    // wherever the ligature stands: before, after or between letters that change anyway
    expect(normalizeArabic('إﻻ')).toBe('الا');
    expect(normalizeArabic('بـﻻد')).toBe('بلاد');
    expect(normalizeArabic('ﻻأحد')).toBe('لااحد');
  });
  it('maps Kurdish/Persian letter shapes to Arabic ones', () => {
    expect(normalizeArabic('کوبانی')).toBe('كوباني');
  });
});

describe('normalizeLatin', () => {
  it('lowercases and strips diacritics and ayn/hamza marks', () => {
    expect(normalizeLatin('Girê Spî')).toBe('gire spi');
    expect(normalizeLatin("Ma'arrat")).toBe('maarrat');
    expect(normalizeLatin('Maʿarrat al-Nuʿman')).toBe('maarrat al-numan');
    expect(normalizeLatin('Ḥamāh')).toBe('hamah');
    expect(normalizeLatin('Şanlıurfa')).toBe('sanliurfa');
  });
});

describe('normalizeToken', () => {
  it('picks the rules by script', () => {
    expect(normalizeToken('الرَّقَّة')).toBe('الرقه');
    expect(normalizeToken('Raqqa')).toBe('raqqa');
    expect(normalizeToken('١٤')).toBe('14');
  });
  it('knows Arabic script when it sees it', () => {
    expect(hasArabic('abc')).toBe(false);
    expect(hasArabic('abc حلب')).toBe(true);
  });
});

describe('normalizeToken is idempotent', () => {
  it('also when Arabic marks join a Latin word', () => {
    for (const s of ['ـA', 'Aـ', 'ـ٣B', 'حلب', 'Raqqa']) expect(normalizeToken(normalizeToken(s))).toBe(normalizeToken(s));
  });
});
