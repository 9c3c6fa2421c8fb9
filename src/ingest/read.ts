// Reading reports: files, folders, JSONL and stdin in, Report records or named rejections out.
// Nothing is dropped silently: every input that cannot become a report yields a Rejection that
// names the file, the line and the field.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Lang, PublishedDate, Report, type Rejection } from '../schema/index.ts';
import { decode, DecodeError, type Encoding } from './decode.ts';
import { FrontMatterError, parseFrontMatter } from './frontmatter.ts';
import { htmlToText } from './html.ts';
import { LARGE_REPORT_BYTES, textParts } from './report-parts.ts';
import { openTextStream } from './text-stream.ts';
import { isWebAddress, notWebAddress } from './web-address.ts';

export type ReadResult = { ok: true; report: Report } | { ok: false; rejection: Rejection };

export interface ReadOptions {
  /** Publication date for reports that carry none (CLI --published). */
  published?: string | null;
  /** Force a text encoding instead of detecting it. */
  encoding?: Encoding;
  /** stdin, for the path `-`. */
  stdin?: NodeJS.ReadableStream;
}

const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.jsonl', '.ndjson']);

/** Reads every path in order; folders are walked in sorted order so runs are reproducible. */
export async function* readReports(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const seen = new Map<string, string>();
  for (const path of paths) {
    for await (const result of readPath(path, opts)) {
      if (result.ok) {
        const where = result.report.origin ?? path;
        const first = seen.get(result.report.id);
        if (first !== undefined) {
          // origin is `file:line` for a JSONL line: the rejection names the two apart, like every other.
          const at = /^(.*):(\d+)$/.exec(where);
          const [file, line] = at ? [at[1]!, Number(at[2])] : [where, undefined];
          yield reject(file, `duplicate report id "${result.report.id}" (first seen in ${first})`, { line, field: 'id' });
          continue;
        }
        seen.set(result.report.id, where);
      }
      yield result;
    }
  }
}

async function* readPath(path: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  if (path === '-') {
    yield* readStdin(opts);
    return;
  }
  let info;
  try {
    info = await stat(path);
  } catch {
    yield reject(path, 'no such file or folder');
    return;
  }
  if (info.isDirectory()) {
    for (const file of await listReportFiles(path)) yield* readFileReports(file, opts);
    return;
  }
  yield* readFileReports(path, opts);
}

async function listReportFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...(await listReportFiles(p)));
    // A folder's README describes the folder; it is not a report.
    else if (REPORT_EXTENSIONS.has(extname(e.name).toLowerCase()) && !/^readme\./i.test(e.name)) found.push(p);
  }
  return found;
}

async function* readFileReports(file: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonLines(createReadStream(file), file, opts);
    return;
  }
  if ((ext === '.txt' || ext === '.md') && (await stat(file)).size > LARGE_REPORT_BYTES) {
    yield* readLargeReport(file, opts);
    return;
  }
  let text: string;
  try {
    text = decode(await readFile(file), opts.encoding).text;
  } catch (err) {
    yield reject(file, err instanceof DecodeError ? err.message : `cannot read: ${(err as Error).message}`);
    return;
  }
  yield textReport(text, file, ext === '.html' || ext === '.htm' ? 'html' : 'text', {}, opts);
}

/**
 * A report file over LARGE_REPORT_BYTES is streamed and cut into parts at paragraph breaks
 * (report-parts.ts), each a report `<id>#<n>` whose origin is `file:line`; the front matter at the head
 * of the file applies to every part. Memory stays bounded by the part size.
 */
async function* readLargeReport(file: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  let stream;
  try {
    stream = await openTextStream(file, opts.encoding);
  } catch (err) {
    yield reject(file, err instanceof DecodeError ? err.message : `cannot read: ${(err as Error).message}`);
    return;
  }
  let fields: Record<string, string> = {};
  let n = 0;
  for await (const part of textParts(stream.chunks)) {
    let text = part.text;
    let line = part.line;
    if (n === 0) {
      try {
        const fm = parseFrontMatter(text);
        fields = fm.fields;
        text = fm.body;
        line += fm.lines;
      } catch (err) {
        yield reject(file, (err as Error).message, { line: err instanceof FrontMatterError ? err.line : undefined, field: 'front matter' });
        return;
      }
    }
    n++;
    if (text.trim() === '') continue;
    yield textReport(text, `${file}:${line}`, 'body', { ...fields, id: `${fields.id || idFromPath(file)}#${n}` }, opts, { file, line });
  }
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<ReadResult> {
  const stream = opts.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  let text: string;
  try {
    text = decode(Buffer.concat(chunks), opts.encoding).text;
  } catch (err) {
    yield reject('-', (err as Error).message);
    return;
  }
  // JSONL when the first non-blank character opens an object; plain text otherwise.
  if (text.trimStart().startsWith('{')) {
    const { Readable } = await import('node:stream');
    yield* readJsonLines(Readable.from([text]), '-', opts);
  } else {
    yield textReport(text, '-', /^\s*</.test(text) ? 'html' : 'text', {}, opts);
  }
}

/**
 * One report per JSON line: {id, text | path, published, outlet?, url?, lang?}; `path` is relative to
 * the JSONL file. Streamed line by line so a large file is never held whole.
 */
async function* readJsonLines(stream: NodeJS.ReadableStream, file: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (err) {
        yield reject(file, `not JSON: ${(err as Error).message}`, { line: n });
        continue;
      }
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
        yield reject(file, 'a JSONL line must be an object', { line: n });
        continue;
      }
      yield await jsonLineReport(obj as Record<string, unknown>, file, n, opts);
    }
  } catch (err) {
    yield reject(file, `cannot read: ${(err as Error).message}`, { line: n + 1 });
  }
}

