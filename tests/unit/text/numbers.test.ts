import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber } from '../../../src/text/numbers.ts';
import { asciiDigits } from '../../../src/text/normalize.ts';

describe('numbers', () => {
  it('reads ASCII and Arabic-Indic digits alike', () => {
    expect(parseNumber('٣٦')?.value).toBe(36);
    expect(parseNumber('۱۲')?.value).toBe(12);
    expect(asciiDigits('٢٠١٦')).toBe('2016');
  });

  it('reads thousands separators and a scale word after digits', () => {
    expect(parseNumber('1,200')?.value).toBe(1200);
    expect(parseNumber('28 ألف')?.value).toBe(28000);
    expect(parseNumber('5 آلاف')?.value).toBe(5000);
    expect(parseNumber('3 thousand')?.value).toBe(3000);
  });

  it('reads Arabic number words, with a proclitic and compounds', () => {
    expect(parseNumber('ثلاثة')?.value).toBe(3);
    expect(parseNumber('وثلاثة')?.value).toBe(3);
    expect(parseNumber('خمسة وعشرون')?.value).toBe(25);
    expect(parseNumber('ثلاثة عشر')?.value).toBe(13);
    expect(parseNumber('مئتين')?.value).toBe(200);
    expect(parseNumber('ثلاثمئة')?.value).toBe(300);
    expect(parseNumber('خمسمائة')?.value).toBe(500);
  });

  it('reads English number words', () => {
    expect(parseNumber('seven')?.value).toBe(7);
    expect(parseNumber('twenty five')?.value).toBe(25);
    expect(parseNumber('two hundred')?.value).toBe(200);
  });

  it('gives vague quantities as a range marked vague, not a made-up count', () => {
    const tens = parseNumber('عشرات');
    expect(tens).toMatchObject({ value: 20, min: 20, max: 99, vague: true });
    expect(parseNumber('مئات')).toMatchObject({ min: 200, vague: true });
    expect(parseNumber('dozens')).toMatchObject({ vague: true });
  });

  it('finds every number in a sentence with its offsets', () => {
    const text = 'قتل ٣ مدنيين وجرح عشرة آخرون';
    const found = findNumbers(text);
    expect(found.map((n) => n.value)).toEqual([3, 10]);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('عشرة');
  });

  it('returns null for a phrase that is not one number', () => {
    expect(parseNumber('المدينة')).toBeNull();
    expect(parseNumber('3 و 4')).toBeNull();
  });

  it('reads no number in words that are only names of built-in object properties', () => {
    // The tables are plain objects: "constructor" once read as a vague number with no value.
    expect(findNumbers('the constructor said toString and valueOf were killed')).toEqual([]);
    expect(findNumbers('وconstructor')).toEqual([]);
    // Nor as a scale after digits: "5 constructor" once read as 5000.
    expect(findNumbers('5 constructor').map((n) => n.value)).toEqual([5]);
  });
});
