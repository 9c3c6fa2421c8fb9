import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../../src/extract/fatalities.ts';
import { tokenize } from '../../../src/text/tokens.ts';

function casualties(sentence: string) {
  return findCasualties(tokenize(sentence), sentence, 0);
}

describe('fatalities and injured', () => {
  it('reads a plain count and who: «قتل 12 مدنياً»', () => {
    expect(casualties('قتل 12 مدنياً في الغارة').fatalities).toMatchObject({ count: 12, qualifier: 'exact', who: 'civilians' });
  });

  it('reads Arabic-Indic digits and number words', () => {
    expect(casualties('مقتل ٧ مقاتلين').fatalities?.count).toBe(7);
    expect(casualties('قتل ثلاثة جنود').fatalities).toMatchObject({ count: 3, who: 'جنود' });
  });

  it('reads «ما لا يقل عن» and «على الأقل» as at_least, «نحو»/«حوالي» as about', () => {
    expect(casualties('مقتل ما لا يقل عن 20 عنصراً').fatalities).toMatchObject({ count: 20, qualifier: 'at_least' });
    expect(casualties('قتلت الغارات على الأقل 10 مقاتلين').fatalities).toMatchObject({ count: 10, qualifier: 'at_least' });
    expect(casualties('قتل نحو 30 شخصاً').fatalities).toMatchObject({ count: 30, qualifier: 'about' });
    expect(casualties('أدى القصف إلى مقتل حوالي 15 مدنياً').fatalities).toMatchObject({ count: 15, qualifier: 'about' });
  });

  it('reads a vague «عشرات القتلى» as at least 20, with its range', () => {
    expect(casualties('سقط عشرات القتلى').fatalities).toMatchObject({ count: 20, min: 20, max: 99, qualifier: 'at_least' });
  });

  it('tells the killed from the wounded', () => {
    const c = casualties('قتل 4 مدنيين وأصيب 11 آخرون بجروح');
    expect(c.fatalities?.count).toBe(4);
    expect(c.injured?.count).toBe(11);
    expect(casualties('سقط 9 جرحى').fatalities).toBeNull();
    expect(casualties('سقط 9 جرحى').injured?.count).toBe(9);
  });

  it('does not mistake «عاملين» (workers) or «ميليشيات» for a unit', () => {
    expect(casualties('قتل 5 عاملين في القصف').fatalities).toMatchObject({ count: 5, who: 'عاملين' });
  });

  it('ignores numbers that count something else (distance, sorties)', () => {
    expect(casualties('على بعد 7 كيلومترات من المطار قتل الجنود').fatalities).toBeNull();
    expect(casualties('نفذت 18 عملية وقتل فيها عناصر').fatalities).toBeNull();
  });

  it('reads English counts', () => {
    expect(casualties('At least 8 civilians were killed').fatalities).toMatchObject({ count: 8, qualifier: 'at_least', who: 'civilians' });
    expect(casualties('about twenty people were wounded').injured).toMatchObject({ count: 20, qualifier: 'about' });
  });
});
