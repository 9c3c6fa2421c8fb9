import { describe, expect, it } from 'vitest';
import { histogram } from '../../../src/app/state/histogram.ts';
import { dayNumber } from '../../../src/schema/index.ts';
import { makeEvent } from './make-event.ts';

describe('histogram', () => {
  const min = dayNumber('2017-01-01');
  const max = dayNumber('2017-01-10');

  it('splits the range into bins that cover every day once, and stacks events by type', () => {
    const events = [
      makeEvent({ id: 'a', start: '2017-01-01', type: 'airstrike' }),
      makeEvent({ id: 'b', start: '2017-01-02', type: 'shelling' }),
      makeEvent({ id: 'c', start: '2017-01-10', type: 'airstrike' }),
      makeEvent({ id: 'd', start: '2016-12-31', type: 'airstrike' }),
    ];
    const bins = histogram(events, min, max, 3);
    expect(bins).toHaveLength(3);
    expect(bins[0]!.from).toBe(min);
    expect(bins.at(-1)!.to).toBe(max);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.from).toBe(bins[i - 1]!.to + 1);
    expect(bins[0]!.byType).toEqual({ airstrike: 1, shelling: 1 });
    expect(bins[2]!.byType).toEqual({ airstrike: 1 });
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(3);
  });

  it('never makes more bins than days', () => {
    expect(histogram([], min, max, 100)).toHaveLength(10);
  });
});
