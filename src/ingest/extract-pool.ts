// `sitrep ingest --jobs N`: extraction on N worker threads. Extraction is a pure function per report,
// so reports are simply dealt out to whichever worker has the fewest in hand.
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../extract/index.ts';
import type { Report } from '../schema/index.ts';

export interface WorkerRequest {
  seq: number;
  report: Report;
}
export type WorkerReply = { seq: number; ok: true; extraction: Extraction } | { seq: number; ok: false; message: string };

export interface ExtractPool {
  extract(report: Report): Promise<Extraction>;
  /** Reports a caller should keep in flight to keep every worker busy. */
  inFlight: number;
  close(): Promise<void>;
}

export function createExtractPool(jobs: number, gazetteer?: string): ExtractPool {
  const waiting = new Map<number, { ok: (x: Extraction) => void; fail: (e: Error) => void; worker: number }>();
  const load = new Array<number>(jobs).fill(0);
  let seq = 0;
  const workers = Array.from({ length: jobs }, (_, i) => {
    const w = new Worker(new URL('./worker-entry.js', import.meta.url), { workerData: { gazetteer } });
    w.on('message', (reply: WorkerReply) => {
      const job = waiting.get(reply.seq)!;
      waiting.delete(reply.seq);
      load[i]!--;
      if (reply.ok) job.ok(reply.extraction);
      else job.fail(new Error(reply.message));
    });
    // A worker that dies takes its reports with it; they fail by name instead of hanging the run.
    w.on('error', (err) => {
      for (const [s, job] of waiting) {
        if (job.worker === i) {
          waiting.delete(s);
          job.fail(err);
        }
      }
    });
    return w;
  });

  return {
    inFlight: jobs * 4,
    extract(report) {
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      const s = seq++;
      return new Promise<Extraction>((ok, fail) => {
        waiting.set(s, { ok, fail, worker: i });
        workers[i]!.postMessage({ seq: s, report } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
