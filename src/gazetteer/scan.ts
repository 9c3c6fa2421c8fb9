// Finding toponyms in a text: one pass over its words, longest gazetteer name first at each word, with the cue
// word before it, region phrases around it («ريف الرقة الشمالي», «جنوب غربي سوريا») and not-places skipped whole.
import type { GazetteerEntry, Mention } from '../schema/index.ts';
import { SCRIPT_AR, tokenize } from '../text/tokens.ts';
import { looseArabic, rawPrefixLength, somePeeledIn, type ArabicForm } from './arabic-key.ts';
import { isCommonWord } from './common-words.ts';
import { neverAlone } from './context-names.ts';
import { isCountrysideCue } from './cue-words.ts';
import { isEnglishWord } from './english-words.ts';
import { qualifierOf, type Direction } from './directions.ts';
import { keyUnits, unitForms, type KeyUnit } from './key-units.ts';
import { contextOf, type WordContext } from './word-context.ts';
import { latinKey } from './latin-key.ts';
import { nameStarts } from './name-starts.ts';
import { readUnits, releaseUnits, unitAt, type UnitStream } from './unit-stream.ts';
import type { Gazetteer, NameSeq } from './load.ts';
import { isArticledNisbaOf, isNisba, isNisbaAfterNoun } from './nisba.ts';
import { priorOf } from './prior.ts';

interface Match {
  seqs: NameSeq[];
  /** Unit range [start, end). */
  start: number;
  end: number;
  /** Proclitic characters peeled off the first word. */
  peeled: number;
  notPlace: boolean;
}

/** Kinds that are many and small: a one-word name of only such places needs some sign that a place is meant. */
const MINOR_KINDS = new Set(['village', 'neighbourhood', 'subdistrict', 'other']);

/** Foreign towns below this size are rarely the subject of Syria news; their one-word names need a sign too. */
const FOREIGN_TOWN_POPULATION = 100_000;

function isMinor(e: GazetteerEntry): boolean {
  if (MINOR_KINDS.has(e.kind)) return true;
  if (e.country !== 'SY' && (e.kind === 'city' || e.kind === 'town')) return (e.population ?? 0) < FOREIGN_TOWN_POPULATION;
  return false;
}

/**
 * Ids of the entries the matched names bear, best prior first. One name's entries are already in that order
 * (createGazetteer sorts them so); only a union of several names is sorted again. The lists are built once per
 * name (some names are borne by hundreds of villages) and shared by every mention of it: they are frozen, and a
 * mention's `candidates` must be copied before it is changed.
 */
function candidatesOf(gaz: Gazetteer, seqs: NameSeq[]): string[] {
  if (seqs.length === 1) {
    const seq = seqs[0]!;
    let ids = idsMemo.get(seq);
    if (!ids) idsMemo.set(seq, (ids = Object.freeze(seq.entries.map((e) => gaz.entries[e]!.id)) as string[]));
    return ids;
  }
  // A union (a name and its loose spellings, say) recurs with every mention of that name: sorted once.
  let unions = unionsMemo.get(gaz);
  if (!unions) unionsMemo.set(gaz, (unions = new Map()));
  const key = seqs.map(seqNumber).join(' ');
  let ids = unions.get(key);
  if (!ids) {
    const indexes = [...new Set(seqs.flatMap((s) => s.entries))];
    const prior = new Map(indexes.map((e) => [e, priorOf(gaz.entries[e]!)]));
    indexes.sort((a, b) => prior.get(b)! - prior.get(a)! || a - b);
    ids = Object.freeze(indexes.map((e) => gaz.entries[e]!.id)) as string[];
    if (unions.size >= UNIONS_LIMIT) unions.clear();
    unions.set(key, ids);
  }
  return ids;
}

/** Bound on the memo of unions: the names a text set mentions, a few thousand. */
const UNIONS_LIMIT = 50_000;
const unionsMemo = new WeakMap<Gazetteer, Map<string, string[]>>();

