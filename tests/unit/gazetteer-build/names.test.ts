// Cleaning source name cells: OCHA tags, joined village names, stray line breaks, and telling
// Arabic from Persian/Kurdish spellings in GeoNames' untagged lists.
import { describe, expect, it } from 'vitest';
import {
  arabicKeyboard,
  isArabicName,
  isJoinedName,
  isMachineTransliteration,
  isQualifier,
  isUsableName,
  splitJoinedNames,
  stripArabicTag,
  tidy,
  uniqueNames,
} from '../../../gazetteer/build/names.ts';

describe('tidy', () => {
  it('keeps the first line of cells with stray line breaks', () => {
    expect(tidy('طويرش\nطويرش\nطةيسرش')).toBe('طويرش');
    expect(tidy('قدسيا\n')).toBe('قدسيا');
  });
  it('collapses inner whitespace', () => {
    expect(tidy('أم حرملة  الشمالية ')).toBe('أم حرملة الشمالية');
  });
});

describe('stripArabicTag', () => {
  it('drops the admin unit after " - "', () => {
    expect(stripArabicTag('سراقب - سراقب')).toBe('سراقب');
    expect(stripArabicTag('الكفير - مركز أريحا')).toBe('الكفير');
  });
  it('drops a tag whose dash has a space on one side only', () => {
    expect(stripArabicTag('ناقوط  الجنوبية- صرين')).toBe('ناقوط الجنوبية');
  });
  it('leaves a bare dash, which joins two village names', () => {
    expect(stripArabicTag('الشامة-كراد داسنية')).toBe('الشامة-كراد داسنية');
  });
});

describe('splitJoinedNames', () => {
  it('splits OCHA joined communities into their names, display name first', () => {
    expect(splitJoinedNames('مسكنة_عنيزة')).toEqual(['مسكنة', 'عنيزة']);
    expect(splitJoinedNames('الشامة-كراد داسنية')).toEqual(['الشامة', 'كراد داسنية']);
    expect(splitJoinedNames('تشرين / دفيل')).toEqual(['تشرين', 'دفيل']);
  });
  it('leaves single names alone', () => {
    expect(splitJoinedNames('دير الزور')).toEqual(['دير الزور']);
    expect(isJoinedName('دير الزور')).toBe(false);
    expect(isJoinedName('مسكنة_عنيزة')).toBe(true);
  });
});

describe('isArabicName', () => {
  it('accepts Arabic, with or without vowel marks', () => {
    expect(isArabicName('الطبقة')).toBe(true);
    expect(isArabicName('عَمّان')).toBe(true);
    expect(isArabicName('رأس العين')).toBe(true);
  });
  it('refuses Persian, Kurdish and Urdu spellings', () => {
    expect(isArabicName('گروزنی')).toBe(false);
    expect(isArabicName('پاریس')).toBe(false);
    expect(isArabicName('کۆبانێ')).toBe(false);
    expect(isArabicName('زاويتە')).toBe(false);
    expect(isArabicName('astanہ')).toBe(false);
  });
  it('refuses Latin names', () => {
    expect(isArabicName('Raqqa')).toBe(false);
  });
});

describe('arabicKeyboard', () => {
  it('maps the Persian kaf and ya that look like Arabic ones', () => {
    expect(arabicKeyboard('جعکیة')).toBe('جعكية');
    expect(isArabicName(arabicKeyboard('جعکیة'))).toBe(true);
  });
});

describe('isMachineTransliteration', () => {
  it('spots all-lower-case ASCII renderings of Arabic script', () => {
    expect(isMachineTransliteration('nahyt mrkz alrqt')).toBe(true);
    expect(isMachineTransliteration('Nahiyat Markaz ar Raqqah')).toBe(false);
  });
});

describe('uniqueNames', () => {
  it('keeps first-seen order and drops blanks and repeats', () => {
    expect(uniqueNames(['Duma', '', null, 'Douma', 'Duma ', undefined])).toEqual(['Duma', 'Douma']);
  });
});

describe('isUsableName', () => {
  it('refuses one- and two-letter names and Arabic function words', () => {
    expect(isUsableName('M')).toBe(false);
    expect(isUsableName('co')).toBe(false);
    expect(isUsableName('له')).toBe(false);
    expect(isUsableName('بن')).toBe(false);
  });
  it('refuses names made only of generic English words', () => {
    expect(isUsableName('City Centre')).toBe(false);
    expect(isUsableName('Eastern And Western')).toBe(false);
    expect(isUsableName('Southern')).toBe(false);
    expect(isUsableName('Eastern Ghouta')).toBe(true);
    expect(isUsableName('New Aleppo')).toBe(true);
  });
  it('keeps short real names', () => {
    expect(isUsableName('نوى')).toBe(true);
    expect(isUsableName('Hama')).toBe(true);
  });
});

describe('isQualifier', () => {
  it('spots directions and sizes that qualify a name', () => {
    expect(isQualifier('شرقية وغربية')).toBe(true);
    expect(isQualifier('الشمالي')).toBe(true);
    expect(isQualifier('Eastern And Western')).toBe(true);
  });
  it('leaves names alone', () => {
    expect(isQualifier('المنارة')).toBe(false);
    expect(isQualifier('Abo Fas')).toBe(false);
  });
});
