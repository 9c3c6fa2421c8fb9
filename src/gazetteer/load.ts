// The in-memory gazetteer: entries plus a name index built once, so scanning a text costs a hash look-up per word.
import type { GazetteerEntry } from '../schema/index.ts';
import { normalizeArabic } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { looseArabic, stripArticle } from './arabic-key.ts';
import { contextNeed, type ContextNeed } from './context-names.ts';
import { cueKinds } from './cue-words.ts';
import { DESCRIPTIONS } from './descriptions.ts';
import { keyUnits, type KeyUnit } from './key-units.ts';
import { isLatinArticle, latinKey } from './latin-key.ts';
import { NOT_PLACES } from './not-places.ts';
import { priorOf } from './prior.ts';

/** One indexed way of writing a name: its word keys and the entries that bear it. */
export interface NameSeq {
  /** Matching keys word by word (Arabic core without article; Latin phonetic key, or skeleton when loose). */
  keys: string[];
  /** Entry indexes into Gazetteer.entries, best prior first. */
  entries: number[];
  /** The name as written has no article on its first word («سورية»): then «السورية» is an adjective, not it. */
  bareFirst: boolean;
  /** A phrase that is not a place (a force, an outlet…): matched only to be skipped. */
  notPlace: boolean;
  /** Keys are loose: Latin consonant skeletons (larger places only) or Arabic looseArabic keys. */
  loose: boolean;
  /** Everyday-word names that need a cue or a locative before them. */
  needs: ContextNeed | null;
}

export type BBox = [number, number, number, number];

/** Fewer places than this say too little about where a country's or governorate's edges are. */
const MIN_PLACES_FOR_EXTENT = 20;

/** Extents of countries and governorates from the points of the places in them. */
function extentsOf(entries: GazetteerEntry[]): Map<string, BBox> {
  const boxes = new Map<string, { box: BBox; n: number }>();
  const grow = (key: string, [lon, lat]: [number, number]) => {
    const b = boxes.get(key);
    if (!b) boxes.set(key, { box: [lon, lat, lon, lat], n: 1 });
    else {
      b.box = [Math.min(b.box[0], lon), Math.min(b.box[1], lat), Math.max(b.box[2], lon), Math.max(b.box[3], lat)];
      b.n++;
    }
  };
  for (const e of entries) {
    if (e.kind !== 'village' && e.kind !== 'town' && e.kind !== 'city') continue;
    grow(`country:${e.country}`, e.coordinates);
    if (e.admin1) grow(`admin1:${e.admin1}`, e.coordinates);
  }
  const out = new Map<string, BBox>();
  for (const [key, { box, n }] of boxes) if (n >= MIN_PLACES_FOR_EXTENT) out.set(key, box);
  return out;
}

/** Names sharing a first word: one-word names, and longer ones by their second word (longest first). */
export interface NameBucket {
  one: NameSeq[];
  next: Map<string, NameSeq[]>;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  /** Strict name keys by first word. Two levels, so a word that starts hundreds of names («تل», «عين») costs
   * one look-up of the next word, not a walk over all of them. */
  names: Map<string, NameBucket>;
  /** The same for loose keys (Latin skeletons, looseArabic). */
  loose: Map<string, NameBucket>;
  /** [west, south, east, north] of the places each country (by ISO code) and each Syrian governorate (by admin1)
   * holds, where the gazetteer has enough of them: «شمال سوريا» is drawn inside the north of the country. */
  extents: Map<string, BBox>;
  /** Loose keys (looseArabic) of the second word of loose Arabic names of several words: a bigram is looked up
   * loosely only when its second word's loose key is one of these. */
  looseSeconds: Set<string>;
  /** Every Latin word (normalizeLatin, articles dropped) that some name is written with: a word matched only
   * through its phonetic key must not be an everyday English word («Women» → Oman), and short ones must be one of
   * these exactly. */
  latinSpellings: Set<string>;
}

/** Kinds big enough that a loose Latin spelling («Idleb» for «Idlib») is still taken to mean them. */
const LOOSE_KINDS = new Set(['country', 'governorate', 'city', 'town', 'airbase', 'region', 'river', 'district']);

