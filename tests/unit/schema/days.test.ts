// Day numbers are worked out by integer arithmetic; Date is the reference they must agree with.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, dayNumberOf, daysInMonth, isoDay } from '../../../src/schema/days.ts';

const MS_PER_DAY = 86_400_000;
const dateIso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('dayNumber / isoDay', () => {
  it('agree with Date on every day from 1900 to 2100, both ways', () => {
    let checked = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += MS_PER_DAY) {
      const iso = dateIso(t);
      if (dayNumber(iso) !== t / MS_PER_DAY) expect(dayNumber(iso)).toBe(t / MS_PER_DAY);
      if (isoDay(t / MS_PER_DAY) !== iso) expect(isoDay(t / MS_PER_DAY)).toBe(iso);
      checked++;
    }
    expect(checked).toBe(73_414);
  });

  it('count leap days by the Gregorian rule (2000 and 2016 have one, 1900 and 2100 do not)', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isoDay(dayNumber('2016-02-28') + 1)).toBe('2016-02-29');
    expect(isoDay(dayNumber('2000-02-28') + 1)).toBe('2000-02-29');
    expect(isoDay(dayNumber('1900-02-28') + 1)).toBe('1900-03-01');
    expect(isoDay(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(dayNumber('2017-01-01') - dayNumber('2016-01-01')).toBe(366);
    expect([1900, 2000, 2016, 2017, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28, 28]);
  });

  it('give NaN for what is not an ISO day, as Date.parse does, and roll an overlong day on as it does', () => {
    for (const bad of ['', 'garbage', '2016-1-5', ' 2016-01-05', '2016-01-05T00:00:00Z', '2016/01/05', '2016-13-01', '2016-00-10', '2016-02-00', '2016-02-32', '20a6-01-01']) {
      expect(dayNumber(bad), bad).toBeNaN();
    }
    expect(isoDay(dayNumber('2016-02-30'))).toBe('2016-03-01');
    expect(isoDay(dayNumber('2016-04-31'))).toBe('2016-05-01');
  });

  it('read any ten characters of digits and dashes exactly as Date.parse reads them', () => {
    const char = fc.constantFrom(...'0123456789-'.split(''));
    const isoLike = fc.tuple(fc.array(char, { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 33 }));
    fc.assert(
      fc.property(isoLike, ([year, month, day]) => {
        const s = `${year.join('')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const expected = Date.parse(`${s}T00:00:00Z`) / MS_PER_DAY;
        expect(Object.is(dayNumber(s), expected) || (Number.isNaN(dayNumber(s)) && Number.isNaN(expected))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('name the day a fractional day number falls in, and refuse NaN as Date does', () => {
    expect(isoDay(0.5)).toBe('1970-01-01');
    expect(isoDay(-0.5)).toBe('1969-12-31');
    expect(() => isoDay(NaN)).toThrow(RangeError);
  });
});

describe('dayNumberOf', () => {
  it('normalises an overflowing day or month as Date.UTC does', () => {
    expect(isoDay(dayNumberOf(2016, 2, 30))).toBe('2016-03-01');
    expect(isoDay(dayNumberOf(2016, 3, 0))).toBe('2016-02-29');
    expect(isoDay(dayNumberOf(2016, 13, 1))).toBe('2017-01-01');
    expect(dayNumberOf(2016, 6, 22)).toBe(dayNumber('2016-06-22'));
  });
});
