// Report → events. Per sentence: triggers, their status, date, actors, counts and places; then one event
// per happening per report (a second sentence about the same strike adds detail), denials linked to what
// they deny, and everything that could not be placed listed in `unresolved`.
import type { Gazetteer } from '../gazetteer/load.ts';
import { precisionOf } from '../gazetteer/precision.ts';
import type { EventPlace, EventRecord, Report, ResolvedMention, Source, Unresolved } from '../schema/index.ts';
import { splitSentences, type TextPiece } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { actorsFor, findActors } from './actors.ts';
import { findAnaphors, placeOfAnaphor } from './anaphora.ts';
import { boilerplateSpans, insideAny } from './boilerplate.ts';
import { timeSegments } from './clauses.ts';
import { findDateline } from './dateline.ts';
import { dateForTrigger, findDates } from './dates/index.ts';
import { findCasualties } from './fatalities.ts';
import { eventId } from './ids.ts';
import { placeMentions } from './mentions.ts';
import { choosePlaces, placeMentionsInSentence, speakerSpans, type PlacedMention } from './place.ts';
import { dedupeReportEvents, linkDenials } from './report-events.ts';
import { findStatusCues, statusOf } from './status.ts';
import { findTriggers, triggerWords, type Trigger } from './triggers.ts';

export interface Extraction {
  events: EventRecord[];
  mentions: ResolvedMention[];
  unresolved: Unresolved[];
}

/** How many tokens after «دخول»/«تحرير»/"entered" the place must start for it to be their object. */
const OBJECT_REACH = 4;
/** How close a place must follow «انتهاكات» for the violations to be placed there. */
const COUNTED_PLACE_REACH = 2;

export function extractReport(report: Report, gaz: Gazetteer): Extraction {
  const text = report.text;
  const skip = boilerplateSpans(text);
  const dateline = findDateline(text);
  const mentions = placeMentions(gaz, text, dateline).filter((m) => !insideAny(skip, m.span[0], m.span[1]));
  const tokens = tokenize(text);
  const events: EventRecord[] = [];
  const unresolved: Unresolved[] = [];

  // What «المدينة» may refer back to: any place named so far, except the dateline.
  const referable = mentions.filter((x) => !(dateline && x.span[0] < dateline.span[1] && dateline.span[0] < x.span[1]));

  // Tokens and mentions are in text order, as sentences are: one forward pass hands each sentence its own.
  let t = 0;
  let m = 0;
  for (const sentence of splitSentences(text)) {
    while (t < tokens.length && (tokens[t]?.start ?? 0) < sentence.start) t++;
    let u = t;
    while (u < tokens.length && (tokens[u]?.end ?? 0) <= sentence.end) u++;
    while (m < mentions.length && (mentions[m]?.span[0] ?? 0) < sentence.start) m++;
    let n = m;
    while (n < mentions.length && (mentions[n]?.span[1] ?? 0) <= sentence.end) n++;
    const sentenceTokens = tokens.slice(t, u);
    const inSentence = mentions.slice(m, n);
    t = u;
    m = n;
    if (insideAny(skip, sentence.start, sentence.end)) continue;
    const found = extractSentence(report, gaz, sentence, sentenceTokens, inSentence, dateline?.span ?? null, referable);
    events.push(...found.events);
    unresolved.push(...found.unresolved);
    for (const mention of inSentence) {
      if (mention.place) continue;
      unresolved.push({
        report: report.id,
        what: 'mention',
        surface: mention.surface,
        span: mention.span,
        quote: sentence.text,
        why: mention.candidates.length === 0 ? 'no gazetteer entry fits' : 'candidates but none fits the context',
      });
    }
  }
  return { events: linkDenials(dedupeReportEvents(events)), mentions, unresolved };
}

function eventPlace(p: PlacedMention): EventPlace | null {
  const m = p.mention;
  if (!m.place) return null;
  // Field by field in the schema's order, not `{ ...m.place, precision, … }`: V8 takes a slow path for a
  // spread followed by new keys (≈ 4 µs per event against ≈ 30 ns, measured), and this runs per event.
  const { id, name, kind, coordinates, admin1 } = m.place;
  const place: EventPlace = {
    id,
    name,
    kind,
    coordinates,
    admin1,
    precision: m.precision ?? precisionOf(m.place.kind),
    confidence: m.confidence,
    mention: { surface: m.surface, span: m.span },
  };
  return place;
}

