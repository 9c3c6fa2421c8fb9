// The scanner's pre-pass: one walk over a stretch of raw text that cuts it into the same units keyUnits(tokenize())
// would make, without building them. Each unit is a pair of offsets; an Arabic word is hashed on the way and kept
// as a candidate only when one of its readings is a one-word name, or it and the unit after it are the first two
// words of a name. KeyUnit objects are then built only around the candidates (`unitAt`).
import { isSpaceAt, scriptAt, tokenEnd, tokenOf, SCRIPT_AR, SCRIPT_DIGIT, SCRIPT_LATIN } from '../text/tokens.ts';
import { cueKinds } from './cue-words.ts';
import { arabicUnit, endsInTanweenAlefAt, keyUnits, unitForms, type KeyUnit } from './key-units.ts';
import { contextOf } from './word-context.ts';
import { LONGER, ONE_EVERYDAY_WORD, ONE_WORD, ONE_WORD_NOT_PLACE, type NameStarts } from './name-starts.ts';
import { arabicWord, foldsTo, hashDigits, hashKey, hashPair, keyCut, looseSuffixHash, readArabicWord, readingCuts, suffixHash, tableGet, type ArabicWord } from './word-hash.ts';

export interface UnitStream {
  text: string;
  /** Number of units. */
  count: number;
  /** Offsets of unit k: [starts[k], ends[k]). */
  starts: Int32Array;
  ends: Int32Array;
  /** SCRIPT_* of unit k. */
  scripts: Uint8Array;
  /** Arabic unit k: hashKey of its normalized spelling (the word memo's key). */
  hashes: Int32Array;
  /** A punctuation mark stands between unit k and unit k - 1 (KeyUnit.breakBefore). */
  breaks: Uint8Array;
  /** Units as keyUnits builds them; Latin ones are built in the pre-pass, the others (undefined until then) by
   * unitAt. Filled in order (over the last stretch's slots, then by push), so the array stays a plain dense one:
   * a sparse array would fall back to slow dictionary elements. */
  units: (KeyUnit | undefined)[];
  /** Indexes of the units where a name may start, ascending. */
  candidates: Int32Array;
  candidateCount: number;
  /** For each candidate, how many units a name starting there may span at most. */
  reach: Uint8Array;
}

/** Punctuation that does not break a name (as keyUnits' TRANSPARENT): hyphen-minus, hyphen, a stray tatweel. */
function isTransparent(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x0640;
}

/** Most readings a word has: cut 0 to 4 letters (word-hash MAX_PEELED). */
const MAX_READINGS = 5;

/**
 * The Arabic word before the current unit, waiting for the next unit to decide whether it is a candidate: its
 * readings, the hashes of those that start longer names, and the reach found so far (1 when a reading is a one-word
 * name). `word` and `next` are swapped as the walk goes: the pre-pass allocates nothing per word.
 */
interface Waiting {
  unit: number;
  word: ArabicWord;
  next: ArabicWord;
  reach: number;
  cuts: number;
  longer: Int32Array;
  longerCount: number;
}

/** The waiting word's state, reused from stretch to stretch like the arrays below (a scan runs to its end before
 * the next one starts, so one is enough). */
const waiting: Waiting = {
  unit: -1,
  word: arabicWord(),
  next: arabicWord(),
  reach: 0,
  cuts: 0,
  longer: new Int32Array(MAX_READINGS),
  longerCount: 0,
};

/**
 * The typed arrays of the last stream, reused by the next one: allocating them per report cost more than reading
 * the report (each is a separate buffer the garbage collector tracks).
 */
let spare: UnitStream | null = null;

/**
 * The units of text[from, to) and the candidates among them. The stream's arrays are reused by the next call, so
 * a stream must be used up before the next one is read (the scanner reads one stretch at a time).
 */