export function createGazetteer(entries: GazetteerEntry[]): Gazetteer {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const seqs = new Map<string, NameSeq>();
  const latinSpellings = new Set<string>();
  const add = (keys: string[], entry: number | null, flags: Pick<NameSeq, 'bareFirst' | 'notPlace' | 'loose'>) => {
    if (keys.length === 0 || keys.some((k) => k === '')) return;
    const id = `${flags.loose ? '~' : ''}${flags.notPlace ? '!' : ''}${flags.bareFirst ? '' : 'a'}|${keys.join(' ')}`;
    let seq = seqs.get(id);
    if (!seq) {
      const needs = keys.length === 1 && !flags.notPlace ? contextNeed(keys[0]!) : null;
      seq = { keys, entries: [], ...flags, needs };
      seqs.set(id, seq);
    }
    if (entry !== null && !seq.entries.includes(entry)) seq.entries.push(entry);
  };

  entries.forEach((entry, index) => {
    const names = [...entry.names.ar, ...entry.names.en];
    const normalized = new Set(names.map((n) => normalizeArabic(n)));
    for (const name of names) {
      const tokens = tokenize(name);
      const units = keyUnits(tokens);
      for (const u of units) if (u.script === 'latin') latinSpellings.add(u.norm);
      // «محافظة الرقة», «منطقة تل أبيض», «مدينة الطبقة»: when the rest is a name of the same place, the scanner reads
      // the first word as a cue and weighs every place called «الرقة»; indexing the whole would hide them.
      if (isCuePrefixed(name, tokens, normalized)) continue;
      for (const [keys, flags] of keysOf(tokens, units)) {
        // Loose Latin skeletons only for larger places; loose Arabic keys for all (their use is guarded in scan).
        if (flags.loose && !LOOSE_KINDS.has(entry.kind) && tokens[0]?.script !== 'ar') continue;
        add(keys, index, { ...flags, notPlace: false });
      }
    }
  });
  for (const phrase of NOT_PLACES) {
    for (const [keys, flags] of nameKeys(phrase)) if (!flags.loose) add(keys, null, { ...flags, notPlace: true });
  }
  const gaz: Gazetteer = {
    entries,
    byId,
    names: new Map(),
    loose: new Map(),
    extents: extentsOf(entries),
    looseSeconds: new Set(),
    latinSpellings,
  };
  for (const d of DESCRIPTIONS) {
    const want = normalizeArabic(d.name);
    const target = entries.findIndex(
      (e) => e.country === d.country && e.kind === 'city' && e.names.ar.some((n) => normalizeArabic(n) === want),
    );
    if (target < 0) continue;
    for (const [keys, flags] of nameKeys(d.phrase)) if (!flags.loose) add(keys, target, { ...flags, notPlace: false });
  }

  const priors = entries.map(priorOf);
  for (const seq of seqs.values()) {
    seq.entries.sort((a, b) => priors[b]! - priors[a]! || a - b);
    const index = seq.loose ? gaz.loose : gaz.names;
    const [first, second] = seq.keys as [string, string | undefined];
    let bucket = index.get(first);
    if (!bucket) index.set(first, (bucket = { one: [], next: new Map() }));
    if (seq.loose && second !== undefined) gaz.looseSeconds.add(second);
    if (second === undefined) bucket.one.push(seq);
    else {
      const list = bucket.next.get(second);
      if (list) list.push(seq);
      else bucket.next.set(second, [seq]);
    }
  }
  for (const index of [gaz.names, gaz.loose]) {
    for (const bucket of index.values()) for (const list of bucket.next.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }
  return gaz;
}

function isCuePrefixed(name: string, tokens: Token[], normalizedNames: Set<string>): boolean {
  const head = tokens[0];
  if (!head || tokens.length < 2 || head.script !== 'ar') return false;
  if (!cueKinds(stripArticle(head.norm).core, 'ar')) return false;
  return normalizedNames.has(normalizeArabic(name.slice(tokens[1]!.start)));
}

type KeyFlags = { bareFirst: boolean; loose: boolean };

/**
 * The keys a name is indexed under: its words' keys; for Arabic names of several words also the words run
 * together («ديرالزور»), since writers drop the space; for Latin names also the consonant skeleton.
 */
export function nameKeys(name: string): [string[], KeyFlags][] {
  return keysOf(tokenize(name));
}

function keysOf(tokens: Token[], units: KeyUnit[] = keyUnits(tokens)): [string[], KeyFlags][] {
  if (units.length === 0) return [];
  const out: [string[], KeyFlags][] = [];
  const bareFirst = !units[0]!.article;
  out.push([units.map((u) => u.key), { bareFirst, loose: false }]);
  const words = tokens.filter((t) => t.script === 'ar');
  if (words.length > 1 && words.length === tokens.length) {
    out.push([[stripArticle(words.map((t) => t.norm).join('')).core], { bareFirst, loose: false }]);
  }
  if (units.every((u) => u.script === 'ar')) {
    const loose = units.map((u) => looseArabic(u.key));
    if (loose.join(' ') !== units.map((u) => u.key).join(' ')) out.push([loose, { bareFirst, loose: true }]);
  }
  if (units.every((u) => u.script !== 'ar') && units.some((u) => u.script === 'latin')) {
    // «Serekaniye» for «Sere Kaniye»: Latin names run together too.
    const words = tokens.filter((t) => t.script === 'latin' && !isLatinArticle(t.norm));
    if (words.length > 1 && units.every((u) => u.script === 'latin')) {
      out.push([[latinKey(words.map((t) => t.norm).join(''))], { bareFirst, loose: false }]);
    }
    out.push([units.map((u) => u.skeleton ?? u.key), { bareFirst, loose: true }]);
  }
  return out;
}

const strictKeys = new WeakMap<GazetteerEntry, Set<string>>();

/** The strict keys of a written name, as isNamedStrictly compares them. */
export function strictKeysOf(surface: string): string[] {
  return nameKeys(surface)
    .filter(([, flags]) => !flags.loose)
    .map(([k]) => k.join(' '));
}

/**
 * True when the entry bears a name with one of these strict keys (strictKeysOf the surface), not only a loose
 * spelling of it: resolve prefers such entries over ones reached through looseArabic.
 */
export function isNamedStrictly(entry: GazetteerEntry, surfaceKeys: string[]): boolean {
  let keys = strictKeys.get(entry);
  if (!keys) {
    keys = new Set<string>();
    for (const name of [...entry.names.ar, ...entry.names.en]) for (const k of strictKeysOf(name)) keys.add(k);
    strictKeys.set(entry, keys);
  }
  return surfaceKeys.some((k) => keys.has(k));
}
