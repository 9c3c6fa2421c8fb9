// «وجاءت السيطرة على المدينة بعد معارك»: the city is the one the report just named. When a trigger's
// sentence names no place but refers back to one («المدينة», «البلدة», "the town"), the latest place of a
// fitting kind named earlier in the report is taken, with lower confidence and the referring words as its
// mention.
import type { EventPlace, PlaceKind, ResolvedMention } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import { precisionOf } from '../gazetteer/precision.ts';

/** Referring nouns (with the article) and the kinds of place they can point back to. */
// A Map, not an object: looked up with every word, and an object would answer "the constructor".
const ANAPHORS: ReadonlyMap<string, PlaceKind[]> = new Map(Object.entries({
  المدينه: ['city', 'town'],
  البلده: ['town', 'village', 'city'],
  القريه: ['village', 'town'],
  المطار: ['airbase'],
  القاعده: ['airbase', 'military_base'],
  المحافظه: ['governorate'],
  city: ['city', 'town'],
  town: ['town', 'village', 'city'],
  village: ['village', 'town'],
  airport: ['airbase'],
  airbase: ['airbase'],
  province: ['governorate'],
}));

/** A referring word is weaker evidence than a name: its place keeps this share of the named one's confidence. */
const ANAPHOR_CONFIDENCE = 0.7;

/** Peel «و», «ب», «ل», «ف» off «وبالمدينة» but keep the article: «المدينة» refers, «مدينة» is a cue word. */
function articled(norm: string): string {
  let w = norm;
  if (w.startsWith('وال') || w.startsWith('فال')) w = w.slice(1);
  if (w.startsWith('بال') || w.startsWith('كال')) w = w.slice(1);
  if (w.startsWith('لل')) w = `ا${w.slice(1)}`;
  return w;
}

export interface Anaphor {
  kinds: PlaceKind[];
  start: number;
  end: number;
}

/** Referring nouns in the tokens, nearest to the trigger first; English needs "the" before the noun. */
export function findAnaphors(tokens: Token[], triggerFirst: number): Anaphor[] {
  const out: (Anaphor & { at: number })[] = [];
  tokens.forEach((t, i) => {
    const kinds = ANAPHORS.get(t.script === 'latin' ? t.norm : articled(t.norm));
    if (!kinds) return;
    if (t.script === 'latin' && tokens[i - 1]?.norm !== 'the') return;
    const start = t.script === 'latin' ? (tokens[i - 1]?.start ?? t.start) : t.start;
    out.push({ kinds, start, end: t.end, at: i });
  });
  out.sort((a, b) => Math.abs(a.at - triggerFirst) - Math.abs(b.at - triggerFirst));
  return out.map(({ kinds, start, end }) => ({ kinds, start, end }));
}

/** The place an anaphor points back to among the report's mentions named before it, as an event place. */
export function placeOfAnaphor(anaphor: Anaphor, mentions: ResolvedMention[], text: string): EventPlace | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m?.place || m.span[1] > anaphor.start || !anaphor.kinds.includes(m.place.kind)) continue;
    // Field by field, as eventPlace in index.ts does: a spread followed by new keys is a slow path in V8.
    const { id, name, kind, coordinates, admin1 } = m.place;
    return {
      id,
      name,
      kind,
      coordinates,
      admin1,
      precision: m.precision ?? precisionOf(m.place.kind),
      confidence: m.confidence * ANAPHOR_CONFIDENCE,
      mention: { surface: text.slice(anaphor.start, anaphor.end), span: [anaphor.start, anaphor.end] },
    };
  }
  return null;
}
