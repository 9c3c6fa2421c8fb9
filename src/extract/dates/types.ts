// What a date rule finds: a phrase in the sentence and how to turn an anchor day into an interval.
import type { Interval } from './calendar.ts';

export interface DateHit {
  /** Token range [first, last) of the phrase in the sentence's tokens. */
  first: number;
  last: number;
  /**
   * The interval the phrase means when read on `anchor` (a publication day). Absolute dates ignore the
   * anchor; relative ones need it and return null without one.
   */
  resolve: (anchor: string | null) => Interval | null;
  /** Rules that name the day outright (a weekday, «17 أيار») beat vaguer ones over the same words. */
  rank: number;
}
