import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.ts';

describe('relative days', () => {
  it('reads «اليوم» and «أمس» against the publication day', () => {
    expect(datesIn('وصلت التعزيزات اليوم بعد معارك أمس', '2018-03-10')).toEqual([
      ['اليوم', '2018-03-10', '2018-03-10'],
      ['أمس', '2018-03-09', '2018-03-09'],
    ]);
  });

  it('reads «أمس الأول», «أول أمس» and «أول من أمس» as two days back', () => {
    for (const phrase of ['أمس الأول', 'أول أمس', 'أول من أمس']) {
      expect(datesIn(`انسحبت القوات ${phrase} من القرية`, '2019-01-03')).toEqual([[phrase, '2019-01-01', '2019-01-01']]);
    }
  });

  it('reads a night as running from the evening before into the publication day', () => {
    expect(datesIn('اندلعت اشتباكات الليلة الماضية', '2018-03-10')).toEqual([['الليلة الماضية', '2018-03-09', '2018-03-10']]);
    expect(datesIn('تراجع المسلحون ليل أمس', '2018-03-10')).toEqual([['ليل أمس', '2018-03-09', '2018-03-10']]);
  });

  it('does not take «اليوم الثالث» (the third day) or «اليوم ذاته» for today', () => {
    expect(datesIn('في اليوم الثالث على التوالي للقصف', '2015-10-03')).toEqual([]);
    expect(datesIn('وصلت تعزيزات في اليوم ذاته', '2015-10-03')).toEqual([]);
  });

  it('reads English today, yesterday, the day before yesterday and last night', () => {
    expect(datesIn('Jets struck the town yesterday and again today', '2017-04-05').map((d) => d[1])).toEqual(['2017-04-04', '2017-04-05']);
    expect(datesIn('Fighting broke out the day before yesterday', '2017-04-05')).toEqual([['the day before yesterday', '2017-04-03', '2017-04-03']]);
    expect(datesIn('Shelling went on last night', '2017-04-05')).toEqual([['last night', '2017-04-04', '2017-04-05']]);
  });

  it('leaves a relative date open when the report has no publication date', () => {
    expect(datesIn('قصف الطيران البلدة أمس', null)).toEqual([['أمس', null, null]]);
  });

  it('widens a relative date by the uncertainty of a month-only publication date', () => {
    expect(datesIn('سقطت قذائف أمس', '2017-12')).toEqual([['أمس', '2017-11-30', '2017-12-30']]);
  });
});
