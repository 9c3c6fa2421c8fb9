// The time slider works in whole days; events carry ISO days. These convert between the two.
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO day (UTC, so no time zone can shift a date). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The first and last day any dated event covers; null when no event has a date. */
export function dateRange(intervals: readonly { start: string | null; end: string | null }[]): [string, string] | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const { start, end } of intervals) {
    if (start === null || end === null) continue;
    if (min === null || start < min) min = start;
    if (max === null || end > max) max = end;
  }
  return min !== null && max !== null ? [min, max] : null;
}
