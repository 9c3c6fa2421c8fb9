import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.ts';

describe('month names', () => {
  it('reads both Arabic series with a day: «17 أيار», «3 مايو»', () => {
    expect(datesIn('وقع الهجوم في 17 أيار', '2016-05-25')).toEqual([['17 أيار', '2016-05-17', '2016-05-17']]);
    expect(datesIn('وقع الهجوم في 3 مايو', '2016-05-25')).toEqual([['3 مايو', '2016-05-03', '2016-05-03']]);
  });

  it('reads «الجاري» as the current month and a month without a year as the latest one', () => {
    expect(datesIn('الصور المؤرخة بـ9 حزيران الجاري', '2016-06-22')).toEqual([['9 حزيران الجاري', '2016-06-09', '2016-06-09']]);
    expect(datesIn('سيطر التنظيم على البلدة في تشرين الأول', '2016-06-22')).toEqual([['تشرين الأول', '2015-10-01', '2015-10-31']]);
  });

  it('reads a paired name with a year: «أيلول (سبتمبر) 2014», «سبتمبر (أيلول) عام 2014»', () => {
    expect(datesIn('بدأت الغارات في أيلول (سبتمبر) 2014', '2016-06-22')).toEqual([['أيلول (سبتمبر) 2014', '2014-09-01', '2014-09-30']]);
    expect(datesIn('بدأت الغارات في سبتمبر (أيلول) عام 2014', '2016-06-22')).toEqual([['سبتمبر (أيلول) عام 2014', '2014-09-01', '2014-09-30']]);
  });

  it('reads «الماضي» after a month as the last one before the current month', () => {
    expect(datesIn('سيطر عليها التنظيم في آب / أغسطس الماضي', '2015-10-03')).toEqual([['آب / أغسطس الماضي', '2015-08-01', '2015-08-31']]);
    expect(datesIn('قتل في قصف في سبتمبر الماضي', '2017-12')).toEqual([['سبتمبر الماضي', '2017-09-01', '2017-09-30']]);
  });

  it('reads a part of a named month: «مطلع أكتوبر (تشرين الأول) الماضي»', () => {
    expect(datesIn('أعلنت القوات في مطلع أكتوبر (تشرين الأول) الماضي', '2017-12')).toEqual([
      ['مطلع أكتوبر (تشرين الأول) الماضي', '2017-10-01', '2017-10-10'],
    ]);
  });

  it('reads «منذ نهاية أيلول» as from the end of September up to publication', () => {
    expect(datesIn('تنفذ الطائرات ضربات منذ نهاية أيلول', '2016-06-22')).toEqual([['منذ نهاية أيلول', '2015-09-21', '2016-06-22']]);
  });

  it('does not take «آب» (father) or «مارس» (practised) for a month without a date around them', () => {
    expect(datesIn('مارس الضغط على الأهالي', '2016-06-22')).toEqual([]);
    expect(datesIn('قال الأب إن آب العائلة غادر', '2016-06-22')).toEqual([]);
  });

  it('reads English month names: May 17, 2016; in September; "may" the verb is not a month', () => {
    expect(datesIn('The base was hit on May 17, 2016', null)).toEqual([['May 17, 2016', '2016-05-17', '2016-05-17']]);
    expect(datesIn('Strikes began in September', '2016-06-22')).toEqual([['September', '2015-09-01', '2015-09-30']]);
    expect(datesIn('The talks may resume', '2016-06-22')).toEqual([]);
  });

  it('reads «المقبل» as the next such month', () => {
    expect(datesIn('تستأنف المحادثات في أوائل شهر تموز المقبل', '2016-05-25')).toEqual([['أوائل شهر تموز المقبل', '2016-07-01', '2016-07-10']]);
  });

  it('reads the two-word Levantine names and «الماضي» in the same month as a year back', () => {
    expect(datesIn('وقعت المعارك في كانون الثاني', '2017-03-01')).toEqual([['كانون الثاني', '2017-01-01', '2017-01-31']]);
    expect(datesIn('بدأ الحصار في تشرين الثاني الماضي', '2016-11-20')).toEqual([['تشرين الثاني الماضي', '2015-11-01', '2015-11-30']]);
  });

  it('does not take a bare short English abbreviation for a month', () => {
    expect(datesIn('Jun Li said the convoy left', '2016-06-22')).toEqual([]);
  });

  it('reads English parts of a month and "since": mid-October, since late September', () => {
    expect(datesIn('The siege began in mid-October', '2016-12-01')).toEqual([['mid-October', '2016-10-11', '2016-10-20']]);
    expect(datesIn('Jets have struck the area since late September', '2015-10-20')).toEqual([['since late September', '2015-09-21', '2015-10-20']]);
  });

  it('takes no built-in object property name for a month ("constructor" once threw Invalid time value)', () => {
    expect(datesIn('the constructor said toString was hit', '2016-06-22')).toEqual([]);
  });
});
