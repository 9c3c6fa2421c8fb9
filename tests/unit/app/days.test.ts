import { describe, expect, it } from 'vitest';
import { dateRange, dayNumber, isoDay } from '../../../src/app/state/days.ts';

describe('slider days', () => {
  it('round-trips ISO days through day numbers, across a leap day', () => {
    for (const d of ['1970-01-01', '2016-02-28', '2016-02-29', '2016-03-01', '2019-12-31']) {
      expect(isoDay(dayNumber(d))).toBe(d);
    }
    expect(dayNumber('2016-03-01') - dayNumber('2016-02-28')).toBe(2);
  });

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
