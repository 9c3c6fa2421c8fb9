// Playback moves the time window forward one step per tick. "moving" keeps the window's length and slides
// it; "accumulate" keeps its start and grows it, so events pile up as time passes.
import { dayNumberOf, daysInMonth, isoDay } from '../../schema/index.ts';
import { shiftMonth } from '../../extract/dates/calendar.ts';

export type StepUnit = 'day' | 'week' | 'month';
export type PlayMode = 'moving' | 'accumulate';

/** The day one step after (or before, with direction -1) a day; months step by calendar month. */
export function stepDay(day: number, unit: StepUnit, direction: 1 | -1 = 1): number {
  if (unit === 'day') return day + direction;
  if (unit === 'week') return day + 7 * direction;
  const iso = isoDay(day);
  const { year, month } = shiftMonth(iso, direction);
  // Clamp the 31st to the target month's last day (2016-01-31 + 1 month = 2016-02-29).
  return dayNumberOf(year, month, Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month)));
}

export interface TimeWindow {
  from: number;
  to: number;
}

/**
 * The window after one step, kept inside the bounds; a moving window keeps its length in days. Returns null
 * when the window already touches the end it is moving towards: playback stops there.
 */
export function stepWindow(
  w: TimeWindow,
  bounds: TimeWindow,
  unit: StepUnit,
  mode: PlayMode,
  direction: 1 | -1 = 1,
): TimeWindow | null {
  const length = w.to - w.from;
  if (direction === 1) {
    if (w.to >= bounds.to) return null;
    const to = Math.min(bounds.to, stepDay(w.to, unit, 1));
    return mode === 'accumulate' ? { from: w.from, to } : { from: Math.max(bounds.from, to - length), to };
  }
  if (mode === 'accumulate') {
    if (w.to <= w.from) return null;
    return { from: w.from, to: Math.max(w.from, stepDay(w.to, unit, -1)) };
  }
  if (w.from <= bounds.from) return null;
  const from = Math.max(bounds.from, stepDay(w.from, unit, -1));
  return { from, to: Math.min(bounds.to, from + length) };
}
