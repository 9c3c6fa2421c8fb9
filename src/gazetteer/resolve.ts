// Choosing which place a mention means. Each candidate is scored by its prior (Syria first, bigger kinds first),
// the cue word, explicit containment («في محافظة إدلب», «ريف حماة» in the same sentence), closeness to the other
// places of the report, and the dateline or a given point. The best wins; the gap to the runner-up is the confidence.
import type { GazetteerEntry, LonLat, Mention, PlaceKind, PlaceRef, ResolvedMention } from '../schema/index.ts';
import { normalizeToken } from '../text/normalize.ts';
import { tokenize } from '../text/tokens.ts';
import { arabicForms } from './arabic-key.ts';
import { cueKinds } from './cue-words.ts';
import { bearingOf } from './directions.ts';
import { distanceKm, offsetKm } from './distance.ts';
import { latinKey } from './latin-key.ts';
import { isNamedStrictly, strictKeysOf, type Gazetteer } from './load.ts';
import { lookup } from './lookup.ts';
import { precisionOf } from './precision.ts';
import { ADMIN_KINDS, namePriors } from './prior.ts';

export interface ResolveContext {
  text: string;
  /** The report's dateline place name («موسكو-سانا» → «موسكو»), if known. */
  dateline?: string | null;
  /** A point the report is known to be about (CLI --near). */
  near?: LonLat | null;
}

/** Score weights, named so their roles are readable. */
const CUE_FITS = 4;
const CUE_MISFITS = -1;
const IN_SENTENCE_GOVERNORATE = 2.5;
const IN_REPORT_GOVERNORATE = 0.7;
const NEAR_OTHERS = 2;
const NEAR_OTHERS_KM = 60;
const NEAR_POINT = 3;
const NEAR_POINT_KM = 100;
/** Reached only through a loose spelling («حبيت» for «الهبيط»): context has to make up for it. */
const LOOSE_SPELLING = -2.5;

/** How far a compass qualifier moves the point from its base, by the base's precision. */
const REGION_OFFSET_KM: Record<string, number> = {
  country: 250,
  governorate: 40,
  district: 25,
  town: 25,
  point: 10,
  region: 40,
};

export function resolve(gaz: Gazetteer, mentions: Mention[], context: ResolveContext): ResolvedMention[] {
  const cands = mentions.map((m) => m.candidates.map((id) => gaz.byId.get(id)).filter((e): e is GazetteerEntry => !!e));
  const sentences = mentions.map((m) => sentenceOf(context.text, m.span[0]));
  const near = context.near ?? datelinePoint(gaz, context.dateline);

  // Governorates the report names: in a given sentence they contain the other places of that sentence.
  const governorateOf = (m: Mention, list: GazetteerEntry[]): string | null => {
    const top = list[0];
    if (!top || top.country !== 'SY' || !top.admin1) return null;
    const kinds = cueKindsOf(m.cue);
    // Only explicit containment counts: «محافظة إدلب», «ريف حماة», «شمال حلب». A city named in passing
    // («كوباني») says nothing about which governorate the next village is in; closeness handles that.
    if (kinds?.includes('governorate') || m.qualifier !== null) return top.admin1;
    return null;
  };
  const govs = mentions.map((m, i) => governorateOf(m, cands[i]!));
  const reportGovs = new Set(govs.filter((g): g is string => g !== null));

  const baseScores = mentions.map((m, i) => {
    const list = cands[i]!;
    const cue = cueKindsOf(m.cue);
    const sentenceGovs = new Set(govs.filter((g, j) => g !== null && j !== i && sentences[j] === sentences[i]));
    const surfaceKeys = list.length > 1 ? strictKeysOf(m.surface) : [];
    const strict = list.length > 1 ? list.map((e) => isNamedStrictly(e, surfaceKeys)) : null;
    const anyStrict = strict?.some(Boolean) ?? false;
    const priors = namePriors(list);
    return list.map((e, k) => {
      let s = priors[k]!;
      if (anyStrict && !strict?.[k]) s += LOOSE_SPELLING;
      // The cue's first kind fits best («قرية» is a village first, a small town second).
      if (cue) s += cue[0] === e.kind ? CUE_FITS : cue.includes(e.kind) ? CUE_FITS / 2 : CUE_MISFITS;
      else if (ADMIN_KINDS.has(e.kind) && e.kind !== 'governorate') s -= 1;
      if (m.qualifier?.startsWith('countryside') && (e.kind === 'city' || e.kind === 'town')) s += 1;
      if (e.admin1 && sentenceGovs.has(e.admin1)) s += IN_SENTENCE_GOVERNORATE;
      else if (e.admin1 && reportGovs.has(e.admin1)) s += IN_REPORT_GOVERNORATE;
      if (near) s += NEAR_POINT * Math.exp(-distanceKm(near, e.coordinates) / NEAR_POINT_KM);
      return s;
    });
  });

  const finalScores = withCloseness(cands, baseScores);
  return mentions.map((m, i) => chooseBest(gaz, m, cands[i]!, finalScores[i]!));
}

