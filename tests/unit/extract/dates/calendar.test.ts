import { describe, expect, it } from 'vitest';
import { addDays, isoDayOf, lastWeekdayOnOrBefore, latestMonthOnOrBefore, datePrecisionOf, shiftMonth, weekdayOf } from '../../../../src/extract/dates/calendar.ts';

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
    expect(datePrecisionOf({ start: '2016-06-20', end: '2016-06-20' })).toBe('day');
    expect(datePrecisionOf({ start: '2016-06-20', end: '2016-06-21' })).toBe('days');
    expect(datePrecisionOf({ start: '2017-02-01', end: '2017-02-28' })).toBe('month');
    expect(datePrecisionOf({ start: '2017-01-01', end: '2017-12-31' })).toBe('year');
  });
});

describe('day arithmetic agrees with Date', () => {
  it('names every day from 1899 to 2101 as toISOString does (leap years, century years, month ends)', () => {
    const from = Date.UTC(1899, 0, 1);
    let checked = 0;
    for (let t = from, n = 0; t <= Date.UTC(2101, 11, 31); t += 86_400_000, n++) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(addDays('1899-01-01', n)).toBe(iso);
      checked++;
    }
    expect(checked).toBeGreaterThan(73_000);
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(isoDayOf(2016, 2, 30)).toBe('2016-03-01');
    // Past year 9999 ISO needs a sign: the Date way, whatever it gives.
    expect(addDays('9999-12-31', 1)).toBe(new Date(Date.UTC(9999, 11, 31) + 86_400_000).toISOString().slice(0, 10));
  });
});
