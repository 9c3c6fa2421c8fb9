// The main thread's side of the extraction worker: one worker, started on first use, one promise per report.
import type { EventRecord, Report } from '../../schema/index.ts';
import gazetteerUrl from '../../../gazetteer/gazetteer.json?url';
import type { ExtractReply, ExtractRequest } from './protocol.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (reply: ExtractReply) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (msg: MessageEvent<ExtractReply>) => {
      pending.get(msg.data.id)?.(msg.data);
      pending.delete(msg.data.id);
    };
  }
  return worker;
}

export function extractInWorker(report: Report): Promise<{ events: EventRecord[]; unresolved: number }> {
  const id = nextId++;
  const request: ExtractRequest = { id, gazetteerUrl: new URL(gazetteerUrl, document.baseURI).href, report };
  return new Promise((resolve, reject) => {
    pending.set(id, (reply) => (reply.ok ? resolve(reply) : reject(new Error(reply.error))));
    getWorker().postMessage(request);
  });
}
