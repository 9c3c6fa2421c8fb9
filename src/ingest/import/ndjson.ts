// NDJSON of events: one EventRecord per line, each validated; a bad line is named and skipped.
import { EventRecord } from '../../schema/index.ts';
import { checkCoordinates } from './coordinates.ts';
import { isWebAddress, notWebAddress } from '../web-address.ts';
import type { ImportResult } from './result.ts';

/** Lines of text arriving in chunks, with their 1-based numbers (LF or CRLF). */
export async function* lines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<{ text: string; line: number }> {
  let rest = '';
  let n = 0;
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const p of parts) yield { text: p.endsWith('\r') ? p.slice(0, -1) : p, line: ++n };
  }
  if (rest !== '') yield { text: rest, line: ++n };
}

export async function* importNdjson(chunks: AsyncIterable<string> | Iterable<string>, file: string): AsyncGenerator<ImportResult> {
  for await (const { text, line } of lines(chunks)) {
    const t = line === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (t.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(t);
    } catch (err) {
      yield { ok: false, rejection: { file, line, message: `not JSON: ${(err as Error).message}` } };
      continue;
    }
    yield checkEvent(obj, { file, line });
  }
}

/**
 * Validates one event from a file of events. Its place is in Syria when it names a governorate
 * (admin1), which is when a swapped latitude and longitude can be told.
 */
export function checkEvent(obj: unknown, at: { file: string; line?: number; field?: string }): ImportResult {
  const p = EventRecord.safeParse(obj);
  const prefix = at.field ? `${at.field}.` : '';
  const where = { file: at.file, ...(at.line !== undefined ? { line: at.line } : {}) };
  if (!p.success) {
    const issue = p.error.issues[0]!;
    return { ok: false, rejection: { ...where, field: prefix + issue.path.join('.'), message: issue.message } };
  }
  const i = p.data.sources.findIndex((s) => s.url !== null && !isWebAddress(s.url));
  if (i >= 0) return { ok: false, rejection: { ...where, field: `${prefix}sources.${i}.url`, message: notWebAddress(p.data.sources[i]!.url!) } };
  const [lon, lat] = p.data.place.coordinates;
  const c = checkCoordinates(lon, lat, p.data.place.admin1 !== null);
  if (!c.ok) return { ok: false, rejection: { ...where, field: `${prefix}place.coordinates`, message: c.message } };
  return { ok: true, event: p.data, ...(at.line !== undefined ? { line: at.line } : {}) };
}
