// `npm run gazetteer` is deterministic and the committed file is what it makes today. Needs the
// reference data in ../shared/data (or $SITREP_SHARED_DATA); a clone without it skips this test.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURATED_PATH, buildGazetteer, validate } from '../../../gazetteer/build/build.ts';
import type { GazetteerEntry } from '../../../src/schema/index.ts';
import { sharedDataDir } from '../../../gazetteer/build/data-dir.ts';
import { compiledText } from './compiled.ts';

describe.skipIf(!existsSync(sharedDataDir()))('gazetteer build', () => {
  it('gives the same bytes on every run, equal to the committed gazetteer.json', () => {
    const first = buildGazetteer();
    const second = buildGazetteer();
    expect(second === first).toBe(true);
    expect(first === compiledText, 'gazetteer/gazetteer.json is stale: run npm run gazetteer').toBe(true);
  }, 150_000); // two builds of about 5 s CPU each, on a machine shared with other test runs
});

describe('validate', () => {
  const good: GazetteerEntry = {
    id: 'C5929', names: { ar: ['الثورة'], en: ['Al-Thawrah'] }, kind: 'town', coordinates: [38.5401, 35.83032],
    country: 'SY', admin1: 'Ar-Raqqa', admin2: 'Ath-Thawrah', sources: { ocha: 'C5929' },
  };

  it('passes schema-valid entries', () => {
    expect(() => validate([good])).not.toThrow();
  });

  it('names the source record of an entry that breaks the schema', () => {
    const swapped = { ...good, coordinates: [35.83, 138.54] as [number, number] };
    expect(() => validate([swapped])).toThrow(/C5929.*"ocha":"C5929"/);
  });

  it('refuses duplicate ids and nameless entries', () => {
    expect(() => validate([good, good])).toThrow(/duplicate gazetteer id C5929/);
    expect(() => validate([{ ...good, names: { ar: [], en: [] } }])).toThrow(/C5929 has no name/);
  });
});

describe.skipIf(!existsSync(sharedDataDir()))('gazetteer build with a broken curated file', () => {
  it('stops, naming the alias that points nowhere', () => {
    const curated = JSON.parse(readFileSync(CURATED_PATH, 'utf8'));
    curated.aliases.push({ id: 'C9999', names: { ar: ['لا مكان'], en: [] }, source: 'a test alias for a missing place' });
    const path = join(mkdtempSync(join(tmpdir(), 'gazetteer-')), 'curated.json');
    writeFileSync(path, JSON.stringify(curated));
    expect(() => buildGazetteer(sharedDataDir(), path)).toThrow(/unknown entry C9999/);
  }, 60_000);
});
