import { describe, expect, it } from 'vitest';
import { findAnaphors } from '../../../src/extract/anaphora.ts';
import { tokenize } from '../../../src/text/tokens.ts';
import { brief, extract } from './extract-helpers.ts';

describe('place choice', () => {
  it('takes the event place, not the speaker city («وفي موسكو، قال …»)', async () => {
    const x = await extract('وفي موسكو، أكد المتحدث أن الطائرات الروسية قصفت مواقع في مدينة تدمر.');
    expect(x.events.map(brief)).toEqual(['airstrike/reported@Tadmor']);
  });

  it('places a statement at the speaker city when the sentence reports nothing else', async () => {
    const x = await extract('وفي دمشق، أكد وزير الخارجية أن الحكومة ملتزمة بالحل السياسي.');
    expect(x.events.map((e) => `${e.type}@${e.place.kind}`)).toEqual(['statement@city']);
    expect(x.events[0]?.place.admin1).toBe('Damascus');
  });

  it('places a statement where the speaker spoke («قال … في مؤتمر عقد في عمان إن …»)', async () => {
    const x = await extract('وقال الوزير في مؤتمر صحفي عقد في عمان أمس إن الحل سياسي.', '2017-07-02');
    expect(x.events.map((e) => `${e.type}@${e.place.name.en}`)).toEqual(['statement@Amman']);
    expect(x.events[0]?.date).toMatchObject({ start: '2017-07-01', basis: 'text' });
  });

  it('gives one event per place of a list and drops the governorate that only locates them', async () => {
    const x = await extract('استهدفت الغارات مخازن في سراقب وخان شيخون في محافظة إدلب.');
    expect(x.events.map((e) => e.place.kind)).not.toContain('governorate');
    expect(x.events).toHaveLength(2);
    expect(x.events.every((e) => e.type === 'airstrike' && e.place.admin1 === 'Idleb')).toBe(true);
  });

  it('keeps governorate precision when the governorate is all the sentence gives', async () => {
    const x = await extract('اندلعت اشتباكات عنيفة في محافظة دير الزور.');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]?.place.precision).toBe('governorate');
  });

  it('lets a river give way to the town on it ("Mayadin on the Euphrates")', async () => {
    const x = await extract('Government troops recaptured the town of Mayadin on the Euphrates on Saturday.', '2017-10-15');
    expect(x.events.map((e) => `${e.type}@${e.place.kind}`)).toEqual(['capture@city']);
  });

  it('prefers the place after a locative to one standing elsewhere in the sentence', async () => {
    const x = await extract('قال مصدر من حلب إن المدفعية قصفت أحياء في مدينة إدلب.');
    expect(x.events.map((e) => e.place.admin1)).toEqual(['Idleb']);
  });

  it('does not take a capital that stands for its government for a place («هجمات موسكو»)', async () => {
    const x = await extract('أعربت أنقرة عن قلقها من هجمات موسكو.');
    expect(x.events).toHaveLength(0);
  });

  it('takes the town a relative clause refers back to for both events', async () => {
    const x = await extract('استهدفت الغارات الجمعة مدينة قديمة في محافظة حمص تدعى تدمر، والتي سيطر عليها التنظيم في أيار الماضي.', '2015-10-03');
    expect(x.events.map(brief).sort()).toEqual(['airstrike/reported@Tadmor', 'capture/reported@Tadmor']);
    expect(x.events.find((e) => e.type === 'capture')?.date).toMatchObject({ start: '2015-05-01', end: '2015-05-31' });
    expect(x.events.find((e) => e.type === 'airstrike')?.date).toMatchObject({ start: '2015-10-02' });
  });

  it('keeps a fighting event in Syria when the sentence also names a foreign capital', async () => {
    const x = await extract('قال المبعوث في جنيف إن اشتباكات اندلعت في مدينة درعا.');
    expect(x.events.map((e) => e.place.admin1)).toEqual(['Dar\'a']);
  });
});

describe('place choice, more', () => {
  it('does not take a dateline for the event place (English and Arabic)', async () => {
    const en = await extract('ALEPPO, Syria — Government forces shelled the town of Saraqib on Tuesday.', '2016-02-10');
    expect(en.events.map((e) => e.place.admin1)).toEqual(['Idleb']);
    const ar = await extract('دمشق - قصفت المدفعية بلدة سراقب أمس.', '2016-02-10');
    expect(ar.events.map((e) => e.place.admin1)).toEqual(['Idleb']);
  });

  it('shares one event among a listed set of towns ("Talbiseh, Rastan and Latamneh")', async () => {
    const x = await extract('Activists said the raids hit Talbiseh and Rastan.', '2015-10-01');
    expect(x.events.map((e) => e.place.admin1)).toEqual(['Homs', 'Homs']);
    expect(new Set(x.events.map((e) => e.place.id)).size).toBe(2);
  });

  it('takes «المدينة» back to the city the report named before, with lower confidence', async () => {
    const x = await extract('استعاد الجيش السيطرة على مدينة تدمر أمس. وجاءت السيطرة بعد معارك عنيفة في المدينة.', '2016-03-28');
    const clash = x.events.find((e) => e.type === 'clash');
    const capture = x.events.find((e) => e.type === 'capture');
    expect(clash?.place.id).toBe(capture?.place.id);
    expect(clash?.place.mention.surface).toBe('المدينة');
    expect(clash!.place.confidence).toBeLessThan(capture!.place.confidence);
  });

  it('does not take the speaker\'s province for the event place ("The governor of Homs province said …")', async () => {
    const x = await extract('The governor of Aleppo said soldiers had pulled out of Palmyra.', '2016-12-12');
    expect(x.events.map((e) => `${e.type}@${e.place.name.en}`)).toEqual(['withdrawal@Tadmor']);
  });

  it('does not take a capital aimed at by words («الاتهامات الموجهة إلى موسكو») for a place', async () => {
    const x = await extract('ونفى الكرملين المسؤولية عن سقوط الضحايا، ووصف الاتهامات الموجهة إلى موسكو بأنها كاذبة.');
    expect(x.events).toHaveLength(0);
  });
});

describe('anaphora', () => {
  it('finds «المدينة» and "the town", and no referring noun in "the constructor"', () => {
    expect(findAnaphors(tokenize('وجاءت السيطرة على المدينة'), 0).map((a) => a.kinds)).toEqual([['city', 'town']]);
    expect(findAnaphors(tokenize('troops entered the town'), 0)).toHaveLength(1);
    expect(findAnaphors(tokenize('the constructor was hit'), 0)).toEqual([]);
  });
});