async function jsonLineReport(obj: Record<string, unknown>, file: string, line: number, opts: ReadOptions): Promise<ReadResult> {
  const where = `${file}:${line}`;
  for (const key of ['id', 'text', 'path', 'published', 'outlet', 'url', 'lang'] as const) {
    const v = obj[key];
    if (v !== undefined && v !== null && typeof v !== 'string') return reject(file, `"${key}" must be a string`, { line, field: key });
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) if (typeof v === 'string') fields[k] = v;
  let text = fields.text;
  let kind: 'text' | 'html' = 'text';
  if (text === undefined) {
    if (fields.path === undefined) return reject(file, 'needs "text" or "path"', { line, field: 'text' });
    const target = resolve(dirname(file), fields.path);
    try {
      text = decode(await readFile(target), opts.encoding).text;
    } catch (err) {
      const why = err instanceof DecodeError ? err.message : 'cannot read';
      return reject(file, `"path" ${fields.path}: ${why}`, { line, field: 'path' });
    }
    if (/\.html?$/i.test(target)) kind = 'html';
  }
  const id = fields.id ?? `${basename(file)}:${line}`;
  return textReport(text, where, kind, { ...fields, id }, opts, { file, line });
}

/**
 * Builds and validates a report from text plus whatever metadata came with it (JSONL fields or the
 * file's front matter). Front matter wins over nothing, explicit JSONL fields win over front matter.
 */
function textReport(
  raw: string,
  origin: string,
  /** body: text whose front matter, if any, was already taken off (a part of a large report). */
  kind: 'text' | 'html' | 'body',
  given: Record<string, string>,
  opts: ReadOptions,
  at: { file: string; line?: number } = { file: origin },
): ReadResult {
  let body = raw;
  let fields: Record<string, string> = {};
  if (kind === 'html') {
    const page = htmlToText(raw);
    body = page.text;
    if (page.published) fields.published = page.published;
    // A page's own canonical link may be relative or odd; it is kept only when it is a web address.
    if (page.url && isWebAddress(page.url)) fields.url = page.url;
  } else if (kind === 'text') {
    try {
      const fm = parseFrontMatter(raw);
      fields = fm.fields;
      body = fm.body;
    } catch (err) {
      const line = err instanceof FrontMatterError ? err.line : undefined;
      return reject(at.file, (err as Error).message, { line: at.line ?? line, field: 'front matter' });
    }
  }
  fields = { ...fields, ...given };
  const text = body.trim();
  if (text === '') return reject(at.file, 'empty report (no text)', { line: at.line, field: 'text' });

  const published = normalizePublished(fields.published) ?? opts.published ?? null;
  const lang = fields.lang?.toLowerCase() || detectLang(text);
  const candidate = {
    id: fields.id || idFromPath(origin),
    text,
    published,
    outlet: fields.outlet || null,
    url: fields.url || null,
    lang: Lang.safeParse(lang).success ? lang : null,
    origin,
  };
  const parsed = Report.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || undefined;
    const value = field ? JSON.stringify((candidate as Record<string, unknown>)[field]) : '';
    return reject(at.file, `${field ?? 'report'} ${value}: ${issue.message}`, { line: at.line, field });
  }
  if (fields.url && !isWebAddress(fields.url)) return reject(at.file, notWebAddress(fields.url), { line: at.line, field: 'url' });
  if (fields.published && PublishedDate.safeParse(normalizePublished(fields.published)).success === false) {
    return reject(at.file, `published ${JSON.stringify(fields.published)}: not a date`, { line: at.line, field: 'published' });
  }
  return { ok: true, report: parsed.data };
}

/** Accepts 2016-06-22, 2016-06, 2016, and timestamps (2016-06-22T10:00:00Z → the day). */
function normalizePublished(v: string | undefined): string | null {
  if (v === undefined || v.trim() === '') return null;
  const s = v.trim();
  const ts = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(s);
  return ts ? ts[1]! : s;
}

/** Arabic when Arabic letters outnumber Latin ones. */
export function detectLang(text: string): 'ar' | 'en' {
  const sample = text.slice(0, 4000);
  const arabic = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  return arabic >= latin ? 'ar' : 'en';
}

function idFromPath(p: string): string {
  const name = basename(p);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

function reject(file: string, message: string, at: { line?: number | undefined; field?: string | undefined } = {}): ReadResult {
  const rejection: Rejection = { file, message };
  if (at.line !== undefined) rejection.line = at.line;
  if (at.field !== undefined) rejection.field = at.field;
  return { ok: false, rejection };
}

/** "file:line (field): message" — the one way rejections are printed. */
export function formatRejection(r: Rejection): string {
  return `${r.file}${r.line !== undefined ? `:${r.line}` : ''}${r.field ? ` (${r.field})` : ''}: ${r.message}`;
}
