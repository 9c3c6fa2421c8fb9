// Countries and world cities with Arabic names (Natural Earth 1:50m), so that foreign places in
// the reports (موسكو، جنيف، واشنطن) resolve to the right country instead of a Syrian homonym.
import type { GazetteerEntry } from '../../../src/schema/index.ts';
import { readDataJson } from '../data-dir.ts';
import { lonLat, representativePoint } from '../geometry.ts';
import { uniqueNames } from '../names.ts';

interface Feature<P> {
  properties: P;
  geometry: { type: string; coordinates: unknown };
}

interface CountryProps {
  NAME: string;
  NAME_EN: string;
  NAME_LONG: string;
  ADMIN: string;
  FORMAL_EN: string | null;
  NAME_AR: string;
  ISO_A2_EH: string;
  ADM0_A3: string;
}

interface PlaceProps {
  NE_ID: number;
  NAME: string;
  NAMEASCII: string;
  NAMEALT: string | null;
  NAME_EN: string;
  NAME_AR: string | null;
  FEATURECLA: string;
  ISO_A2: string;
  POP_MAX: number;
  LATITUDE: number;
  LONGITUDE: number;
  GEONAMESID: number;
}

/**
 * Short forms news uses where NE gives a formal name (سلطنة عمان → عمان is left out: it is Amman too).
 * Two-letter abbreviations (US, UK) are in curated.json, as short names are dropped from sources.
 */
const EXTRA_COUNTRY_NAMES: Record<string, { ar?: string[]; en?: string[] }> = {
  USA: { ar: ['أمريكا', 'أميركا', 'الولايات المتحدة'], en: ['USA', 'America', 'United States of America'] },
  GBR: { ar: ['بريطانيا', 'المملكة المتحدة'], en: ['Britain', 'Great Britain'] },
  RUS: { ar: ['روسيا الاتحادية'], en: ['Russian Federation'] },
  TUR: { ar: ['تركيا'], en: ['Türkiye', 'Turkiye'] },
  SYR: { ar: ['سوريا', 'سورية', 'الجمهورية العربية السورية'], en: ['Syrian Arab Republic'] },
  IRN: { ar: ['إيران'], en: ['Islamic Republic of Iran'] },
  ARE: { ar: ['الإمارات'], en: ['UAE'] },
  SAU: { ar: ['السعودية'], en: ['KSA'] },
};

export function countryEntries(dataDir: string): GazetteerEntry[] {
  const fc = readDataJson<{ features: Feature<CountryProps>[] }>(dataDir, 'natural-earth/ne_50m_admin_0_countries_v5.geojson');
  return fc.features
    .filter((f) => /^[A-Z]{2}$/.test(f.properties.ISO_A2_EH))
    .map((f): GazetteerEntry => {
      const p = f.properties;
      const extra = EXTRA_COUNTRY_NAMES[p.ADM0_A3] ?? {};
      return {
        id: `ne:${p.ADM0_A3}`,
        names: {
          ar: uniqueNames([p.NAME_AR, ...(extra.ar ?? [])]),
          en: uniqueNames([p.NAME_EN, p.NAME, p.NAME_LONG, p.ADMIN, p.FORMAL_EN, ...(extra.en ?? [])]),
        },
        kind: 'country',
        coordinates: representativePoint(f.geometry),
        country: p.ISO_A2_EH,
        admin1: null,
        admin2: null,
        sources: { naturalearth: p.ADM0_A3 },
      };
    });
}

export interface WorldCities {
  entries: GazetteerEntry[];
  /** The same cities by their GeoNames id (NE records it), for merging GeoNames' Arabic names. */
  byGeonamesId: Map<string, GazetteerEntry>;
}

/** World cities outside Syria (inside Syria OCHA is the better source). */
export function worldCityEntries(dataDir: string): WorldCities {
  const fc = readDataJson<{ features: Feature<PlaceProps>[] }>(dataDir, 'natural-earth/ne_50m_populated_places_v5.geojson');
  const entries: GazetteerEntry[] = [];
  const byGeonamesId = new Map<string, GazetteerEntry>();
  for (const { properties: p } of fc.features) {
    if (p.ISO_A2 === 'SY' || !/^[A-Z]{2}$/.test(p.ISO_A2) || p.FEATURECLA === 'Scientific station') continue;
    const entry: GazetteerEntry = {
      id: `ne:${p.NE_ID}`,
      names: {
        ar: uniqueNames([p.NAME_AR]),
        en: uniqueNames([p.NAME_EN, p.NAME, p.NAMEASCII, ...(p.NAMEALT ?? '').split('|')]),
      },
      kind: 'city',
      coordinates: lonLat(p.LONGITUDE, p.LATITUDE),
      country: p.ISO_A2,
      admin1: null,
      admin2: null,
      ...(p.POP_MAX > 0 ? { population: Math.round(p.POP_MAX) } : {}),
      sources: { naturalearth: String(p.NE_ID) },
    };
    entries.push(entry);
    if (p.GEONAMESID > 0) byGeonamesId.set(String(p.GEONAMESID), entry);
  }
  return { entries, byGeonamesId };
}
