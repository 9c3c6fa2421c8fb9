// Extraction in the browser, off the main thread: a pasted report goes through the same pure pipeline as
// `sitrep ingest` (extractReport with the compiled gazetteer), so the map stays responsive while the
// 2.5 MB gazetteer is parsed and indexed (once) and the report is read.
import { createGazetteer, type Gazetteer } from '../../gazetteer/load.ts';
import { extractReport } from '../../extract/index.ts';
import { Report, type GazetteerEntry } from '../../schema/index.ts';
import type { ExtractReply, ExtractRequest } from './protocol.ts';

let gazetteer: Promise<Gazetteer> | null = null;

function loadGazetteer(url: string): Promise<Gazetteer> {
  gazetteer ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`gazetteer: HTTP ${res.status}`);
      return res.json() as Promise<{ entries: GazetteerEntry[] }>;
    })
    .then((data) => createGazetteer(data.entries));
  return gazetteer;
}

self.onmessage = async (msg: MessageEvent<ExtractRequest>) => {
  const { id, gazetteerUrl, report } = msg.data;
  let reply: ExtractReply;
  try {
    const gaz = await loadGazetteer(gazetteerUrl);
    const extraction = extractReport(Report.parse(report), gaz);
    reply = { id, ok: true, events: extraction.events, unresolved: extraction.unresolved.length };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
