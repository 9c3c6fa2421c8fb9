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
 * Letters of Persian, Kurdish, Urdu and Uyghur that Arabic does not use. GeoNames lists
 * Arabic-script names of all those languages without language tags; a name containing
 * one of these letters is not Arabic.
 */
const NON_ARABIC_LETTER = /[پچژگکیەۆێڕڵھےۇۈۋېڭںٹڈڑۀ]/;

export function isArabicScript(name: string): boolean {
  return ARABIC_LETTER.test(name);
}

/** True for a name in Arabic script that uses only letters of Arabic itself. */
export function isArabicName(name: string): boolean {
  return isArabicScript(name) && !NON_ARABIC_LETTER.test(name);
}

/** Machine transliterations like `nahyt mrkz alrqt` (all lower-case ASCII) are not names anyone writes. */
export function isMachineTransliteration(name: string): boolean {
  return /^[a-z0-9 '`-]+$/.test(name);
}
