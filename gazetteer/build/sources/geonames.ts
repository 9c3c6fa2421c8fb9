// GeoNames towns: Syrian rows (cities15000 of 2025, cities500 of 2023, cities1000 in English only)
// and Arabic names of world and regional cities (cities15000, cities500 for the neighbours).
import { csvRecords } from '../../../src/ingest/csv-parse.ts';
import { readData } from '../data-dir.ts';
import { isArabicName, isMachineTransliteration, uniqueNames } from '../names.ts';
import { stripTashkeel } from '../match-keys.ts';

export interface GeoNamesTown {
  id: string;
  name: string;
  /** Arabic names only (Persian/Kurdish-only spellings dropped), without vowel marks. */
  ar: string[];
  /** Latin-script names: GeoNames' name, ASCII name and Latin alternates. */
  en: string[];
  lon: number;
  lat: number;
  featureCode: string;
  country: string;
  population: number;
}

const LATIN = /^[\p{Script=Latin}\s'’‘`ʿʾ.,-]+$/u;

function town(
  row: { id: string; name: string; ascii: string; alternates: string[]; lat: string; lon: string; code: string; country: string; population: string },
): GeoNamesTown {
  const arabic = row.alternates.filter(isArabicName).map(stripTashkeel);
  // Codes such as the IATA `ALP` are not names.
  const latin = row.alternates.filter((a) => LATIN.test(a) && !isMachineTransliteration(a) && !/^[A-Z]{2,4}$/.test(a));
  return {
    id: row.id,
    name: row.name,
    ar: uniqueNames(arabic),
    en: uniqueNames([row.name, row.ascii, ...latin]),
    lon: Number(row.lon),
    lat: Number(row.lat),
    featureCode: row.code,
    country: row.country,
    population: Number(row.population) || 0,
  };
}

/** The 19-column GeoNames dump format (no header, tab separated). */
function readDump(text: string): GeoNamesTown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const c = line.split('\t');
      return town({
        id: c[0]!, name: c[1]!, ascii: c[2]!, alternates: c[3] ? c[3].split(',') : [],
        lat: c[4]!, lon: c[5]!, code: c[7]!, country: c[8]!, population: c[14]!,
      });
    });
}

/** Syrian GeoNames towns, one per geonameid, newest file first (2025 > 2023 > cities1000). */
export function syrianTowns(dataDir: string): GeoNamesTown[] {
  const byId = new Map<string, GeoNamesTown>();
  const add = (t: GeoNamesTown) => {
    if (!byId.has(t.id)) byId.set(t.id, t);
  };
  readDump(readData(dataDir, 'geonames-cities15000/cities15000_SY.tsv')).forEach(add);
  readDump(readData(dataDir, 'geonames-cities500/cities500_SY.tsv')).forEach(add);
  for (const r of csvRecords(readData(dataDir, 'geonames-cities1000/cities1000_SY.csv'))) {
    add(town({
      id: r.geonameid!, name: r.name!, ascii: r.name!, alternates: [], lat: r.latitude!, lon: r.longitude!,
      code: r.feature_code!, country: r.country_code!, population: r.population!,
    }));
  }
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Towns outside Syria that have an Arabic name: cities15000 worldwide, cities500 for Iraq, Jordan,
 * Lebanon and Turkey. Only Arabic names and the GeoNames name are kept (the `names_ar` column holds
 * no Latin alternates).
 */
export function foreignTowns(dataDir: string): GeoNamesTown[] {
  const byId = new Map<string, GeoNamesTown>();
  const files = ['geonames-cities15000/cities15000_with_arabic.csv', 'geonames-cities500/cities500_SY_IQ_JO_LB_TR_with_arabic.csv'];
  for (const file of files) {
    for (const r of csvRecords(readData(dataDir, file))) {
      if (r.country_code === 'SY' || !r.names_ar || byId.has(r.geonameid!)) continue;
      const t = town({
        id: r.geonameid!, name: r.name!, ascii: r.asciiname!, alternates: r.names_ar.split('|'),
        lat: r.latitude!, lon: r.longitude!, code: r.feature_code!, country: r.country_code!, population: r.population!,
      });
      if (t.ar.length > 0) byId.set(t.id, t);
    }
  }
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
}
