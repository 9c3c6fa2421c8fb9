// The project's place lists (../shared/data/coverage-check and OCHA's 52 news places) are all
// findable by their Arabic name — the data gaps those tables record are closed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../src/ingest/csv-parse.ts';
import { arabicKey } from '../../../gazetteer/build/match-keys.ts';
import { ROOT, compiled } from './compiled.ts';

const LISTS = [
  resolve(ROOT, '../shared/data/coverage-check/place_list_coverage.csv'),
  resolve(ROOT, '../shared/data/ocha-syr-populatedplaces/coverage_52_news_places.csv'),
];

const arabicNames = new Set(compiled.entries.flatMap((e) => e.names.ar.map(arabicKey)));

/** `كوباني (عين العرب)` and `حبيت|هبيط` list alternatives; `قرية الهيشة` carries the cue word قرية. */
function alternatives(listed: string): string[] {
  return listed
    .split(/[()|]/)
    .map((s) => s.trim().replace(/^قرية\s+/, ''))
    .filter((s) => s !== '');
}

describe.each(LISTS.filter((f) => existsSync(f)))('place list %s', (file) => {
  const listed = [...new Set(csvRecords(readFileSync(file, 'utf8')).map((r) => r.place_ar_as_listed!))];

  it('is all in the gazetteer under one of its Arabic names', () => {
    const missing = listed.filter((name) => !alternatives(name).some((alt) => arabicNames.has(arabicKey(alt))));
    expect(missing).toEqual([]);
    expect(listed.length).toBeGreaterThan(30);
  });
});
