// The fast scan (pre-pass over the raw text, exact matcher only at candidate words) must return exactly the
// mentions of trying the matcher at every word (scanEveryWord), which is the definition of scan. Compared on
// every file of corpus/ and every seed report, and line by line on the seeds (reports are scanned one by one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/gazetteer/load.ts';
import { createGazetteer } from '../../../src/gazetteer/load.ts';
import { scan, scanEveryWord } from '../../../src/gazetteer/scan.ts';
import { loadGazetteerFile } from '../../../src/ingest/gazetteer-file.ts';
import { sharedDir } from '../../eval/events.ts';
import { FIXTURE } from './fixture.ts';

const CORPUS = new URL('../../../corpus/', import.meta.url).pathname;
const SEEDS = join(sharedDir(), 'seeds');

function texts(dir: string, ext: RegExp): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

let gaz: Gazetteer;
beforeAll(async () => {
  gaz = await loadGazetteerFile();
}, 120_000);

describe('scan agrees with scanEveryWord', () => {
  const corpus = texts(CORPUS, /\.(md|txt)$/);
  it('finds the corpus', () => expect(corpus.length).toBeGreaterThan(20));

  it.each(corpus)('on corpus/%s', (_, text) => {
    const every = scanEveryWord(gaz, text);
    expect(every.length).toBeGreaterThan(0);
    expect(scan(gaz, text)).toEqual(every);
  });

  const seeds = texts(SEEDS, /\.txt$/);
  it.skipIf(seeds.length === 0).each(seeds)('on seed %s, whole and line by line', (_, text) => {
    expect(scan(gaz, text)).toEqual(scanEveryWord(gaz, text));
    for (const line of text.split('\n')) expect(scan(gaz, line)).toEqual(scanEveryWord(gaz, line));
  });

  it('on the corpus run together into one text longer than a stretch, without line breaks', () => {
    // One stretch of more than 16,384 characters (the scanner's stretch): no line break to cut it at.
    const text = corpus.map(([, t]) => t.replace(/\n+/g, ' ')).join(' ');
    expect(text.length).toBeGreaterThan(20_000);
    expect(scan(gaz, text)).toEqual(scanEveryWord(gaz, text));
  });

  it('on the hand-written fixture gazetteer too (its tables are its own)', () => {
    const small = createGazetteer(FIXTURE);
    for (const [, text] of corpus) expect(scan(small, text)).toEqual(scanEveryWord(small, text));
  });

  it('on edge cases: empty text, spaces only, punctuation, presentation forms, Latin articles, T4', () => {
    const cases = [
      '',
      '   \n\n  ',
      '،،،',
      'ﺍﻟﺮﻗﺔ ﻭﺣﻠﺐ', // presentation forms
      'في ﺍﻟﺮﻗﺔ',
      'al-Raqqa, ar-Raqqah and al- Bab',
      'مطار T4 العسكري و T-4 و t4',
      'Deir ez-Zor\'s eastern countryside',
      'وبالرقة وللرقة وكالرقة فالرقة',
      'دير الـزور ديرالزور دير-الزور',
      'الرقة',
      'ريف',
      'ريف دمشق',
      'قصف بريف دمشق الغربي',
      'في ريف دمشق الشمالي الغربي أمس',
      "clashes in Deir ez-Zor’s countryside",
    ];
    for (const text of cases) expect(scan(gaz, text), text).toEqual(scanEveryWord(gaz, text));
  });
});

describe('the one-word memo', () => {
  // A one-word candidate is answered by spelling; an everyday word's answer also depends on a cue before it. The
  // same spelling met first without a cue and then with one (and the other way round) must get each answer right.
  it.each([
    'قال العديد من الناس إن قاعدة العديد استقبلت الطائرات ثم العديد من الجنود',
    'استقبلت قاعدة العديد الطائرات وقال العديد من الناس إن قاعدة العديد مهمة',
  ])('%s', (text) => {
    const ms = scan(gaz, text);
    expect(ms).toEqual(scanEveryWord(gaz, text));
    expect(ms.filter((m) => m.surface === 'العديد').map((m) => m.cue)).toEqual(
      text.match(/قاعدة العديد/g)!.map(() => 'قاعدة'),
    );
  });
});

describe('loose names of two words', () => {
  // The second word is looked for by its loose key: before, only a second word spelled as its loose key
  // («تهتني») let a misspelled first word («برزح» for «برزة») reach the loose name.
  it.each([
    ['قصف على برزح تحتاني أمس', 'برزح تحتاني', 'C7941'],
    ['قصف على برزه تهتني أمس', 'برزه تهتني', 'C7941'],
  ])('%s → %s', (text, surface, id) => {
    const [m] = scan(gaz, text);
    expect(m?.surface).toBe(surface);
    expect(m?.candidates).toContain(id);
    expect(scan(gaz, text)).toEqual(scanEveryWord(gaz, text));
  });
});
