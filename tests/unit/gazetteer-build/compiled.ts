// The committed gazetteer/gazetteer.json, read once for the tests of this folder.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GazetteerEntry } from '../../../src/schema/index.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const GAZETTEER_FILE = resolve(ROOT, 'gazetteer/gazetteer.json');
export const CURATED_FILE = resolve(ROOT, 'gazetteer/curated.json');

export interface CompiledGazetteer {
  about: string;
  sources: { name: string; licence: string; attribution: string; url?: string }[];
  entries: GazetteerEntry[];
}

export const compiledText = readFileSync(GAZETTEER_FILE, 'utf8');
export const compiled = JSON.parse(compiledText) as CompiledGazetteer;
export const byId = new Map(compiled.entries.map((e) => [e.id, e]));

export function entry(id: string): GazetteerEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`no gazetteer entry ${id}`);
  return e;
}
