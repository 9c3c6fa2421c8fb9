// The dateline: where the dispatch was filed («موسكو-سانا», "BEIRUT (Reuters) -"). It is the writer's
// place, not an event's; the gazetteer uses it only to lean ambiguous names towards it.

export interface Dateline {
  /** The place name as written. */
  name: string;
  span: [number, number];
}

/** Agency tags that follow a dateline place. */
const AGENCY = /^(?:سانا|سبوتنيك|رويترز|فرانس برس|ا ف ب|أ ف ب|الأناضول|د ب أ|يو بي آي|reuters|afp|ap|sana|dpa|anadolu)$/i;
/** How many lines from the top a dateline may sit (after a headline and a blank line or two). */
const DATELINE_LINES = 4;

export function findDateline(text: string): Dateline | null {
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    if (++seen > DATELINE_LINES) break;
    // «موسكو-سانا» on a line of its own, or at the head of the first sentence: «دمشق-سانا: …».
    const ar = /^\s*([^\s\-–—:،,()]+(?: [^\s\-–—:،,()]+)?)\s*[-–—]\s*([^\s:،,]+(?: [^\s:،,]+)?)\s*(?:[:،,]|$)/.exec(line);
    if (ar && ar[1] && ar[2] && AGENCY.test(ar[2].trim())) {
      const at = start + line.indexOf(ar[1]);
      return { name: ar[1], span: [at, at + ar[1].length] };
    }
    // «دمشق - أعلن الجيش …»: one or two words and a spaced dash opening the dispatch.
    const inline = /^\s*([\u0600-\u06FF]+(?: [\u0600-\u06FF]+)?) [-–—] \S/.exec(line);
    if (inline && inline[1]) {
      const at = start + line.indexOf(inline[1]);
      return { name: inline[1], span: [at, at + inline[1].length] };
    }
    // "BEIRUT (Reuters) -", "DAMASCUS, Syria (AP) —", "AIN ISSA, Syria —": a place in capitals, a dash.
    const en = /^\s*(([A-Z][A-Z .'-]*[A-Z])(?:, [A-Za-z]+)?)\s*(?:\(([^)]+)\))?\s*[-–—]\s/.exec(line);
    if (en && en[1] && en[2] && (en[3] === undefined || AGENCY.test(en[3].trim()))) {
      // The span covers "AIN ISSA, Syria": the country after the town is the dateline too.
      const at = start + line.indexOf(en[1]);
      return { name: en[2], span: [at, at + en[1].length] };
    }
  }
  return null;
}
