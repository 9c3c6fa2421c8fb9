// Builds the offline base map (geodata/basemap/*.geojson) from the reference data in ../shared/data.
// Run: npm run geodata. Output is committed so a clone draws its map without ../shared.
// Each layer is clipped to the region the map shows, simplified and rounded: the whole base map stays a few
// hundred kB, small enough to ship with the app and parse at start-up.
import { csvRecords } from '../../src/ingest/csv-parse.ts';
import type { GazetteerEntry } from '../../src/schema/index.ts';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bboxClip, simplify, truncate, featureCollection, feature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Polygon, MultiPolygon } from 'geojson';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.SITREP_SHARED_DATA ?? join(here, '../../../shared/data');
const out = join(here, '../basemap');

/** Syria, its neighbours and enough around them to fill the screen at the map's smallest zoom. */
const REGION: [number, number, number, number] = [0, 10, 80, 55];

type Props = Record<string, string | number | null>;

function readCollection(path: string): FeatureCollection<Geometry | null, Props> {
  return JSON.parse(readFileSync(join(shared, path), 'utf8')) as FeatureCollection<Geometry | null, Props>;
}

/**
 * Clip to the region, simplify (tolerance in degrees) and round coordinates; drop what falls outside.
 * Rounding to 3–4 decimals (~100 m / ~10 m) is far finer than any event's place precision.
 */
function shrink<G extends Polygon | MultiPolygon | LineString | MultiLineString>(
  f: Feature<G, Props>,
  tolerance: number,
  decimals: number,
): Feature<G, Props> | null {
  const clipped = bboxClip(f, REGION) as Feature<G, Props>;
  const coords = clipped.geometry.coordinates as unknown[];
  if (coords.length === 0 || coords.every((c) => Array.isArray(c) && c.length === 0)) return null;
  const simple = simplify(clipped, { tolerance, highQuality: true, mutate: false });
  return truncate(simple, { precision: decimals, coordinates: 2 });
}

function polygonal(f: Feature<Geometry | null, Props>): f is Feature<Polygon | MultiPolygon, Props> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}
function linear(f: Feature<Geometry | null, Props>): f is Feature<LineString | MultiLineString, Props> {
  return f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString';
}

function countries(): FeatureCollection {
  const src = readCollection('natural-earth/ne_50m_admin_0_countries_v5.geojson');
  const kept: Feature[] = [];
  for (const f of src.features.filter(polygonal)) {
    // Far from Syria a coarser outline does: the map never zooms in there.
    const near = f.properties.ADM0_A3 && ['SYR', 'TUR', 'IRQ', 'JOR', 'LBN', 'ISR', 'PSX', 'CYP'].includes(String(f.properties.ADM0_A3));
    const small = shrink(f, near ? 0.01 : 0.04, 3);
    if (!small) continue;
    const p = f.properties;
    kept.push(feature(small.geometry, { iso_a3: p.ADM0_A3, name_en: p.NAME_EN, name_ar: p.NAME_AR }));
  }
  return featureCollection(kept.sort(byKey('iso_a3')));
}

function syriaAdmin(level: 1 | 2): FeatureCollection {
  const src = readCollection(`ocha-cod-ab-syr/syr_admbnda_adm${level}_uncs_unocha.json`);
  const kept: Feature[] = [];
  for (const f of src.features.filter(polygonal)) {
    const small = shrink(f, level === 1 ? 0.003 : 0.004, 4);
    if (!small) continue;
    const p = f.properties;
    const k = `ADM${level}`;
    kept.push(
      feature(small.geometry, {
        pcode: p[`${k}_PCODE`],
        name_en: p[`${k}_EN`],
        name_ar: p[`${k}_AR`],
        ...(level === 2 ? { admin1: p.ADM1_PCODE } : {}),
      }),
    );
  }
  return featureCollection(kept.sort(byKey('pcode')));
}

/**
 * NE 10m names the Euphrates by the country it crosses (Firat, Al Furat, Euphrates); one name per river
 * makes the layer and its labels consistent. Arabic names from NE 5.0.0 50m where it has them.
 */
const RIVER_NAMES: Record<string, { en: string; ar: string }> = {
  Euphrates: { en: 'Euphrates', ar: 'الفرات' },
  Firat: { en: 'Euphrates', ar: 'الفرات' },
  'Al Furat': { en: 'Euphrates', ar: 'الفرات' },
  Tigris: { en: 'Tigris', ar: 'دجلة' },
  Dicle: { en: 'Tigris', ar: 'دجلة' },
  Jordan: { en: 'Jordan', ar: 'نهر الأردن' },
  'Shatt al Arab': { en: 'Shatt al-Arab', ar: 'شط العرب' },
};

function rivers(): FeatureCollection {
  const src = readCollection('natural-earth/ne_10m_rivers_lake_centerlines_v4_levant_mesopotamia.geojson');
  const kept: Feature[] = [];
  for (const f of src.features.filter(linear)) {
    const raw = String(f.properties.name ?? '');
    const small = shrink(f, 0.002, 3);
    if (!small || !raw) continue;
    const name = RIVER_NAMES[raw] ?? { en: raw.replace('?', 'ı'), ar: null };
    kept.push(feature(small.geometry, { name_en: name.en, name_ar: name.ar, scalerank: f.properties.scalerank }));
  }
  return featureCollection([...kept, ...curatedRivers()].sort(byKey('name_en')));
}

