import { describe, expect, it } from 'vitest';
import { stripArticle } from '../../../src/gazetteer/arabic-key.ts';
import { bearingOf, directionOf, qualifierOf } from '../../../src/gazetteer/directions.ts';
import { latinKey } from '../../../src/gazetteer/latin-key.ts';
import { normalizeArabic } from '../../../src/text/normalize.ts';

const ar = (w: string) => directionOf(stripArticle(normalizeArabic(w)).core, 'ar');

describe('compass words', () => {
  it('read Arabic nouns and adjectives', () => {
    expect(ar('شمال')).toEqual(['north']);
    expect(ar('الشمالي')).toEqual(['north']);
    expect(ar('غربي')).toEqual(['west']);
    expect(ar('الجنوبية')).toEqual(['south']);
    expect(ar('الرقة')).toBeNull();
  });
  it('read English, compounds included', () => {
    expect(directionOf(latinKey('northern'), 'latin')).toEqual(['north']);
    expect(directionOf(latinKey('southwest'), 'latin')).toEqual(['south', 'west']);
  });
  it('name the combined side north/south first and give its bearing', () => {
    expect(qualifierOf(['west', 'south'])).toBe('south-west');
    expect(bearingOf('south-west')).toBe(225);
    expect(bearingOf('countryside north')).toBe(0);
    expect(bearingOf('countryside')).toBeNull();
  });
});