function placeFollows(t: Trigger, places: PlacedMention[], reach: number): boolean {
  // «دخلت إلى سورية» is crossing a border, not taking a place.
  return places.some((p) => p.first >= t.last && p.first - t.last <= reach && p.mention.place?.kind !== 'country');
}

function usableTriggers(triggers: Trigger[], places: PlacedMention[], tokens: Token[]): Trigger[] {
  const speakerPlace = places.some((p) => p.speaker);
  const kept = triggers.filter((t) => {
    if (t.kind === 'object') return placeFollows(t, places, OBJECT_REACH);
    if (t.kind === 'counted') return tokens[t.first - 1]?.script === 'digit' || placeFollows(t, places.filter((p) => p.locative), COUNTED_PLACE_REACH);
    if (t.kind === 'speech') return speakerPlace;
    return true;
  });
  // A sentence is one statement at most, and only when it reports nothing else.
  const others = kept.filter((t) => t.kind !== 'speech');
  if (others.length > 0) return others;
  return kept.slice(0, 1);
}

function extractSentence(
  report: Report,
  gaz: Gazetteer,
  sentence: TextPiece,
  tokens: Token[],
  mentions: ResolvedMention[],
  dateline: readonly [number, number] | null,
  referable: ResolvedMention[],
): { events: EventRecord[]; unresolved: Unresolved[] } {
  const text = report.text;
  // A sentence without a trigger word gives no event, whatever its actors and places.
  const words = triggerWords(tokens);
  if (words.length === 0) return { events: [], unresolved: [] };
  const actors = findActors(tokens, text);
  const actorSpans = actors.map((a) => [tokens[a.first]?.start ?? 0, tokens[a.last - 1]?.end ?? 0] as const);
  const found = findTriggers(tokens, actors, words);
  const speakers = speakerSpans(tokens, found.filter((t) => t.kind === 'speech').map((t) => t.first));
  const places = placeMentionsInSentence(gaz, tokens, mentions, actorSpans, dateline, speakers);
  const triggers = usableTriggers(found, places, tokens);
  if (triggers.length === 0) return { events: [], unresolved: [] };

  const segments = timeSegments(tokens);
  const cues = findStatusCues(tokens);
  const dates = findDates(tokens, text, report.published);
  const casualties = findCasualties(tokens, sentence.text, sentence.start);
  const source: Source = {
    report: report.id,
    outlet: report.outlet,
    url: report.url,
    published: report.published,
    quote: sentence.text,
    span: [sentence.start, sentence.end],
  };

  const events: EventRecord[] = [];
  const unresolved: Unresolved[] = [];
  for (const trigger of triggers) {
    const surface = text.slice(trigger.start, trigger.end);
    const chosen: EventPlace[] = [];
    for (const p of choosePlaces(trigger, triggers, places, segments, speakers)) {
      const place = eventPlace(p);
      if (place) chosen.push(place);
    }
    if (chosen.length === 0) {
      // No place named: a referring «المدينة» / "the town" may point back to one named before.
      const anaphor = findAnaphors(tokens, trigger.first)[0];
      const back = anaphor ? placeOfAnaphor(anaphor, referable, text) : null;
      if (back) chosen.push(back);
    }
    if (chosen.length === 0) {
      unresolved.push({
        report: report.id,
        what: 'trigger_without_place',
        surface,
        span: [trigger.start, trigger.end],
        quote: sentence.text,
        why: places.length === 0 ? 'the sentence names no place the gazetteer knows' : 'no place in the sentence fits this event',
      });
      continue;
    }
    const { status } = statusOf(tokens, cues, trigger.first, text);
    const date = dateForTrigger(dates, trigger, triggers, segments, report.published);
    // Repeats (two triggers, one happening) are folded for the whole report by dedupeReportEvents.
    for (const place of chosen) {
      events.push({
        id: eventId(report.id, source.span, [trigger.start, trigger.end], `${trigger.type}/${status}`, place.id),
        type: trigger.type,
        status,
        date,
        place,
        actors: actorsFor(tokens, actors, trigger.first),
        fatalities: casualties.fatalities,
        injured: casualties.injured,
        trigger: { surface, span: [trigger.start, trigger.end] },
        denies: null,
        sources: [source],
      });
    }
  }
  return { events, unresolved };
}
