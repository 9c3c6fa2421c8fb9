import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { findTriggers } from '../../../src/extract/triggers.ts';
import { tokenize } from '../../../src/text/tokens.ts';

function triggersIn(sentence: string): [string, string][] {
  const tokens = tokenize(sentence);
  return findTriggers(tokens, findActors(tokens, sentence)).map((t) => [sentence.slice(t.start, t.end), t.type]);
}

describe('triggers', () => {
  it('finds air strikes in their Arabic forms, with proclitics and the article', () => {
    expect(triggersIn('شنت الطائرات غارات على البلدة')).toContainEqual(['غارات', 'airstrike']);
    expect(triggersIn('وبالغارة الجوية سقط خمسة')).toContainEqual(['وبالغارة الجوية', 'airstrike']);
    expect(triggersIn('تعرضت القرية لقصف جوي عنيف')).toContainEqual(['لقصف جوي', 'airstrike']);
  });

  it('takes an aircraft phrase for a strike only next to a strike verb, and not twice', () => {
    expect(triggersIn('الطيران الحربي يقصف أطراف المدينة').map((t) => t[1])).toContain('airstrike');
    expect(triggersIn('الطيران الحربي الروسي يجب أن ينسق مع التحالف')).toEqual([]);
    expect(triggersIn('الطائرات الروسية لم تنفذ أي غارات')).toEqual([['غارات', 'airstrike']]);
  });

  it('reads bare «قصف» by who does it: aircraft near or accused → air strike, otherwise shelling', () => {
    expect(triggersIn('استمر قصف المواقع طوال الليل')).toEqual([['قصف', 'shelling']]);
    expect(triggersIn('قصفت الطائرات الحربية مواقع التنظيم')).toContainEqual(['قصفت', 'airstrike']);
    expect(triggersIn('اتهمت الوزارة التحالف الدولي بالتقاعس وقصف مواقع الجيش')).toContainEqual(['وقصف', 'airstrike']);
    expect(triggersIn('دمرت مروحيات خلال القصف الذي شنه داعش')).toContainEqual(['القصف', 'shelling']);
  });

  it('finds shelling, ground attacks, clashes and withdrawals', () => {
    expect(triggersIn('سقطت قذائف هاون على الحي')).toContainEqual(['قذائف هاون', 'shelling']);
    expect(triggersIn('شن التنظيم هجوما معاكسا على المطار')).toContainEqual(['هجوما معاكسا', 'ground_attack']);
    expect(triggersIn('اندلعت اشتباكات عنيفة في المدينة')).toContainEqual(['اشتباكات', 'clash']);
    expect(triggersIn('أجبر القوات على الانسحاب من المطار')).toContainEqual(['الانسحاب', 'withdrawal']);
  });

  it('finds captures, displacement, casualties and agreements', () => {
    expect(triggersIn('سيطر المقاتلون على التلة')).toContainEqual(['سيطر', 'capture']);
    expect(triggersIn('موجة نزوح كبيرة من الأحياء الشرقية')).toContainEqual(['موجة نزوح', 'displacement']);
    expect(triggersIn('سقط عشرات القتلى في الانفجار')).toContainEqual(['القتلى', 'casualties']);
    expect(triggersIn('تم التوصل إلى اتفاق لوقف القتال')).toContainEqual(['التوصل إلى اتفاق', 'agreement']);
  });

  it('lets casualty words in a strike sentence be the strike toll, not another event', () => {
    expect(triggersIn('قتلت الغارات عشرة مدنيين')).toEqual([['قتلت الغارات', 'airstrike']]);
    expect(triggersIn('استمرت الغارات على البلدة وقتل عشرة مدنيين').map((t) => t[1])).toEqual(['airstrike', 'airstrike']);
    expect(triggersIn('قتل عشرة مدنيين').map((t) => t[1])).toEqual(['casualties']);
  });

  it('takes English "bombing" for an air strike only when aircraft are named in the sentence', () => {
    expect(triggersIn('Russian jets flew over the province on Monday, bombing several towns').map((t) => t[1])).toEqual(['airstrike']);
    expect(triggersIn('It was the deadliest bombing the town had seen')).toEqual([]);
    expect(triggersIn('A car bombing killed nine people').map((t) => t[1])).toContain('casualties');
  });

  it('finds English triggers', () => {
    expect(triggersIn('Jets carried out air strikes on the town').map((t) => t[1])).toContain('airstrike');
    expect(triggersIn('Rebels recaptured the village after heavy fighting').map((t) => t[1])).toEqual(['capture', 'clash']);
    expect(triggersIn('Thousands fled the shelling').map((t) => t[1])).toEqual(['displacement', 'shelling']);
  });
});
