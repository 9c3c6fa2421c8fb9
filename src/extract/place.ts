// Choosing where an event happened among the places its sentence names.
//
// A sentence names many places: the event's, the speaker's city («وفي موسكو، أكد»), the governorate a
// town lies in («دارت العزة شمال محافظة حلب»), the country, the dateline. The rules:
//   1. the dateline is nobody's place; the speaker's place («وفي موسكو، أكد», «قال مصدر من حلب إن»,
//      "the governor of Homs said") is the place of a statement and of nothing else;
//   2. each place goes to the trigger nearest to it (not across «في حين»), so two events in one sentence
//      do not swap places; a trigger in a relative clause («والتي سيطر عليها») shares the place before it;
//   3. places after a locative («في», «على», «قرب», «شرق», "in", "near"), with a cue word («مدينة») or in
//      a region phrase («ريف حماة») are where things happen; a list («في معرة النعمان وحبيت», "Talbiseh,
//      Rastan and Latamneh") gives one event per place;
//   4. a governorate, region or country that merely contains a finer place chosen is dropped, and a river
//      gives way to any other place; when it is the only place, it is kept with its own precision (never
//      passed off as a point);
//   5. a fighting event stays in Syria when the sentence names a Syrian place, and a foreign place needs
//      a locative to be one;
//   6. a capital standing for its government («هجمات موسكو», "Washington said") is an actor, not a place:
//      a place name that is also an actor name counts as a place only after «في»/"in".
import type { Gazetteer } from '../gazetteer/load.ts';
import type { EventType, ResolvedMention } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import { stemOf } from './phrases.ts';
import type { Trigger } from './triggers.ts';

/** A resolved mention with where it sits in the sentence's tokens. */
export interface PlacedMention {
  mention: ResolvedMention;
  first: number;
  last: number;
  locative: boolean;
  speaker: boolean;
  /** The words also name an actor («موسكو», "Washington"). */
  actor: boolean;
  /** The report's dateline («BEIRUT —»): where the writer was, never an event's place. */
  dateline: boolean;
  /** Listed with the place before it («حلب وإدلب», "Rastan and Latamneh"). */
  listed: boolean;
  country: string | null;
}

const LOCATIVES = new Set([
  'في', 'علي', 'قرب', 'بالقرب', 'شرق', 'غرب', 'شمال', 'جنوب', 'شرقي', 'غربي', 'شمالي', 'جنوبي', 'محيط', 'داخل', 'ريف',
  'اطراف', 'اتجاه', 'نحو', 'الي', 'من', 'بلده', 'مدينه', 'قريه', 'مطار', 'حي', 'منطقه', 'in', 'at', 'near', 'on', 'into',
  'outside', 'around', 'from', 'east', 'west', 'north', 'south',
  // A meeting named after its town happens there: «اجتماع أستانا», «محادثات جنيف», "the Sochi summit".
  'اجتماع', 'اجتماعات', 'مؤتمر', 'محادثات', 'مفاوضات', 'قمه', 'جوله', 'talks', 'summit', 'meeting', 'conference',
]);
/** Speech verbs that make a place right before them the speaker's: «وفي موسكو، أكد». */
const SPEECH = new Set(['اكد', 'اكدت', 'قال', 'قالت', 'اعلن', 'اعلنت', 'صرح', 'اوضح', 'اشار', 'شدد', 'said', 'announced', 'told']);

const FIGHTING: ReadonlySet<EventType> = new Set(['airstrike', 'shelling', 'ground_attack', 'clash', 'withdrawal', 'capture', 'displacement', 'casualties']);
const COARSE = new Set(['governorate', 'region', 'country']);
/** How many tokens after «في محافظة حمص» a town may be named («، تدعى القريتين») and still be the spot. */
const NAMED_AFTER_GOVERNORATE = 4;

function isLocativeWord(t: Token | undefined): boolean {
  return t !== undefined && t.script !== 'punct' && (LOCATIVES.has(t.norm) || LOCATIVES.has(stemOf(t.norm)));
}

const ARTICLES = new Set(['the', 'a']);
/** «في موسكو», "in Washington": only these make a capital that also names a government a place. */
const IN = new Set(['في', 'داخل', 'in', 'at', 'inside']);

/** The word right before is a locative («في حلب», «قرب الطبقة»; «بالقرب من» ends in one; "in the Hama countryside"). */
function isLocativeBefore(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (before && ARTICLES.has(before.norm)) return isLocativeWord(tokens[first - 2]);
  return isLocativeWord(before);
}

