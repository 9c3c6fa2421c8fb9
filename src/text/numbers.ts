// Numbers as reports write them: 36, ٣٦, 1,200, «ثلاثة», «عشرات», «28 ألف», "two", "dozens", "hundreds".
//
// A vague quantity («عشرات», "dozens") is a range, not a number: it comes back with min/max and `vague`,
// so a caller can say "at least 20" rather than invent a count.
import { normalizeToken } from './normalize.ts';
import { BoundedMemo } from './memo.ts';

export interface NumberHit {
  /** The number, or for a vague quantity its lower bound. */
  value: number;
  min: number;
  max: number;
  vague: boolean;
  /** Offsets into the text searched. */
  start: number;
  end: number;
  surface: string;
}

/**
 * A table of number words with no prototype: words of the text are looked up in it, and a plain object
 * would answer "constructor" or "toString" with a function.
 */
function wordTable<T>(words: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, words);
}

// Keys are spelt as normalizeToken gives them (ة→ه, أ→ا, ئ→ي: «مئة» is «ميه»). Masculine and feminine,
// nominative and oblique forms are all listed: reports use every one of them.
const ARABIC_UNITS: Record<string, number> = wordTable({
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9,
  عشر: 10, عشره: 10,
});
const ARABIC_TENS: Record<string, number> = wordTable({
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
});
const ARABIC_HUNDREDS: Record<string, number> = wordTable({ ميه: 100, مايه: 100, ميتان: 200, ميتين: 200, مايتان: 200, مايتين: 200 });
// «ثلاثمئة» … «تسعمئة» are written as one word, with either spelling of مئة.
for (const [unit, value] of Object.entries({ ثلاث: 3, اربع: 4, خمس: 5, ست: 6, سبع: 7, ثمان: 8, تسع: 9 })) {
  ARABIC_HUNDREDS[`${unit}ميه`] = value * 100;
  ARABIC_HUNDREDS[`${unit}مايه`] = value * 100;
}
const ARABIC_THOUSANDS: Record<string, number> = wordTable({ الف: 1000, الفا: 1000, الاف: 1000, الفان: 2000, الفين: 2000, الفي: 2000 });
/** Vague plurals: «عشرات» is "tens of", at least 20; «مئات» at least 200; «آلاف» at least 2000. */
const ARABIC_VAGUE: Record<string, [number, number]> = wordTable({
  عشرات: [20, 99], ميات: [200, 999], الاف: [2000, 9999], الوف: [2000, 9999],
});

const ENGLISH_UNITS: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
});
const ENGLISH_SCALES: Record<string, number> = wordTable({ hundred: 100, thousand: 1000 });
const ENGLISH_VAGUE: Record<string, [number, number]> = wordTable({
  dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999],
});

/**
 * Every number word of the tables above. Most words of a report are not numbers: one look here (with a
 * proclitic peeled, as lookupWord does) turns them away before the tables are tried one by one.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  [ARABIC_UNITS, ARABIC_TENS, ARABIC_HUNDREDS, ARABIC_THOUSANDS, ARABIC_VAGUE, ENGLISH_UNITS, ENGLISH_SCALES, ENGLISH_VAGUE].flatMap((table) =>
    Object.keys(table),
  ),
);

function mayBeNumberWord(key: string): boolean {
  return NUMBER_WORDS.has(key) || (key.length > 3 && 'وبلف'.includes(key[0] ?? '') && NUMBER_WORDS.has(key.slice(1)));
}

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

const WORD = /[0-9٠-٩۰-۹][0-9٠-٩۰-۹,.]*[0-9٠-٩۰-۹]|[0-9٠-٩۰-۹]|[\p{L}\p{M}]+/gu;

/** normalizeToken, remembered per word: a sentence's words recur across a corpus, and most are not numbers. */
const keys = new BoundedMemo(20_000, normalizeToken);

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    out.push({ text: raw, key: keys.get(raw), start, end: start + raw.length });
  }
  return out;
}

/** A word as a number word: its plain key, or the key minus a proclitic و/ب/ل/ف («وثلاثة»). */
function lookupWord<T>(table: Record<string, T>, key: string): T | undefined {
  const direct = table[key];
  if (direct !== undefined) return direct;
  if (key.length > 3 && 'وبلف'.includes(key[0] ?? '')) return table[key.slice(1)];
  return undefined;
}

/** Parse "1,200" / "3" / "12.5" (decimals are floored: counts are whole). */
function digitValue(key: string): number | null {
  // Most words are not figures: the first character says so before any pattern is tried.
  const c = key.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39) || !/^[0-9][0-9,.]*$/.test(key)) return null;
  // A comma or a dot followed by exactly three digits is a thousands separator (1,200; 1.200).
  const grouped = /^[0-9]{1,3}([,.][0-9]{3})+$/.test(key) ? key.replace(/[,.]/g, '') : key.replace(/,/g, '');
  const n = Number.parseFloat(grouped);
  return Number.isFinite(n) ? Math.floor(n) : null;
}

