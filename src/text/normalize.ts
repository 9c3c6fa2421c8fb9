// Spelling normalization: the same place written a dozen ways must compare equal.
// Per token, pure; offsets are kept by the tokenizer, so characters may be dropped here freely.

/** Letter variants that writers use interchangeably (hamza seats, final forms, Persian/Kurdish shapes). */
const ARABIC_UNIFIED: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ې': 'ي',
  'ێ': 'ي',
  'ة': 'ه',
  'ۀ': 'ه',
  'ە': 'ه',
  'ؤ': 'و',
  'ۆ': 'و',
  'ۇ': 'و',
  'ئ': 'ي',
  'ک': 'ك',
  'ڪ': 'ك',
  'گ': 'ك',
  'ڤ': 'ف',
  'پ': 'ب',
  'چ': 'ج',
  'ژ': 'ز',
  'ڕ': 'ر',
  'ڵ': 'ل',
};

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** True when s contains any Arabic-script letter (incl. presentation forms). */
export function hasArabic(s: string): boolean {
  return /[\u0620-\u063F\u0641-\u064A\u066E-\u06D5\u06EE-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/.test(s);
}

/**
 * What normalizeArabic does to each code point of the Arabic block (U+0600–U+06FF): -1 drops it, otherwise the code
 * point it becomes. A table, because the scanner normalizes every word of megabytes of text.
 */
const ARABIC_TABLE: Int32Array = (() => {
  const t = new Int32Array(0x100);
  for (let i = 0; i < 0x100; i++) t[i] = 0x0600 + i;
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) t[c - 0x0600] = -1;
  };
  drop(0x064b, 0x065f);
  drop(0x0670);
  drop(0x06d6, 0x06ed);
  drop(0x0640);
  for (const [from, to] of Object.entries(ARABIC_UNIFIED)) t[from.charCodeAt(0) - 0x0600] = to.charCodeAt(0);
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d - 0x0600] = 0x30 + d;
    t[0x06f0 + d - 0x0600] = 0x30 + d;
  }
  return t;
})();

/**
 * Arabic spelling normalization: drop tashkeel and tatweel, unify alef forms (أإآٱ→ا), ى→ي, ة→ه, ؤ→و, ئ→ي,
 * Persian/Kurdish letter shapes to their Arabic twins, Arabic-Indic digits to ASCII.
 * NFKC first so presentation forms and the lam-alef ligature (ﻻ) become plain letters.
 */
export function normalizeArabic(s: string): string {
  // Most words need nothing or one letter changed: copy nothing until the first change. The same walk looks
  // for presentation forms, so the common word costs one pass and no regex.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isPresentationForm(c)) return mapFrom(s.normalize('NFKC'));
    if (mapArabic(c) !== c) break;
  }
  if (i === s.length) return s;
  for (let j = i + 1; j < s.length; j++) if (isPresentationForm(s.charCodeAt(j))) return mapFrom(s.normalize('NFKC'));
  return mapFrom(s, i);
}

export function isPresentationForm(c: number): boolean {
  return c >= 0xfb50 && (c <= 0xfdff || (c >= 0xfe70 && c <= 0xfefc));
}

/** The mapping of normalizeArabic over src, whose first `from` characters are known to stay as they are. */
function mapFrom(src: string, from = 0): string {
  let i = from;
  while (i < src.length && mapArabic(src.charCodeAt(i)) === src.charCodeAt(i)) i++;
  if (i === src.length) return src;
  let out = src.slice(0, i);
  for (; i < src.length; i++) {
    const to = mapArabic(src.charCodeAt(i));
    if (to >= 0) out += String.fromCharCode(to);
  }
  return out;
}

/** What normalizeArabic makes of one code point: itself, another, or -1 (dropped). */
export function mapArabic(c: number): number {
  if (c >= 0x0600 && c <= 0x06ff) return ARABIC_TABLE[c - 0x0600]!;
  if (c === 0x200c || c === 0x200d) return -1;
  return c;
}

/** Apostrophe-like marks transliterations use for ʿayn and hamza: dropped, since writers drop them. */
const LATIN_DROPPED = /['`\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u02B9\u00B4]/g;

/**
 * Latin normalization: lowercase, diacritics stripped (Ḥ→h, ê→e, ş→s), ʿʾ'` dropped.
 * Hyphens and spaces are left alone; the tokenizer deals with them.
 */
export function normalizeLatin(s: string): string {
  // Plain ASCII words (most of English text) need only lowercasing.
  if (/^[A-Za-z0-9]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(LATIN_DROPPED, '')
    // Lowercase before ß → ss: capital ẞ lowercases to ß, which must then become ss in the same pass.
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss');
}

/** Normalize one token by its script: Arabic rules when it has Arabic letters, Latin rules otherwise. */
export function normalizeToken(s: string): string {
  if (hasArabic(s)) {
    const ar = normalizeArabic(s);
    // What is left may hold no Arabic letter at all (a tatweel-joined Latin word): then the Latin rules apply too,
    // so normalizing twice changes nothing more.
    if (hasArabic(ar)) return ar;
    return asciiDigits(normalizeLatin(ar));
  }
  return asciiDigits(normalizeLatin(s));
}
