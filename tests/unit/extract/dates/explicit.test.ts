import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.ts';

describe('explicit dates', () => {
  it('reads ISO and day-first dates without a publication date', () => {
    expect(datesIn('وقع القصف في 2016-05-24', null)).toEqual([['2016-05-24', '2016-05-24', '2016-05-24']]);
    expect(datesIn('وقع القصف في 24/5/2016', null)).toEqual([['24/5/2016', '2016-05-24', '2016-05-24']]);
  });

  it('refuses a day that does not exist', () => {
    expect(datesIn('في 31/2/2016', null)).toEqual([]);
  });

  it('reads a year only with a word that makes it one', () => {
    expect(datesIn('سيطر التنظيم على المدينة العام 2014', '2016-06-22')).toEqual([['العام 2014', '2014-01-01', '2014-12-31']]);
    expect(datesIn('The town fell in 2013', null)).toEqual([['in 2013', '2013-01-01', '2013-12-31']]);
    expect(datesIn('قتل 2014 شخصاً', '2016-06-22')).toEqual([]);
  });
});
