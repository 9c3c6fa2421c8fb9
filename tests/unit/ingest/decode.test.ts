import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../../src/ingest/decode.ts';

const arabic = 'قصف مدفعي على دير الزور';

/** Windows-1256 bytes of a string, built from the code page's own table via TextDecoder. */
function cp1256(s: string): Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1256');
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return new Uint8Array([...s].map((ch) => table.get(ch)!));
}
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(arabic);
    expect(decode(bytes)).toEqual({ text: arabic, encoding: 'utf-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(arabic);
  });
  it('reads UTF-16 by BOM and without one', () => {
    expect(decode(utf16(arabic, true, true))).toEqual({ text: arabic, encoding: 'utf-16le' });
    expect(decode(utf16(arabic, false, true))).toEqual({ text: arabic, encoding: 'utf-16be' });
    expect(decode(utf16(arabic, true, false))).toEqual({ text: arabic, encoding: 'utf-16le' });
  });
  it('falls back to Windows-1256 for legacy Arabic pages, and honours a forced ISO-8859-6', () => {
    expect(decode(cp1256(arabic))).toEqual({ text: arabic, encoding: 'windows-1256' });
    const iso = new Uint8Array([0xd1, 0xe2, 0xc9]); // ر ق ة in ISO-8859-6
    expect(decode(iso, 'iso-8859-6').text).toBe('رقة');
  });
  it('refuses binary data', () => {
    expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))).toThrow(DecodeError);
  });
});