/** A number for each name, given when first asked, to key the memo of unions by. */
const seqNumbers = new WeakMap<NameSeq, number>();
let nextSeqNumber = 0;
function seqNumber(seq: NameSeq): number {
  let n = seqNumbers.get(seq);
  if (n === undefined) seqNumbers.set(seq, (n = nextSeqNumber++));
  return n;
}

/**
 * One Latin word reaches every entry whose name has the same phonetic key: «Assad» reaches the village «الأسد»
 * (Assad) and Chad. When some candidate bears the word exactly as written, a foreign one that does not is dropped —
 * a far-away place has to be spelled as it is spelled.
 */
function foreignOnlyIfExact(gaz: Gazetteer, ids: string[], word: string): string[] {
  const exact = ids.map((id) => latinSpellingsOf(gaz.byId.get(id)!).has(word));
  if (!exact.includes(true)) return ids;
  return ids.filter((id, k) => exact[k] || gaz.byId.get(id)!.country === 'SY');
}

const spellingsMemo = new WeakMap<GazetteerEntry, Set<string>>();

/** The Latin words (as key units normalize them) an entry's names are written with. */
function latinSpellingsOf(e: GazetteerEntry): Set<string> {
  let words = spellingsMemo.get(e);
  if (!words) {
    words = new Set();
    for (const name of e.names.en) for (const u of keyUnits(tokenize(name))) if (u.script === 'latin') words.add(u.norm);
    spellingsMemo.set(e, words);
  }
  return words;
}

const idsMemo = new WeakMap<NameSeq, string[]>();
const allMinorMemo = new WeakMap<NameSeq, boolean>();

/** Every entry bearing this name is minor («علي» names hundreds of villages: asked once, not at each «على»). */
function allMinor(gaz: Gazetteer, seq: NameSeq): boolean {
  let all = allMinorMemo.get(seq);
  if (all === undefined) {
    all = seq.entries.every((e) => isMinor(gaz.entries[e]!));
    allMinorMemo.set(seq, all);
  }
  return all;
}

/** "of" in "the town of Kobani", "north of Raqqa". */
const OF = latinKey('of');

/**
 * Long texts are read a stretch of lines at a time, so tokens stay short-lived and the garbage collector cheap
 * (scanning megabytes took twice the CPU in one piece). A stretch ends at the first line break after this many
 * characters; names and region phrases do not run across line breaks in practice.
 */
const STRETCH = 16_384;

/** All place mentions in a text, in order, without overlaps. */
export function scan(gaz: Gazetteer, text: string): Mention[] {
  const starts = nameStarts(gaz);
  const mentions: Mention[] = [];
  forEachStretch(text, (from, to) => scanCandidates(gaz, readUnits(text, from, to, starts), mentions));
  releaseUnits();
  return mentions;
}

/**
 * The same mentions as `scan`, found by trying matchAt at every word. This is the definition `scan` must agree
 * with (tests compare the two on real and random text); it is slower because it builds every word's unit.
 */
export function scanEveryWord(gaz: Gazetteer, text: string): Mention[] {
  const mentions: Mention[] = [];
  forEachStretch(text, (from, to) => scanUnits(gaz, text, keyUnits(tokenize(text, from, to)), mentions));
  return mentions;
}

function forEachStretch(text: string, read: (from: number, to: number) => void): void {
  let from = 0;
  while (from < text.length) {
    const nl = text.indexOf('\n', from + STRETCH);
    const to = nl < 0 ? text.length : nl + 1;
    read(from, to);
    from = to;
  }
}

function scanUnits(gaz: Gazetteer, text: string, units: KeyUnit[], mentions: Mention[]): void {
  let i = 0;
  let lastEnd = -1;
  while (i < units.length) {
    const m = matchAt(gaz, units, i);
    if (!m) {
      i++;
      continue;
    }
    i = m.end;
    if (m.notPlace) continue;
    const mention = toMention(gaz, text, units, m, lastEnd);
    if (mention) {
      mentions.push(mention.mention);
      i = Math.max(i, mention.endUnit);
      lastEnd = i;
    }
  }
}

