// Looking a name up directly (CLI `sitrep resolve NAME`, tests): every entry the name can mean, best first.
// Unlike scan, a lone village name is taken at its word: the user asked for it.
import type { GazetteerEntry, LonLat, PlaceKind } from '../schema/index.ts';
import { tokenize } from '../text/tokens.ts';
import { cueKinds } from './cue-words.ts';
import { distanceKm } from './distance.ts';
import { keyUnits, unitForms } from './key-units.ts';
import type { Gazetteer } from './load.ts';
import { matchAt } from './scan.ts';
import { namePriors } from './prior.ts';

const CUE_FITS = 4;
const NEAR_POINT = 3;
const NEAR_POINT_KM = 100;

/** Entries named `name`, best first; `near` pulls places close to a point up (a homonym near it wins). */
export function lookup(gaz: Gazetteer, name: string, near?: LonLat | null): GazetteerEntry[] {
  const units = keyUnits(tokenize(name));
  if (units.length === 0) return [];
  const found = (from: number): GazetteerEntry[] => {
    const m = matchAt(gaz, units, from, false);
    if (!m || m.notPlace || m.end !== units.length) return [];
    return [...new Set(m.seqs.flatMap((s) => s.entries))].map((i) => gaz.entries[i]!);
  };
  let list = found(0);
  let kinds: PlaceKind[] | null = null;
  // «مدينة الرقة», "Raqqa city" when no entry bears the whole phrase: the cue picks the kind.
  if (list.length === 0 && units.length > 1) {
    const head = units[0]!;
    kinds = head.script === 'ar' ? (unitForms(head).map((f) => cueKinds(f.core, 'ar')).find((k) => k) ?? null) : cueKinds(head.key, head.script);
    if (kinds) list = found(1);
  }
  const priors = namePriors(list);
  const score = list.map((e, k) => {
    let s = priors[k]!;
    if (kinds?.includes(e.kind)) s += CUE_FITS;
    if (near) s += NEAR_POINT * Math.exp(-distanceKm(near, e.coordinates) / NEAR_POINT_KM);
    return s;
  });
  return list.map((e, k) => ({ e, s: score[k]! })).sort((a, b) => b.s - a.s).map((x) => x.e);
}
