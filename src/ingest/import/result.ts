// What an importer yields per record: an event (with the line it came from, when there is one) or a
// rejection naming the file, line and field.
import type { EventRecord, Rejection } from '../../schema/index.ts';

export type ImportResult = { ok: true; event: EventRecord; line?: number } | { ok: false; rejection: Rejection };

/** The name an imported file goes by as a source: its file name without folders (stable across machines). */
export function datasetName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}