/**
 * scanUnits over the pre-pass's candidates only: at any other unit matchAt finds nothing, so skipping them leaves
 * the walk (and its `i`, `lastEnd`) as it is. Units are built only where they are read: by matchAt the word before
 * (a cue) and the words a name may span (the candidate's reach) — for a one-word candidate answered from the memo,
 * the word before only if the word is an everyday one; by toMention the word before the name, the one before that
 * when it may be a compass word or "of", and up to four after the name when it is Latin (an English cue after it,
 * "X's eastern countryside") or a cue stands before it or starts it («ريف حلب الشمالي الغربي»).
 */
function scanCandidates(gaz: Gazetteer, s: UnitStream, mentions: Mention[]): void {
  // Every unit matchAt and toMention read is built before they run (buildUnits), so they see no undefined one.
  const units = s.units as KeyUnit[];
  let i = 0;
  let lastEnd = -1;
  for (let c = 0; c < s.candidateCount; c++) {
    // 1. The next candidate not inside the last match or mention.
    const k = s.candidates[c]!;
    if (k < i) continue;
    i = k;
    // 2. The longest name (or not-place) starting there. A word that starts no longer name is answered by
    //    spelling (matchOneWord), needing at most the word before it (a cue); any other reads the words it may span.
    let m: Match | null;
    if (s.reach[c] === 1 && s.scripts[k] === SCRIPT_AR) {
      buildUnits(s, k, k);
      m = matchOneWord(gaz, s, i);
    } else {
      buildUnits(s, k - 1, k + Math.max(1, s.reach[c]! - 1));
      m = matchAt(gaz, units, i);
    }
    if (!m) {
      i++;
      continue;
    }
    // 3. A not-place is skipped whole, names inside it with it.
    i = m.end;
    if (m.notPlace) continue;
    // 4. The words toMention may read around the name (see above), then the mention in its context.
    buildUnits(s, m.start - 1, m.start - 1);
    const prev = m.start > 0 ? units[m.start - 1]! : null;
    if (prev && (prev.script === 'latin' || directionsOf(prev))) buildUnits(s, m.start - 2, m.start - 2);
    // After the name: compass words and a countryside cue (after «ريف X», or a name that is a countryside), an
    // English cue, possibly behind a possessive ("Deir ez-Zor's eastern countryside").
    if (units[m.start]!.script === 'latin' || cueOf(prev) || cueOf(units[m.start]!)) buildUnits(s, m.end, m.end + 3);
    const mention = toMention(gaz, s.text, units, m, lastEnd);
    if (mention) {
      mentions.push(mention.mention);
      i = Math.max(i, mention.endUnit);
      lastEnd = i;
    }
  }
}

/**
 * matchAt's answers for Arabic words that start no name of several words, by spelling. The pre-pass gives such a
 * word a reach of 1 only when no pair of its readings and the next word's key starts a longer name, strict or loose
 * (equal keys have equal hashes), so matchAt reads nothing after the word: its answer follows from the spelling,
 * whether the word is written as an adverb («دوماً»), and — for an everyday word only — whether a cue stands before
 * it. News repeats its place names, so most candidates are answered here with one look-up.
 */
interface OneWordAnswers {
  /** Some reading of the word is an everyday word: matchAt's answer then depends on a cue before it. */
  common: boolean;
  /** The answer without a cue before the word (or for any context when not `common`); undefined: not asked yet. */
  plain: Match | null | undefined;
  /** The answer after a cue. */
  cued: Match | null | undefined;
}

