// Place mentions of a report: the gazetteer scan over the whole text, then resolution in context
// (the report's other places, its dateline).
import type { Gazetteer } from '../gazetteer/load.ts';
import { resolve } from '../gazetteer/resolve.ts';
import { scan } from '../gazetteer/scan.ts';
import type { ResolvedMention } from '../schema/index.ts';
import type { Dateline } from './dateline.ts';

export function placeMentions(gaz: Gazetteer, text: string, dateline: Dateline | null): ResolvedMention[] {
  return resolve(gaz, scan(gaz, text), { text, dateline: dateline?.name ?? null });
}
