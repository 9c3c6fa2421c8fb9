// Region phrases read as one mention with their compass part, on the compiled gazetteer: a name that is itself a
// countryside («ريف دمشق», the governorate) keeps the compass word after it, and the English possessive
// ("Deir ez-Zor's eastern countryside") does not cut the phrase.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/gazetteer/load.ts';
import { scan } from '../../../src/gazetteer/scan.ts';
import { loadGazetteerFile } from '../../../src/ingest/gazetteer-file.ts';

let gaz: Gazetteer;
beforeAll(async () => {
  gaz = await loadGazetteerFile();
}, 120_000);

const only = (text: string) => {
  const ms = scan(gaz, text);
  expect(ms).toHaveLength(1);
  return ms[0]!;
};

describe('region phrases', () => {
  it('«بريف دمشق الغربي»: the governorate named for the countryside keeps its compass word', () => {
    const m = only('قصف بريف دمشق الغربي أمس');
    expect(m.surface).toBe('ريف دمشق الغربي');
    expect(m.qualifier).toBe('west');
    expect(m.candidates[0]).toBe(only('قصف في ريف دمشق').candidates[0]);
    expect(only('في ريف دمشق الشمالي الغربي').qualifier).toBe('north-west');
    // Without a compass word it stays the governorate's name alone.
    expect(only('في ريف دمشق أمس').qualifier).toBeNull();
  });

  it('«ريف حلب الشمالي الغربي» still reads the countryside of Aleppo with both compass words', () => {
    const m = only('قصف بريف حلب الشمالي الغربي');
    expect(m.surface).toBe('ريف حلب الشمالي الغربي');
    expect(m.qualifier).toBe('countryside north-west');
    expect(m.cue).toBe('ريف');
  });

  it('"Deir ez-Zor\'s eastern countryside" is one region mention, with or without the compass word', () => {
    const m = only("clashes in Deir ez-Zor's eastern countryside on Monday");
    expect(m.surface).toBe("Deir ez-Zor's eastern countryside");
    expect(m.qualifier).toBe('countryside east');
    expect(m.candidates).toEqual(only('clashes in Deir ez-Zor on Monday').candidates);
    expect(only('in Deir ez-Zor’s countryside').qualifier).toBe('countryside');
  });

  it('leaves a possessive that is not followed by the countryside alone', () => {
    expect(only("Deir ez-Zor's eastern suburbs").surface).toBe('Deir ez-Zor');
    expect(only("in Raqqa's north").surface).toBe('Raqqa');
  });
});
