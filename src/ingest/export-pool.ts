// `sitrep export --jobs N`: the events file is cut into pieces of whole lines; N worker threads each read,
// check, filter and write out one piece at a time (export-piece.ts), and the main thread writes the pieces'
// text in file order. Reading JSON and writing it are most of an export's time and a piece needs nothing from
// the others, so this spreads the work over the cores; the output is the same bytes as with one thread.
import { open, type FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Rejection } from '../schema/index.ts';
import { afterTheEnd, cutShort, eventLine, featureLine, fileKind, isBlank, type EventsFileKind } from './events-file.ts';
import type { PieceDone, PieceJob } from './export-piece.ts';
import { writeEventTexts, type EventTexts } from './output.ts';
import type { AtomicWriter } from './write.ts';

/** About 5,000 GeoJSON features: large enough that a piece's messages cost nothing, small enough to keep memory low. */
const PIECE_BYTES = 4 << 20;
/** The head of the file is looked at this far for its first line; longer first lines are left to readEvents. */
const HEAD_BYTES = 1 << 16;

export interface PieceRequest {
  seq: number;
  start: number;
  end: number;
}
export type PieceReply = ({ ok: true } & PieceDone & { seq: number }) | { ok: false; seq: number; message: string };

/** Where the lines of events begin, and the lines before them. */
export interface PiecesPlan {
  kind: Exclude<EventsFileKind, 'whole'>;
  start: number;
  linesBefore: number;
}

/**
 * A file the pool can cut: NDJSON, or GeoJSON as sitrep writes it (whose head line is then skipped).
 * null for any other layout (a FeatureCollection parsed whole), or a first line too long to look at here.
 */
export async function planPieces(file: string): Promise<PiecesPlan | null> {
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(head, 0, HEAD_BYTES, 0);
    let from = 0;
    for (let lines = 1; ; lines++) {
      const nl = head.indexOf(10, from);
      if (nl < 0 || nl >= bytesRead) return null;
      const line = head.toString('utf8', from, nl);
      if (!isBlank(line)) {
        const kind = fileKind(line);
        if (kind === 'whole') return null;
        return kind === 'ndjson' ? { kind, start: 0, linesBefore: 0 } : { kind, start: nl + 1, linesBefore: lines };
      }
      from = nl + 1;
    }
  } finally {
    await fh.close();
  }
}

export interface PiecesExport {
  read: number;
  kept: number;
  rejections: Rejection[];
}

/** Exports the file's events through `jobs` workers to `w`, in the same order and bytes as one thread would. */
export async function exportInPieces(
  file: string,
  plan: PiecesPlan,
  job: Omit<PieceJob, 'kind'>,
  jobs: number,
  w: AtomicWriter,
  pieceBytes = PIECE_BYTES,
): Promise<PiecesExport> {
  const fh = await open(file, 'r');
  const size = (await fh.stat()).size;
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./export-worker-entry.js', import.meta.url), { workerData: { file, job: { ...job, kind: plan.kind } } }));
  const replies = new Map<number, PieceReply>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  workers.forEach((worker) => {
    worker.on('message', (reply: PieceReply) => {
      replies.set(reply.seq, reply);
      wake?.();
    });
    worker.on('error', (err) => {
      failure = err;
      wake?.();
    });
  });
  const result: PiecesExport = { read: 0, kept: 0, rejections: [] };

  /** The pieces' texts in file order; each piece's lines are numbered after those of the pieces before it. */
  async function* texts(): AsyncGenerator<EventTexts> {
    let next = plan.start;
    let sent = 0;
    let lineBase = plan.linesBefore;
    let featureBase = 0;
    let closed = false;
    const send = async () => {
      const end = await pieceEnd(fh, next + pieceBytes, size);
      workers[sent % jobs]!.postMessage({ seq: sent, start: next, end } satisfies PieceRequest);
      sent++;
      next = end;
    };
    // Two pieces in hand per worker: one being worked on, one waiting, so no worker idles while the main thread writes.
    while (next < size && sent < 2 * jobs) await send();
    for (let seq = 0; seq < sent; seq++) {
      const reply = await replyTo(seq);
      replies.delete(seq);
      if (next < size) await send();
      if (!reply.ok) throw new Error(`export worker: ${reply.message}`);
      if (closed) {
        // sitrep's GeoJSON closed in an earlier piece: any text now is text after the end, and reading stops.
        if (reply.firstText !== null) {
          result.rejections.push(rejection(afterTheEnd(file, lineBase + reply.firstText)));
          return;
        }
        lineBase += reply.lines;
        continue;
      }
      for (const r of reply.refused) {
        const line = lineBase + r.line;
        result.rejections.push(rejection(plan.kind === 'ndjson' ? eventLine(r.text, file, line) : featureLine(r.text, file, line, featureBase + r.feature)));
      }
      result.read += reply.read;
      result.kept += reply.kept;
      yield { bytes: reply.bytes, count: reply.kept };
      if (reply.afterClose !== null) {
        result.rejections.push(rejection(afterTheEnd(file, lineBase + reply.afterClose)));
        return;
      }
      closed = reply.close !== null;
      lineBase += reply.lines;
      featureBase += reply.features;
    }
    if (plan.kind === 'sitrep-geojson' && !closed) result.rejections.push(rejection(cutShort(file)));
  }

  function replyTo(seq: number): Promise<PieceReply> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (failure) return reject(failure);
        const reply = replies.get(seq);
        if (!reply) return void (wake = check);
        wake = null;
        resolve(reply);
      };
      check();
    });
  }

  try {
    await writeEventTexts(w, texts(), job.format);
    return result;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    await fh.close();
  }
}

function rejection(r: ReturnType<typeof eventLine>): Rejection {
  if (r.ok) throw new Error('a line a worker refused was accepted on the main thread');
  return r.rejection;
}

/** Where a piece ends: after the first newline at or past `from`, or at the end of the file. */
async function pieceEnd(fh: FileHandle, from: number, size: number): Promise<number> {
  const look = Buffer.alloc(HEAD_BYTES);
  for (let at = from; at < size; at += HEAD_BYTES) {
    const { bytesRead } = await fh.read(look, 0, HEAD_BYTES, at);
    const nl = look.subarray(0, bytesRead).indexOf(10);
    if (nl >= 0) return at + nl + 1;
  }
  return size;
}
