// A report: one article or dispatch, the unit that ingest reads and extraction works on.
import { z } from 'zod';
import { Lang, PublishedDate } from './common.ts';

export const Report = z.object({
  /** Stable name: front-matter / JSONL id, else the file name. */
  id: z.string().min(1),
  /** Plain text, boilerplate already dropped by the reader. */
  text: z.string(),
  /** Day, month or year; null when the source gives none (relative dates then stay open). */
  published: PublishedDate.nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  lang: Lang.nullable(),
  /** Where it was read from (file, or file:line for JSONL), for error messages and provenance. */
  origin: z.string().optional(),
});
export type Report = z.infer<typeof Report>;
