// Where MapLibre finds the glyphs for the map's labels: the SDF glyph ranges built into geodata/glyphs
// (npm run glyphs), bundled by Vite like the rest of geodata. Nothing is fetched from the web.
//
// Arabic needs no right-to-left plugin: MapLibre 6 joins the letters itself (each letter becomes its
// presentation form, U+FE70–FEFC, fetched from the FE00 range) and lays the text out right to left.
import * as maplibregl from 'maplibre-gl';

/** The one font stack the glyphs are built for (geodata/build/glyphs.ts, FONTSTACK). */
export const LABEL_FONT = 'DejaVu Sans Book';

// Vite hashes each file's name, so no URL template can name them; a protocol of our own maps the
// template MapLibre fills in to the bundled file.
const PROTOCOL = 'sitrep-glyphs';
const files = import.meta.glob('../../../geodata/glyphs/*/*.pbf', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const byRange = new Map(
  Object.entries(files).map(([path, url]) => {
    const [fontstack, file] = path.split('/').slice(-2) as [string, string];
    return [`${fontstack}/${file}`, url];
  }),
);

/** The style's `glyphs` URL; registers the protocol that serves it (once is enough, again is harmless). */
export function labelGlyphsUrl(): string {
  maplibregl.addProtocol(PROTOCOL, async (params, abort) => {
    const key = decodeURIComponent(params.url.slice(`${PROTOCOL}://`.length));
    const url = byRange.get(key);
    // MapLibre draws a glyph it cannot get with a local font instead, and says so once in the console.
    if (!url) throw new Error(`no glyph range ${key} in geodata/glyphs`);
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) throw new Error(`glyph range ${key}: HTTP ${response.status}`);
    return { data: await response.arrayBuffer() };
  });
  return `${PROTOCOL}://{fontstack}/{range}.pbf`;
}
