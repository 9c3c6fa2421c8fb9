// One piece of an events file, as an export worker (or with --jobs 1 the main thread) handles it (export-pool.ts):
// whole lines, read → checked → filtered → written out as text. Lines are judged by the same functions as
// readEvents (events-file.ts). A piece does not know its place in the file, so it numbers its lines from 1 and
// hands back what needs the file's own numbers — records that were refused, the closing `]}`, text after it —
// for the main thread to finish in order.
import { readSync } from 'node:fs';
import { matchesFilter, type EventFilter } from '../geo/filter.ts';
import type { EventRecord } from '../schema/index.ts';
import { eventLine, featureLine, featureText, GEOJSON_CLOSE, type EventsFileKind } from './events-file.ts';
import { eventsText, type StreamedFormat } from './output.ts';

export interface PieceJob {
  kind: Exclude<EventsFileKind, 'whole'>;
  format: StreamedFormat;
  filter: EventFilter;
}

export interface PieceDone {
  /** The kept events' text (eventsText). */
  bytes: Uint8Array;
  kept: number;
  /** Events that passed the schema, kept or not. */
  read: number;
  /** Lines in the piece, and feature lines among them (sitrep GeoJSON): what the next piece's numbers start after. */
  lines: number;
  features: number;
  /** Lines that are not events: the main thread rejects them again with the file's line and feature numbers. */
  refused: { line: number; feature: number; text: string }[];
  /** The closing `]}` here, and the first line with other text after it. */
  close: number | null;
  afterClose: number | null;
  /** The first line that is neither blank nor `]}`: text after the end if an earlier piece closed the collection. */
  firstText: number | null;
}

/** Bytes start…end of the file: whole lines. */
export interface PieceRequest {
  seq: number;
  start: number;
  end: number;
}
export type PieceReply = ({ ok: true } & PieceDone & { seq: number }) | { ok: false; seq: number; message: string };

/**
 * `text` is whole lines: the piece starts after a newline and ends with one (or at the end of the file).
 * Each kept event is written out as soon as it is read, so events die young: kept until the piece's end they
 * outlived the young generation (GC was 1.4 of 10 CPU s of a 200k export); written at once, ≈ 7 % less CPU.
 */
export function exportPiece(text: string, job: PieceJob): PieceDone {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  const done: PieceDone = { bytes: new Uint8Array(), kept: 0, read: 0, lines: parts.length, features: 0, refused: [], close: null, afterClose: null, firstText: null };
  function* kept(): Generator<EventRecord> {
    for (let k = 0; k < parts.length; k++) {
      const line = k + 1;
      const raw = parts[k]!;
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const t = text.trim();
      if (t === '') continue;
      if (job.kind === 'sitrep-geojson' && t === GEOJSON_CLOSE) {
        done.close ??= line;
        continue;
      }
      done.firstText ??= line;
      if (done.close !== null) {
        done.afterClose = line;
        return;
      }
      const lineText = job.kind === 'ndjson' ? text : featureText(t);
      const feature = job.kind === 'ndjson' ? 0 : done.features++;
      const r = job.kind === 'ndjson' ? eventLine(lineText, '', line) : featureLine(lineText, '', line, feature);
      if (!r.ok) {
        done.refused.push({ line, feature, text: lineText });
        continue;
      }
      done.read++;
      if (matchesFilter(r.event, job.filter)) yield r.event;
    }
  }
  const { bytes, count } = eventsText(kept(), job.format);
  done.bytes = bytes;
  done.kept = count;
  return done;
}

/** Reads bytes start…end of the open file and exports them; a failure is a reply, for the main thread to raise. */
export function runPiece(fd: number, file: string, { seq, start, end }: PieceRequest, job: PieceJob): PieceReply {
  try {
    const bytes = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, start + got);
      if (n === 0) throw new Error(`${file} ended at byte ${start + got}, before ${end}: changed while read?`);
      got += n;
    }
    return { seq, ok: true, ...exportPiece(bytes.toString('utf8'), job) };
  } catch (err) {
    return { seq, ok: false, message: (err as Error).message };
  }
}
