// The glyph range file MapLibre fetches from a style's `glyphs` URL: a protocol buffer of one font stack
// with the glyphs of 256 consecutive code points. Written by hand, field by field; the schema is three
// small messages:
//   glyphs    { repeated fontstack stacks = 1 }
//   fontstack { string name = 1; string range = 2; repeated glyph glyphs = 3 }
//   glyph     { uint32 id = 1; bytes bitmap = 2; uint32 width = 3; uint32 height = 4;
//               sint32 left = 5; sint32 top = 6; uint32 advance = 7 }
import type { SdfGlyph } from './glyph-sdf.ts';

export interface RangeGlyph extends SdfGlyph {
  /** The code point. */
  id: number;
  advance: number;
}

const VARINT = 0;
const BYTES = 2;

class Writer {
  private bytes: number[] = [];

  varint(n: number): void {
    if (!Number.isInteger(n) || n < 0) throw new Error(`varint must be a non-negative integer, got ${n}`);
    while (n >= 0x80) {
      this.bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.bytes.push(n);
  }

  key(field: number, wireType: number): void {
    this.varint(field * 8 + wireType);
  }

  uint(field: number, n: number): void {
    this.key(field, VARINT);
    this.varint(n);
  }

  /** Zig-zag, so that small negative numbers stay one byte. */
  sint(field: number, n: number): void {
    this.uint(field, n < 0 ? -2 * n - 1 : 2 * n);
  }

  raw(field: number, data: Uint8Array): void {
    this.key(field, BYTES);
    this.varint(data.length);
    for (const b of data) this.bytes.push(b);
  }

  string(field: number, s: string): void {
    this.raw(field, new TextEncoder().encode(s));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function encodeGlyph(g: RangeGlyph): Uint8Array {
  const w = new Writer();
  w.uint(1, g.id);
  if (g.bitmap.length > 0) w.raw(2, g.bitmap);
  w.uint(3, g.width);
  w.uint(4, g.height);
  w.sint(5, g.left);
  w.sint(6, g.top);
  w.uint(7, g.advance);
  return w.finish();
}

/** One range file: `start` is a multiple of 256, glyphs sorted by code point. */
export function encodeGlyphRange(fontstack: string, start: number, glyphs: readonly RangeGlyph[]): Uint8Array {
  const stack = new Writer();
  stack.string(1, fontstack);
  stack.string(2, `${start}-${start + 255}`);
  for (const g of [...glyphs].sort((a, b) => a.id - b.id)) stack.raw(3, encodeGlyph(g));
  const file = new Writer();
  file.raw(1, stack.finish());
  return file.finish();
}
