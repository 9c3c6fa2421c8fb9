// Actors in a sentence, normalized to ids from the actor table, with the phrase as written and a role
// relative to a trigger.
import type { Actor } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import { ACTORS, type ActorEntry } from './actor-list.ts';
import { compileLexicon, findPhrases, stemOf } from './phrases.ts';

export interface ActorMention {
  entry: ActorEntry;
  first: number;
  last: number;
  phrase: string;
}

const LEXICON = compileLexicon(ACTORS.flatMap((a) => a.phrases.map((p) => [p, a] as const)));

export function findActors(tokens: Token[], text: string): ActorMention[] {
  return findPhrases(tokens, LEXICON).map((h) => ({
    entry: h.value,
    first: h.first,
    last: h.last,
    phrase: text.slice(h.start, h.end),
  }));
}

/** Words after which an actor is on the receiving end: «ضد داعش», «مواقع النظام», "against ISIS". */
const TARGET_MARKERS = new Set(['ضد', 'علي', 'مواقع', 'معاقل', 'مقاتلي', 'عناصر', 'استهداف', 'against', 'targeting', 'on', 'positions']);
/** Words that make the actor the speaker: «بحسب المرصد», «قال الجيش», "according to". */
const SPEECH_VERBS = new Set(['قال', 'قالت', 'اكد', 'اكدت', 'اعلن', 'اعلنت', 'اتهم', 'اتهمت', 'ذكر', 'ذكرت', 'نفي', 'نفت', 'زعم', 'افاد', 'اشار', 'اشارت', 'said', 'announced', 'claimed', 'denied', 'accused']);

function roleOf(tokens: Token[], a: ActorMention, triggerFirst: number): Actor['role'] {
  const prev = tokens[a.first - 1];
  const prevStem = prev ? stemOf(prev.norm) : '';
  if (a.entry.civilian) return 'target';
  if (prev && (SPEECH_VERBS.has(prev.norm) || SPEECH_VERBS.has(prevStem))) return 'speaker';
  if (prev && (TARGET_MARKERS.has(prev.norm) || TARGET_MARKERS.has(prevStem))) return 'target';
  return Math.abs(a.first - triggerFirst) <= 8 ? 'initiator' : 'involved';
}

/** The sentence's actors as event actors, one per id (the first phrase kept), roles relative to the trigger. */
export function actorsFor(tokens: Token[], mentions: ActorMention[], triggerFirst: number): Actor[] {
  const out: Actor[] = [];
  for (const m of mentions) {
    if (out.some((a) => a.id === m.entry.id)) continue;
    out.push({ id: m.entry.id, name: m.entry.name, role: roleOf(tokens, m, triggerFirst), phrase: m.phrase });
  }
  return out;
}
