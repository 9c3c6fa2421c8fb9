// One export worker thread: reads the pieces of the events file it is sent and hands back their text.
import { openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { runPiece, type PieceJob, type PieceRequest } from './export-piece.ts';

const port = parentPort!;
const { file, job } = workerData as { file: string; job: PieceJob };
const fd = openSync(file, 'r');

port.on('message', (request: PieceRequest) => port.postMessage(runPiece(fd, file, request, job)));
