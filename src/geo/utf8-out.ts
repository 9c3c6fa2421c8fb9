// Text written straight into UTF-8 bytes, for exports of a million events. Building a JS string per event
// and encoding it afterwards costs more than the writing itself (each `+` makes a rope V8 must flatten and
// the collector must trace); a byte buffer filled in place makes no garbage. Pure: plain Uint8Array.

/** Bytes written so far: `bytes[0, length)`. Grows by doubling when a write would not fit. */
export interface Utf8Out {
  bytes: Uint8Array;
  length: number;
}

export function utf8Out(capacity = 1 << 16): Utf8Out {
  return { bytes: new Uint8Array(capacity), length: 0 };
}

/** Makes room for `more` bytes. */
function reserve(out: Utf8Out, more: number): void {
  if (out.length + more <= out.bytes.length) return;
  let size = out.bytes.length * 2;
  while (size < out.length + more) size *= 2;
  const bigger = new Uint8Array(size);
  bigger.set(out.bytes.subarray(0, out.length));
  out.bytes = bigger;
}

/** Text known to be ASCII with nothing to escape: keys, punctuation, numbers. */
export function writeAscii(out: Utf8Out, s: string): void {
  reserve(out, s.length);
  const b = out.bytes;
  let p = out.length;
  for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
  out.length = p;
}

/** A number as JSON.stringify writes it: a number that is not finite becomes null. */
export function writeJsonNumber(out: Utf8Out, x: number): void {
  writeAscii(out, Number.isFinite(x) ? '' + x : 'null');
}

/** Text as UTF-8, unescaped: for JSON text that JSON.stringify already wrote (so no lone surrogates). */
export function writeUtf8(out: Utf8Out, s: string): void {
  reserve(out, s.length * 3);
  const b = out.bytes;
  let p = out.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) b[p++] = c;
    else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      // A surrogate pair: four bytes for its code point (a lone surrogate cannot occur, see above).
      const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      b[p++] = 0xf0 | (cp >> 18);
      b[p++] = 0x80 | ((cp >> 12) & 0x3f);
      b[p++] = 0x80 | ((cp >> 6) & 0x3f);
      b[p++] = 0x80 | (cp & 0x3f);
    }
  }
  out.length = p;
}

const HEX = '0123456789abcdef';
/** JSON.stringify's short escapes; every other control character is written \u00XX. */
const SHORT_ESCAPE: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' };

/**
 * A string as a quoted JSON string, byte for byte what JSON.stringify(s) gives encoded as UTF-8:
 * quote, backslash and control characters escaped, a lone surrogate written \udXXX (well-formed
 * JSON.stringify), everything else — Arabic, U+2028, RTL marks — as its UTF-8 bytes.
 */
export function writeJsonString(out: Utf8Out, s: string): void {
  // At most 6 bytes per UTF-16 unit (\u00XX or \udXXX), plus the quotes.
  reserve(out, s.length * 6 + 2);
  const b = out.bytes;
  let p = out.length;
  b[p++] = 34;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 34 && c !== 92) {
        b[p++] = c;
        continue;
      }
      const short = SHORT_ESCAPE[c];
      if (short !== undefined) {
        b[p++] = 92;
        b[p++] = short.charCodeAt(1);
      } else p = writeUnicodeEscape(b, p, c);
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        b[p++] = 0xf0 | (cp >> 18);
        b[p++] = 0x80 | ((cp >> 12) & 0x3f);
        b[p++] = 0x80 | ((cp >> 6) & 0x3f);
        b[p++] = 0x80 | (cp & 0x3f);
        i++;
      } else p = writeUnicodeEscape(b, p, c);
    }
  }
  b[p++] = 34;
  out.length = p;
}

function writeUnicodeEscape(b: Uint8Array, p: number, c: number): number {
  b[p++] = 92;
  b[p++] = 117; // u
  b[p++] = HEX.charCodeAt((c >> 12) & 15);
  b[p++] = HEX.charCodeAt((c >> 8) & 15);
  b[p++] = HEX.charCodeAt((c >> 4) & 15);
  b[p++] = HEX.charCodeAt(c & 15);
  return p;
}

/** A string or null as JSON. */
export function writeJsonStringOrNull(out: Utf8Out, s: string | null): void {
  if (s === null) writeAscii(out, 'null');
  else writeJsonString(out, s);
}
