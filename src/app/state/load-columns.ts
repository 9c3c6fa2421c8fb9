// Events from binary columns (`sitrep ingest --format bin`, geo/columns.ts) when `sitrep serve` offers them:
// at hundreds of thousands of events the GeoJSON collection is a JSON parse of 100+ MB on the main thread.
// Each record is still checked against the schema, as the GeoJSON path does: the file is data, not code.
import { EventRecord } from '../../schema/index.ts';
import { decodeColumns, eventAt } from '../../geo/columns.ts';
import { MAX_REFUSALS, type LoadedEvents } from './load-events.ts';

const GEOJSON_URL = './events.geojson';
export const BIN_URL = './events.bin';

/**
 * Which events file to load: the binary one only when the server's manifest says it has it (so the app never
 * requests a missing file); any other server, or no manifest, gets the GeoJSON every host can serve.
 */
export async function eventsUrl(): Promise<string> {
  try {
    const res = await fetch('./events-manifest.json');
    if (res.ok && ((await res.json()) as { bin?: unknown }).bin === true) return BIN_URL;
  } catch {
    // No manifest (a plain static host): the GeoJSON.
  }
  return GEOJSON_URL;
}

export async function loadColumns(url: string): Promise<LoadedEvents> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const cols = decodeColumns(await res.arrayBuffer());
  const events: EventRecord[] = [];
  const refused: LoadedEvents['refused'] = [];
  let skipped = 0;
  for (let i = 0; i < cols.length; i++) {
    let reason: string;
    try {
      const parsed = EventRecord.safeParse(eventAt(cols, i));
      if (parsed.success) {
        events.push(parsed.data);
        continue;
      }
      const issue = parsed.error.issues[0];
      reason = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
    } catch (err) {
      reason = err instanceof Error ? err.message : String(err);
    }
    skipped++;
    if (refused.length < MAX_REFUSALS) refused.push({ at: 'feature', index: i + 1, reason });
  }
  return { events, skipped, refused };
}
