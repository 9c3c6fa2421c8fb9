// What could not be used: rejected input and unresolved mentions. Listed, never silently dropped.
import { z } from 'zod';
import { Span } from './common.ts';

/** An input the pipeline refused, named by file and line or field. */
export const Rejection = z.object({
  /** File path, `-` for stdin. */
  file: z.string(),
  /** 1-based line, when the input is line-oriented (JSONL, CSV). */
  line: z.number().int().positive().optional(),
  /** The field at fault (front matter key, JSON property, CSV column). */
  field: z.string().optional(),
  message: z.string(),
});
export type Rejection = z.infer<typeof Rejection>;

/**
 * Something extraction saw but could not place: a place-like mention the gazetteer did not resolve,
 * or a trigger sentence with no place in it.
 */
export const Unresolved = z.object({
  report: z.string(),
  what: z.enum(['mention', 'trigger_without_place']),
  surface: z.string(),
  span: Span,
  quote: z.string(),
  why: z.string(),
});
export type Unresolved = z.infer<typeof Unresolved>;
