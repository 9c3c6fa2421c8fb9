// Splits a quote around the place mention so the panel can highlight it. Spans are offsets into the
// report text; the quote starts at quoteSpan[0]. A mention outside the quote highlights nothing.
export interface QuoteParts {
  before: string;
  mention: string;
  after: string;
}

export function quoteParts(
  quote: string,
  quoteSpan: readonly [number, number],
  mentionSpan: readonly [number, number],
): QuoteParts {
  const start = mentionSpan[0] - quoteSpan[0];
  const end = mentionSpan[1] - quoteSpan[0];
  if (start < 0 || end > quote.length || end <= start) return { before: quote, mention: '', after: '' };
  return { before: quote.slice(0, start), mention: quote.slice(start, end), after: quote.slice(end) };
}