const oneWordMemos = new WeakMap<Gazetteer, Map<string, OneWordAnswers>>();
/** Bound on the memo: the spellings of candidate words in a text set, a few tens of thousands. */
const ONE_WORD_LIMIT = 100_000;

/** matchAt at unit i, an Arabic word whose reach is 1, answered from the memo when its spelling was met before. */
function matchOneWord(gaz: Gazetteer, s: UnitStream, i: number): Match | null {
  const units = s.units as KeyUnit[];
  const u = units[i]!;
  if (u.adverb) return null;
  let memo = oneWordMemos.get(gaz);
  if (!memo) oneWordMemos.set(gaz, (memo = new Map()));
  let answers = memo.get(u.norm);
  if (!answers) {
    answers = { common: unitForms(u).some((x) => isCommonWord(x.core)), plain: undefined, cued: undefined };
    if (memo.size >= ONE_WORD_LIMIT) memo.clear();
    memo.set(u.norm, answers);
  }
  // The word before is built only when it is read: for a cue before an everyday word, or by matchAt.
  if (answers.common) buildUnits(s, i - 1, i - 1);
  const cued = answers.common && cueOf(before(units, i)) !== null;
  let answer = cued ? answers.cued : answers.plain;
  if (answer === undefined) {
    buildUnits(s, i - 1, i + 1);
    answer = matchAt(gaz, units, i);
    if (cued) answers.cued = answer;
    else answers.plain = answer;
  }
  // A fresh match each time: the memo's own stays as matchAt made it (its seqs are only read).
  return answer && { seqs: answer.seqs, start: i, end: i + 1, peeled: answer.peeled, notPlace: answer.notPlace };
}

/** Build the units first..last (clipped to the stream). */
function buildUnits(s: UnitStream, first: number, last: number): void {
  const to = Math.min(s.count - 1, last);
  for (let j = Math.max(0, first); j <= to; j++) if (s.units[j] === undefined) unitAt(s, j);
}

/** A word that may carry a proclitic (و ف ب ك ل), so its peeled readings must be looked up too. */
const PROCLITIC_START = /^[وفبكل]/;

/** Hint bits: the word as written or a peeled reading of it starts a strict name. */
const STARTS_NAME = 1;
/** Hint bit: the word's loose key is the second word of a loose Arabic name (gaz.looseSeconds). */
const ENDS_LOOSE_BIGRAM = 2;
/** Hint bit: some reading of the word is the first loose key of a loose name (gaz.loose). */
const STARTS_LOOSE_NAME = 4;
/** Bound on the memo of hints; news text repeats a few tens of thousands of word forms. */
const HINTS_LIMIT = 200_000;
const hintMemos = new WeakMap<Gazetteer, Map<string, number>>();

/**
 * What an Arabic word's spelling alone says about its part in names, memoized per gazetteer and spelling: the
 * look-ups behind it (the word, its peeled readings, its loose second-word use) cost several string hashes and
 * slices, and the same few thousand words make up most of any text.
 */
function spellingHints(gaz: Gazetteer, u: KeyUnit): number {
  if (u.hints >= 0) return u.hints;
  let memo = hintMemos.get(gaz);
  if (!memo) hintMemos.set(gaz, (memo = new Map()));
  let hints = memo.get(u.norm);
  if (hints === undefined) {
    hints = 0;
    if (gaz.names.has(u.key) || (PROCLITIC_START.test(u.norm) && somePeeledIn(u.norm, gaz.names))) hints |= STARTS_NAME;
    // By its loose key: «برزح تحتاني» is the loose name «برزه تهتني» («برزة تحتاني» misspelled).
    if (gaz.looseSeconds.has(looseArabic(u.key))) hints |= ENDS_LOOSE_BIGRAM;
    if (unitForms(u).some((f) => gaz.loose.has(looseArabic(f.core)))) hints |= STARTS_LOOSE_NAME;
    if (memo.size >= HINTS_LIMIT) memo.clear();
    memo.set(u.norm, hints);
  }
  u.hints = hints;
  return hints;
}

