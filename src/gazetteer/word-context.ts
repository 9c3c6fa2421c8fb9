// What a word says about a name next to it: a cue («مدينة», "province"), a compass word («شمال», «الغربي»), a
// locative («في», «نحو»). It follows from the spelling alone, so it is worked out once per unit — and, for Arabic
// words, once per spelling: units the scanner copies from one met before carry the same answers along.
import type { PlaceKind } from '../schema/index.ts';
import type { ArabicForm } from './arabic-key.ts';
import { cueKinds } from './cue-words.ts';
import { directionOf, type Direction } from './directions.ts';
import { unitForms, type KeyUnit } from './key-units.ts';

export interface WordContext {
  /** The reading of the word as a cue, with where the cue starts (after its own proclitics). An Arabic cue stands
   * in construct with the name, so it has no article: «مدينة الرقة», but not «من المدينة وعلى». */
  cue: { kinds: PlaceKind[]; form: ArabicForm } | null;
  /** The reading of the word as a compass word. */
  directions: { dirs: Direction[]; form: ArabicForm } | null;
  /** Some reading is a locative: after one, a word that is a place only in context («الجزيرة») is one. */
  locative: boolean;
}

/** Where a word is a place only after a locative: «في الجزيرة», «بالجزيرة», «نحو الجزيرة». */
const LOCATIVES = new Set(['في', 'علي', 'الي', 'نحو', 'داخل', 'قرب', 'منطقه', 'مناطق', 'محيط', 'اطراف', 'باتجاه', 'من', 'حتي']);

/** The word's context readings, cached on the unit. */
export function contextOf(u: KeyUnit): WordContext {
  return (u.context ??= readContext(u));
}

function readContext(u: KeyUnit): WordContext {
  let cue: WordContext['cue'] = null;
  let directions: WordContext['directions'] = null;
  let locative = false;
  for (const f of unitForms(u)) {
    if (!cue && !f.article) {
      const kinds = cueKinds(f.core, u.script);
      if (kinds) cue = { kinds, form: f };
    }
    if (!directions) {
      const dirs = directionOf(f.core, u.script);
      if (dirs) directions = { dirs, form: f };
    }
    if (LOCATIVES.has(f.core)) locative = true;
  }
  return { cue, directions, locative };
}