/** «وفي موسكو، أكد …», "In Moscow, X said": a place opening the sentence and followed by a speech verb. */
function isSpeakerPlace(tokens: Token[], first: number, last: number): boolean {
  if (first > 2) return false;
  let k = last;
  if (tokens[k]?.script === 'punct') k++;
  const next = tokens[k];
  return next !== undefined && (SPEECH.has(next.norm) || SPEECH.has(stemOf(next.norm)));
}

/**
 * A place joined to the place right before it by «و»/"and" or a comma («في معرة النعمان وحبيت», "Talbiseh,
 * Rastan and Latamneh"): one list. The «و» is its own token or the proclitic the scan peeled off.
 */
function joinsPrevious(tokens: Token[], first: number, m: ResolvedMention, previous: PlacedMention | undefined): boolean {
  if (!previous || first - previous.last > 2) return false;
  const t = tokens[first];
  const glued = t !== undefined && t.start < m.span[0] && (t.norm.startsWith('و') || t.norm.startsWith('او'));
  const between = tokens.slice(previous.last, first).map((x) => x.norm);
  return between.length === 0 ? glued : between.every((w) => w === 'و' || w === 'and' || w === 'or' || w === '،' || w === ',');
}

export function placeMentionsInSentence(
  gaz: Gazetteer,
  tokens: Token[],
  mentions: ResolvedMention[],
  actorSpans: readonly (readonly [number, number])[] = [],
  dateline: readonly [number, number] | null = null,
  speakers: readonly (readonly [number, number])[] = [],
): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const m of mentions) {
    if (!m.place) continue;
    const first = tokens.findIndex((t) => t.end > m.span[0]);
    if (first < 0) continue;
    let last = first;
    while (last < tokens.length && (tokens[last]?.start ?? Infinity) < m.span[1]) last++;
    // A region phrase («ريف حماة», "north of Homs") or a cue word («مدينة») marks a place of action as a locative does.
    const previous = out[out.length - 1];
    const listed = joinsPrevious(tokens, first, m, previous);
    const actor = actorSpans.some((span) => span[0] < m.span[1] && m.span[0] < span[1]);
    // «الاتهامات الموجهة إلى موسكو» is aimed at a government: an actor's name is a place only after «في»/"in".
    const inBefore = IN.has(tokens[first - 1]?.norm ?? '') || IN.has(stemOf(tokens[first - 1]?.norm ?? ''));
    const locative = actor
      ? inBefore
      : m.cue !== null || m.qualifier !== null || isLocativeBefore(tokens, first) || (listed && previous?.locative === true);
    out.push({
      mention: m,
      first,
      last,
      locative,
      // «وفي موسكو، أكد» but not "Russia said": a government's name opening the sentence is the speaker itself.
      // «وقال … على هامش لقاء منعقد في غروزني إن …»: where the speaker spoke, between verb and «أن».
      speaker:
        (isSpeakerPlace(tokens, first, last) && (!actor || inBefore)) ||
        (locative && speakers.some((span) => span[0] < first && last <= span[1])),
      actor,
      dateline: dateline !== null && dateline[0] < m.span[1] && m.span[0] < dateline[1],
      listed,
      // Region phrases («ريف حماة») are made by the resolver, not gazetteer entries; admin1 is set only in Syria.
      country: gaz.byId.get(m.place.id)?.country ?? (m.place.admin1 !== null ? 'SY' : null),
    });
  }
  return out;
}

/** Token gap between two ranges; across a time break («في حين») counts as far away. */
const OTHER_SEGMENT = 1000;

function distance(a: { first: number; last: number }, b: { first: number; last: number }, segments: number[] = []): number {
  const across = (segments[a.first] ?? 0) !== (segments[b.first] ?? 0) ? OTHER_SEGMENT : 0;
  if (a.last <= b.first) return b.first - a.last + across;
  if (b.last <= a.first) return a.first - b.last + across;
  return across;
}

/** A chosen place and the places listed after it ("among them Talbiseh, Rastan and Latamneh"). */
function withList(chosen: PlacedMention, pool: PlacedMention[]): PlacedMention[] {
  const out = [chosen];
  for (const p of pool) if (p.first > (out[out.length - 1]?.first ?? Infinity) && p.listed && p.first - (out[out.length - 1]?.last ?? 0) <= 2) out.push(p);
  return out;
}

/** A river or a mountain range locates along or near, never the spot: it gives way to any other place. */
const LINEAR = new Set(['river', 'mountain']);

