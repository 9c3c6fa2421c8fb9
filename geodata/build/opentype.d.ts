// The part of opentype.js (which ships no types) that the glyph build uses.
declare module 'opentype.js' {
  import type { PathCommand } from './glyph-sdf.ts';
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
  }
  export interface Font {
    unitsPerEm: number;
    names: { fontFamily?: Record<string, string>; fontSubfamily?: Record<string, string>; version?: Record<string, string> };
    tables: { hhea: { ascender: number; descender: number } };
    charToGlyphIndex(char: string): number;
    glyphs: { get(index: number): Glyph };
  }
  // CommonJS under Node: one default export.
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
