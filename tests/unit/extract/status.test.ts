import { describe, expect, it } from 'vitest';
import { findStatusCues, statusOf } from '../../../src/extract/status.ts';
import { tokenize } from '../../../src/text/tokens.ts';

/** The status of the trigger word `trigger` (first token equal to it) in `sentence`. */
function statusIn(sentence: string, trigger: string): string {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.text === trigger);
  if (i < 0) throw new Error(`no token ${trigger}`);
  return statusOf(tokens, findStatusCues(tokens), i, sentence).status;
}

describe('negation', () => {
  it('negates «لم تنفذ أي غارات», even with a date and a comma between', () => {
    expect(statusIn('الطائرات لم تنفذ أي غارات على البلدة', 'غارات')).toBe('negated');
    expect(statusIn('قال المرصد إن الطائرات لم تنفذ يوم الخميس، أي ضربات جوية', 'ضربات')).toBe('negated');
  });

  it('negates «لم ترصد أي معارك» and «لا توجد اشتباكات»', () => {
    expect(statusIn('وحدات الاستطلاع لم ترصد أي معارك قرب النهر', 'معارك')).toBe('negated');
    expect(statusIn('لا توجد اشتباكات في المدينة', 'اشتباكات')).toBe('negated');
  });

  it('negates «عدم» and «دون»', () => {
    expect(statusIn('أكدت الوزارة عدم حصول قصف للمستشفى', 'قصف')).toBe('negated');
    expect(statusIn('دخل المقاتلون المواقع دون قتال', 'قتال')).toBe('negated');
  });

  it('does not read «ما» (which) or «غير أن» (however) as negation', () => {
    expect(statusIn('تقدم التنظيم ما ساهم في انسحاب القوات', 'انسحاب')).toBe('reported');
    expect(statusIn('غير أن الجيش شن هجوما على البلدة', 'هجوما')).toBe('reported');
  });

  it('does not read «لا يزال» (still), «لا سيما» (especially) or "not only" as negation', () => {
    expect(statusIn('لا يزال القصف مستمراً على الأحياء', 'القصف')).toBe('reported');
    expect(statusIn('تضررت البلدات لا سيما بالقصف المدفعي', 'بالقصف')).toBe('reported');
    expect(statusIn('The army not only shelled the town but stormed it', 'shelled')).toBe('reported');
  });

  it('keeps a negation from reaching across a comma without «أي»', () => {
    expect(statusIn('لم يصدر أي تعليق، واستمر القصف المدفعي', 'القصف')).toBe('reported');
  });

  it('negates English: no airstrikes, did not shell, never attacked', () => {
    expect(statusIn('Russian jets carried out no airstrikes on the city', 'airstrikes')).toBe('negated');
    expect(statusIn('The army did not shell the village', 'shell')).toBe('negated');
    expect(statusIn('Rebels never attacked the base', 'attacked')).toBe('negated');
  });
});

describe('claims, denials and plans', () => {
  it('marks an accusation and an allegation as claimed', () => {
    expect(statusIn('اتهمت المعارضة الطيران الروسي بقصف السوق', 'بقصف')).toBe('claimed');
    expect(statusIn('زعم التنظيم أنه أسقط طائرة خلال الهجوم', 'الهجوم')).toBe('claimed');
  });

  it('lets «بحسب» and "according to" attribute what comes before them', () => {
    expect(statusIn('قتل عشرة مدنيين في غارات على البلدة، بحسب ناشطين', 'غارات')).toBe('claimed');
    expect(statusIn('Shelling hit the market, according to activists', 'Shelling')).toBe('claimed');
  });

  it('keeps a plain report reported', () => {
    expect(statusIn('أفاد المرصد بأن غارات استهدفت البلدة', 'غارات')).toBe('reported');
    expect(statusIn('Warplanes struck the town on Monday', 'struck')).toBe('reported');
  });

  it('marks «نفت» / "denied" as denied, and negation beats it', () => {
    expect(statusIn('نفت الوزارة قصف المستشفى', 'قصف')).toBe('denied');
    expect(statusIn('The ministry denied shelling the hospital', 'shelling')).toBe('denied');
    expect(statusIn('نفت الوزارة أنها لم تنفذ أي غارات', 'غارات')).toBe('negated');
  });

  it('marks «ستبدأ», «تنوي» and "will" as planned', () => {
    expect(statusIn('القوات ستبدأ الهجوم على البلدة', 'الهجوم')).toBe('planned');
    expect(statusIn('القوات الكردية تنوي قريباً بدء هجوم على المدينة', 'هجوم')).toBe('planned');
    expect(statusIn('The army will launch an offensive on the town', 'offensive')).toBe('planned');
  });

  it('reads a purpose «لانتزاع»/«لتحرير» as planned, but not «للهجوم» (to the attack)', () => {
    expect(statusIn('أطلقت القوات معركة لانتزاع المدينة من التنظيم', 'لانتزاع')).toBe('planned');
    expect(statusIn('حشد الجيش قواته لتحرير البلدة', 'لتحرير')).toBe('planned');
    expect(statusIn('تصدت الوحدات للهجوم على البلدة', 'للهجوم')).toBe('reported');
  });

  it('reads warnings of an attack as planned', () => {
    expect(statusIn('تصاعدت التحذيرات من هجوم وشيك على المحافظة', 'هجوم')).toBe('planned');
  });

  it('keeps a caused event reported under a claim: «حمّلت … المسؤولية عن مقتله نتيجة قصف»', () => {
    expect(statusIn('اتهمت الوزارة التحالف بالمسؤولية عن مقتل الضابط نتيجة قصف على المدينة', 'قصف')).toBe('reported');
  });
});
