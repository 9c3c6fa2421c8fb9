// Rivers and lakes around Syria from Natural Earth, with their lines and outlines (simplified).
// Rivers: 1:50m v5, which has Arabic names (الفرات، دجلة); all segments of one Arabic name form one
// river. Lakes: 1:10m v4 (the 1:50m layer lacks Lake Assad), English names only — Arabic names are
// added in curated.json.
import type { GazetteerEntry, LonLat, PlaceGeometry } from '../../../src/schema/index.ts';
import { readDataJson } from '../data-dir.ts';
import { distanceKm, representativePoint, round5, simplifyGeometry } from '../geometry.ts';
import { uniqueNames } from '../names.ts';

interface Feature<P> {
  properties: P;
  geometry: { type: string; coordinates: unknown } | null;
}

/** The Syrian window rivers must touch: lon 34–48, lat 29–39 (as the 10m extracts). */
function touchesRegion(lines: LonLat[][]): boolean {
  return lines.some((line) => line.some(([lon, lat]) => lon >= 34 && lon <= 48 && lat >= 29 && lat <= 39));
}

function linesOf(geometry: { type: string; coordinates: unknown }): LonLat[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates as LonLat[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as LonLat[][];
  return [];
}

/** The vertex nearest the mean of all vertices: a point on the river, roughly mid-course. */
function pointOnLines(lines: LonLat[][]): LonLat {
  const all = lines.flat();
  const mean: LonLat = [all.reduce((s, p) => s + p[0], 0) / all.length, all.reduce((s, p) => s + p[1], 0) / all.length];
  let best = all[0]!;
  for (const p of all) if (distanceKm(p, mean) < distanceKm(best, mean)) best = p;
  return [round5(best[0]), round5(best[1])];
}

function slug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The rivers kept, with where each mostly runs, for its `country` (the Euphrates and Tigris cross three countries). */
const RIVER_COUNTRY: Record<string, string> = { الفرات: 'SY', دجلة: 'IQ', 'نهر الأردن': 'JO', 'شط العرب': 'IQ' };

/** English display names for the rivers of the Syrian window (NE calls segments Firat, Al Furat, Dicle). */
const RIVER_NAMES: Record<string, string[]> = {
  الفرات: ['Euphrates', 'Euphrates River', 'River Euphrates'],
  دجلة: ['Tigris', 'Tigris River', 'River Tigris'],
  'نهر الأردن': ['Jordan River', 'River Jordan'],
};

interface RiverProps {
  ne_id: number;
  name: string | null;
  name_en: string | null;
  name_ar: string | null;
  name_alt: string | null;
}

export function riverEntries(dataDir: string): GazetteerEntry[] {
  const fc = readDataJson<{ features: Feature<RiverProps>[] }>(dataDir, 'natural-earth/ne_50m_rivers_lake_centerlines_v5.geojson');
  const byArabic = new Map<string, { ids: number[]; en: string[]; lines: LonLat[][] }>();
  for (const f of fc.features) {
    const ar = f.properties.name_ar;
    if (!ar || !RIVER_COUNTRY[ar] || !f.geometry) continue;
    const lines = linesOf(f.geometry);
    if (!touchesRegion(lines)) continue;
    const river = byArabic.get(ar) ?? { ids: [], en: [], lines: [] };
    river.ids.push(f.properties.ne_id);
    river.en.push(...[f.properties.name_en, f.properties.name].filter((n): n is string => !!n));
    river.lines.push(...lines);
    byArabic.set(ar, river);
  }
  return [...byArabic].map(([ar, river]): GazetteerEntry => {
    const en = uniqueNames([...(RIVER_NAMES[ar] ?? []), ...river.en]);
    const geometry = simplifyGeometry({ type: 'MultiLineString', coordinates: river.lines }, 0.01);
    return {
      id: `ne:river-${slug(en[0]!)}`,
      names: { ar: uniqueNames([ar.startsWith('نهر') ? ar : `نهر ${ar}`, ar]), en },
      kind: 'river',
      coordinates: pointOnLines(river.lines),
      country: RIVER_COUNTRY[ar]!,
      admin1: null,
      admin2: null,
      geometry,
      sources: { naturalearth: river.ids.sort((a, b) => a - b).join(',') },
    };
  });
}

interface LakeProps {
  name: string | null;
  name_alt: string | null;
  featurecla: string;
  admin: string | null;
}

/** Country of the lakes (NE 10m v4 gives none); a lake shared by two countries gets the first. */
const LAKE_COUNTRY: Record<string, string> = {
  'Sea of Galilee': 'IL',
  'Lake Habbaniyah': 'IQ',
  'Buhayrat ath Tharthar': 'IQ',
  'Saksak Dagi': 'TR',
  'Ataturk Barajt': 'TR',
  'Buhayrat al-Assad': 'SY',
  'Keban Baraji': 'TR',
  'Lake Razazah': 'IQ',
  'Dead Sea': 'JO',
  'Lake Urmia': 'IR',
  'Lake Van': 'TR',
  'Lake Hammar': 'IQ',
};

export function lakeEntries(dataDir: string): GazetteerEntry[] {
  const fc = readDataJson<{ features: Feature<LakeProps>[] }>(dataDir, 'natural-earth/ne_10m_lakes_v4_levant_mesopotamia.geojson');
  const seen = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const f of fc.features) {
    const name = f.properties.name;
    const country = name ? LAKE_COUNTRY[name] : undefined;
    // The Dead Sea comes in two parts; the first is kept.
    if (!name || !country || !f.geometry || seen.has(name)) continue;
    seen.add(name);
    const geometry = simplifyGeometry(f.geometry as PlaceGeometry, 0.005);
    entries.push({
      id: `ne:lake-${slug(name).replace(/^lake-/, '')}`,
      names: { ar: [], en: uniqueNames([f.properties.name_alt, name]) },
      kind: 'other',
      coordinates: representativePoint(f.geometry),
      country,
      admin1: null,
      admin2: null,
      geometry,
      sources: { naturalearth: `10m lakes v4: ${name}` },
    });
  }
  return entries;
}
