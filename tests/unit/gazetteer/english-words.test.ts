import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../src/gazetteer/english-words.ts';
import { latinKey } from '../../../src/gazetteer/latin-key.ts';
import { normalizeLatin } from '../../../src/text/normalize.ts';

describe('isEnglishWord', () => {
  it('knows everyday words whose phonetic key is also a place key', () => {
    // «women» and «oman» share a key: that is why the list exists.
    expect(latinKey('women')).toBe(latinKey('oman'));
    for (const w of ['women', 'when', 'who', 'came', 'same', 'sunday', 'agree']) expect(isEnglishWord(w), w).toBe(true);
  });
  it('does not hold place names or their transliterations', () => {
    for (const w of ['raqqa', 'oman', 'homs', 'idlib', 'hama', 'aleppo']) expect(isEnglishWord(w), w).toBe(false);
  });
  it('takes words in normalizeLatin form only', () => {
    expect(isEnglishWord(normalizeLatin('When'))).toBe(true);
    expect(isEnglishWord('When')).toBe(false);
  });
});
