// Running news text is full of words that some village or far-away town is named after. On the compiled
// gazetteer, these sentences must yield only the places they really name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/gazetteer/load.ts';
import { resolve } from '../../../src/gazetteer/resolve.ts';
import { scan } from '../../../src/gazetteer/scan.ts';
import { loadGazetteerFile } from '../../../src/ingest/gazetteer-file.ts';

let gaz: Gazetteer;
// Building the index takes seconds; on a loaded machine more than the default hook timeout.
beforeAll(async () => {
  gaz = await loadGazetteerFile();
}, 120_000);

const named = (text: string) => resolve(gaz, scan(gaz, text), { text }).map((m) => m.place?.name.en);

describe('English news text', () => {
  it('capitalised everyday words are not places', () => {
    expect(named('The Syrian Army said on Sunday that State media and the Kurdish Council met Putin and Erdogan.')).toEqual([]);
    expect(named('Many Russian missiles hit IS positions; No one was hurt, Read more. Last Monday a Truck exploded.')).toEqual([]);
  });
  it('names of Russians and Syrians, weekdays and other sentence-initial words do not reach a place by their key', () => {
    // Each of these words shares its phonetic key with some place (Women/Oman, When/Wuhan, Came/Hama, Way/Wuwei).
    for (const w of ['Putin', 'Russian', 'Syrian', 'Sunday', 'Women', 'When', 'Who', 'Way', 'Came', 'Same', 'Use', 'Time', 'Agree', 'Deal', 'Are', 'Can']) {
      expect(named(`${w} said that`), w).toEqual([]);
      expect(named(`They met in ${w} on Monday`), w).toEqual([]);
    }
    expect(named('SANA said the army entered Douma.')).toEqual(['Duma']);
    // «Assad» shares its key with Chad; a village is spelled Assad exactly, so the far-away country is dropped
    // and the village alone needs a sign it is meant.
    expect(named('President Assad and Bashar al-Assad spoke.')).toEqual([]);
  });
  it('a place spelled another way than the gazetteer writes it is still found', () => {
    expect(named('Shelling hit Idleb and Hasakah, then Oman and Jordan protested.')).toEqual(['Idleb', 'Al-Hasakeh', 'Oman', 'Jordan']);
  });
  it('but places are, with their region phrases', () => {
    expect(named('Russian jets struck the northern Hama countryside and villages north of Homs on Monday.')).toEqual([
      'Hama (countryside north)',
      'Homs (north)',
    ]);
  });
});

describe('Arabic news text', () => {
  it('verbs, months and everyday nouns are not villages', () => {
    expect(named('جاءت السيطرة بعد اتفاق خرج بموجبه المقاتلون في تشرين الأول، وكانت حلول كثيرة مطروحة على الطاولة')).toEqual([]);
    expect(named('وأكدت الوزارة في بيان أنها ستعمل على حقل النفط خلال السنة المقبلة بحسب المصدر')).toEqual([]);
  });
  it('a word read as proclitic + function word is not a place («بأنه» is not Bāneh, «لأي» not Lae)', () => {
    expect(named('وأكد بأنه لن يسمح لأي طرف بالتقدم')).toEqual([]);
  });
  it('colours are adjectives («السلاح الأبيض» is not El Obeid), while «تل أبيض» is a town', () => {
    expect(named('استخدموا السلاح الأبيض والفسفور الأبيض قرب البحر الأبيض المتوسط')).toEqual([]);
    expect(named('دخلت القوات إلى تل أبيض')).toEqual(['Tell Abiad']);
  });
  it('«على متن», «على وجه» are phrases, not places', () => {
    expect(named('كان على متن الطائرة عشرون شخصا، وعلى وجه التحديد')).toEqual([]);
  });
  it('the bare «سورية» after an indefinite noun is the adjective "Syrian"', () => {
    expect(named('قالت مصادر سورية إن قوات سورية وطائرة سورية شاركت')).toEqual([]);
    expect(named('دخلت القوات إلى سورية من الشمال')).toEqual(['Syria']);
    expect(named('لن تصبح سورية ساحة للصراع')).toEqual(['Syria']);
  });
  it('a village after «على» («وعلى اللطامنة») is read as a place', () => {
    expect(named('قصفت الطائرات بلدة كفرزيتا، وعلى اللطامنة سقطت قذائف')).toEqual(['Kafr Zeita', 'Latmana']);
  });
  it('but places are', () => {
    expect(named('وتقدمت القوات من بلدة عين عيسى نحو الرقة بعد السيطرة على مطار الطبقة العسكري')).toHaveLength(3);
  });
});
