import { describe, expect, it } from 'vitest';
import { addDays, lastWeekdayOnOrBefore, latestMonthOnOrBefore, precisionOf, shiftMonth, weekdayOf } from '../../../../src/extract/dates/calendar.ts';

describe('calendar', () => {
  it('adds days across month and leap-year ends', () => {
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
  });

  it('finds the last weekday on or before a day (2016-06-22 was a Wednesday)', () => {
    expect(weekdayOf('2016-06-22')).toBe(3);
    expect(lastWeekdayOnOrBefore('2016-06-22', 1)).toBe('2016-06-20');
    expect(lastWeekdayOnOrBefore('2016-06-22', 3)).toBe('2016-06-22');
  });

  it('shifts months over a year boundary and finds the latest such month', () => {
    expect(shiftMonth('2017-01-15', -1)).toEqual({ year: 2016, month: 12 });
    expect(latestMonthOnOrBefore('2016-06-22', 9)).toEqual({ year: 2015, month: 9 });
  });

  it('names precision from the interval length', () => {
    expect(precisionOf({ start: '2016-06-20', end: '2016-06-20' })).toBe('day');
    expect(precisionOf({ start: '2016-06-20', end: '2016-06-21' })).toBe('days');
    expect(precisionOf({ start: '2017-02-01', end: '2017-02-28' })).toBe('month');
    expect(precisionOf({ start: '2017-01-01', end: '2017-12-31' })).toBe('year');
  });
});