/** Second pass: each candidate gains for closeness to where the report's other mentions (as first chosen) are. */
function withCloseness(cands: GazetteerEntry[][], baseScores: number[][]): number[][] {
  const firstPick = cands.map((list, i) => list[argmax(baseScores[i]!)] ?? null);
  const anchors = firstPick.map((e) => (e && e.kind !== 'country' && e.country === 'SY' ? e : null));
  return baseScores.map((scores, i) => {
    const list = cands[i]!;
    if (list.length < 2) return scores;
    return scores.map((s, k) => {
      const e = list[k]!;
      let nearest = Infinity;
      for (const [j, a] of anchors.entries()) {
        if (j === i || !a || a.id === e.id) continue;
        nearest = Math.min(nearest, distanceKm(a.coordinates, e.coordinates));
      }
      return Number.isFinite(nearest) ? s + NEAR_OTHERS * Math.exp(-nearest / NEAR_OTHERS_KM) : s;
    });
  });
}

/** The mention with its best-scoring candidate as its place, the runner-up, and a confidence from the gap. */
function chooseBest(gaz: Gazetteer, m: Mention, list: GazetteerEntry[], scores: number[]): ResolvedMention {
  const order = scores.map((s, k) => [s, k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const best = order[0] ? list[order[0][1]]! : null;
  const second = order[1] ? list[order[1][1]]! : null;
  const gap = order[0] && order[1] ? order[0][0] - order[1][0] : null;
  const confidence = best ? (gap === null ? 0.9 : round2(1 / (1 + Math.exp(-gap)))) : 0;
  return {
    ...m,
    place: best ? placeRef(gaz, best, m) : null,
    precision: best ? (m.qualifier ? 'region' : precisionOf(best)) : null,
    confidence,
    runnerUp: second ? placeRef(gaz, second, m) : null,
  };
}

/** The place a mention points at; for a region phrase, the base place moved toward the named side. */
function placeRef(gaz: Gazetteer, e: GazetteerEntry, m: Mention): PlaceRef {
  const base: PlaceRef = {
    id: e.id,
    name: { ar: e.names.ar[0] ?? null, en: e.names.en[0] ?? null },
    kind: e.kind,
    coordinates: e.coordinates,
    admin1: e.admin1,
  };
  if (!m.qualifier) return base;
  const bearing = bearingOf(m.qualifier);
  const en = base.name.en ? `${base.name.en} (${m.qualifier})` : null;
  return {
    id: `${e.id}:${m.qualifier.replace(/\s+/g, '-')}`,
    name: { ar: /[\u0600-\u06FF]/.test(m.surface) ? m.surface : base.name.ar, en },
    kind: 'region',
    coordinates: bearing === null ? e.coordinates : towardSide(gaz, e, bearing),
    admin1: e.admin1,
  };
}

/** How far toward its edge a compass phrase moves the point, when the extent of the place is known. */
const TOWARD_EDGE = 0.6;

/**
 * A point on the named side of a place: for a country or governorate whose extent the gazetteer knows, most of
 * the way from its point to that edge («جنوب غربي سوريا» lands near Daraa, «شمال سوريا» inside the border);
 * otherwise a fixed distance by the place's size («شمال الرقة»: 25 km north of the city).
 */
function towardSide(gaz: Gazetteer, e: GazetteerEntry, bearing: number): LonLat {
  const key = e.kind === 'country' ? `country:${e.country}` : e.kind === 'governorate' && e.admin1 ? `admin1:${e.admin1}` : null;
  const box = key ? gaz.extents.get(key) : undefined;
  if (!box) return offsetKm(e.coordinates, bearing, REGION_OFFSET_KM[precisionOf(e)] ?? 25);
  const [lon, lat] = e.coordinates;
  const east = Math.round(Math.sin((bearing * Math.PI) / 180) * 1e6) / 1e6;
  const north = Math.round(Math.cos((bearing * Math.PI) / 180) * 1e6) / 1e6;
  const x = east > 0 ? lon + (box[2] - lon) * TOWARD_EDGE : east < 0 ? lon - (lon - box[0]) * TOWARD_EDGE : lon;
  const y = north > 0 ? lat + (box[3] - lat) * TOWARD_EDGE : north < 0 ? lat - (lat - box[1]) * TOWARD_EDGE : lat;
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

function cueKindsOf(cue: string | null): PlaceKind[] | null {
  if (!cue) return null;
  const [t] = tokenize(cue);
  if (!t) return null;
  if (t.script === 'ar') {
    for (const f of arabicForms(normalizeToken(t.text))) {
      const kinds = cueKinds(f.core, 'ar');
      if (kinds) return kinds;
    }
    return null;
  }
  return cueKinds(latinKey(t.norm), 'latin');
}

function datelinePoint(gaz: Gazetteer, dateline: string | null | undefined): LonLat | null {
  if (!dateline) return null;
  const [top] = lookup(gaz, dateline);
  return top && top.country === 'SY' ? top.coordinates : null;
}

/** Start offset of the sentence holding `pos` (sentence ends: . ! ? ؟ and line breaks). */
function sentenceOf(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '؟' || c === '\n') return i + 1;
  }
  return 0;
}

function argmax(xs: number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
