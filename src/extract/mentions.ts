// Place mentions of a report: the gazetteer scan over the whole text, then resolution in context.
import type { Gazetteer } from '../gazetteer/load.ts';
import { precisionOf } from '../gazetteer/precision.ts';
import { scan } from '../gazetteer/scan.ts';
import type { GazetteerEntry, PlaceRef, ResolvedMention } from '../schema/index.ts';

function refOf(e: GazetteerEntry): PlaceRef {
  return { id: e.id, name: { ar: e.names.ar[0] ?? null, en: e.names.en[0] ?? null }, kind: e.kind, coordinates: e.coordinates, admin1: e.admin1 };
}

/**
 * Until the gazetteer's resolve() lands: the best-prior candidate of each mention. Kept tiny on purpose;
 * the real resolution (context, nearby places, the dateline) lives in src/gazetteer/resolve.ts.
 */
export function placeMentions(gaz: Gazetteer, text: string): ResolvedMention[] {
  return scan(gaz, text).map((m) => {
    const entry = m.candidates.map((id) => gaz.byId.get(id)).find((e) => e !== undefined) ?? null;
    const second = m.candidates[1] !== undefined ? gaz.byId.get(m.candidates[1]) : undefined;
    return {
      ...m,
      place: entry ? refOf(entry) : null,
      precision: entry ? precisionOf(entry) : null,
      confidence: entry ? 0.5 : 0,
      runnerUp: second ? refOf(second) : null,
    };
  });
}
