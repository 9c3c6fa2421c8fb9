// One extraction worker thread: loads the gazetteer once, then turns each report it is sent into events.
import { parentPort, workerData } from 'node:worker_threads';
import { extractReport } from '../extract/index.ts';
import type { Report } from '../schema/index.ts';
import { loadGazetteerFile } from './gazetteer-file.ts';
import type { WorkerReply, WorkerRequest } from './extract-pool.ts';

const port = parentPort!;
const gazetteer = loadGazetteerFile((workerData as { gazetteer?: string }).gazetteer);

port.on('message', async ({ seq, report }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq, ok: true, extraction: extractReport(report as Report, await gazetteer) };
  } catch (err) {
    reply = { seq, ok: false, message: (err as Error).message };
  }
  port.postMessage(reply);
});
