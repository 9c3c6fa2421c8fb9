// The time slider's bounds: the days the loaded events span. (Day numbers themselves, ISO day ↔ days since
// 1970-01-01, are src/schema/days.ts.)

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
