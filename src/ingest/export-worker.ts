// One export worker thread: reads the pieces of the events file it is sent and hands back their text.
import { openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { exportPiece, type PieceJob } from './export-piece.ts';
import type { PieceReply, PieceRequest } from './export-pool.ts';

const port = parentPort!;
const { file, job } = workerData as { file: string; job: PieceJob };
const fd = openSync(file, 'r');

port.on('message', ({ seq, start, end }: PieceRequest) => {
  let reply: PieceReply;
  try {
    const bytes = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, start + got);
      if (n === 0) throw new Error(`${file} ended at byte ${start + got}, before ${end}: changed while read?`);
      got += n;
    }
    reply = { seq, ok: true, ...exportPiece(bytes.toString('utf8'), job) };
  } catch (err) {
    reply = { seq, ok: false, message: (err as Error).message };
  }
  port.postMessage(reply);
});
