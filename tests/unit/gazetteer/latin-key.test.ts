import { describe, expect, it } from 'vitest';
import { isLatinArticle, latinKey } from '../../../src/gazetteer/latin-key.ts';
import { normalizeLatin } from '../../../src/text/normalize.ts';

const key = (w: string) => latinKey(normalizeLatin(w));

describe('latinKey', () => {
  it.each([
    ['Raqqa', 'Raqqah'],
    ['Raqqa', 'Rakka'],
    ['Raqqa', 'Raqa'],
    ['Deir', 'Dayr'],
    ['Zor', 'Zawr'],
    ['Zor', 'Zour'],
    ['Ezzor', 'Zor'],
    ['Menbij', 'Manbij'],
    ['Douma', 'Duma'],
    ['Hasakah', 'Hasakeh'],
    ['Hassakeh', 'Hasakah'],
    ['Salamiyah', 'Salamiyeh'],
    ['Salamiyah', 'Salamieh'],
    ['Kobane', 'Kobanê'],
    ['Abyad', 'Abiad'],
    ['Ladhiqiyah', 'Laziqiyah'],
    ['Hol', 'Hawl'],
    ["Ma'arrat", 'Maarat'],
    ['Djerablous', 'Jerablus'],
  ])('%s ≡ %s', (a, b) => {
    expect(key(a)).toBe(key(b));
  });
  it('keeps different names apart', () => {
    expect(key('Hama')).not.toBe(key('Homs'));
    expect(key('Idlib')).not.toBe(key('Afrin'));
    expect(key('Tal')).not.toBe(key('Tartus'));
  });
  it('leaves digits alone', () => {
    expect(key('t4')).toBe('t4');
  });
});

describe('isLatinArticle', () => {
  it('knows the assimilated article forms', () => {
    for (const a of ['al', 'el', 'ar', 'as', 'ash', 'ad', 'az', 'ez', 'at']) expect(isLatinArticle(a)).toBe(true);
    expect(isLatinArticle('tal')).toBe(false);
  });
});
