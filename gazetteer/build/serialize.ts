// The compiled file's text: one entry per line (readable diffs, one changed place = one changed
// line), keys in schema order, entries sorted by id, no timestamps — the same input always gives
// the same bytes.
import type { GazetteerEntry } from '../../src/schema/index.ts';

export interface SourceCredit {
  name: string;
  licence: string;
  attribution: string;
  url?: string;
}

function ordered(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id,
    names: { ar: e.names.ar, en: e.names.en },
    kind: e.kind,
    coordinates: e.coordinates,
    country: e.country,
    admin1: e.admin1,
    admin2: e.admin2,
    ...(e.population !== undefined ? { population: e.population } : {}),
    ...(e.geometry ? { geometry: e.geometry } : {}),
    sources: Object.fromEntries(Object.entries(e.sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

export function byId(a: GazetteerEntry, b: GazetteerEntry): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function serializeGazetteer(about: string, sources: SourceCredit[], entries: GazetteerEntry[]): string {
  const lines = [...entries].sort(byId).map((e) => JSON.stringify(ordered(e)));
  return (
    `{"about":${JSON.stringify(about)},\n"sources":[\n${sources.map((s) => JSON.stringify(s)).join(',\n')}\n],\n` +
    `"entries":[\n${lines.join(',\n')}\n]}\n`
  );
}
