import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.ts';

describe('parts of a month', () => {
  it('reads «مطلع الشهر الحالي» as the first ten days of the publication month', () => {
    expect(datesIn('دخلت القوات المحافظة مطلع الشهر الحالي', '2016-06-22')).toEqual([['مطلع الشهر الحالي', '2016-06-01', '2016-06-10']]);
  });

  it('reads «منتصف» and «أواخر الشهر الماضي»', () => {
    expect(datesIn('بدأ الحصار منتصف الشهر الماضي', '2016-06-22')).toEqual([['منتصف الشهر الماضي', '2016-05-11', '2016-05-20']]);
    expect(datesIn('انسحب المقاتلون أواخر الشهر الماضي', '2016-03-05')).toEqual([['أواخر الشهر الماضي', '2016-02-21', '2016-02-29']]);
  });

  it('stops the current month at the publication day', () => {
    expect(datesIn('نزح الآلاف خلال الشهر الجاري', '2016-06-05')).toEqual([['الشهر الجاري', '2016-06-01', '2016-06-05']]);
  });

  it('reads English: early this month, late last month, last month', () => {
    expect(datesIn('The offensive began early this month', '2016-06-22')).toEqual([['early this month', '2016-06-01', '2016-06-10']]);
    expect(datesIn('It fell late last month', '2016-06-22')).toEqual([['late last month', '2016-05-21', '2016-05-31']]);
    expect(datesIn('Thousands fled last month', '2016-01-10')).toEqual([['last month', '2015-12-01', '2015-12-31']]);
  });
});