export function readUnits(text: string, from: number, to: number, starts: NameStarts): UnitStream {
  // A unit is at least one character long, so there are at most to - from of them.
  const room = to - from + 1;
  let s = spare;
  if (!s || s.starts.length < room) {
    const size = Math.max(room, 4096);
    s = {
      text,
      count: 0,
      starts: new Int32Array(size),
      ends: new Int32Array(size),
      scripts: new Uint8Array(size),
      hashes: new Int32Array(size),
      breaks: new Uint8Array(size),
      units: [],
      candidates: new Int32Array(size),
      candidateCount: 0,
      reach: new Uint8Array(size),
    };
    spare = s;
  }
  s.text = text;
  s.count = 0;
  s.candidateCount = 0;
  // The last stretch's units are overwritten slot by slot (the array is not reallocated per stretch).
  const units = s.units;
  waiting.unit = -1;
  let brk = false;
  let i = from;
  while (i < to) {
    // 1. Spaces only separate units.
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    // 2. A token starts here. An Arabic word is found to its end and folded and hashed in the same walk (into
    //    waiting.next); other tokens are cut as the tokenizer cuts them.
    const script = scriptAt(text, i);
    const end = script === SCRIPT_AR ? readArabicWord(text, i, to, waiting.next) : tokenEnd(text, i, to, script);
    if (script === SCRIPT_AR || script === SCRIPT_DIGIT) {
      // 3. An Arabic word or a digit run: a unit of offsets only (its KeyUnit is built later, if a candidate
      //    needs it). Its key settles the Arabic word waiting before it: with this unit as second word, may a
      //    longer name start there (decide)? An Arabic word then waits in turn, its readings looked up as the
      //    first words of names (wait).
      const k = s.count++;
      s.starts[k] = i;
      s.ends[k] = end;
      s.scripts[k] = script;
      s.breaks[k] = brk ? 1 : 0;
      if (k < units.length) units[k] = undefined;
      else units.push(undefined);
      if (script === SCRIPT_AR) {
        const word = waiting.next;
        s.hashes[k] = word.hash;
        // The word's key hash is needed only to look up pairs, when the word before starts longer names.
        if (waiting.unit >= 0) decide(s, starts, waiting, waiting.longerCount > 0 ? suffixHash(word, keyCut(word)) : 0, true);
        wait(s, starts, waiting, k);
      } else if (waiting.unit >= 0) decide(s, starts, waiting, hashDigits(text, i, end), false);
      brk = false;
    } else if (script === SCRIPT_LATIN) {
      // 4. A Latin word: rare in Arabic text, so built as keyUnits builds it, at once.
      const made = keyUnits([tokenOf(text, i, end, script)]);
      // A Latin article («al-») makes no unit and leaves the break before it to the word after it.
      if (made.length > 0) {
        made[0]!.breakBefore = brk;
        if (waiting.unit >= 0) decide(s, starts, waiting, hashKey(made[0]!.key), false);
        for (const u of made) {
          const k = s.count++;
          s.starts[k] = u.start;
          s.ends[k] = u.end;
          s.scripts[k] = SCRIPT_LATIN;
          s.breaks[k] = u.breakBefore ? 1 : 0;
          if (k < units.length) units[k] = u;
          else units.push(u);
          // A Latin word is not hashed: any capitalized one (or one with a digit, «T4») may start a name of any
          // length. Lowercase ones never do in running text (matchAt).
          if (u.proper) addCandidate(s, k, starts.longest);
        }
        brk = false;
      }
    } else if (!isTransparent(text.charCodeAt(i))) brk = true; // 5. Punctuation: no unit; names do not run across it.
    i = end;
  }
  // 6. The last word waits for nothing: only its one-word readings count.
  if (waiting.unit >= 0 && waiting.reach > 0) addCandidate(s, waiting.unit, waiting.reach);
  // matchAt reads `units.length` as the number of units.
  units.length = s.count;
  return s;
}

/** Look the readings of the word just hashed (waiting.next, unit k) up as first words; it waits for the next unit. */
function wait(s: UnitStream, starts: NameStarts, waiting: Waiting, k: number): void {
  const word = waiting.next;
  waiting.next = waiting.word;
  waiting.word = word;
  waiting.reach = 0;
  waiting.longerCount = 0;
  const cuts = readingCuts(word);
  const key = keyCut(word);
  for (let cut = 0; cut < MAX_READINGS; cut++) {
    if ((cuts & (1 << cut)) === 0) continue;
    const h = cut === 0 ? word.hash : suffixHash(word, cut);
    const bits = tableGet(starts.firstWords, h);
    if (bits === 0) continue;
    if (bits & LONGER) waiting.longer[waiting.longerCount++] = h;
    if (bits & ONE_WORD_NOT_PLACE) waiting.reach = 1;
    // matchAt's `consider`: a proclitic is not peeled off to leave a one-word place of under three letters.
    if (cut !== key && word.length - cut < 3) continue;
    if (bits & ONE_WORD || (bits & ONE_EVERYDAY_WORD && cueBefore(s, starts, k, waiting.next))) waiting.reach = 1;
  }
  waiting.unit = k;
  waiting.cuts = cuts;
}

/**
 * A cue word may stand right before unit k, as scan's cueOf reads one (no punctuation between; an Arabic reading
 * without the article — here any reading, which only lets more through). `previous`: the Arabic word hashed before
 * unit k's, which is unit k - 1 when that unit is Arabic.
 */
function cueBefore(s: UnitStream, starts: NameStarts, k: number, previous: ArabicWord): boolean {
  if (k === 0 || s.breaks[k] === 1) return false;
  const script = s.scripts[k - 1];
  if (script === SCRIPT_AR) {
    const cuts = readingCuts(previous);
    for (let cut = 0; cut < MAX_READINGS; cut++) {
      if (cuts & (1 << cut) && tableGet(starts.cues, suffixHash(previous, cut)) > 0) return true;
    }
    return false;
  }
  if (script !== SCRIPT_LATIN) return false;
  const prev = unitAt(s, k - 1);
  return unitForms(prev).some((f) => !f.article && cueKinds(f.core, prev.script) !== null);
}

