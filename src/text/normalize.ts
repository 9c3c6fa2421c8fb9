// Spelling normalization: the same place written a dozen ways must compare equal.
// Per token, pure; offsets are kept by the tokenizer, so characters may be dropped here freely.

/** Tashkeel (fathatan … sukun, extended marks), superscript alef, Quranic marks, tatweel. */
const ARABIC_DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]/g;

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

const ARABIC_UNIFIED_RE = new RegExp(`[${Object.keys(ARABIC_UNIFIED).join('')}]`, 'g');

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/** True when s contains any Arabic-script letter (incl. presentation forms). */
export function hasArabic(s: string): boolean {
  return /[\u0620-\u064A\u066E-\u06D5\u06EE-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/.test(s);
}

/**
 * Arabic spelling normalization: drop tashkeel and tatweel, unify alef forms (أإآٱ→ا), ى→ي, ة→ه, ؤ→و, ئ→ي,
 * Persian/Kurdish letter shapes to their Arabic twins, Arabic-Indic digits to ASCII.
 * NFKC first so presentation forms and the lam-alef ligature (ﻻ) become plain letters.
 */
export function normalizeArabic(s: string): string {
  let out = s;
  if (/[\uFB50-\uFDFF\uFE70-\uFEFC]/.test(out)) out = out.normalize('NFKC');
  out = out.replace(ARABIC_DROPPED, '');
  out = out.replace(ARABIC_UNIFIED_RE, (ch) => ARABIC_UNIFIED[ch] ?? ch);
  return asciiDigits(out);
}

/** Apostrophe-like marks transliterations use for ʿayn and hamza: dropped, since writers drop them. */
const LATIN_DROPPED = /['`\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u02B9\u00B4]/g;

/**
 * Latin normalization: lowercase, diacritics stripped (Ḥ→h, ê→e, ş→s), ʿʾ'` dropped.
 * Hyphens and spaces are left alone; the tokenizer deals with them.
 */
export function normalizeLatin(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(LATIN_DROPPED, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** Normalize one token by its script: Arabic rules when it has Arabic letters, Latin rules otherwise. */
export function normalizeToken(s: string): string {
  if (hasArabic(s)) return normalizeArabic(s);
  return asciiDigits(normalizeLatin(s));
}