/** The state of one matchAt call; a plain object, not closures, because this runs once per word of the text. */
interface MatchState {
  gaz: Gazetteer;
  units: KeyUnit[];
  i: number;
  inText: boolean;
  /** A Latin word that reaches names only through its phonetic key and is too common or short to be trusted
   * alone: it may start a longer name or a not-place («Islamic State»), never be a one-word name. */
  guessed: boolean;
  best: Match | null;
  /** Whether some reading of the word is an everyday word (null: not yet looked at). */
  common: boolean | null;
  /** Whether a cue word stands before the word (null: not yet looked at). */
  cued: boolean | null;
}

/**
 * The longest name (or not-place) that starts at unit i; ties go to the reading with less peeled off.
 * `inText`: reading running text, where a lowercase Latin word or an everyday Arabic word is not a name;
 * false for a name asked for on its own (lookup).
 */
export function matchAt(gaz: Gazetteer, units: KeyUnit[], i: number, inText = true): Match | null {
  const u = units[i]!;
  if (u.script === 'digit' || u.adverb) return null;
  if (u.script === 'latin' && inText && !u.proper) return null;
  const next = units[i + 1]!;
  const follows = i + 1 < units.length && !next.breakBefore;
  // Most words start no name: answer those with a look-up or two and no allocation.
  if (u.script === 'ar') {
    const hints = spellingHints(gaz, u);
    const looseStart = hints & STARTS_LOOSE_NAME && follows && next.script === 'ar' && spellingHints(gaz, next) & ENDS_LOOSE_BIGRAM;
    if (!(hints & STARTS_NAME) && !looseStart) return null;
  }
  const forms = unitForms(u);
  // An everyday word is not taken apart into proclitic + name: «وزارة» is not و + «زارة».
  const readings = inText && forms.length > 1 && isCommonWord(forms[0]!.core) ? forms.slice(0, 1) : forms;
  // Two-letter Latin words ("IS", "The" → «ta») are not names in running text, unless a number follows (T4, T-4).
  if (u.script === 'latin' && inText && u.key.length < 3 && !(follows && /^\d+$/.test(next.key))) return null;
  // The Latin key is phonetic: a word that is not itself a spelling some name is written with reaches a name only
  // through its key, which everyday English words («Women» → Oman, «When» → Wuhan) and short words do too easily.
  const guessed = u.script === 'latin' && inText && !gaz.latinSpellings.has(u.norm) && (isEnglishWord(u.norm) || u.norm.length < 4);
  const st: MatchState = { gaz, units, i, inText, guessed, best: null, common: null, cued: null };
  // Latin consonant skeletons only for a name asked for on its own: in running English they turn "Syrian" into
  // Suran and "Sunday" into Sendai.
  const latinLoose = u.script === 'latin' && !inText;
  // (An Arabic loose name has only Arabic words, so a next word in another script never continues one.)
  const looseBigram = follows && (latinLoose || (u.script === 'ar' && next.script === 'ar' && (spellingHints(gaz, next) & ENDS_LOOSE_BIGRAM) !== 0));
  for (const f of readings) {
    const bucket = gaz.names.get(f.core);
    if (bucket) {
      const longer = follows ? bucket.next.get(next.key) : undefined;
      if (longer) for (const seq of longer) consider(st, seq, f, false);
      for (const seq of bucket.one) consider(st, seq, f, false);
    }
    // Loose spellings: Latin always (few words); Arabic only where they can matter — a bigram whose second word
    // ends a loose name, or a word already read as a one-word name (to add its loose homonyms).
    const best = st.best;
    const oneWordHere = best !== null && best.end === i + 1 && best.peeled === f.peeled;
    if (!looseBigram && !(oneWordHere && u.script === 'ar') && !latinLoose) continue;
    // No reading of an Arabic word starts a loose name: the loose index has nothing for it (its key is not built).
    if (u.script === 'ar' && (spellingHints(gaz, u) & STARTS_LOOSE_NAME) === 0) continue;
    const looseBucket = gaz.loose.get(looseKey(u, f.core));
    if (!looseBucket) continue;
    const longer = looseBigram ? looseBucket.next.get(looseKey(next, next.key)) : undefined;
    if (longer) for (const seq of longer) consider(st, seq, f, true);
    for (const seq of looseBucket.one) consider(st, seq, f, true);
  }
  const best = st.best;
  if (best && u.script !== 'ar' && best.seqs.some((s) => !s.loose)) best.seqs = best.seqs.filter((s) => !s.loose);
  return best;
}

