// The hand-curated additions: every fact sourced, every reference resolvable, and the points
// checked against independent data (dams on the Euphrates, crossings on Syria's border).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { CuratedFile } from '../../../gazetteer/build/curated.ts';
import { CURATED_FILE, ROOT, byId, compiled, entry } from './compiled.ts';

const curated = CuratedFile.parse(JSON.parse(readFileSync(CURATED_FILE, 'utf8')));
const curatedEntries = compiled.entries.filter((e) => e.id.startsWith('curated:'));
const SYRIA_OUTLINE = resolve(ROOT, '../shared/data/ocha-cod-ab-syr/syr_admbnda_adm0_uncs_unocha.json');

describe('gazetteer/curated.json', () => {
  it('parses, and every place made it into the compiled file with its source note', () => {
    expect(curatedEntries.length).toBe(curated.places.length);
    for (const e of curatedEntries) expect(e.sources.curated?.length ?? 0).toBeGreaterThan(10);
  });

  it('adds aliases only to entries that exist, and records where they come from', () => {
    for (const alias of curated.aliases) {
      const target = entry(alias.id);
      for (const name of [...alias.names.ar, ...alias.names.en]) expect([...target.names.ar, ...target.names.en]).toContain(name);
      expect(target.sources.curated).toContain(alias.source);
    }
  });

  it('refuses a place with two ways of locating it', () => {
    const place = { ...curated.places[0]!, coordinates: [36, 35], at: 'C1001' };
    expect(CuratedFile.safeParse({ ...curated, places: [place] }).success).toBe(false);
  });

  it('refuses a place without a source note', () => {
    const place = { ...curated.places[0]!, sources: {} };
    expect(CuratedFile.safeParse({ ...curated, places: [place] }).success).toBe(false);
  });

  it('names the air bases news uses in Arabic', () => {
    const arabic = new Set(compiled.entries.filter((e) => e.kind === 'airbase').flatMap((e) => e.names.ar));
    for (const name of ['مطار الطبقة العسكري', 'مطار التيفور', 'حميميم', 'مطار كويرس', 'مطار الشعيرات', 'مطار دير الزور العسكري', 'قاعدة العديد']) {
      expect(arabic.has(name), name).toBe(true);
    }
  });

  it('maps Kurdish names onto the OCHA town', () => {
    const settlement = new Set(['city', 'town', 'village']);
    const ids = (name: string) =>
      compiled.entries.filter((e) => settlement.has(e.kind) && e.names.ar.includes(name)).map((e) => e.id);
    expect(ids('كري سبي')).toEqual(['C5792']);
    expect(ids('سري كانيه')).toEqual(['C4988']);
    expect(ids('قامشلو')).toEqual(['C4564']);
    expect(ids('كوباني')).toEqual(['C1946']);
  });

  it('places regions inside Syria, with an outline around their centre', () => {
    for (const e of curatedEntries.filter((x) => x.kind === 'region')) {
      expect(e.admin1, e.id).not.toBeNull();
      expect(e.geometry?.type, e.id).toBe('Polygon');
      expect(turf.booleanPointInPolygon(e.coordinates, turf.feature(e.geometry as never) as never), e.id).toBe(true);
    }
  });

  it('puts the Euphrates dams on the Euphrates (within 5 km of its Natural Earth line)', () => {
    const river = turf.feature(entry('ne:river-euphrates').geometry as never);
    const lines = turf.flatten(river as never).features;
    for (const id of ['curated:tabqa-dam', 'curated:tishrin-dam', 'curated:baath-dam']) {
      const km = Math.min(...lines.map((l) => turf.pointToLineDistance(entry(id).coordinates, l as never, { units: 'kilometers' })));
      expect(km, id).toBeLessThan(5);
    }
  });

  it.skipIf(!existsSync(SYRIA_OUTLINE))('puts the border crossings within 6 km of the Syrian border', () => {
    const outline = JSON.parse(readFileSync(SYRIA_OUTLINE, 'utf8')) as { features: { geometry: never }[] };
    const border = turf.polygonToLine(turf.feature(outline.features[0]!.geometry) as never) as never;
    const borderLines = turf.flatten(border).features;
    for (const e of curatedEntries.filter((x) => x.kind === 'border_crossing')) {
      const km = Math.min(...borderLines.map((l) => turf.pointToLineDistance(e.coordinates, l as never, { units: 'kilometers' })));
      expect(km, e.id).toBeLessThan(6);
    }
  });

  it('draws curated rivers as lines through their towns', () => {
    for (const id of ['curated:khabur-river', 'curated:orontes-river', 'curated:balikh-river']) {
      expect(byId.get(id)?.geometry?.type, id).toBe('LineString');
    }
  });
});

describe('news spellings', () => {
  const SPELLINGS: Record<string, string[]> = {
    C5710: ['Raqqa', 'Raqa', 'Ar-Raqqah'],
    C5086: ['Deir ez-Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Deir al-Zour'],
    C5929: ['Tabqa', 'Ath Thawrah'],
    C1946: ['Kobani', 'Kobane'],
    C5792: ['Tal Abyad', 'Tell Abyad'],
    C4988: ['Ras al-Ain'],
    'curated:hmeimim-airbase': ['Hmeimim', 'Khmeimim'],
    'ourairports:OS65': ['Shayrat'],
    'ourairports:OS66': ['Kuweires'],
    'ourairports:OS72': ['T4', 'Tiyas'],
    C2889: ['Palmyra', 'Tadmur'],
    C4564: ['Qamishli'],
    C1767: ['Manbij'],
    C2227: ['Jarablus'],
    C1202: ['Al-Bab'],
    C1366: ['Afrin'],
    C3871: ['Idlib', 'Idleb'],
    C3985: ['Maarat al-Numan'],
    C3916: ['Saraqeb'],
    C2338: ['Douma'],
    C2342: ['Harasta'],
    'curated:eastern-ghouta': ['Ghouta', 'Eastern Ghouta'],
    C5993: ['Daraa', 'Deraa'],
    C5192: ['Mayadin'],
    C5167: ['Al-Bukamal', 'Abu Kamal'],
    C5175: ['Hajin'],
    C6147: ['Suwayda'],
  };
  it.each(Object.entries(SPELLINGS))('%s is found under its news spellings', (id, spellings) => {
    expect(entry(id).names.en).toEqual(expect.arrayContaining(spellings));
  });
});