/** Drop coarse places that only say where a finer chosen place lies. */
function dropContainers(all: PlacedMention[]): PlacedMention[] {
  const chosen = all.some((p) => !LINEAR.has(p.mention.place?.kind ?? '')) ? all.filter((p) => !LINEAR.has(p.mention.place?.kind ?? '')) : all;
  const fine = chosen.filter((p) => !COARSE.has(p.mention.place?.kind ?? ''));
  if (fine.length === 0) return chosen;
  return chosen.filter((p) => {
    const kind = p.mention.place?.kind ?? '';
    if (!COARSE.has(kind)) return true;
    if (kind === 'country') return false;
    // A river or a region across governorates (admin1 null) says less than any town chosen beside it.
    const admin1 = p.mention.place?.admin1 ?? null;
    return admin1 !== null && !fine.some((f) => f.mention.place?.admin1 === admin1);
  });
}

/**
 * The places of one trigger. `triggers` are all the sentence's event triggers, so each place goes to the
 * nearest one; a trigger left with none takes the nearest place in the sentence. `speakerSpans` run from
 * each «قال», «أكد», "said"… to the «أن»/"that" after it (see speakerSpans).
 */
export function choosePlaces(
  trigger: Trigger,
  triggers: Trigger[],
  places: PlacedMention[],
  segments: number[] = [],
  speakerSpans: (readonly [number, number])[] = [],
): PlacedMention[] {
  if (trigger.type === 'statement') return places.filter((p) => p.speaker && !p.dateline).slice(0, 1);
  // «قال مصدر من حلب إن المدفعية قصفت إدلب»: between a speech verb and the «أن»/"that" opening the
  // reported event stands the speaker, not the event.
  // Likewise a place before the speech verb, when no event was told before it: "The governor of Homs
  // province said soldiers had pulled out".
  // (Loops and indexing rather than a spread into Math.min and destructured pairs: this runs per trigger.)
  let firstEvent = Infinity;
  for (const t of triggers) if (t.kind !== 'speech' && t.first < firstEvent) firstEvent = t.first;
  const speakerSide = (p: PlacedMention) =>
    speakerSpans.some((span) => span[1] < trigger.first && p.last <= span[1] && (span[0] < p.first || p.last <= firstEvent));
  let pool = places.filter((p) => !p.speaker && !p.dateline && !speakerSide(p) && (p.locative || !p.actor));
  // Fighting in Syria: a foreign place needs a locative to be where it happened («في الموصل»), so a
  // name that only looks like a town ("President Putin") does not become one.
  if (FIGHTING.has(trigger.type)) pool = pool.filter((p) => p.country === 'SY' || p.locative);
  if (FIGHTING.has(trigger.type) && pool.some((p) => p.country === 'SY')) pool = pool.filter((p) => p.country === 'SY');
  if (pool.length === 0) return [];

  const others = triggers.filter((t) => t.type !== 'statement');
  // A trigger in a relative clause («…القريتين، والتي سيطر عليها داعش») shares the place it refers back
  // to instead of taking it away from the main clause.
  const mine = pool.filter((p) => {
    const d = distance(p, trigger, segments);
    return others.every((t) => t === trigger || distance(p, t, segments) >= d || (p.last <= t.first && t.relative));
  });
  const byDistance = (a: PlacedMention, b: PlacedMention) => distance(a, trigger, segments) - distance(b, trigger, segments);
  if (mine.length === 0) return [...pool].sort(byDistance).slice(0, 1);
  const locative = mine.filter((p) => p.locative);
  if (locative.length === 0) return withList([...mine].sort(byDistance)[0]!, pool);
  // «مدينة في محافظة حمص، تدعى القريتين»: a finer place right after a locative governorate, and inside it,
  // names the spot.
  const governorates = locative.filter((p) => p.mention.place?.kind === 'governorate');
  const inside = mine.filter(
    (p) =>
      !p.locative &&
      !COARSE.has(p.mention.place?.kind ?? '') &&
      governorates.some((g) => g.mention.place?.admin1 === p.mention.place?.admin1 && p.first >= g.last && p.first - g.last <= NAMED_AFTER_GOVERNORATE),
  );
  return dropContainers([...locative, ...inside]);
}

const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'that']);

/**
 * For each speech verb, the token span from it to the first «أن»/"that" after it: who speaks, from where.
 * Arabic speech verbs take «أن», however far («قال، تعليقاً على …، إن»); English often drops "that" ("the
 * governor said soldiers had pulled out"), so it is looked for only up to the next punctuation, and
 * without it the span is the verb alone.
 */
export function speakerSpans(tokens: Token[], speechVerbs: number[]): [number, number][] {
  return speechVerbs.map((v) => {
    const latin = tokens[v]?.script === 'latin';
    for (let i = v + 1; i < tokens.length; i++) {
      if (latin && tokens[i]?.script === 'punct') break;
      if (COMPLEMENTIZERS.has(tokens[i]?.norm ?? '')) return [v, i];
    }
    return [v, v];
  });
}
