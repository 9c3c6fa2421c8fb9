import { describe, expect, it } from 'vitest';
import { dateForTrigger, findDates, publicationFrame, reportDate } from '../../../../src/extract/dates/index.ts';
import { timeSegments } from '../../../../src/extract/clauses.ts';
import { tokenize } from '../../../../src/text/tokens.ts';

describe('the report frame', () => {
  it('covers a day, a month or a year as the publication date does', () => {
    expect(publicationFrame('2016-06-22')).toEqual({ start: '2016-06-22', end: '2016-06-22' });
    expect(publicationFrame('2017-12')).toEqual({ start: '2017-12-01', end: '2017-12-31' });
    expect(publicationFrame('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(publicationFrame('2017')).toEqual({ start: '2017-01-01', end: '2017-12-31' });
  });

  it('dates a sentence with no date of its own by the frame, labelled as such', () => {
    expect(reportDate('2017-12')).toEqual({ start: '2017-12-01', end: '2017-12-31', precision: 'month', phrase: '', basis: 'report' });
    expect(reportDate(null)).toMatchObject({ start: null, end: null, basis: 'open' });
  });
});

describe('which date goes with which trigger', () => {
  function dateOf(sentence: string, trigger: string, others: string[], published: string) {
    const tokens = tokenize(sentence);
    const at = (w: string) => {
      const i = tokens.findIndex((t) => t.text === w);
      if (i < 0) throw new Error(`no token ${w}`);
      return { first: i, last: i + 1 };
    };
    const dates = findDates(tokens, sentence, published);
    const t = at(trigger);
    return dateForTrigger(dates, t, [t, ...others.map(at)], timeSegments(tokens), published);
  }

  it('gives the speech date to the speaking and the event date to the event', () => {
    const d = dateOf('أكد المرصد أمس الثلاثاء أن الطائرات لم تنفذ أمس الاثنين أي غارات', 'غارات', [], '2016-06-22');
    expect(d).toMatchObject({ start: '2016-06-20', end: '2016-06-20', phrase: 'أمس الاثنين', basis: 'text', precision: 'day' });
  });

  it('lets coordinated verbs share the date stated first', () => {
    const d = dateOf('بدأ الجيش هجوما مطلع الشهر الحالي ودخل البلدة والتقدم جنوبها', 'والتقدم', ['هجوما'], '2016-06-22');
    expect(d).toMatchObject({ start: '2016-06-01', end: '2016-06-10' });
  });

  it('does not carry a date across «في حين»', () => {
    const d = dateOf('شن التنظيم هجومه منذ ليل الأحد في حين أن التقدم تم مع قصف كثيف', 'قصف', ['هجومه'], '2016-06-22');
    expect(d).toMatchObject({ basis: 'report', start: '2016-06-22' });
  });
});
