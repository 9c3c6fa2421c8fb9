import { describe, expect, it } from 'vitest';
import { eventDate, intervalOf, parseDay } from '../../../src/ingest/import/event-date.ts';

describe('parseDay', () => {
  it('reads the ways ACLED exports write a day', () => {
    expect(parseDay('2017-06-10')).toBe('2017-06-10');
    expect(parseDay('10 June 2017')).toBe('2017-06-10');
    expect(parseDay('10-June-2017')).toBe('2017-06-10');
    expect(parseDay('1 Sep 2016')).toBe('2016-09-01');
    expect(parseDay('10/06/2017')).toBe('2017-06-10');
    expect(parseDay('10-06-2017')).toBe('2017-06-10');
  });

  it('refuses days that do not exist, five-digit years, two-digit years and words', () => {
    expect(parseDay('2016-02-30')).toBeNull();
    expect(parseDay('20016-01-01')).toBeNull();
    expect(parseDay('30 February 2016')).toBeNull();
    expect(parseDay('10-Jun-17')).toBeNull();
    expect(parseDay('10 Ju 2017')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
    expect(parseDay('')).toBeNull();
  });
});

describe('intervalOf / eventDate', () => {
  it('widens a week-precise day to the week around it and a month-precise day to its month', () => {
    expect(intervalOf('2016-03-01', 'days')).toEqual({ start: '2016-02-27', end: '2016-03-04' });
    expect(intervalOf('2016-02-10', 'month')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(intervalOf('2016-02-10', 'day')).toEqual({ start: '2016-02-10', end: '2016-02-10' });
  });

  it("keeps sitrep's own interval columns, telling a year from a month by its length", () => {
    expect(eventDate('2017-12-31', 'month', 'p', '2017-01-01', '2017-12-31').precision).toBe('year');
    expect(eventDate('2017-03-31', 'month', 'p', '2017-03-01', '2017-03-31')).toEqual({
      start: '2017-03-01',
      end: '2017-03-31',
      precision: 'month',
      phrase: 'p',
      basis: 'text',
    });
  });
});
