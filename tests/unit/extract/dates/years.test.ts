import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.ts';

describe('years counted from publication', () => {
  it('reads «العام الماضي» as the whole previous year and «هذا العام» up to publication', () => {
    expect(datesIn('سيطر التنظيم على البلدة العام الماضي', '2016-06-22')).toEqual([['العام الماضي', '2015-01-01', '2015-12-31']]);
    expect(datesIn('نزح الآلاف منذ مطلع هذا العام', '2016-06-22')).toEqual([['منذ مطلع هذا العام', '2016-01-01', '2016-06-22']]);
  });

  it('reads English last year and this year; «العام 2014» stays that year', () => {
    expect(datesIn('The town fell last year', '2016-06-22')).toEqual([['last year', '2015-01-01', '2015-12-31']]);
    expect(datesIn('Fighting resumed this year', '2016-06-22')).toEqual([['this year', '2016-01-01', '2016-06-22']]);
    expect(datesIn('سيطر عليها العام 2014', '2016-06-22')).toEqual([['العام 2014', '2014-01-01', '2014-12-31']]);
  });
});
