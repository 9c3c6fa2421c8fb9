// Triggers: the words in a sentence that say an event happened, with the event type they point to.
// The lexicon is in trigger-words.ts; here are the few rules that need context:
//   - an aircraft phrase («الطيران الحربي») is a strike only next to a strike verb, and never when the
//     sentence already names the strike itself («الطائرات الروسية لم تنفذ أي غارات»: one event, the غارات);
//   - bare «قصف» is an air strike when aircraft or an air force are close or accused, else shelling;
//   - casualty words in a sentence that reports a strike or an attack are that event's toll: they take its
//     type (and keep their own position, so «اتهمت … موسكو بقتل 36 مدنياً في حمص» is a claimed strike in
//     Homs while the strike reported earlier in the sentence stays reported); alone they are casualties.
import type { EventType } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import type { ActorMention } from './actors.ts';
import { compileLexicon, findPhrases, type PhraseHit } from './phrases.ts';
import { STRIKE_VERBS, TRIGGER_WORDS, type TriggerKind, type TriggerWord } from './trigger-words.ts';

export interface Trigger {
  type: EventType;
  kind: TriggerKind;
  /** Token range [first, last) in the sentence's tokens. */
  first: number;
  last: number;
  /** Offsets into the report text. */
  start: number;
  end: number;
  /** Opens a relative clause («التي سيطر عليها», "which was seized"): it refers back to a place before it. */
  relative: boolean;
}

const RELATIVES = new Set(['التي', 'الذي', 'اللتين', 'اللذين', 'الذين', 'والتي', 'والذي', 'which', 'that', 'where']);

const TRIGGERS = compileLexicon(TRIGGER_WORDS);
type TriggerHit = PhraseHit<TriggerWord>;
const STRIKES = compileLexicon(STRIKE_VERBS.map((w) => [w, true] as const));
const AIR_WORDS = compileLexicon(
  ['جوي', 'جويه', 'الجوي', 'الجويه', 'طائرات', 'الطائرات', 'طيران', 'الطيران', 'مقاتلات', 'المقاتلات', 'مروحيات', 'aircraft', 'air', 'jets', 'warplanes', 'planes', 'helicopters']
    .map((w) => [w, true] as const),
);
const ACCUSE = compileLexicon(['اتهم*', 'تتهم', 'يتهم', 'accused', 'accuses', 'blamed'].map((w) => [w, true] as const));

/** How close (tokens) a strike verb must be to an aircraft phrase, and air words to a bare «قصف». */
const STRIKE_VERB_REACH = 3;
const AIR_REACH = 6;
/** «القصف الذي شنه داعش»: how far after a bombardment its doer may be named. */
const AGENT_REACH = 3;

/** Event types whose toll a casualty word in the same sentence is. */
const VIOLENT: ReadonlySet<EventType> = new Set(['airstrike', 'shelling', 'ground_attack', 'clash']);

function near(hits: { first: number; last: number }[], first: number, last: number, reach: number): boolean {
  return hits.some((h) => (h.last <= first && first - h.last <= reach) || (h.first >= last && h.first - last <= reach));
}

/** What a sentence says about aircraft, found once and read for every bombardment in it. */
interface AirContext {
  airWords: { first: number; last: number }[];
  airActors: ActorMention[];
  actors: ActorMention[];
  accusation: { first: number } | undefined;
}

/** Bare «قصف»: an air strike when aircraft are close or an air force is accused of it, else shelling. */
function bombardType(at: { first: number; last: number }, air: AirContext): EventType {
  // «اتهمت ... التحالف ... بقصف»: the accused air force did the bombing.
  const accused = air.accusation;
  const accusedAir = accused !== undefined && air.airActors.some((a) => a.first > accused.first && a.first < at.first);
  if (accusedAir) return 'airstrike';
  const airClose = near(air.airWords, at.first, at.last, AIR_REACH) || near(air.airActors, at.first, at.last, AIR_REACH);
  // «القصف الذي شنه داعش»: a force with no aircraft named as the doer makes it shelling.
  const groundAgent = air.actors.some((a) => a.entry.groundOnly && a.first >= at.last && a.first - at.last <= AGENT_REACH);
  return airClose && !groundAgent ? 'airstrike' : 'shelling';
}

/** The trigger words of a sentence. Most sentences have none, and then nothing else need be read. */
export function triggerWords(tokens: Token[]): TriggerHit[] {
  return findPhrases(tokens, TRIGGERS);
}

/** A sentence's triggers; `hits` are its trigger words when the caller has already looked them up. */
export function findTriggers(tokens: Token[], actors: ActorMention[], hits: TriggerHit[] = triggerWords(tokens)): Trigger[] {
  if (hits.length === 0) return [];
  const strikes = findPhrases(tokens, STRIKES);
  const air: AirContext = {
    airWords: findPhrases(tokens, AIR_WORDS),
    airActors: actors.filter((a) => a.entry.air),
    actors,
    accusation: findPhrases(tokens, ACCUSE)[0],
  };

  const out: Trigger[] = [];
  for (const h of hits) {
    const { kind } = h.value;
    if (kind === 'aircraft' && !near(strikes, h.first, h.last, STRIKE_VERB_REACH)) continue;
    if (kind === 'bombing' && air.airWords.length === 0 && air.airActors.length === 0) continue;
    const type = kind === 'bombard' ? bombardType(h, air) : h.value.type;
    const start = tokens[h.first]?.start ?? 0;
    const end = tokens[h.last - 1]?.end ?? start;
    const relative = [1, 2].some((k) => RELATIVES.has(tokens[h.first - k]?.norm ?? ''));
    out.push({ type, kind, first: h.first, last: h.last, start, end, relative });
  }
  // A named strike makes the aircraft phrase around it redundant.
  const named = new Set(out.filter((t) => t.kind !== 'aircraft').map((t) => t.type));
  const violent = out.find((t) => VIOLENT.has(t.type));
  const typed = out
    .filter((t) => !(t.kind === 'aircraft' && named.has(t.type)))
    .map((t) => (t.type === 'casualties' && violent ? { ...t, type: violent.type } : t));
  return joinAdjacent(typed);
}

/** «قصفت المدفعية», «الغارات الروسية قتلت»: triggers of one type side by side are one mention of the event. */
function joinAdjacent(triggers: Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) {
    const prev = out[out.length - 1];
    if (prev && prev.type === t.type && t.first === prev.last) {
      out[out.length - 1] = { ...prev, last: t.last, end: t.end, kind: prev.kind === 'event' ? prev.kind : t.kind };
    } else {
      out.push(t);
    }
  }
  return out;
}
