// RFC 4180 CSV, read incrementally: quoted fields with embedded commas, quotes ("") and line breaks,
// CRLF or LF or CR line ends, a leading BOM. Text is pushed in chunks of any size, so a file of any
// length is parsed in bounded memory. Pure: no Node or DOM API, it runs in the browser too.
//
// A malformed record never stops the parse: it comes out as a problem naming the line it began on,
// and the next record is read as usual.

/** One record: its fields, and the physical line (1-based) it starts on. */
export type CsvItem = { ok: true; fields: string[]; line: number } | { ok: false; line: number; message: string };

export interface CsvOptions {
  /** Field separator, one character (default ','). */
  delimiter?: string;
  /**
   * Longest record accepted, in characters. Past it the record is refused and reading resumes at the
   * next line break: an unclosed quote would otherwise swallow the rest of the file into one field.
   */
  maxRecordChars?: number;
}

const DEFAULT_MAX_RECORD_CHARS = 1_000_000;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * States: `start` — at the start of a field; `plain` — inside an unquoted field; `quoted` — inside a
 * quoted field; `quote` — just read a quote inside a quoted field (it closes the field, or is the
 * first of an escaped ""); `skip` — discarding the rest of a refused record up to the next line break.
 */
type State = 'start' | 'plain' | 'quoted' | 'quote' | 'skip';

export class CsvParser {
  private readonly delimiter: number;
  private readonly max: number;
  private state: State = 'start';
  private field = '';
  private fields: string[] = [];
  /** Whether the record has anything in it yet (a blank line is no record). */
  private started = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private size = 0;
  private prevCR = false;
  private atFileStart = true;
  private problem: string | null = null;
  private out: CsvItem[] = [];

  constructor(opts: CsvOptions = {}) {
    const d = opts.delimiter ?? ',';
    if (d.length !== 1 || d === '"' || d === '\r' || d === '\n') throw new Error(`CSV delimiter must be one character other than a quote or line break (got ${JSON.stringify(d)})`);
    this.delimiter = d.charCodeAt(0);
    this.max = opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  }

  /** Parses a chunk; returns the records it completed. */
  push(chunk: string): CsvItem[] {
    let s = chunk;
    if (this.atFileStart && s.length > 0) {
      this.atFileStart = false;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    // Start of the not-yet-copied run of field text in `s`; runs are copied with one slice, not per character.
    let run = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const newline = c === LF || c === CR;
      if (newline && !(c === LF && this.prevCR)) this.line++;
      this.prevCR = c === CR;
      if (!newline && !this.started && this.state === 'start') {
        this.started = true;
        this.recordLine = this.line;
      }
      if (++this.size > this.max && this.state !== 'skip') {
        this.refuse(`record longer than ${this.max} characters` + (this.state === 'quoted' ? ` (the quote opened on line ${this.quoteLine} never closes?)` : ''));
        this.state = 'skip';
      }
      switch (this.state) {
        case 'start':
          if (c === QUOTE) {
            this.state = 'quoted';
            this.quoteLine = this.line;
            run = i + 1;
          } else if (c === this.delimiter) {
            this.fields.push('');
          } else if (newline) {
            // CRLF ends the record at CR; the LF then meets an empty record, which is no record.
            if (this.started) this.fields.push('');
            this.endRecord();
          } else {
            this.state = 'plain';
            run = i;
          }
          break;
        case 'plain':
          if (c === this.delimiter || newline) {
            this.fields.push(this.field + s.slice(run, i));
            this.field = '';
            this.state = 'start';
            if (newline) this.endRecord();
          }
          // A quote inside an unquoted field (5'10") is kept as written, as most CSV readers do.
          break;
        case 'quoted':
          if (c === QUOTE) {
            this.field += s.slice(run, i);
            this.state = 'quote';
          }
          break;
        case 'quote':
          if (c === QUOTE) {
            this.field += '"';
            this.state = 'quoted';
            run = i + 1;
          } else if (c === this.delimiter || newline) {
            this.fields.push(this.field);
            this.field = '';
            this.state = 'start';
            if (newline) this.endRecord();
          } else {
            // "abc"x — text after a closing quote means the quoting is broken; columns may have shifted.
            this.problem ??= `text after the closing quote of field ${this.fields.length + 1} (line ${this.line})`;
            this.state = 'plain';
            run = i;
          }
          break;
        case 'skip':
          if (newline) {
            this.state = 'start';
            this.reset();
          }
          break;
      }
    }
    if (this.state === 'plain' || this.state === 'quoted') this.field += s.slice(run);
    const done = this.out;
    this.out = [];
    return done;
  }

  /** Ends the input; returns the last record and any problem with it. */
  end(): CsvItem[] {
    if (this.state === 'quoted') {
      this.refuse(`the quote opened on line ${this.quoteLine} never closes`);
    } else if (this.state === 'plain' || this.state === 'quote') {
      this.fields.push(this.field);
      this.endRecord();
    } else if (this.state === 'start' && this.started) {
      this.fields.push('');
      this.endRecord();
    }
    this.state = 'start';
    const done = this.out;
    this.out = [];
    return done;
  }

  private endRecord(): void {
    if (this.started) {
      this.out.push(this.problem ? { ok: false, line: this.recordLine, message: this.problem } : { ok: true, fields: this.fields, line: this.recordLine });
    }
    this.reset();
  }

  private refuse(message: string): void {
    this.out.push({ ok: false, line: this.recordLine, message });
    this.reset();
  }

  private reset(): void {
    this.fields = [];
    this.field = '';
    this.started = false;
    this.problem = null;
    this.size = 0;
  }
}

/** Parses a whole CSV text. */
export function parseCsv(text: string, opts?: CsvOptions): CsvItem[] {
  const p = new CsvParser(opts);
  return [...p.push(text), ...p.end()];
}

/** Parses CSV text arriving in chunks (e.g. a decoded file stream), record by record. */
export async function* parseCsvStream(chunks: AsyncIterable<string> | Iterable<string>, opts?: CsvOptions): AsyncGenerator<CsvItem> {
  const p = new CsvParser(opts);
  for await (const chunk of chunks) yield* p.push(chunk);
  yield* p.end();
}

/**
 * A whole CSV text with a header line → records keyed by column name (missing cells are ''). For
 * trusted tables (the gazetteer and base-map builds): a malformed record throws, naming its line.
 */
export function csvRecords(text: string, opts?: CsvOptions): Record<string, string>[] {
  const rows = parseCsv(text, opts).map((item) => {
    if (!item.ok) throw new Error(`CSV line ${item.line}: ${item.message}`);
    return item.fields;
  });
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
