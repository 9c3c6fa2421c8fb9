import { describe, expect, it } from 'vitest';
import { quoteParts } from '../../../src/app/state/quote-parts.ts';

describe('quoteParts', () => {
  const report = 'مقدمة. قصفت الطائرات مدينة الرقة صباح اليوم.';
  const quoteStart = report.indexOf('قصفت');
  const quote = report.slice(quoteStart);
  const mStart = report.indexOf('الرقة');

  it('cuts the quote around the mention, by report offsets', () => {
    const p = quoteParts(quote, [quoteStart, report.length], [mStart, mStart + 'الرقة'.length]);
    expect(p.mention).toBe('الرقة');
    expect(p.before + p.mention + p.after).toBe(quote);
  });

  it('highlights nothing when the mention lies outside the quote', () => {
    const p = quoteParts(quote, [quoteStart, report.length], [0, 5]);
    expect(p).toEqual({ before: quote, mention: '', after: '' });
  });
});
