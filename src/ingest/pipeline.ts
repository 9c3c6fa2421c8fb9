// The ingest pipeline: read → extract → merge. Reports go through one at a time; events, which are
// small, are kept for merging across reports; what could not be used is collected, never dropped.
import type { Gazetteer } from '../gazetteer/load.ts';
import { extractReport } from '../extract/index.ts';
import { mergeEvents } from '../extract/merge.ts';
import type { EventRecord, Rejection, ResolvedMention, Unresolved } from '../schema/index.ts';
import { readReports, type ReadOptions } from './read.ts';

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
}

export interface IngestResult {
  events: EventRecord[];
  unresolved: Unresolved[];
  rejections: Rejection[];
  reports: number;
}

export async function ingest(paths: readonly string[], gaz: Gazetteer, opts: IngestOptions = {}): Promise<IngestResult> {
  const events: EventRecord[] = [];
  const unresolved: Unresolved[] = [];
  const rejections: Rejection[] = [];
  let reports = 0;
  for await (const r of readReports(paths, opts)) {
    if (!r.ok) {
      rejections.push(r.rejection);
    } else {
      reports++;
      try {
        const x = extractReport(r.report, gaz);
        events.push(...x.events);
        unresolved.push(...x.unresolved);
        opts.onMentions?.(r.report.id, x.mentions);
      } catch (err) {
        // A bug in extraction must not sink the batch: the report is listed as rejected, with why.
        rejections.push({ file: r.report.origin ?? r.report.id, message: `extraction failed: ${(err as Error).message}` });
      }
    }
    opts.onProgress?.({
      reports,
      rejected: rejections.length,
      events: events.length,
      current: r.ok ? r.report.id : r.rejection.file,
    });
  }
  const merged = opts.merge === false ? events : mergeEvents(events);
  return { events: sortEvents(merged), unresolved, rejections, reports };
}

/** Stable output order: by start date (open dates last), then id; the same input gives the same bytes. */
export function sortEvents(events: EventRecord[]): EventRecord[] {
  return events.sort((a, b) => {
    const sa = a.date.start ?? '9999';
    const sb = b.date.start ?? '9999';
    return sa < sb ? -1 : sa > sb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
