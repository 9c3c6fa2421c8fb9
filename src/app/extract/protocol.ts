// Messages between the app and the extraction worker.
import type { EventRecord, Report } from '../../schema/index.ts';

export interface ExtractRequest {
  id: number;
  /** Absolute URL of gazetteer/gazetteer.json as bundled. */
  gazetteerUrl: string;
  report: Report;
}

export type ExtractReply =
  | { id: number; ok: true; events: EventRecord[]; unresolved: number }
  | { id: number; ok: false; error: string };
