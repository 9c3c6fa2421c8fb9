// The committed gazetteer as the app and the matcher will load it: schema-valid, unique sorted ids,
// the OCHA places all there with clean names, every curated fact sourced.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteerEntry } from '../../../src/schema/index.ts';
import { ROOT, compiled, compiledText, entry } from './compiled.ts';

const SIZE_LIMIT_BYTES = 3_000_000;

describe('gazetteer/gazetteer.json', () => {
  it('is small enough to ship to the browser', () => {
    expect(Buffer.byteLength(compiledText)).toBeLessThan(SIZE_LIMIT_BYTES);
  });

  it('is as big as gazetteer/README.md says', () => {
    const readme = readFileSync(resolve(ROOT, 'gazetteer/README.md'), 'utf8');
    const stated = /\(([\d,]+) bytes/.exec(readme)?.[1]?.replace(/,/g, '');
    expect(Number(stated)).toBe(Buffer.byteLength(compiledText));
  });

  it('has every entry valid against the GazetteerEntry schema', () => {
    const invalid = compiled.entries.filter((e) => !GazetteerEntry.safeParse(e).success).map((e) => e.id);
    expect(invalid).toEqual([]);
  });

  it('has unique ids, sorted', () => {
    const ids = compiled.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('credits every source that an entry cites', () => {
    const credited = new Set(compiled.sources.map((s) => s.name));
    const cited = new Set(compiled.entries.flatMap((e) => Object.keys(e.sources)));
    expect([...cited].filter((name) => !credited.has(name))).toEqual([]);
    for (const s of compiled.sources) expect(s.licence.length).toBeGreaterThan(3);
  });

  it('holds all 8,007 OCHA populated places, 14 governorates, 62 districts, 272 subdistricts', () => {
    const count = (re: RegExp) => compiled.entries.filter((e) => re.test(e.id)).length;
    expect(count(/^C\d{4}$/)).toBe(7593);
    expect(count(/^N\d{4}$/)).toBe(414);
    expect(count(/^SY\d{2}$/)).toBe(14);
    expect(count(/^SY\d{4}$/)).toBe(62);
    expect(count(/^SY\d{6}$/)).toBe(272);
  });

  it('has countries, world cities, airfields and rivers', () => {
    const kinds = new Map<string, number>();
    for (const e of compiled.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(kinds.get('country')).toBeGreaterThan(200);
    expect(kinds.get('airbase')).toBeGreaterThan(30);
    expect(kinds.get('river')).toBeGreaterThanOrEqual(4);
    expect(compiled.entries.filter((e) => e.kind === 'city' && e.country !== 'SY').length).toBeGreaterThan(1000);
  });

  it('has no OCHA disambiguation tag left in any name', () => {
    const tagged = compiled.entries
      .filter((e) => /^[CN]\d{4}$/.test(e.id))
      .flatMap((e) => [...e.names.ar, ...e.names.en].map((n) => `${e.id}: ${n}`))
      .filter((n) => / - |\(|\)|_|\n|\s{2}/.test(n));
    expect(tagged).toEqual([]);
  });

  it('strips tags the way the display names show them', () => {
    expect(entry('C3916').names.ar[0]).toBe('سراقب'); // `سراقب - سراقب`
    expect(entry('C8380').names.ar[0]).toBe('الكفير'); // `الكفير - مركز أريحا`
    expect(entry('C2338').names.en[0]).toBe('Duma'); // `Duma (Duma)`
    expect(entry('C1933').names.ar).toEqual(expect.arrayContaining(['مسكنة', 'عنيزة'])); // `مسكنة_عنيزة`
    expect(entry('N0006').names.ar[0]).toBe('حي أسد الدين');
    expect(entry('C2415').names.en).not.toContain('Yabrud'); // `Ras El Ein - Yabrud`: Yabrud is the tag
  });

  it('keeps homonyms as separate entries (three places called دوما)', () => {
    const doumas = compiled.entries.filter((e) => /^C\d{4}$/.test(e.id) && e.names.ar.includes('دوما'));
    expect(doumas.map((e) => e.admin1).sort()).toEqual(['As-Sweida', 'Hama', 'Rural Damascus']);
  });

  it('gives every Syrian place its OCHA governorate and district', () => {
    const missing = compiled.entries.filter((e) => /^[CN]\d{4}$/.test(e.id) && (!e.admin1 || !e.admin2));
    expect(missing).toEqual([]);
  });

  it('keeps Persian and Kurdish-only spellings out of the Arabic names', () => {
    const nonArabic = compiled.entries
      .filter((e) => !e.id.startsWith('curated:'))
      .flatMap((e) => e.names.ar)
      .filter((n) => /[پچژگکیەۆێڕڵھہٱ]/.test(n));
    expect(nonArabic).toEqual([]);
  });

  it('merges GeoNames alternate names and populations onto OCHA communities', () => {
    const tabqa = entry('C5929');
    expect(tabqa.names.ar).toContain('الطبقة');
    expect(tabqa.sources.geonames).toBe('172374');
    expect(tabqa.population).toBeGreaterThan(50_000);
    expect(entry('C1007').kind).toBe('city');
  });

  it('rounds coordinates to 5 decimals', () => {
    const long = compiled.entries.filter((e) => e.coordinates.some((c) => Math.abs(c * 1e5 - Math.round(c * 1e5)) > 1e-6));
    expect(long.map((e) => e.id)).toEqual([]);
  });
});
