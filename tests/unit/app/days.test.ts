import { describe, expect, it } from 'vitest';
import { dateRange } from '../../../src/app/state/days.ts';

describe('slider days', () => {
  it('spans the dated events and ignores open dates', () => {
    expect(
      dateRange([
        { start: '2017-05-01', end: '2017-05-31' },
        { start: null, end: null },
        { start: '2015-03-02', end: '2015-03-02' },
      ]),
    ).toEqual(['2015-03-02', '2017-05-31']);
    expect(dateRange([{ start: null, end: null }])).toBeNull();
  });
});
