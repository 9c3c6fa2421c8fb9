// The CSV reader must survive what the OCHA export holds: quoted cells with line breaks and quotes.
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from '../../../gazetteer/build/csv.ts';

describe('parseCsv', () => {
  it('reads quoted cells with line breaks, commas and doubled quotes', () => {
    const text = 'pcode,adm4_ar,note\nC8337,"طويرش\nطويرش",plain\nC1,"a, ""b""",\n';
    expect(parseCsv(text)).toEqual([
      { pcode: 'C8337', adm4_ar: 'طويرش\nطويرش', note: 'plain' },
      { pcode: 'C1', adm4_ar: 'a, "b"', note: '' },
    ]);
  });
  it('reads CRLF files and a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n')).toEqual([{ a: '1', b: '2' }]);
  });
  it('splits on another delimiter', () => {
    expect(parseCsvRows('1\t2\n3\t4', '\t')).toEqual([['1', '2'], ['3', '4']]);
  });
});