function hit(words: Word[], from: number, to: number, text: string, value: number, min: number, max: number, vague: boolean): NumberHit {
  const start = words[from]?.start ?? 0;
  const end = words[to - 1]?.end ?? start;
  return { value, min, max, vague, start, end, surface: text.slice(start, end) };
}

type Read = { hit: NumberHit; used: number } | null;

/** Try to read a number starting at word i; returns the hit and how many words it used. */
function readAt(words: Word[], i: number, text: string): Read {
  const w = words[i];
  if (!w) return null;
  const digits = digitValue(w.key);
  if (digits !== null) return readDigits(words, i, text, digits);
  if (!mayBeNumberWord(w.key)) return null;
  const vague = lookupWord(ARABIC_VAGUE, w.key) ?? ENGLISH_VAGUE[w.key];
  if (vague) return { hit: hit(words, i, i + 1, text, vague[0], vague[0], vague[1], true), used: 1 };
  return readArabicWords(words, i, text) ?? readEnglishWords(words, i, text);
}

/** Digits, and a scale word after them: «28 ألف», «5 آلاف», "3 thousand" multiply. */
function readDigits(words: Word[], i: number, text: string, digits: number): Read {
  const next = words[i + 1];
  const scale = next ? (lookupWord(ARABIC_THOUSANDS, next.key) ?? ENGLISH_SCALES[next.key]) : undefined;
  if (scale !== undefined && next) {
    const unit = next.key === 'hundred' ? 100 : 1000;
    const v = digits * unit;
    return { hit: hit(words, i, i + 2, text, v, v, v, false), used: 2 };
  }
  return { hit: hit(words, i, i + 1, text, digits, digits, digits, false), used: 1 };
}

/** Arabic: unit [و tens] | tens | hundreds | thousands, e.g. «خمسة وعشرون», «ثلاثة آلاف». */
function readArabicWords(words: Word[], i: number, text: string): Read {
  const w = words[i]!;
  const next = words[i + 1];
  const unit = lookupWord(ARABIC_UNITS, w.key);
  if (unit !== undefined) {
    if (next && next.key.startsWith('و')) {
      const t = ARABIC_TENS[next.key.slice(1)];
      if (t !== undefined) {
        const v = unit + t;
        return { hit: hit(words, i, i + 2, text, v, v, v, false), used: 2 };
      }
    }
    if (next && (next.key === 'عشر' || next.key === 'عشره')) {
      const v = unit + 10;
      return { hit: hit(words, i, i + 2, text, v, v, v, false), used: 2 };
    }
    const scale = next ? (ARABIC_THOUSANDS[next.key] ?? (next.key === 'ميه' || next.key === 'مايه' ? 100 : undefined)) : undefined;
    if (scale !== undefined) {
      const v = unit * scale;
      return { hit: hit(words, i, i + 2, text, v, v, v, false), used: 2 };
    }
    return { hit: hit(words, i, i + 1, text, unit, unit, unit, false), used: 1 };
  }
  const whole = lookupWord(ARABIC_TENS, w.key) ?? lookupWord(ARABIC_HUNDREDS, w.key) ?? lookupWord(ARABIC_THOUSANDS, w.key);
  if (whole !== undefined) return { hit: hit(words, i, i + 1, text, whole, whole, whole, false), used: 1 };
  return null;
}

/** English: "twenty five", "two hundred", "a dozen". */
function readEnglishWords(words: Word[], i: number, text: string): Read {
  const en = ENGLISH_UNITS[words[i]!.key];
  if (en === undefined) return null;
  let v = en;
  let used = 1;
  const n1 = words[i + 1];
  if (en >= 20 && n1 && ENGLISH_UNITS[n1.key] !== undefined && (ENGLISH_UNITS[n1.key] ?? 0) < 10) {
    v += ENGLISH_UNITS[n1.key] ?? 0;
    used = 2;
  }
  const scaleWord = words[i + used];
  const scale = scaleWord ? ENGLISH_SCALES[scaleWord.key] : undefined;
  if (scale !== undefined) {
    v *= scale;
    used += 1;
  }
  return { hit: hit(words, i, i + used, text, v, v, v, false), used };
}

/** Every number in a text, left to right, with offsets into it. */
export function findNumbers(text: string): NumberHit[] {
  const words = wordsOf(text);
  const out: NumberHit[] = [];
  for (let i = 0; i < words.length; ) {
    const r = readAt(words, i, text);
    if (r) {
      out.push(r.hit);
      i += r.used;
    } else {
      i++;
    }
  }
  return out;
}

/** The number a whole phrase spells («ثلاثة», "1,200", "dozens"), or null. */
export function parseNumber(phrase: string): NumberHit | null {
  const found = findNumbers(phrase.trim());
  return found.length === 1 ? (found[0] ?? null) : null;
}
