import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/tokens.ts';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'قصفت الطائرات مدينةَ الرقة، أمس.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('splits Arabic words, punctuation and digits', () => {
    const toks = tokenize('قتل ١٢ شخصاً في «إدلب»؛');
    expect(toks.map((t) => t.script)).toEqual(['ar', 'digit', 'ar', 'ar', 'punct', 'ar', 'punct', 'punct']);
    expect(toks[1]?.norm).toBe('12');
    expect(toks[5]?.norm).toBe('ادلب');
  });
  it('keeps tatweel and tashkeel inside the word and drops them in norm', () => {
    const [t] = tokenize('الـزّور');
    expect(t?.text).toBe('الـزّور');
    expect(t?.norm).toBe('الزور');
  });
  it('reads Latin tokens inside Arabic text, with digits after letters', () => {
    const toks = tokenize('قاعدة «t4» الجوية و T-4');
    expect(toks.filter((t) => t.script === 'latin').map((t) => t.norm)).toEqual(['t4', 't']);
    expect(toks.map((t) => t.text)).toContain('4');
  });
  it('keeps inner apostrophes of transliterations but not quote marks', () => {
    const toks = tokenize("Ma'arrat al-Nu'man 'Raqqa'");
    expect(toks.map((t) => t.text)).toEqual(["Ma'arrat", 'al', '-', "Nu'man", "'", 'Raqqa', "'"]);
    expect(toks[3]?.norm).toBe('numan');
  });
  it('treats bidi marks and no-break spaces as spaces', () => {
    expect(tokenize('حلب\u200f\u00a0حماة').map((t) => t.text)).toEqual(['حلب', 'حماة']);
  });
  it('a digit prefix with tatweel stays one Arabic word then digits', () => {
    expect(tokenize('بـ65').map((t) => [t.text, t.script])).toEqual([
      ['بـ', 'ar'],
      ['65', 'digit'],
    ]);
  });
});

describe('tokenize a stretch', () => {
  it('keeps offsets into the whole text', () => {
    const text = 'حلب\nحماة حمص';
    const toks = tokenize(text, 4);
    expect(toks.map((t) => t.text)).toEqual(['حماة', 'حمص']);
    expect(toks[0]?.start).toBe(4);
    expect(tokenize(text, 0, 3).map((t) => t.text)).toEqual(['حلب']);
  });
});

describe('English possessive', () => {
  it("splits 's off a name", () => {
    expect(tokenize("Deir ez-Zor's countryside").map((t) => t.text)).toEqual(['Deir', 'ez', '-', 'Zor', "'", 's', 'countryside']);
    expect(tokenize("Ma'arrat").map((t) => t.text)).toEqual(["Ma'arrat"]);
  });
});
