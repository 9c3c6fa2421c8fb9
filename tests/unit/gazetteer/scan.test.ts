import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../../src/gazetteer/load.ts';
import { scan } from '../../../src/gazetteer/scan.ts';
import { Mention } from '../../../src/schema/index.ts';
import { FIXTURE } from './fixture.ts';

const gaz = createGazetteer(FIXTURE);
const surfaces = (text: string) => scan(gaz, text).map((m) => m.surface);
const first = (text: string) => scan(gaz, text)[0];

describe('scan', () => {
  it('returns schema-valid mentions whose spans cut the surface out of the text', () => {
    const text = 'قصفت الطائرات مدينة الرقة وبلدة عين عيسى أمس.';
    const ms = scan(gaz, text);
    expect(ms.length).toBe(2);
    for (const m of ms) {
      expect(Mention.parse(m)).toEqual(m);
      expect(text.slice(m.span[0], m.span[1])).toBe(m.surface);
    }
  });

  it('normalizes spelling: ة/ه, hamza, diacritics and tatweel', () => {
    expect(first('في الرقه')?.candidates).toContain('raqqa');
    expect(first('في تل ابيض')?.candidates).toEqual(['tal-abyad']);
    expect(first('في الرَّقَّة')?.candidates).toContain('raqqa');
    expect(first('في دير الـزور')?.candidates).toEqual(['deir-ez-zor']);
  });

  it('accepts a name written without its inner space', () => {
    expect(first('معارك في ديرالزور')?.candidates).toEqual(['deir-ez-zor']);
  });

  it('peels proclitics only when the rest is a name, and leaves them out of the span', () => {
    expect(surfaces('وبالرقة قتلى')).toEqual(['الرقة']);
    // «للرقة» is ل + the article: the span starts at the article's lam.
    expect(surfaces('انسحبوا للرقة')).toEqual(['لرقة']);
    expect(surfaces('وحلب ودمشق')).toEqual(['حلب', 'دمشق']);
    expect(surfaces('كالرقة تماما')).toEqual(['الرقة']);
    expect(surfaces('بين الرقة وتل أبيض')).toEqual(['الرقة', 'تل أبيض']);
    // «بيان» is not ب + a place, «لعبه» is not ل + a place.
    expect(surfaces('صدر بيان لعبه دور')).toEqual([]);
  });

  it('matches a name with or without its article', () => {
    expect(first('قرب مطار طبقة العسكري')?.candidates).toEqual(['tabqa-airbase']);
    // OCHA writes «هيشة», the news «قرية الهيشة».
    expect(first('في قرية الهيشة')?.candidates).toEqual(['hisha']);
  });

  it('takes the longest name', () => {
    const ms = scan(gaz, 'على بعد كيلومترات من مطار الطبقة العسكري');
    expect(ms.map((m) => m.surface)).toEqual(['مطار الطبقة العسكري']);
  });

  it('records the cue word in front of the name', () => {
    expect(first('سيطروا على مدينة الطبقة')).toMatchObject({ surface: 'الطبقة', cue: 'مدينة' });
    expect(first('دخلوا محافظة الرقة')).toMatchObject({ surface: 'الرقة', cue: 'محافظة' });
    expect(first('تقدموا بمحافظة الرقة')).toMatchObject({ cue: 'محافظة' });
    expect(first('the town of Tal Abyad')).toMatchObject({ surface: 'Tal Abyad', cue: 'town' });
  });

  it('reads Latin tokens inside Arabic text', () => {
    expect(first('صور قاعدة «t4» الجوية')?.candidates).toEqual(['t4']);
    expect(first('قاعدة T-4 الجوية')?.candidates).toEqual(['t4']);
  });

  it('reads transliterations', () => {
    expect(first('Fighting near Dayr az Zawr')?.candidates).toEqual(['deir-ez-zor']);
    expect(first('Fighting near Deir Ezzor')?.candidates).toEqual(['deir-ez-zor']);
    expect(first('Kurds call it Gire Spi')?.candidates).toEqual(['tal-abyad']);
  });

  it('needs a capital letter for a Latin name in running English', () => {
    expect(surfaces('we went to the aleppo market')).toEqual([]);
    expect(surfaces('we went to the Aleppo market')).toEqual(['Aleppo']);
  });
});

