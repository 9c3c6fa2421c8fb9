import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../../src/schema/index.ts';
import { brief, extract } from './extract-helpers.ts';

describe('extractReport', () => {
  it('keeps a negated strike as negated, dated by the weekday the sentence gives', async () => {
    const x = await extract('قال ناشطون إن الطائرات الروسية لم تنفذ يوم الاثنين أي غارات على مدينة تدمر.', '2016-03-23');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ type: 'airstrike', status: 'negated', date: { start: '2016-03-21', end: '2016-03-21', basis: 'text' } });
    expect(x.events[0]?.place.admin1).toBe('Homs');
  });

  it('gives every event a schema-valid record with the quote, its span and the trigger', async () => {
    const text = 'عنوان\nقصفت المدفعية أحياء في مدينة حلب أمس. وانسحب المقاتلون من بلدة منبج.';
    const x = await extract(text);
    expect(x.events.length).toBe(2);
    for (const e of x.events) {
      expect(() => EventRecord.parse(e)).not.toThrow();
      const [s, t] = e.sources[0]!.span;
      expect(text.slice(s, t)).toBe(e.sources[0]!.quote);
      expect(text.slice(e.trigger.span[0], e.trigger.span[1])).toBe(e.trigger.surface);
      expect(text.slice(e.place.mention.span[0], e.place.mention.span[1])).toBe(e.place.mention.surface);
    }
    expect(x.events.map(brief)).toEqual(['shelling/reported@Aleppo', 'withdrawal/reported@Menbij']);
  });

  it('gives the same ids on every run and different ids to different sentences', async () => {
    const text = 'اشتباكات عنيفة في مدينة منبج. اشتباكات عنيفة في مدينة الرقة اليوم.';
    const a = await extract(text);
    const b = await extract(text);
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });

  it('makes one event of two sentences about the same strike, the second adding the toll', async () => {
    const x = await extract('شنت الطائرات غارات على مدينة سراقب أمس. وأسفرت الغارات على سراقب عن مقتل 7 مدنيين.', '2016-02-10');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]?.fatalities).toMatchObject({ count: 7, who: 'civilians' });
    expect(x.events[0]?.date).toMatchObject({ start: '2016-02-09', basis: 'text' });
  });

  it('dates a sentence without a date by the report frame, widened for a month-only publication', async () => {
    const x = await extract('قصفت المدفعية بلدة سراقب.', '2017-12');
    expect(x.events[0]?.date).toEqual({ start: '2017-12-01', end: '2017-12-31', precision: 'month', phrase: '', basis: 'report' });
  });

  it('leaves dates open when the report has no publication date', async () => {
    const x = await extract('قصفت المدفعية بلدة سراقب أمس.', null);
    expect(x.events[0]?.date).toMatchObject({ start: null, end: null, basis: 'open', phrase: 'أمس' });
  });

  it('drops a "see also" teaser before extracting', async () => {
    const x = await extract('اشتباكات في مدينة منبج.\n\nانظر ايضاً\n\nغارات على مدينة حلب اليوم');
    expect(x.events.map(brief)).toEqual(['clash/reported@Menbij']);
    expect(x.mentions.some((m) => m.surface.includes('حلب'))).toBe(false);
  });

  it('lists a trigger sentence with no place as unresolved', async () => {
    const x = await extract('وقصفت الطائرات الحربية مواقع المسلحين طوال الليل.');
    expect(x.events).toHaveLength(0);
    expect(x.unresolved).toContainEqual(expect.objectContaining({ what: 'trigger_without_place', surface: 'وقصفت' }));
  });

  it('links a denial to the claim it denies', async () => {
    const x = await extract('اتهمت المعارضة الطيران الروسي بقصف مستشفى في مدينة سراقب. ونفت وزارة الدفاع الروسية قصف مدينة سراقب.');
    const claim = x.events.find((e) => e.status === 'claimed');
    const denial = x.events.find((e) => e.status === 'denied');
    expect(claim?.type).toBe('airstrike');
    expect(denial?.denies).toBe(claim?.id);
  });

  it('marks a planned offensive as planned', async () => {
    const x = await extract('قال قائد ميداني إن القوات ستبدأ هجوماً على مدينة الرقة.');
    expect(x.events.map(brief)).toEqual(['ground_attack/planned@Ar-Raqqa']);
  });

  it('reads an English report: claim, weekday, toll and actors', async () => {
    const x = await extract('Russian jets struck Saraqib on Monday, killing at least 12 civilians, according to activists.', '2016-02-10');
    const e = x.events.find((v) => v.type === 'airstrike');
    expect(e).toMatchObject({ status: 'claimed', date: { start: '2016-02-08', end: '2016-02-08' } });
    expect(e?.fatalities).toMatchObject({ count: 12, qualifier: 'at_least', who: 'civilians' });
    expect(e?.actors.map((a) => a.id)).toContain('russia_air');
    expect(e?.place.admin1).toBe('Idleb');
  });

  it('keeps an English negation: no clashes were recorded', async () => {
    const x = await extract('Monitors said no clashes were recorded in Manbij on Friday.', '2016-06-25');
    expect(x.events.map(brief)).toEqual(['clash/negated@Menbij']);
  });
});
