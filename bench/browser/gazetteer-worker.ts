// Fetches gazetteer.json, parses it and builds the indexes, timing each step.
import { createGazetteer } from '../../src/gazetteer/load.ts';
import type { GazetteerEntry } from '../../src/schema/index.ts';

self.onmessage = async (e: MessageEvent<string>) => {
  try {
    const t0 = performance.now();
    const text = await (await fetch(e.data)).text();
    const t1 = performance.now();
    const { entries } = JSON.parse(text) as { entries: GazetteerEntry[] };
    const t2 = performance.now();
    const gaz = createGazetteer(entries);
    const t3 = performance.now();
    self.postMessage({ fetchMs: t1 - t0, parseMs: t2 - t1, buildMs: t3 - t2, totalMs: t3 - t0, entries: gaz.entries.length });
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
};
