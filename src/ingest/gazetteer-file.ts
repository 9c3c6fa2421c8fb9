// The compiled gazetteer on disk → an in-memory Gazetteer. Node only; the browser fetches the same JSON.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createGazetteer, type Gazetteer } from '../gazetteer/load.ts';
import type { GazetteerEntry } from '../schema/index.ts';

const DEFAULT_GAZETTEER = fileURLToPath(new URL('../../gazetteer/gazetteer.json', import.meta.url));

const cache = new Map<string, Promise<Gazetteer>>();

/** Loads (once per path per process) and indexes the gazetteer. */
export function loadGazetteerFile(path: string = DEFAULT_GAZETTEER): Promise<Gazetteer> {
  let g = cache.get(path);
  if (!g) {
    g = readFile(path, 'utf8').then((json) => {
      const data = JSON.parse(json) as { entries?: GazetteerEntry[] };
      if (!Array.isArray(data.entries)) throw new Error(`${path}: not a compiled gazetteer (no "entries" array)`);
      return createGazetteer(data.entries);
    });
    cache.set(path, g);
  }
  return g;
}
