// A word's context readings (cue, compass word, locative), and that units of one spelling share them.
import { describe, expect, it } from 'vitest';
import { keyUnits } from '../../../src/gazetteer/key-units.ts';
import { contextOf } from '../../../src/gazetteer/word-context.ts';
import { tokenize } from '../../../src/text/tokens.ts';

const unit = (word: string) => keyUnits(tokenize(word))[0]!;

describe('contextOf', () => {
  it('reads a cue without the article, after proclitics', () => {
    expect(contextOf(unit('مدينة')).cue?.kinds).toContain('city');
    expect(contextOf(unit('وبريف')).cue?.form.core).toBe('ريف');
    // «من المدينة وعلى»: with the article it is no cue.
    expect(contextOf(unit('المدينة')).cue).toBeNull();
    expect(contextOf(unit('province')).cue).not.toBeNull();
  });

  it('reads compass words in Arabic and English', () => {
    expect(contextOf(unit('شمال')).directions?.dirs).toEqual(['north']);
    expect(contextOf(unit('الغربي')).directions?.dirs).toEqual(['west']);
    expect(contextOf(unit('northeastern')).directions?.dirs).toEqual(['north', 'east']);
    expect(contextOf(unit('قصف')).directions).toBeNull();
  });

  it('reads locatives, also behind a conjunction', () => {
    expect(contextOf(unit('في')).locative).toBe(true);
    expect(contextOf(unit('ونحو')).locative).toBe(true);
    expect(contextOf(unit('قصف')).locative).toBe(false);
  });

  it('is worked out once per unit', () => {
    const u = unit('باتجاه');
    expect(contextOf(u)).toBe(contextOf(u));
  });
});
