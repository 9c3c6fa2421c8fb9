// Reading the dates of one sentence, as extraction does.
import { findDates } from '../../../../src/extract/dates/index.ts';
import { tokenize } from '../../../../src/text/tokens.ts';

/** [phrase, start, end] of every date phrase in the sentence, read on `published`. */
export function datesIn(sentence: string, published: string | null): [string, string | null, string | null][] {
  return findDates(tokenize(sentence), sentence, published).map((d) => [d.phrase, d.interval?.start ?? null, d.interval?.end ?? null]);
}
