// A mention: a stretch of report text that names a place (a toponym), before and after resolving.
import { z } from 'zod';
import { LonLat, Span } from './common.ts';
import { PlaceKind, PlacePrecision } from './gazetteer.ts';

/** What a resolved mention points at: enough of the gazetteer entry to draw and label it. */
export const PlaceRef = z.object({
  id: z.string(),
  name: z.object({ ar: z.string().nullable(), en: z.string().nullable() }),
  kind: PlaceKind,
  coordinates: LonLat,
  admin1: z.string().nullable(),
});
export type PlaceRef = z.infer<typeof PlaceRef>;

/** A gazetteer hit in text, with every entry the surface could mean. */
export const Mention = z.object({
  /** The text as written, e.g. «بريف الرقة الشمالي» minus the peeled proclitic. */
  surface: z.string(),
  span: Span,
  /** Cue word in front («مدينة», «airbase») that hints the kind, if any. */
  cue: z.string().nullable(),
  /** Candidate gazetteer entry ids, best-first by prior (Syria, size). */
  candidates: z.array(z.string()),
  /** For region phrases («ريف حلب الشمالي»): the direction or part the phrase names. */
  qualifier: z.string().nullable(),
});
export type Mention = z.infer<typeof Mention>;

/** A mention after resolving: the chosen place (null when none fits), how sure, and the runner-up. */
export const ResolvedMention = Mention.extend({
  place: PlaceRef.nullable(),
  precision: PlacePrecision.nullable(),
  confidence: z.number().min(0).max(1),
  runnerUp: PlaceRef.nullable(),
});
export type ResolvedMention = z.infer<typeof ResolvedMention>;

/** One line of `sitrep mentions` (NDJSON). */
export const MentionRow = z.object({
  report: z.string(),
  surface: z.string(),
  span: Span,
  place: PlaceRef.nullable(),
  confidence: z.number().min(0).max(1),
});
export type MentionRow = z.infer<typeof MentionRow>;