/** Weigh one indexed name against the words at st.i; keep it in st.best when it is the longest so far. */
function consider(st: MatchState, seq: NameSeq, f: ArabicForm, loose: boolean): void {
  const { units, i, best } = st;
  const u = units[i]!;
  const end = i + seq.keys.length;
  if (best && (end < best.end || (end === best.end && f.peeled > best.peeled))) return;
  if (!wordsMatch(units, i, seq, loose)) return;
  if (loose && u.script === 'ar' && seq.keys.length === 1 && !strictAt(best, end, f.peeled)) return;
  if (seq.keys.length === 1 && !seq.notPlace) {
    if (st.guessed) return;
    if (neverAlone(f.core) || isNisba(f.core)) return;
    if (f.peeled > 0 && f.core.length < 3) return;
    // A word that reads as proclitic + everyday word («بأنه» = ب + أنه) is that word, not a one-word place —
    // unless a cue word stands before it: «قاعدة العديد» (al-Udeid), not «العديد» (many).
    st.common ??= st.inText && unitForms(u).some((x) => isCommonWord(x.core));
    if (st.common) {
      st.cued ??= cueOf(before(units, i)) !== null;
      if (!st.cued) return;
    }
  }
  if (u.script === 'ar' && !seq.notPlace && isArticledNisbaOf(f.core, f.article, !seq.bareFirst)) return;
  if (best && best.end === end && best.peeled === f.peeled) {
    // Same words: a not-place wins over a place. Latin: strict spellings over loose ones; Arabic: loose
    // spellings add candidates («حبيت» may be «الهبيط»), resolve scores them lower.
    if (seq.notPlace) best.notPlace = true;
    if (u.script === 'ar' || !seq.loose || best.seqs.every((s) => s.loose)) best.seqs.push(seq);
    return;
  }
  st.best = { seqs: [seq], start: i, end, peeled: f.peeled, notPlace: seq.notPlace };
}

/** The key to look a word up by in the loose index. */
function looseKey(u: KeyUnit, core: string): string {
  if (u.script === 'latin') return u.skeleton ?? '';
  if (u.script === 'ar') return looseArabic(core);
  return '';
}

/** A strict (not loose) name already matched these very words. */
function strictAt(best: Match | null, end: number, peeled: number): boolean {
  return best !== null && best.end === end && best.peeled === peeled && best.seqs.some((s) => !s.loose);
}

function wordsMatch(units: KeyUnit[], i: number, seq: NameSeq, loose: boolean): boolean {
  if (i + seq.keys.length > units.length) return false;
  for (let k = 1; k < seq.keys.length; k++) {
    const v = units[i + k]!;
    if (v.breakBefore) return false;
    const key = !loose ? v.key : v.script === 'latin' ? (v.skeleton ?? v.key) : v.script === 'ar' ? looseArabic(v.key) : v.key;
    if (key !== seq.keys[k]) return false;
  }
  return true;
}

/** The unit before `i` when nothing but space separates them. */
function before(units: KeyUnit[], i: number): KeyUnit | null {
  const u = units[i];
  return i > 0 && u && !u.breakBefore ? units[i - 1]! : null;
}

