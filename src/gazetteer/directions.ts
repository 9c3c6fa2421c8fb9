// Compass words for region phrases: «شمال الرقة», «ريف حلب الشمالي», «جنوب غربي سوريا», "northern Raqqa countryside".
import { normalizeArabic, normalizeLatin } from '../text/normalize.ts';
import { stripArticle } from './arabic-key.ts';
import { latinKey } from './latin-key.ts';

export type Direction = 'north' | 'south' | 'east' | 'west';

const ARABIC: [string[], Direction][] = [
  [['شمال', 'شمالي', 'شمالية', 'الشمالي', 'الشمالية'], 'north'],
  [['جنوب', 'جنوبي', 'جنوبية', 'الجنوبي', 'الجنوبية'], 'south'],
  [['شرق', 'شرقي', 'شرقية', 'الشرقي', 'الشرقية'], 'east'],
  [['غرب', 'غربي', 'غربية', 'الغربي', 'الغربية'], 'west'],
];

const LATIN: [string[], Direction[]][] = [
  [['north', 'northern'], ['north']],
  [['south', 'southern'], ['south']],
  [['east', 'eastern'], ['east']],
  [['west', 'western'], ['west']],
  [['northeast', 'northeastern'], ['north', 'east']],
  [['northwest', 'northwestern'], ['north', 'west']],
  [['southeast', 'southeastern'], ['south', 'east']],
  [['southwest', 'southwestern'], ['south', 'west']],
];

const BY_ARABIC = new Map<string, Direction[]>();
for (const [words, d] of ARABIC) for (const w of words) BY_ARABIC.set(stripArticle(normalizeArabic(w)).core, [d]);
const BY_LATIN = new Map<string, Direction[]>();
for (const [words, d] of LATIN) for (const w of words) BY_LATIN.set(latinKey(normalizeLatin(w)), d);

/** The compass direction(s) a word names, by its matching key; null when it names none. */
export function directionOf(key: string, script: 'ar' | 'latin' | 'digit'): Direction[] | null {
  if (script === 'ar') return BY_ARABIC.get(key) ?? null;
  if (script === 'latin') return BY_LATIN.get(key) ?? null;
  return null;
}

/** One qualifier string for one or two directions, north/south first: ['west', 'south'] → 'south-west'. */
export function qualifierOf(dirs: Direction[]): string {
  const ns = dirs.find((d) => d === 'north' || d === 'south');
  const ew = dirs.find((d) => d === 'east' || d === 'west');
  return [ns, ew].filter(Boolean).join('-');
}

const BEARING: Record<string, number> = {
  north: 0,
  'north-east': 45,
  east: 90,
  'south-east': 135,
  south: 180,
  'south-west': 225,
  west: 270,
  'north-west': 315,
};

/** Compass bearing in degrees of a qualifier's direction part ('countryside south-west' → 225); null for none. */
export function bearingOf(qualifier: string | null): number | null {
  if (!qualifier) return null;
  const dir = qualifier.replace(/^countryside\s*/, '');
  return BEARING[dir] ?? null;
}
