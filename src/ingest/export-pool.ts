// `sitrep export --jobs N`: the events file is cut into pieces of whole lines; N worker threads each read,
// check, filter and write out one piece at a time (export-piece.ts), and the main thread writes the pieces'
// text in file order. Reading JSON and writing it are most of an export's time and a piece needs nothing from
// the others, so this spreads the work over the cores; the output is the same bytes as with one thread.
import { open, type FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Rejection } from '../schema/index.ts';
import { afterTheEnd, cutShort, eventLine, featureLine, fileKind, isBlank, type EventsFileKind } from './events-file.ts';
import { runPiece, type PieceJob, type PieceReply, type PieceRequest } from './export-piece.ts';
import { writeEventTexts, type EventTexts } from './output.ts';
import type { AtomicWriter } from './write.ts';

/** About 1,400 GeoJSON features: large enough that a piece's messages cost nothing, small enough to keep memory low. */
const PIECE_BYTES = 1 << 20;
/**
 * A worker's heap is capped well above what a piece needs (its text, its events and their text: tens of MB):
 * left to itself each worker's heap grew to ≈ 200 MB before collecting, and two of them put a 200k-event export
 * at 500 MB RSS; capped, ≈ 400 MB.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128 };
/** The head of the file is looked at this far for its first line; longer first lines are left to readEvents. */
const HEAD_BYTES = 1 << 16;

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

/**
 * Exports the file's events to `w`, in the same order and bytes as readEvents → matchesFilter → writeEvents
 * would: on `jobs` worker threads, or with jobs = 1 piece by piece on this thread (no promise per line then).
 */
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
  const pieces = jobs === 1 ? onThisThread(fh.fd, file, { ...job, kind: plan.kind }) : onWorkers(jobs, file, { ...job, kind: plan.kind });
  const result: PiecesExport = { read: 0, kept: 0, rejections: [] };

  /** The pieces' texts in file order; each piece's lines are numbered after those of the pieces before it. */
  async function* texts(): AsyncGenerator<EventTexts> {
    let next = plan.start;
    let seq = 0;
    let lineBase = plan.linesBefore;
    let featureBase = 0;
    let closed = false;
    const inHand: Promise<PieceReply>[] = [];
    const send = async () => {
      const end = await pieceEnd(fh, next + pieceBytes, size);
      const reply = pieces.run({ seq: seq++, start: next, end });
      reply.catch(() => {}); // it is awaited in its turn; until then a failure must not count as unhandled
      inHand.push(reply);
      next = end;
    };
    // Two pieces in hand per worker: one being worked on, one waiting, so no worker idles while the main thread writes.
    while (next < size && inHand.length < 2 * jobs) await send();
    while (inHand.length > 0) {
      const reply = await inHand.shift()!;
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

  try {
    await writeEventTexts(w, texts(), job.format);
    return result;
  } finally {
    await pieces.close();
    await fh.close();
  }
}

interface Pieces {
  run(request: PieceRequest): Promise<PieceReply>;
  close(): Promise<void>;
}

function onThisThread(fd: number, file: string, job: PieceJob): Pieces {
  return {
    run: async (request) => runPiece(fd, file, request, job),
    close: async () => {},
  };
}

/** Pieces dealt out in turn; a worker that dies fails the pieces it holds, and the export with them. */
function onWorkers(jobs: number, file: string, job: PieceJob): Pieces {
  const waiting = new Map<number, { resolve: (r: PieceReply) => void; reject: (e: Error) => void; worker: Worker }>();
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(new URL('./export-worker-entry.js', import.meta.url), { workerData: { file, job }, resourceLimits: WORKER_LIMITS });
    worker.on('message', (reply: PieceReply) => {
      waiting.get(reply.seq)?.resolve(reply);
      waiting.delete(reply.seq);
    });
    worker.on('error', (err) => {
      for (const [seq, piece] of waiting) {
        if (piece.worker !== worker) continue;
        waiting.delete(seq);
        piece.reject(err);
      }
    });
    return worker;
  });
  return {
    run: (request) =>
      new Promise((resolve, reject) => {
        const worker = workers[request.seq % jobs]!;
        waiting.set(request.seq, { resolve, reject, worker });
        worker.postMessage(request);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
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
