import { describe, expect, it } from 'vitest';
import { stepDay, stepWindow } from '../../../src/app/state/playback.ts';
import { dayNumber as d, isoDay } from '../../../src/schema/index.ts';

describe('stepDay', () => {
  it('steps days, weeks and calendar months, clamping the month end', () => {
    expect(isoDay(stepDay(d('2016-02-28'), 'day'))).toBe('2016-02-29');
    expect(isoDay(stepDay(d('2016-02-28'), 'week'))).toBe('2016-03-06');
    expect(isoDay(stepDay(d('2016-01-31'), 'month'))).toBe('2016-02-29');
    expect(isoDay(stepDay(d('2016-03-31'), 'month', -1))).toBe('2016-02-29');
    expect(isoDay(stepDay(d('2016-12-15'), 'month'))).toBe('2017-01-15');
  });
});

describe('stepWindow', () => {
  const bounds = { from: d('2016-01-01'), to: d('2016-12-31') };

  it('slides a moving window, keeping its length, and stops at the end', () => {
    const w = { from: d('2016-01-01'), to: d('2016-01-31') };
    const next = stepWindow(w, bounds, 'month', 'moving')!;
    expect(isoDay(next.to)).toBe('2016-02-29');
    expect(next.to - next.from).toBe(30);
    const last = stepWindow({ from: d('2016-12-01'), to: d('2016-12-20') }, bounds, 'month', 'moving')!;
    expect(last.to).toBe(bounds.to);
    expect(stepWindow(last, bounds, 'month', 'moving')).toBeNull();
  });

  it('grows an accumulating window from a fixed start', () => {
    const w = { from: d('2016-01-01'), to: d('2016-01-01') };
    const next = stepWindow(w, bounds, 'week', 'accumulate')!;
    expect(next).toEqual({ from: w.from, to: d('2016-01-08') });
  });

  it('steps back, stopping at the start', () => {
    const w = { from: d('2016-01-03'), to: d('2016-01-10') };
    expect(stepWindow(w, bounds, 'week', 'moving', -1)).toEqual({ from: bounds.from, to: bounds.from + 7 });
    expect(stepWindow({ from: bounds.from, to: bounds.from + 7 }, bounds, 'week', 'moving', -1)).toBeNull();
  });
});
