// The event record: one happening, dated, placed and attributed, with the sentence it came from.
import { z } from 'zod';
import { IsoDay, LonLat, PublishedDate, Span } from './common.ts';
import { PlaceKind, PlacePrecision } from './gazetteer.ts';

/** Closed vocabulary of event types; each maps to an ACLED event / sub-event type (geo/acled.ts). */
export const EventType = z.enum([
  'airstrike',
  'shelling',
  'ground_attack',
  'clash',
  'withdrawal',
  'capture',
  'displacement',
  'casualties',
  'agreement',
  'statement',
  'other',
]);
export type EventType = z.infer<typeof EventType>;

/** A negated event («لم تنفذ أي غارات») is kept as negated and never drawn as the event. */
export const EventStatus = z.enum(['reported', 'claimed', 'denied', 'negated', 'planned']);
export type EventStatus = z.infer<typeof EventStatus>;

/** day: one day; days: a few days (a night, a weekend); month; year. */
export const DatePrecision = z.enum(['day', 'days', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * Where an event's date came from:
 * text — the sentence says it («أمس», «17 أيار»); report — the sentence says nothing, so the report's
 * publication frame is used; open — nothing to anchor it (no publication date), start/end are null.
 */
export const DateBasis = z.enum(['text', 'report', 'open']);

export const EventDate = z
  .object({
    start: IsoDay.nullable(),
    end: IsoDay.nullable(),
    precision: DatePrecision,
    /** The words the date came from, as written; '' when it came from the report frame. */
    phrase: z.string(),
    basis: DateBasis,
  })
  .refine((d) => (d.start === null) === (d.end === null), 'start and end are both set or both open')
  .refine((d) => d.start === null || d.end === null || d.start <= d.end, 'date interval ends before it starts');
export type EventDate = z.infer<typeof EventDate>;

export const EventPlace = z.object({
  id: z.string(),
  name: z.object({ ar: z.string().nullable(), en: z.string().nullable() }),
  kind: PlaceKind,
  coordinates: LonLat,
  admin1: z.string().nullable(),
  precision: PlacePrecision,
  confidence: z.number().min(0).max(1),
  /** The words in the quote that named it, and their span in the report text. */
  mention: z.object({ surface: z.string(), span: Span }),
});
export type EventPlace = z.infer<typeof EventPlace>;

export const ActorRole = z.enum(['initiator', 'target', 'speaker', 'involved']);
export const Actor = z.object({
  /** Normalized id from the actor list (isis, syrian_army, sdf, russia_air, coalition, …). */
  id: z.string(),
  /** Display name in English. */
  name: z.string(),
  role: ActorRole,
  /** The phrase as written in the text. */
  phrase: z.string(),
});
export type Actor = z.infer<typeof Actor>;

export const Count = z.object({
  count: z.number().int().nonnegative(),
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().nonnegative().optional(),
  qualifier: z.enum(['exact', 'at_least', 'about', 'at_most']),
  /** Who: civilians, fighters of an actor, soldiers, … ('' when the text does not say). */
  who: z.string(),
  phrase: z.string(),
});
export type Count = z.infer<typeof Count>;

export const Source = z.object({
  report: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: PublishedDate.nullable(),
  /** The sentence (or clause) the event came from, verbatim. */
  quote: z.string(),
  /** Span of the quote in the report text. */
  span: Span,
});
export type Source = z.infer<typeof Source>;

export const EventRecord = z.object({
  /** Stable: the same report and sentence give the same id on every run. */
  id: z.string(),
  type: EventType,
  status: EventStatus,
  date: EventDate,
  place: EventPlace,
  actors: z.array(Actor),
  fatalities: Count.nullable(),
  injured: Count.nullable(),
  /** The trigger words that made this an event. */
  trigger: z.object({ surface: z.string(), span: Span }),
  /** For a denial: the id of the event it denies, when found. */
  denies: z.string().nullable(),
  /** Every report that told of it; sources[0] is the one the record was first built from. */
  sources: z.array(Source).min(1),
});
export type EventRecord = z.infer<typeof EventRecord>;

/** EventRecord as GeoJSON Feature properties: everything but the coordinates, which live in geometry. */
export const EventProperties = EventRecord.extend({ place: EventPlace.omit({ coordinates: true }) });
export type EventProperties = z.infer<typeof EventProperties>;

export const EventFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.object({ type: z.literal('Point'), coordinates: LonLat }),
  properties: EventProperties,
});
export type EventFeature = z.infer<typeof EventFeature>;

export const EventCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(EventFeature),
});
export type EventCollection = z.infer<typeof EventCollection>;
