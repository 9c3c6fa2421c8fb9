// Turning source name cells into clean gazetteer names.
// OCHA display names carry disambiguation tags that are not part of the name:
// `سراقب - سراقب`, `الكفير - مركز أريحا`, `Duma (Duma)`, `Al Assali (ne)`. A few cells also hold
// stray line breaks kept from the source ("قدسيا\n"). The matcher must only ever see the name itself.

/** First line, trimmed, inner whitespace collapsed. */
export function tidy(cell: string): string {
  const firstLine = cell.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return firstLine.replace(/\s+/g, ' ').trim();
}

/**
 * An OCHA Arabic display name without its ` - <admin unit>` tag: `سراقب - سراقب` → `سراقب`.
 * The tag's dash has a space on at least one side (`ناقوط الجنوبية- صرين`); a bare dash joins two
 * village names (`الشامة-كراد داسنية`) and is left for splitJoinedNames.
 */
export function stripArabicTag(name: string): string {
  return tidy(name).split(/\s+-\s*|\s*-\s+/)[0]!.trim();
}

/** An OCHA English display name without its `(…)` tag: `Duma (Duma)` → `Duma`. */
export function stripEnglishTag(name: string): string {
  return tidy(name).replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/**
 * OCHA joins the names of a community made of two villages with `_`, a bare `-` or ` / `
 * (`مسكنة_عنيزة`, `الشامة-كراد داسنية`, `تشرين / دفيل`): each part is a name of its own, the first
 * the display name.
 */
export function splitJoinedNames(name: string): string[] {
  return name.split(/_|(?<=\S)-(?=\S)|\s+\/\s+/).map((p) => p.trim()).filter((p) => p !== '');
}

/** True when an OCHA Arabic name joins two village names (then its English ` - ` does too). */
export function isJoinedName(name: string): boolean {
  return splitJoinedNames(name).length > 1;
}

/** Distinct non-empty names in first-seen order (the first stays the display name). */
export function uniqueNames(names: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    if (!raw) continue;
    const name = tidy(raw);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/**
 * Arabic itself: the letters hamza..ya (U+0621–U+064A), vowel marks, spaces and a few punctuation
 * marks. GeoNames lists Arabic-script names of Persian, Kurdish, Urdu and Uyghur without language
 * tags; their extra letters (پ چ ژ گ ک ی ە ہ ٱ …) all lie outside this set, so such names are dropped.
 */
const ARABIC_ONLY = /^[\u0621-\u063A\u0641-\u0652\u0670\s'()-]+$/;

export function isArabicScript(name: string): boolean {
  return ARABIC_LETTER.test(name);
}

/** True for a name written only with letters of Arabic itself. */
export function isArabicName(name: string): boolean {
  return ARABIC_ONLY.test(name) && ARABIC_LETTER.test(name);
}

/**
 * A few OCHA cells were typed on a Persian keyboard (`جعکیة`): its kaf and ya look the same as the
 * Arabic letters but are other code points, so the name would never match. Map them back.
 */
export function arabicKeyboard(name: string): string {
  return name.replace(/ک/g, 'ك').replace(/ی/g, 'ي');
}

/** Machine transliterations like `nahyt mrkz alrqt` (all lower-case ASCII) are not names anyone writes. */
export function isMachineTransliteration(name: string): boolean {
  return /^[a-z0-9 '`-]+$/.test(name);
}

/**
 * Arabic function words that some foreign towns are also called in GeoNames (له، بن، سوف): as names
 * they would be found in every sentence.
 */
const FUNCTION_WORDS = new Set(['له', 'لها', 'بن', 'ابن', 'سوف', 'في', 'من', 'على', 'عن', 'إلى', 'الى', 'مع', 'أن', 'ان', 'قد', 'لم', 'لن', 'ما', 'لا']);

/** English words that say where or what, not which: a name made only of them names nothing. */
const GENERIC_ENGLISH = new Set([
  'and', 'of', 'the', 'in', 'eastern', 'western', 'northern', 'southern', 'east', 'west', 'north', 'south',
  'city', 'centre', 'center', 'industrial', 'area', 'district', 'new', 'old', 'camp', 'non-official', 'pr',
]);

function isGenericEnglish(name: string): boolean {
  return name.split(/\s+/).every((word) => GENERIC_ENGLISH.has(word.toLowerCase()));
}

/** Arabic words of direction and size: `(شرقية وغربية)` after a village name says which parts, not another name. */
const GENERIC_ARABIC = new Set(['شرقي', 'شرقية', 'غربي', 'غربية', 'شمالي', 'شمالية', 'جنوبي', 'جنوبية', 'فوقاني', 'تحتاني', 'كبير', 'صغير']);

/** True for a qualifier such as `شرقية وغربية` or `Eastern And Western`, in either language. */
export function isQualifier(name: string): boolean {
  const arabic = name.split(/\s+/).every((word) => word === 'و' || GENERIC_ARABIC.has(word.replace(/^و?(ال)?/, '')));
  return arabic || isGenericEnglish(name);
}

/**
 * True for a name a matcher can use: at least 3 letters (GeoNames and Natural Earth list `M`, `co`,
 * `قم`-like abbreviations), not an Arabic function word, and not made only of generic English words
 * (OCHA neighbourhoods called `Southern`, `City Centre`, `Industrial`). Curated names are exempt (`T4`, `US`).
 */
export function isUsableName(name: string): boolean {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length >= 3 && !FUNCTION_WORDS.has(name) && !isGenericEnglish(name);
}
