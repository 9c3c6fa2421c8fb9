// Looking a name up directly (CLI `sitrep resolve NAME`, tests): every entry the name can mean, best first.
// Unlike scan, a lone village name is taken at its word: the user asked for it.
import type { GazetteerEntry, LonLat } from '../schema/index.ts';
import { tokenize } from '../text/tokens.ts';
import { cueKinds } from './cue-words.ts';
import { distanceKm } from './distance.ts';
import { keyUnits } from './key-units.ts';
import type { Gazetteer } from './load.ts';
import { matchAt } from './scan.ts';
import { priorOf } from './prior.ts';

/** Entries named `name`, best first; `near` pulls places close to a point up (a homonym near it wins). */
export function lookup(gaz: Gazetteer, name: string, near?: LonLat | null): GazetteerEntry[] {
  const units = keyUnits(tokenize(name), true);
  if (units.length === 0) return [];
  const found = new Map<number, number>();
  const collect = (from: number, bonus: (e: GazetteerEntry) => number) => {
    const m = matchAt(gaz, units, from, false);
    if (!m || m.notPlace || m.end !== units.length) return;
    for (const seq of m.seqs) {
      for (const i of seq.entries) {
        const e = gaz.entries[i]!;
        const score = priorOf(e) + bonus(e) + (near ? 3 * Math.exp(-distanceKm(near, e.coordinates) / 100) : 0);
        found.set(i, Math.max(found.get(i) ?? -Infinity, score));
      }
    }
  };
  collect(0, () => 0);
  // «مدينة الرقة», "Raqqa city" when no entry bears the whole phrase: the cue picks the kind.
  const head = units[0]!;
  const headKinds = head.forms ? head.forms.map((f) => cueKinds(f.core, 'ar')).find((k) => k) : cueKinds(head.key, head.script);
  if (found.size === 0 && headKinds && units.length > 1) collect(1, (e) => (headKinds.includes(e.kind) ? 4 : 0));
  return [...found.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => gaz.entries[i]!);
}
