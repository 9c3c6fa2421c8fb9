import { describe, expect, it } from 'vitest';
import { CsvParser, csvRecords, parseCsv, parseCsvStream, type CsvItem } from '../../../src/ingest/csv-parse.ts';
import { csvCell } from '../../../src/geo/csv.ts';

const rows = (items: CsvItem[]) => items.map((r) => (r.ok ? r.fields : { error: r.message, line: r.line }));

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks inside', () => {
    const text = 'id,notes,n\r\n1,"Raqqa, north ""city""",3\r\n2,"line one\nline two",\r\n';
    expect(rows(parseCsv(text))).toEqual([
      ['id', 'notes', 'n'],
      ['1', 'Raqqa, north "city"', '3'],
      ['2', 'line one\nline two', ''],
    ]);
  });

  it('drops a leading BOM and reads LF, CRLF and lone CR line ends alike', () => {
    expect(rows(parseCsv('\uFEFFa,b\nc,d'))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(rows(parseCsv('a,b\r\nc,d\r\n'))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(rows(parseCsv('a,b\rc,d\r'))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(rows(parseCsv(',,\n\n\n"",x,\n'))).toEqual([['', '', ''], ['', 'x', '']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n\r\n')).toEqual([]);
  });

  it('gives each record the physical line it starts on, past multi-line fields', () => {
    const items = parseCsv('h1,h2\r\n"a\r\nb\r\nc",1\r\nx,2\n\ny,3');
    expect(items.map((r) => r.line)).toEqual([1, 2, 5, 7]);
  });

  it('reports a quote that never closes, with the line it opened on, after the good records', () => {
    const items = parseCsv('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(rows(items)).toEqual([['a', 'b'], ['1', '2'], { error: 'the quote opened on line 3 never closes', line: 3 }]);
  });

  it('refuses text after a closing quote but goes on with the next record', () => {
    const items = parseCsv('1,"abc"x,2\n3,4\n');
    expect(items[0]).toEqual({ ok: false, line: 1, message: 'text after the closing quote of field 2 (line 1)' });
    expect(items[1]).toEqual({ ok: true, fields: ['3', '4'], line: 2 });
  });

  it('keeps a quote inside an unquoted field as written', () => {
    expect(rows(parseCsv(`5'10",ok\n`))).toEqual([[`5'10"`, 'ok']]);
  });

  it('bounds a runaway record and resumes at the next line', () => {
    const items = parseCsv(`1,"${'x'.repeat(50)}\n2,3\n`, { maxRecordChars: 20 });
    expect(items[0]!.ok).toBe(false);
    expect((items[0] as { message: string }).message).toMatch(/longer than 20 characters \(the quote opened on line 1 never closes\?\)/);
    expect(items[1]).toEqual({ ok: true, fields: ['2', '3'], line: 2 });
  });

  it('reads other delimiters', () => {
    expect(rows(parseCsv('a;"b;c"\n', { delimiter: ';' }))).toEqual([['a', 'b;c']]);
    expect(() => new CsvParser({ delimiter: '"' })).toThrow(/delimiter/);
  });

  it('reads Arabic text untouched', () => {
    expect(rows(parseCsv('location,notes\nالرقة,"غارات على مدينة الرقة، أمس"\n'))).toEqual([
      ['location', 'notes'],
      ['الرقة', 'غارات على مدينة الرقة، أمس'],
    ]);
  });
});

describe('CsvParser in chunks', () => {
  const text = '\uFEFFid,notes\r\n1,"a ""b"", c\r\nd"\r\n2,plain\r\n"3",""\r\n';

  it('gives the same records however the text is cut, at every position', () => {
    const whole = parseCsv(text);
    expect(whole).toHaveLength(4);
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new CsvParser();
      expect([...p.push(text.slice(0, cut)), ...p.push(text.slice(cut)), ...p.end()], `cut at ${cut}`).toEqual(whole);
    }
  });

  it('parses a stream one character at a time', async () => {
    const got: CsvItem[] = [];
    for await (const r of parseCsvStream(text.split(''))) got.push(r);
    expect(got).toEqual(parseCsv(text));
  });
});

describe('round trip with the CSV writer', () => {
  it('reads back every value the writer quotes', () => {
    const values = ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'crlf\r\nline', '', 'عربي، نص', ' spaced '];
    const line = values.map(csvCell).join(',') + '\r\n';
    expect(rows(parseCsv(line + line))).toEqual([values, values]);
  });
});

describe('csvRecords (trusted tables of the builds)', () => {
  it('keys records by the header, fills missing cells, keeps quoted line breaks and BOM-free names', () => {
    const rows = csvRecords('\uFEFFpcode,name_ar,note\r\nC1,"الرقة",ok\r\nC2,"دير\nالزور"\r\n');
    expect(rows).toEqual([
      { pcode: 'C1', name_ar: 'الرقة', note: 'ok' },
      { pcode: 'C2', name_ar: 'دير\nالزور', note: '' },
    ]);
  });
  it('throws on a malformed record, naming its line', () => {
    expect(() => csvRecords('a,b\n1,"x"y\n')).toThrow(/CSV line 2/);
  });
});
