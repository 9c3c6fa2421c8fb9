// The label glyphs: our SDF renderer against the convention MapLibre reads, our protobuf writer against
// the reader MapLibre's own parser is built on (pbf), and the committed ranges against the city names.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { PbfReader } from 'pbf';
import opentype from 'opentype.js';
import { flatten, renderSdf, GLYPH_SIZE, type Outline } from '../../../geodata/build/glyph-sdf.ts';
import { encodeGlyphRange } from '../../../geodata/build/glyph-pbf.ts';

interface Decoded {
  name: string;
  range: string;
  glyphs: { id: number; bitmap?: Uint8Array; width: number; height: number; left: number; top: number; advance: number }[];
}

/** Reads a glyph range as MapLibre's parseGlyphPbf does (same tags, same reader). */
function decode(data: Uint8Array): Decoded[] {
  return new PbfReader(data).readFields((tag, stacks: Decoded[], pbf) => {
    if (tag !== 1) return;
    stacks.push(
      pbf.readMessage(
        (t, stack: Decoded, p) => {
          if (t === 1) stack.name = p.readString();
          else if (t === 2) stack.range = p.readString();
          else if (t === 3)
            stack.glyphs.push(
              p.readMessage(
                (g, glyph: Decoded['glyphs'][number], q) => {
                  if (g === 1) glyph.id = q.readVarint();
                  else if (g === 2) glyph.bitmap = q.readBytes();
                  else if (g === 3) glyph.width = q.readVarint();
                  else if (g === 4) glyph.height = q.readVarint();
                  else if (g === 5) glyph.left = q.readSVarint();
                  else if (g === 6) glyph.top = q.readSVarint();
                  else if (g === 7) glyph.advance = q.readVarint();
                },
                { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 },
              ),
            );
        },
        { name: '', range: '', glyphs: [] },
      ),
    );
  }, []);
}

const square = (x0: number, y0: number, x1: number, y1: number): Outline[number] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe('renderSdf', () => {
  const g = renderSdf([square(2, 0, 12, 10)], 20);

  it('sizes the box to the outline, with a 3 px border in the bitmap', () => {
    expect([g.width, g.height, g.left, g.top]).toEqual([10, 10, 2, 10 - 20]);
    expect(g.bitmap.length).toBe(16 * 16);
  });

  it('puts the outline at about 192, more inside, less outside, 0 far away', () => {
    const at = (col: number, row: number) => g.bitmap[row * 16 + col]!;
    // Half a pixel inside and outside the left edge (column 3 is the first inside the box).
    expect(at(3, 8)).toBe(255 - Math.trunc(-0.5 * 32 + 64));
    expect(at(2, 8)).toBe(255 - Math.trunc(0.5 * 32 + 64));
    expect(at(8, 8)).toBe(255);
    expect(at(0, 0)).toBeLessThan(100);
    expect(at(3, 8)).toBeGreaterThan(192);
    expect(at(2, 8)).toBeLessThan(192);
  });

  it('counts a point covered by two overlapping contours as inside (non-zero winding)', () => {
    const overlap = renderSdf([square(0, 0, 10, 10), square(5, 0, 15, 10)], 20);
    // Column 3 + 7 is x 7.5, inside both squares: even-odd would call it outside.
    expect(overlap.bitmap[8 * (overlap.width + 6) + 3 + 7]).toBe(255);
  });

  it('draws nothing for a glyph with no outline (a space)', () => {
    const space = renderSdf([], 20);
    expect(space.bitmap.length).toBe(0);
    expect([space.width, space.height]).toEqual([0, 0]);
  });
});

describe('flatten', () => {
  it('flips y up and ends each curve on its end point', () => {
    const rings = flatten([
      { type: 'M', x: 0, y: 0 },
      { type: 'Q', x1: 5, y1: -10, x: 10, y: 0 },
      { type: 'L', x: 5, y: 5 },
      { type: 'Z' },
    ]);
    expect(rings).toHaveLength(1);
    const [end, next] = [rings[0]!.at(-2)!, rings[0]!.at(-1)!];
    expect([end[0], end[1] + 0]).toEqual([10, 0]);
    expect(next).toEqual([5, -5]);
    // The curve bulges up (y down in the font parser's coordinates is negative there).
    expect(Math.max(...rings[0]!.map((p) => p[1]))).toBeCloseTo(5, 5);
  });
});