function after(units: KeyUnit[], end: number): KeyUnit | null {
  const v = units[end];
  return v && !v.breakBefore ? v : null;
}

/** The reading of a word as a cue (word-context.ts). */
function cueOf(u: KeyUnit | null): WordContext['cue'] {
  return u ? contextOf(u).cue : null;
}

function directionsOf(u: KeyUnit | null): WordContext['directions'] {
  return u ? contextOf(u).directions : null;
}

/** Up to `most` compass words right after unit end (none: null): «الشمالي الغربي» → "north west". */
function compassAfter(units: KeyUnit[], end: number, most = 2): { qualifier: string; endUnit: number } | null {
  const dirs: Direction[] = [];
  let endUnit = end;
  while (dirs.length < most) {
    const d = directionsOf(after(units, endUnit));
    if (!d) break;
    dirs.push(...d.dirs);
    endUnit++;
  }
  return endUnit === end ? null : { qualifier: qualifierOf(dirs), endUnit };
}

/** The core of a word in the reading a match took (after `peeled` proclitic letters). */
function readingOf(u: KeyUnit, peeled: number): string {
  return unitForms(u).find((f) => f.peeled === peeled)?.core ?? u.key;
}

/** Unit k is the possessive s of the word before it: «Zor's» is «Zor», an apostrophe, «s». */
function isPossessiveAt(text: string, units: KeyUnit[], k: number): boolean {
  const s = units[k];
  const before = units[k - 1];
  if (!s || !before || s.script !== 'latin' || s.norm !== 's') return false;
  const between = text.slice(before.end, s.start);
  return between === "'" || between === '\u2019';
}

function startOf(text: string, u: KeyUnit, peeled: number): number {
  return peeled === 0 ? u.start : u.start + rawPrefixLength(text.slice(u.start, u.end), peeled);
}

/**
 * A match in its context: cue word, region phrase, and whether the context supports it at all.
 * `floor`: the unit where the previous mention ended; a match right there follows it («في معرة النعمان وحبيت»).
 */