describe('scan: region phrases are one mention', () => {
  it('«ريف X الشمالي»', () => {
    expect(first('معركة ريف الرقة الشمالي')).toMatchObject({ surface: 'ريف الرقة الشمالي', qualifier: 'countryside north' });
  });
  it('«بريف حلب» peels the proclitic off ريف', () => {
    expect(first('اشتباكات بريف حلب')).toMatchObject({ surface: 'ريف حلب', qualifier: 'countryside' });
  });
  it('«شمال الرقة», «جنوب غربي سوريا»', () => {
    expect(first('حملة تحرير شمال الرقة')).toMatchObject({ surface: 'شمال الرقة', qualifier: 'north' });
    expect(first('منطقة خفض التصعيد جنوب غربي سوريا')).toMatchObject({ surface: 'جنوب غربي سوريا', qualifier: 'south-west' });
  });
  it('"northern Raqqa countryside" and "north of Aleppo"', () => {
    expect(first('the northern Raqqa countryside')).toMatchObject({ surface: 'northern Raqqa countryside', qualifier: 'countryside north' });
    expect(first('villages north of Aleppo')).toMatchObject({ surface: 'north of Aleppo', qualifier: 'north' });
  });
  it('a compass word before a cue places something relative to the place, it is no region', () => {
    expect(first('المطار غرب مدينة الرقة')).toMatchObject({ surface: 'الرقة', qualifier: null, cue: 'مدينة' });
  });
  it('«الغرب» (the West) before a name is no compass phrase', () => {
    expect(first('يتهم الغرب روسيا')).toMatchObject({ surface: 'روسيا', qualifier: null });
  });
});

describe('scan: what is not a place', () => {
  it('skips forces, outlets, time zones and metaphors whole', () => {
    expect(surfaces('أعلنت قوات سوريا الديمقراطية')).toEqual([]);
    expect(surfaces('قالت «سوريا الديموقراطية» إن')).toEqual([]);
    expect(surfaces('بمشاركة لواء تحرير الرقة')).toEqual([]);
    expect(surfaces('وقال لوكالة فرانس برس')).toEqual([]);
    expect(surfaces('في مقابلة مع قناة روسيا 24')).toEqual([]);
    expect(surfaces('ذكرت قناة الجزيرة')).toEqual([]);
    expect(surfaces('الساعة العاشرة بتوقيت دمشق')).toEqual([]);
    expect(surfaces('لن تصبح سورية أفغانستان ثانية')).toEqual(['سورية']);
  });
  it('nisba adjectives are not the country', () => {
    expect(surfaces('الجيش السوري والقوات الروسية')).toEqual([]);
    expect(surfaces('الحكومة السورية')).toEqual([]);
    expect(surfaces('في سورية')).toEqual(['سورية']);
  });
  it('an everyday word is not the village that bears it', () => {
    expect(surfaces('سيطروا على الرقة')).toEqual(['الرقة']);
  });
  it('a name that is also a word needs its context: «الجزيرة» only as a place', () => {
    expect(surfaces('قالت الجزيرة إن')).toEqual([]);
    expect(surfaces('شعبنا في الجزيرة وكري سبي')).toEqual(['الجزيرة', 'كري سبي']);
  });
  it('an adverb in -اً is never a name', () => {
    const g = createGazetteer([...FIXTURE, { ...FIXTURE[9]!, id: 'duma', names: { ar: ['دوما'], en: ['Douma'] }, kind: 'city' }]);
    expect(scan(g, 'كانت حريصة دوماً').length).toBe(0);
    expect(scan(g, 'قصف على دوما').length).toBe(1);
  });
});

describe('scan: descriptions', () => {
  it('«العاصمة الأردنية» is Amman, «العاصمة السورية» Damascus', () => {
    expect(first('العاملين في العاصمة الأردنية')).toMatchObject({ surface: 'العاصمة الأردنية', candidates: ['amman'] });
    expect(first('وصل إلى العاصمة السورية')?.candidates).toEqual(['damascus']);
  });
});

describe('scan memos', () => {
  it('what a spelling says is remembered per gazetteer: a second gazetteer with other names reads the same words anew', () => {
    const text = 'قصفت الطائرات بلدة وادي الدوم وبلدة عين عيسى';
    expect(surfaces(text)).toEqual(['عين عيسى']);
    const other = createGazetteer([
      ...FIXTURE.filter((e) => e.id !== 'ain-issa'),
      { ...FIXTURE.find((e) => e.id === 'raqqa')!, id: 'wadi-dawm', names: { ar: ['وادي الدوم'], en: ['Wadi al-Dawm'] } },
    ]);
    expect(scan(other, text).map((m) => m.surface)).toEqual(['وادي الدوم']);
    // and the first gazetteer still answers as before
    expect(surfaces(text)).toEqual(['عين عيسى']);
  });
  it('a mention’s candidates are shared by every mention of the name, and frozen: changing them throws', () => {
    const m = first('في الرقة')!;
    const before = [...m.candidates];
    expect(Object.isFrozen(m.candidates)).toBe(true);
    expect(() => {
      m.candidates.length = 0;
    }).toThrow(TypeError);
    expect(first('قصف الرقة')?.candidates).toBe(m.candidates);
    expect(first('في الرقة')?.candidates).toEqual(before);
  });
});

describe('scan at a change of script', () => {
  it('a Latin name glued to an Arabic region phrase: two mentions, in order, not overlapping (found by fast-check)', () => {
    const ms = scan(gaz, 'Raqqaريف حلب الشمالي');
    expect(ms.map((m) => m.surface)).toEqual(['Raqqa', 'ريف حلب الشمالي']);
    expect(ms[1]!.span[0]).toBeGreaterThanOrEqual(ms[0]!.span[1]);
  });
});
