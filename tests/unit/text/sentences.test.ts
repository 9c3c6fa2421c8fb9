import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../../src/text/sentences.ts';

describe('splitSentences', () => {
  it('splits Arabic prose at full stops and question marks, keeping offsets into the text', () => {
    const text = 'قصفت المدفعية البلدة. هل انسحب المقاتلون؟ نعم';
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text)).toEqual(['قصفت المدفعية البلدة.', 'هل انسحب المقاتلون؟', 'نعم']);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('does not split at the Arabic comma, so a negation stays with what it negates', () => {
    const parts = splitSentences('قال المتحدث أمس، إن الطائرات لم تنفذ اليوم، أي طلعات.');
    expect(parts).toHaveLength(1);
  });

  it('keeps decimals, initials and abbreviations inside the sentence', () => {
    const parts = splitSentences('Gen. J. Smith said the town is 3.5 km away. Then he left.');
    expect(parts.map((p) => p.text)).toEqual(['Gen. J. Smith said the town is 3.5 km away.', 'Then he left.']);
  });

  it('ends a sentence at a line break and keeps closing quotes with their sentence', () => {
    const parts = splitSentences('He said: "It is over." Later\nالخبر التالي');
    expect(parts.map((p) => p.text)).toEqual(['He said: "It is over."', 'Later', 'الخبر التالي']);
  });

  it('splits at the Arabic semicolon and drops empty pieces', () => {
    expect(splitSentences('  \n\nأولاً؛ ثانياً\n\n').map((p) => p.text)).toEqual(['أولاً؛', 'ثانياً']);
  });
});

describe('splitClauses', () => {
  it('splits at commas (Arabic and Latin) but not inside 1,200', () => {
    const parts = splitClauses('قتل 1,200 شخص، وجرح آخرون, then calm', 10);
    expect(parts.map((p) => p.text)).toEqual(['قتل 1,200 شخص', 'وجرح آخرون', 'then calm']);
    expect(parts[0]?.start).toBe(10);
  });
});