function toMention(
  gaz: Gazetteer,
  text: string,
  units: KeyUnit[],
  m: Match,
  floor: number,
): { mention: Mention; endUnit: number } | null {
  const afterMention = floor === m.start;
  const first = units[m.start]!;
  let start = startOf(text, first, m.peeled);
  let endUnit = m.end;
  let cue: string | null = null;
  let qualifier: string | null = null;

  const prev = before(units, m.start);
  // A word the previous mention took in («Raqqaريف» read "Raqqa countryside") is no cue for this one.
  const prevCue = m.start - 1 >= floor ? cueOf(prev) : null;
  if (prev && prevCue) {
    cue = text.slice(startOf(text, prev, prevCue.form.peeled), prev.end);
    if (isCountrysideCue(prevCue.form.core)) {
      // «ريف حلب» [«الشمالي» [«الغربي»]]: the countryside, one mention with its compass part.
      qualifier = 'countryside';
      start = startOf(text, prev, prevCue.form.peeled);
      const compass = compassAfter(units, endUnit);
      if (compass) {
        endUnit = compass.endUnit;
        qualifier = `countryside ${compass.qualifier}`;
      }
    }
  } else if (prev && prev.script === 'latin' && prev.key === OF) {
    // "the town of Kobani", "north of Raqqa"
    const p2 = before(units, m.start - 1);
    const c = cueOf(p2);
    const d = directionsOf(p2);
    if (c && p2) cue = text.slice(p2.start, p2.end);
    else if (d && p2) {
      qualifier = qualifierOf(d.dirs);
      start = p2.start;
    }
  } else if ((m.peeled === 0 || first.script !== 'ar') && !cueOf(first)) {
    // «شمال الرقة», «جنوب غربي سوريا», "northern Syria": a compass word in construct right before the name.
    // Not «الغرب روسيا» (the West), and not before a cue («غرب مدينة الرقة» places something relative to the city).
    const d = directionsOf(prev);
    if (d && prev && !d.form.article && m.start - 1 >= floor) {
      const dirs = [...d.dirs];
      let from = prev;
      let fromPeeled = d.form.peeled;
      const p2 = d.form.peeled === 0 ? before(units, m.start - 1) : null;
      const d2 = directionsOf(p2);
      if (d2 && p2 && !d2.form.article && m.start - 2 >= floor) {
        dirs.unshift(...d2.dirs);
        from = p2;
        fromPeeled = d2.form.peeled;
      }
      qualifier = qualifierOf(dirs);
      start = startOf(text, from, fromPeeled);
    }
  }
  // «ريف دمشق الغربي»: a name that is itself a countryside (the governorate «ريف دمشق») takes the compass words
  // after it as the countryside cue does.
  if (qualifier === null && first.script === 'ar' && m.end - m.start > 1 && isCountrysideCue(readingOf(first, m.peeled))) {
    const compass = compassAfter(units, endUnit);
    if (compass) {
      endUnit = compass.endUnit;
      qualifier = compass.qualifier;
    }
  }
  // "Deir ez-Zor's eastern countryside": the possessive, a compass word, then the countryside cue.
  if (qualifier === null && first.script === 'latin' && isPossessiveAt(text, units, endUnit)) {
    const compass = compassAfter(units, endUnit + 1, 1);
    const cueAt = compass ? compass.endUnit : endUnit + 1;
    const c = cueOf(after(units, cueAt));
    if (c && isCountrysideCue(c.form.core)) {
      qualifier = compass ? `countryside ${compass.qualifier}` : 'countryside';
      endUnit = cueAt + 1;
    }
  }
  // English cue after the name: "Raqqa province", "Tabqa airbase", "northern Raqqa countryside".
  const next = first.script === 'latin' ? after(units, endUnit) : null;
  const nextCue = next?.script === 'latin' ? cueOf(next) : null;
  if (next && nextCue) {
    if (isCountrysideCue(nextCue.form.core)) {
      qualifier = qualifier ? `countryside ${qualifier}` : 'countryside';
      endUnit++;
    } else cue = text.slice(next.start, next.end);
  }

  const peeledPrefix = first.norm.slice(0, m.peeled);
  const locative = peeledPrefix.includes('ب') || (prev !== null && contextOf(prev).locative);
  // Context is needed only when every reading of the words needs it (a real place of that name does not).
  const needs = m.seqs.every((s) => s.needs) ? m.seqs[0]!.needs : null;
  if (needs) {
    const ok = cue !== null || (needs === 'locative' && (locative || qualifier !== null || afterMention));
    if (!ok) return null;
  }
  const oneWord = m.end - m.start === 1;
  // «قوات سورية», «مصادر سورية»: the bare feminine spelling of a name after an indefinite noun is its adjective.
  if (oneWord && first.script === 'ar' && !first.article && m.peeled === 0 && prev?.script === 'ar' && !afterMention) {
    if (cue === null && qualifier === null && !locative && isNisbaAfterNoun(first.key, prev.norm)) return null;
  }
  if (oneWord && cue === null && qualifier === null && !locative && !afterMention) {
    if (m.seqs.every((s) => allMinor(gaz, s))) return null;
  }

  let candidates = candidatesOf(gaz, m.seqs);
  if (oneWord && first.script === 'latin') {
    candidates = foreignOnlyIfExact(gaz, candidates, first.norm);
    // What is left may be only villages, which need the same sign as above.
    const signed = cue !== null || qualifier !== null || locative || afterMention;
    if (!signed && candidates.every((id) => isMinor(gaz.byId.get(id)!))) return null;
  }
  if (candidates.length === 0) return null;
  const end = units[endUnit - 1]!.end;
  return {
    mention: { surface: text.slice(start, end), span: [start, end], cue, candidates, qualifier },
    endUnit,
  };
}