describe('encodeGlyphRange', () => {
  it('writes what pbf reads back, sorted by code point, negative offsets included', () => {
    const a = renderSdf([square(1, -2, 9, 12)], 23);
    const data = encodeGlyphRange('Test Sans', 0, [
      { id: 66, ...a, advance: 11 },
      { id: 32, ...renderSdf([], 23), advance: 7 },
    ]);
    const [stack] = decode(data);
    expect(stack!.name).toBe('Test Sans');
    expect(stack!.range).toBe('0-255');
    expect(stack!.glyphs.map((g) => g.id)).toEqual([32, 66]);
    const b = stack!.glyphs[1]!;
    expect([b.width, b.height, b.left, b.top, b.advance]).toEqual([8, 14, 1, 12 - 23, 11]);
    expect(b.bitmap).toEqual(a.bitmap);
    expect(stack!.glyphs[0]!.bitmap).toBeUndefined();
  });
});

describe('committed glyphs (geodata/glyphs)', () => {
  const dir = new URL('../../../geodata/glyphs/DejaVu Sans Book/', import.meta.url);
  const ranges = new Map(
    readdirSync(dir).map((f) => {
      const [stack] = decode(readFileSync(new URL(f, dir)));
      return [f, stack!] as const;
    }),
  );
  const ids = new Set([...ranges.values()].flatMap((s) => s.glyphs.map((g) => g.id)));
  const cities = JSON.parse(readFileSync(new URL('../../../geodata/basemap/cities.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { name_en: string; name_ar: string | null } }[];
  };

  it('names each file for its font stack and range', () => {
    expect(ranges.size).toBeGreaterThanOrEqual(4);
    for (const [file, stack] of ranges) {
      expect(stack.name).toBe('DejaVu Sans Book');
      expect(`${stack.range}.pbf`).toBe(file);
    }
  });

  it('has every character of the English city names', () => {
    const chars = new Set(cities.features.flatMap((f) => [...f.properties.name_en]));
    expect([...chars].filter((c) => !ids.has(c.codePointAt(0)!))).toEqual([]);
  });

  it('has the joined shapes of every letter in the Arabic city names (what MapLibre asks for after shaping)', () => {
    const letters = new Set(cities.features.flatMap((f) => [...(f.properties.name_ar ?? '')]).filter((c) => /\p{Script=Arabic}/u.test(c)));
    expect(letters.size).toBeGreaterThan(20);
    // A presentation form decomposes (NFKC) to the letter it is a shape of.
    const forms = new Map<string, number>();
    for (const id of ids) {
      if (id < 0xfe70 || id > 0xfefc) continue;
      const base = String.fromCodePoint(id).normalize('NFKC');
      forms.set(base, (forms.get(base) ?? 0) + 1);
    }
    for (const letter of letters) {
      // Dual-joining letters (ب, ل, ع …) have four shapes, right-joining ones (ا, د, ر, و …) two.
      const expected = /[اأإآدذرزوؤةء]/.test(letter) ? (letter === 'ء' ? 1 : 2) : 4;
      expect(forms.get(letter) ?? 0, `forms of ${letter}`).toBe(expected);
    }
    // Lam-alef ligatures: the build of «اللاذقية» needs them.
    expect(ids.has(0xfefb) && ids.has(0xfefc)).toBe(true);
  });

  const font = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  it.skipIf(!existsSync(font))('is what the build renders from DejaVu Sans today (deterministic)', () => {
    const bytes = readFileSync(font);
    const f = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const ascender = Math.ceil((f.tables.hhea.ascender * GLYPH_SIZE) / f.unitsPerEm);
    for (const [file, char] of [['0-255.pbf', 'R'], ['65024-65279.pbf', '\ufed7']] as const) {
      const glyph = ranges.get(file)!.glyphs.find((g) => g.id === char.codePointAt(0))!;
      const sdf = renderSdf(flatten(f.glyphs.get(f.charToGlyphIndex(char)).getPath(0, 0, GLYPH_SIZE).commands), ascender);
      expect(Buffer.from(glyph.bitmap!).equals(Buffer.from(sdf.bitmap))).toBe(true);
      expect([glyph.width, glyph.height, glyph.left, glyph.top]).toEqual([sdf.width, sdf.height, sdf.left, sdf.top]);
    }
  });
});
