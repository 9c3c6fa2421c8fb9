// The ingest pipeline: read → extract → merge. Reports stream through the extractor, several in
// flight when it runs on worker threads; events, which are small, are kept for merging across reports;
// what could not be used is collected, never dropped.
import type { Extraction } from '../extract/index.ts';
import { mergeEvents } from '../extract/merge.ts';
import type { EventRecord, Rejection, Report, ResolvedMention, Unresolved } from '../schema/index.ts';
import { readReports, type ReadOptions } from './read.ts';

/** Report → events: extractReport bound to a gazetteer, or a pool of worker threads running it. */
export type Extractor = (report: Report) => Extraction | Promise<Extraction>;

export interface IngestProgress {
  reports: number;
  rejected: number;
  events: number;
  /** The report or file just handled. */
  current: string;
}

export interface IngestOptions extends ReadOptions {
  /** Merge the same event told by several reports into one record (default true). */
  merge?: boolean;
  onProgress?: (p: IngestProgress) => void;
  /** Called for each report's resolved mentions (for `sitrep mentions`). */
  onMentions?: (report: string, mentions: ResolvedMention[]) => void;
  /** Reports handed to the extractor before the oldest is back (default 1); keeps workers busy. */
  inFlight?: number;
}

export interface IngestResult {
  events: EventRecord[];
  unresolved: Unresolved[];
  rejections: Rejection[];
  reports: number;
}

/** What a run could not use, and how many reports it read; filled in while events stream out. */
export interface IngestTally {
  unresolved: Unresolved[];
  rejections: Rejection[];
  reports: number;
  events: number;
}

export function newTally(): IngestTally {
  return { unresolved: [], rejections: [], reports: 0, events: 0 };
}

/**
 * Events as they are extracted, report by report in reading order, holding no more than the reports in
 * flight: what `--no-merge` writes in bounded memory. Rejections and unresolved mentions go to `tally`.
 */
export async function* extractEvents(
  paths: readonly string[],
  extract: Extractor,
  opts: IngestOptions = {},
  tally: IngestTally = newTally(),
): AsyncGenerator<EventRecord> {
  // Reports are extracted concurrently but their results are taken in reading order, so the output
  // does not depend on which worker finished first.
  const pending: { report: Report; result: Promise<Extraction> }[] = [];
  const limit = Math.max(1, opts.inFlight ?? 1);
  const progress = (current: string) =>
    opts.onProgress?.({ reports: tally.reports, rejected: tally.rejections.length, events: tally.events, current });

  async function* takeOldest(): AsyncGenerator<EventRecord> {
    const { report, result } = pending.shift()!;
    let x: Extraction | null = null;
    try {
      x = await result;
    } catch (err) {
      // A bug in extraction must not sink the batch: the report is listed as rejected, with why.
      tally.rejections.push({ file: report.origin ?? report.id, message: `extraction failed: ${(err as Error).message}` });
    }
    if (x) {
      tally.unresolved.push(...x.unresolved);
      tally.events += x.events.length;
      opts.onMentions?.(report.id, x.mentions);
      yield* x.events;
    }
    progress(report.id);
  }

  for await (const r of readReports(paths, opts)) {
    if (!r.ok) {
      tally.rejections.push(r.rejection);
      progress(r.rejection.file);
      continue;
    }
    tally.reports++;
    pending.push({ report: r.report, result: Promise.resolve().then(() => extract(r.report)) });
    if (pending.length >= limit) yield* takeOldest();
  }
  while (pending.length > 0) yield* takeOldest();
}

/** The whole run: every event extracted, merged across reports (unless merge is false) and sorted. */
export async function ingest(paths: readonly string[], extract: Extractor, opts: IngestOptions = {}): Promise<IngestResult> {
  const tally = newTally();
  const events: EventRecord[] = [];
  for await (const e of extractEvents(paths, extract, opts, tally)) events.push(e);
  const merged = opts.merge === false ? events : mergeEvents(events);
  return { events: sortEvents(merged), unresolved: tally.unresolved, rejections: tally.rejections, reports: tally.reports };
}

/** Stable output order: by start date (open dates last), then id; the same input gives the same bytes. */
export function sortEvents(events: EventRecord[]): EventRecord[] {
  return events.sort((a, b) => {
    const sa = a.date.start ?? '9999';
    const sb = b.date.start ?? '9999';
    return sa < sb ? -1 : sa > sb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
