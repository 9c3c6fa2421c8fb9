// Cue words: the word in front of a name that says what kind of place it is («مدينة الرقة», «محافظة الرقة»,
// "the town of Kobani", "Raqqa province"). The cue decides between homonyms of different kinds.
import type { PlaceKind } from '../schema/index.ts';
import { normalizeArabic, normalizeLatin } from '../text/normalize.ts';
import { stripArticle } from './arabic-key.ts';
import { latinKey } from './latin-key.ts';

/** Arabic cue words (singular, dual construct, plural) → the kinds of place they introduce. */
const ARABIC_CUES: [string[], PlaceKind[]][] = [
  [['مدينة', 'مدينتي', 'مدن'], ['city', 'town']],
  [['بلدة', 'بلدتي', 'بلدات'], ['town', 'village', 'city']],
  [['قرية', 'قريتي', 'قرى'], ['village', 'town']],
  [['حي', 'حيي', 'أحياء'], ['neighbourhood']],
  [['مطار', 'مطاري'], ['airbase']],
  [['قاعدة', 'قاعدتي'], ['airbase', 'military_base']],
  [['محافظة', 'محافظتي', 'محافظات'], ['governorate']],
  // «منطقة X» in news is "the X area", the town and around it, more often than OCHA's district of that name.
  [['منطقة', 'مناطق'], ['region', 'city', 'town', 'village']],
  [['ناحية'], ['subdistrict']],
  [['ريف', 'أرياف'], ['city', 'town', 'governorate']],
  [['بادية'], ['region', 'city', 'governorate']],
  [['جبل', 'جبال'], ['mountain', 'region']],
  [['نهر'], ['river']],
  [['سد'], ['dam']],
  [['معبر'], ['border_crossing']],
  [['مخيم'], ['other', 'village']],
  [['دولة'], ['country']],
  [['سلطنة'], ['country']],
  [['العاصمة'], ['city']],
];

/** English cue words; written before the name ("the city of X") or after it ("X province"). */
const LATIN_CUES: [string[], PlaceKind[]][] = [
  [['city'], ['city', 'town']],
  [['town'], ['town', 'city', 'village']],
  [['village'], ['village', 'town']],
  [['neighbourhood', 'neighborhood', 'district'], ['neighbourhood', 'district']],
  [['airbase', 'airport', 'airfield'], ['airbase']],
  [['base'], ['airbase', 'military_base']],
  [['province', 'governorate'], ['governorate']],
  [['countryside'], ['city', 'town', 'governorate']],
  [['river'], ['river']],
  [['dam'], ['dam']],
  [['crossing'], ['border_crossing']],
  [['mount', 'mountain', 'jabal', 'jebel'], ['mountain', 'region']],
];

function arabicIndex(): Map<string, PlaceKind[]> {
  const m = new Map<string, PlaceKind[]>();
  for (const [words, kinds] of ARABIC_CUES) for (const w of words) m.set(stripArticle(normalizeArabic(w)).core, kinds);
  return m;
}

function latinIndex(): Map<string, PlaceKind[]> {
  const m = new Map<string, PlaceKind[]>();
  for (const [words, kinds] of LATIN_CUES) for (const w of words) m.set(latinKey(normalizeLatin(w)), kinds);
  return m;
}

const BY_ARABIC = arabicIndex();
const BY_LATIN = latinIndex();

/** Every Arabic cue word core (the scanner's pre-pass hashes them to tell which words may be cues). */
export function arabicCueCores(): string[] {
  return [...BY_ARABIC.keys()];
}

/** Kinds a cue word introduces, by its matching key (Arabic core or Latin phonetic key); null when not a cue. */
export function cueKinds(key: string, script: 'ar' | 'latin' | 'digit'): PlaceKind[] | null {
  if (script === 'ar') return BY_ARABIC.get(key) ?? null;
  if (script === 'latin') return BY_LATIN.get(key) ?? null;
  return null;
}

/** «ريف» / "countryside": the cue that turns a place into the region around it. */
export function isCountrysideCue(key: string): boolean {
  return key === 'ريف' || key === latinKey('countryside');
}