/**
 * The unit after the waiting word has key hash `next`: look the pairs up and make the waiting word a candidate if
 * anything may start there. `arabic`: the next unit is the Arabic word in waiting.next, which may continue a loose
 * name — matchAt tries those only when its loose key is in gaz.looseSeconds.
 */
function decide(s: UnitStream, starts: NameStarts, waiting: Waiting, next: number, arabic: boolean): void {
  let reach = waiting.reach;
  for (let r = 0; r < waiting.longerCount; r++) reach = Math.max(reach, tableGet(starts.pairs, hashPair(waiting.longer[r]!, next)));
  // A loose name's second word is matched by its loose key, so a misspelled one («تحتاني» in «برزح تحتاني») counts.
  // The word's coarse hash, made as it was read, rules most words out before the loose key is hashed.
  if (arabic && tableGet(starts.looseSecondsCoarse, waiting.next.coarse) > 0) {
    const nextLoose = looseSuffixHash(waiting.next, keyCut(waiting.next));
    if (tableGet(starts.looseSeconds, nextLoose) > 0) reach = Math.max(reach, loosePairReach(starts, waiting, nextLoose));
  }
  if (reach > 0) addCandidate(s, waiting.unit, reach);
  waiting.unit = -1;
}

/** The most words of a loose name that some reading of the waiting word starts with the next word's loose key. */
function loosePairReach(starts: NameStarts, waiting: Waiting, nextLoose: number): number {
  let reach = 0;
  for (let cut = 0; cut < MAX_READINGS; cut++) {
    if ((waiting.cuts & (1 << cut)) === 0) continue;
    reach = Math.max(reach, tableGet(starts.loosePairs, hashPair(looseSuffixHash(waiting.word, cut), nextLoose)));
  }
  return reach;
}

function addCandidate(s: UnitStream, k: number, reach: number): void {
  s.candidates[s.candidateCount] = k;
  s.reach[s.candidateCount++] = reach;
}

/** Let go of the last text and its units once a scan is done: the reused stream would otherwise keep them alive. */
export function releaseUnits(): void {
  if (spare) {
    spare.text = '';
    spare.units.length = 0;
  }
}

/** Unit k as keyUnits builds it, made on first use. */
export function unitAt(s: UnitStream, k: number): KeyUnit {
  let u = s.units[k];
  if (!u) {
    u = s.scripts[k] === SCRIPT_AR ? arabicUnitAt(s, k) : otherUnitAt(s, k);
    s.units[k] = u;
  }
  return u;
}

function otherUnitAt(s: UnitStream, k: number): KeyUnit {
  const u = keyUnits([tokenOf(s.text, s.starts[k]!, s.ends[k]!, s.scripts[k]!)])[0]!;
  u.breakBefore = s.breaks[k] === 1;
  return u;
}

/**
 * The last unit built for each Arabic spelling, in a direct-mapped cache by the hash of its normalized form: a text
 * repeats a few thousand words, so most units are copies of one met before — the same key, norm and readings (one
 * string object each, whose hash V8 keeps, so the matcher's look-ups by them cost no rehashing), with this unit's
 * offsets. Spellings that share a slot are told apart by comparing the text to the remembered norm; the later one
 * takes the slot.
 */
const WORD_SLOTS_BITS = 16;
const wordSlots: (KeyUnit | null)[] = new Array<KeyUnit | null>(1 << WORD_SLOTS_BITS).fill(null);

function wordSlot(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - WORD_SLOTS_BITS);
}

function arabicUnitAt(s: UnitStream, k: number): KeyUnit {
  const start = s.starts[k]!;
  const end = s.ends[k]!;
  const brk = s.breaks[k] === 1;
  const slot = wordSlot(s.hashes[k]!);
  const seen = wordSlots[slot]!;
  if (seen !== null && foldsTo(s.text, start, end, seen.norm)) {
    return {
      key: seen.key,
      skeleton: null,
      norm: seen.norm,
      forms: seen.forms,
      hints: -1,
      context: seen.context,
      article: seen.article,
      script: 'ar',
      start,
      end,
      breakBefore: brk,
      proper: true,
      // Tanween is dropped from norm, so this one is read from the text itself.
      adverb: endsInTanweenAlefAt(s.text, start, end),
    };
  }
  const u = arabicUnit(tokenOf(s.text, start, end, SCRIPT_AR), brk);
  // What copies share is worked out now, on the unit they are copied from.
  unitForms(u);
  contextOf(u);
  // A slice of 13 characters or more may be a view into the whole text, which the cache would then keep alive.
  if (u.norm.length < 13) wordSlots[slot] = u;
  return u;
}