/**
 * The Khabur, Orontes and Balikh are in no Natural Earth layer at these scales. The gazetteer's curated
 * entries draw each through the OCHA towns on its banks (gazetteer/curated.json says which and where
 * that comes from): approximate, so marked as such, but an analyst expects to see them.
 */
function curatedRivers(): Feature[] {
  const compiled = JSON.parse(readFileSync(join(here, '../../gazetteer/gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[] };
  return compiled.entries
    .filter((e) => e.kind === 'river' && e.id.startsWith('curated:') && e.geometry?.type === 'LineString')
    .map((e) => feature(e.geometry as LineString, { name_en: e.names.en[0] ?? null, name_ar: e.names.ar[0] ?? null, scalerank: 9, approximate: true }));
}

/** Lake Assad (بحيرة الأسد) is only in NE 10m, which has no Arabic names; the few we show are added here. */
const LAKE_NAMES_AR: Record<string, string> = {
  'Buhayrat al-Assad': 'بحيرة الأسد',
  'Sea of Galilee': 'بحيرة طبريا',
  'Dead Sea': 'البحر الميت',
  'Buhayrat ath Tharthar': 'بحيرة الثرثار',
};
const LAKE_NAMES_EN: Record<string, string> = { 'Buhayrat al-Assad': 'Lake Assad', 'Buhayrat ath Tharthar': 'Lake Tharthar' };

function lakes(): FeatureCollection {
  const src = readCollection('natural-earth/ne_10m_lakes_v4_levant_mesopotamia.geojson');
  const kept: Feature[] = [];
  for (const f of src.features.filter(polygonal)) {
    const raw = String(f.properties.name ?? '');
    const small = shrink(f, 0.002, 3);
    if (!small) continue;
    kept.push(feature(small.geometry, { name_en: LAKE_NAMES_EN[raw] ?? raw, name_ar: LAKE_NAMES_AR[raw] ?? null }));
  }
  return featureCollection(kept.sort(byKey('name_en')));
}

function readCsv(path: string): Record<string, string>[] {
  return csvRecords(readFileSync(join(shared, path), 'utf8'));
}

/**
 * Towns the map labels besides the governorate seats: the ones Syria's war reports name most, by OCHA
 * P-code (names in OCHA are "Afrin (Afrin)" / «عفرين - مركز عفرين»; the part in brackets / after the dash
 * names the subdistrict and is dropped).
 */
const LABELLED_TOWNS = ['C1202', 'C1564', 'C1767', 'C1946', 'C2227', 'C2889', 'C3985', 'C5167', 'C5192', 'C5792', 'C1366', 'C2338', 'C4988'];

/** Where reports (and readers) know a town by another English name than OCHA's. */
const TOWN_NAMES_EN: Record<string, string> = { C2889: 'Palmyra', C1946: 'Kobani' };

/** City labels: the 14 governorate seats (OCHA admin capitals, named as their governorate) and LABELLED_TOWNS. */
function cities(): FeatureCollection {
  const adm1 = new Map(readCsv('ocha-cod-ab-syr/syr_adm1_names.csv').map((r) => [r.ADM1_EN, r]));
  const kept: Feature[] = [];
  for (const r of readCsv('ocha-syr-populatedplaces/syr_admincapitals.csv')) {
    if (r.adm_p_lvl !== '0' && r.adm_p_lvl !== '1') continue;
    const en = r.adm1_name || 'Damascus';
    const ar = adm1.get(en)?.ADM1_AR ?? null;
    const point = truncate(feature({ type: 'Point', coordinates: [Number(r.x_coord), Number(r.y_coord)] }, {}), { precision: 4 });
    kept.push(feature(point.geometry, { name_en: en, name_ar: ar, rank: r.adm_p_lvl === '0' ? 0 : 1 }));
  }
  const towns = readCsv('ocha-syr-populatedplaces/syr_populatedplaces.csv').filter((r) => LABELLED_TOWNS.includes(r.pcode!));
  for (const r of towns) {
    const point = truncate(feature({ type: 'Point', coordinates: [Number(r.point_x), Number(r.point_y)] }, {}), { precision: 4 });
    kept.push(
      feature(point.geometry, {
        name_en: TOWN_NAMES_EN[r.pcode!] ?? r.featurename_en!.replace(/\s*\(.*\)$/, ''),
        name_ar: r.featurename_ar!.replace(/\s*-.*$/, ''),
        rank: 2,
      }),
    );
  }
  return featureCollection(kept.sort(byKey('name_en')));
}

function byKey(key: string) {
  return (a: Feature, b: Feature) => String(a.properties?.[key] ?? '').localeCompare(String(b.properties?.[key] ?? ''));
}

function write(name: string, fc: FeatureCollection): void {
  const text = JSON.stringify(fc);
  writeFileSync(join(out, name), text + '\n');
  console.log(`${name}: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} kB`);
}

mkdirSync(out, { recursive: true });
write('countries.geojson', countries());
write('syria-governorates.geojson', syriaAdmin(1));
write('syria-districts.geojson', syriaAdmin(2));
write('rivers.geojson', rivers());
write('lakes.geojson', lakes());
write('cities.geojson', cities());
