// scan (pre-pass + matcher at candidates) returns exactly what scanEveryWord (matcher at every word) returns, on
// random text made of corpus sentences, gazetteer names with proclitics, diacritics and tatweel, and noise.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/gazetteer/load.ts';
import { scan, scanEveryWord } from '../../src/gazetteer/scan.ts';
import { loadGazetteerFile } from '../../src/ingest/gazetteer-file.ts';
import { anyUnicode, reportText, runs } from './arbitraries.ts';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const sentences = readdirSync(CORPUS)
  .filter((f) => /\.(md|txt)$/.test(f))
  .flatMap((f) => readFileSync(CORPUS + f, 'utf8').split(/(?<=[.،؟!\n])/))
  .filter((s) => s.trim() !== '');

let gaz: Gazetteer;
let names: string[] = [];
beforeAll(async () => {
  gaz = await loadGazetteerFile();
  // A spread of names: every 7th entry's names, Arabic and Latin.
  names = gaz.entries.filter((_, k) => k % 7 === 0).flatMap((e) => [...e.names.ar, ...e.names.en]);
}, 120_000);

const PROCLITICS = ['', '', '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'فل', 'ال', 'بال', 'وال', 'لل', 'ولل', 'كال'];
const TASHKEEL = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', 'ـ'];
const NEARBY = ['مدينة', 'بلدة', 'قرية', 'ريف', 'شمال', 'جنوب غربي', 'الشمالي', 'الغربي', 'في', 'قرب', 'the town of', 'north of', 'countryside', 'province', 'قوات', 'جيش', 'قناة', 'Assad', 'in'];

/** Letters writers confuse (the pairs looseArabic merges), and the final ة written ت, so loose names are reached. */
const MISSPELLINGS: [RegExp, string][] = [[/ح/, 'ه'], [/ه/, 'ح'], [/ط/, 'ت'], [/ت/, 'ط'], [/ق/, 'ك'], [/ص/, 'س'], [/ة$/, 'ت'], [/ة( |$)/, 'ت$1'], [/(.)ا(.)/, '$1$2']];

/** A gazetteer name as writers mangle it: a proclitic in front, a letter misspelt, diacritics or tatweel inside. */
const mangledName = () =>
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(...PROCLITICS),
      fc.option(fc.constantFrom(...MISSPELLINGS), { freq: 2 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TASHKEEL)), { maxLength: 2 }),
    )
    .map(([k, prefix, misspelling, marks]) => {
      let name = names[k % names.length]!;
      if (misspelling) name = name.replace(misspelling[0], misspelling[1]);
      for (const [at, mark] of marks) {
        const p = 1 + (at % Math.max(1, name.length - 1));
        name = name.slice(0, p) + mark + name.slice(p);
      }
      return prefix + name;
    });

const piece = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...sentences) },
    { weight: 4, arbitrary: mangledName() },
    { weight: 2, arbitrary: fc.constantFrom(...NEARBY) },
    { weight: 1, arbitrary: reportText(8) },
    { weight: 1, arbitrary: anyUnicode(8) },
  );
const SEPARATORS = [' ', ' ', ' ', '\n', '، ', '. ', '-', ' و', 'ـ', ''];
const text = () =>
  fc.array(fc.tuple(piece(), fc.constantFrom(...SEPARATORS)), { maxLength: 30 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('scan', () => {
  it('returns the mentions scanEveryWord returns', () => {
    fc.assert(
      fc.property(text(), (t) => {
        expect(scan(gaz, t)).toEqual(scanEveryWord(gaz, t));
      }),
      { numRuns: runs(400) },
    );
  });
});
