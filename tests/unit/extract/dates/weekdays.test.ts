import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.ts';

// 2015-10-03 was a Saturday; 2016-06-22 a Wednesday.
describe('weekday names', () => {
  it('resolves a weekday to the last such day on or before publication', () => {
    expect(datesIn('استهدفت الغارات البلدة الخميس', '2015-10-03')).toEqual([['الخميس', '2015-10-01', '2015-10-01']]);
    expect(datesIn('قصفت المدفعية القرية يوم الجمعة', '2015-10-03')).toEqual([['يوم الجمعة', '2015-10-02', '2015-10-02']]);
  });

  it('takes the publication day itself when it is that weekday, but not with «الماضي»', () => {
    expect(datesIn('وقعت الاشتباكات السبت', '2015-10-03')).toEqual([['السبت', '2015-10-03', '2015-10-03']]);
    expect(datesIn('وقعت الاشتباكات السبت الماضي', '2015-10-03')).toEqual([['السبت الماضي', '2015-09-26', '2015-09-26']]);
  });

  it('lets the weekday decide in «أمس الاثنين»', () => {
    expect(datesIn('لم تنفذ الطائرات أمس الاثنين أي طلعات', '2016-06-22')).toEqual([['أمس الاثنين', '2016-06-20', '2016-06-20']]);
  });

  it('reads «ليل الأحد» as the Sunday night into Monday', () => {
    expect(datesIn('بدأ الهجوم ليل الأحد', '2016-06-22')).toEqual([['ليل الأحد', '2016-06-19', '2016-06-20']]);
  });

  it('reads English weekdays: on Monday, last Friday, Tuesday night', () => {
    expect(datesIn('Rebels withdrew on Monday', '2016-06-22')).toEqual([['on Monday', '2016-06-20', '2016-06-20']]);
    expect(datesIn('The convoy was hit last Wednesday', '2016-06-22')).toEqual([['last Wednesday', '2016-06-15', '2016-06-15']]);
    expect(datesIn('Clashes erupted Tuesday night', '2016-06-22')).toEqual([['Tuesday night', '2016-06-21', '2016-06-22']]);
  });

  it('spans the possible weekdays when only the month of publication is known', () => {
    expect(datesIn('قصفت الطائرات المدينة الخميس', '2017-12')).toEqual([['الخميس', '2017-11-30', '2017-12-28']]);
  });
});
