// Events over time for the histogram under the slider: equal bins of whole days, each split by event
// type. An event falls in the bin of its first day; open-dated events have no place on a time axis.
import { dayNumber, type EventRecord, type EventType } from '../../schema/index.ts';

export interface HistogramBin {
  /** First and last day of the bin (days since 1970-01-01, inclusive). */
  from: number;
  to: number;
  total: number;
  byType: Partial<Record<EventType, number>>;
}

export function histogram(events: readonly EventRecord[], minDay: number, maxDay: number, binCount: number): HistogramBin[] {
  const days = maxDay - minDay + 1;
  const n = Math.max(1, Math.min(binCount, days));
  const width = days / n;
  const bins: HistogramBin[] = Array.from({ length: n }, (_, i) => ({
    from: minDay + Math.ceil(i * width),
    to: minDay + Math.ceil((i + 1) * width) - 1,
    total: 0,
    byType: {},
  }));
  for (const e of events) {
    if (e.date.start === null) continue;
    const day = dayNumber(e.date.start);
    if (day < minDay || day > maxDay) continue;
    const bin = bins[Math.min(n - 1, Math.floor((day - minDay) / width))]!;
    bin.total++;
    bin.byType[e.type] = (bin.byType[e.type] ?? 0) + 1;
  }
  return bins;
}
