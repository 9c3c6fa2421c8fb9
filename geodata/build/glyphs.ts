// Builds the label glyphs (geodata/glyphs/<fontstack>/<start>-<end>.pbf) from DejaVu Sans, so the map
// draws its Arabic and English labels with nothing fetched from the web.
// Run: npm run glyphs. Output is committed; the build is deterministic (same font → same bytes).
//
// Which ranges: Latin for English names, and for Arabic the ranges MapLibre asks for after shaping.
// MapLibre (6.x) joins Arabic letters itself by rewriting each letter as its presentation form
// (U+FE70–FEFC: isolated, initial, medial, final; lam-alef ligatures), then fetches glyphs by code point —
// so the FE00 range carries nearly all Arabic text; 0600 carries what has no presentation form (digits,
// comma, marks) and FB00 the Persian/Urdu letters' forms.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';
import { flatten, GLYPH_SIZE, renderSdf } from './glyph-sdf.ts';
import { encodeGlyphRange, type RangeGlyph } from './glyph-pbf.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Debian's fonts-dejavu-core (2.37); SITREP_FONT points elsewhere. */
const FONT = process.env.SITREP_FONT ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
/** The name styles give in `text-font`: family and style, as glyph servers name a font stack. */
export const FONTSTACK = 'DejaVu Sans Book';
export const RANGE_STARTS = [0x0000, 0x0600, 0xfb00, 0xfe00];
const out = join(here, '../glyphs', FONTSTACK);

function build(): void {
  const bytes = readFileSync(FONT);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const scale = GLYPH_SIZE / font.unitsPerEm;
  // FreeType (which the reference glyph builder uses) rounds the line's ascender up to whole pixels.
  const ascender = Math.ceil(font.tables.hhea.ascender * scale);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const start of RANGE_STARTS) {
    const glyphs: RangeGlyph[] = [];
    for (let id = start; id < start + 256; id++) {
      const index = font.charToGlyphIndex(String.fromCodePoint(id));
      if (index === 0) continue;
      const glyph = font.glyphs.get(index);
      const sdf = renderSdf(flatten(glyph.getPath(0, 0, GLYPH_SIZE).commands), ascender);
      glyphs.push({ id, ...sdf, advance: Math.round((glyph.advanceWidth ?? 0) * scale) });
    }
    const file = join(out, `${start}-${start + 255}.pbf`);
    const data = encodeGlyphRange(FONTSTACK, start, glyphs);
    writeFileSync(file, data);
    console.log(`${file}: ${glyphs.length} glyphs, ${data.length} bytes`);
  }
}

build();
