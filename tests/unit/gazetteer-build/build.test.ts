// `npm run gazetteer` is deterministic and the committed file is what it makes today. Needs the
// reference data in ../shared/data (or $SITREP_SHARED_DATA); a clone without it skips this test.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../gazetteer/build/build.ts';
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
