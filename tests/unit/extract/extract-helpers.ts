// A report of our own words through the real pipeline, with the compiled gazetteer.
import { extractReport, type Extraction } from '../../../src/extract/index.ts';
import type { Gazetteer } from '../../../src/gazetteer/load.ts';
import { loadGazetteerFile } from '../../../src/ingest/gazetteer-file.ts';
import type { EventRecord, Report } from '../../../src/schema/index.ts';

let gazetteer: Promise<Gazetteer> | null = null;

export function gaz(): Promise<Gazetteer> {
  gazetteer ??= loadGazetteerFile();
  return gazetteer;
}

export async function extract(text: string, published: string | null = '2016-06-22', id = 'r1'): Promise<Extraction> {
  const report: Report = { id, text, published, outlet: 'test', url: null, lang: null };
  return extractReport(report, await gaz());
}

/** type/status@English place name, for compact assertions. */
export function brief(e: EventRecord): string {
  return `${e.type}/${e.status}@${e.place.name.en}`;
}
