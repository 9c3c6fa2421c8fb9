// The map's first paint waits until the map can be drawn whole. While it loads, MapLibre draws a frame for
// every source and tile that arrives — seven or eight partial frames before the first complete one. Under
// software WebGL (SwiftShader, as on the benchmark machine) each full-size frame costs 100–700 ms of CPU, holds
// the main thread while the compositor reads the canvas back, and takes the CPU from the worker that is tiling
// the base map: on a 2-core machine those partial frames were most of the time to the first map
// (bench/README.md, "First map"). So until then the map draws at a tiny pixel ratio into a hidden canvas (the
// container's background shows instead), and switches to full resolution for the first complete frame.
import type * as maplibregl from 'maplibre-gl';

/** A 1280×800 map draws 64×40 device pixels while it loads: next to nothing for any renderer. */
const LOADING_PIXEL_RATIO = 0.05;

/**
 * Holds full-resolution painting until the map is loaded (style, every source's tiles, glyphs) and `until` has
 * settled — e.g. the caller's events are on the map. Resolves when the map is switched back, just before the
 * first complete frame is drawn. Call it right after creating the map.
 */
export function holdFirstPaint(map: maplibregl.Map, until: Promise<unknown> = Promise.resolve()): Promise<void> {
  const ratio = map.getPixelRatio();
  const canvases = map.getCanvasContainer();
  map.setPixelRatio(LOADING_PIXEL_RATIO);
  canvases.style.visibility = 'hidden';
  return new Promise((resolve) => {
    let settled = false;
    // Checked after each (tiny) frame: loaded() is false while any source still has data or tiles on the way
    // (a setData included), and also until a frame has taken in the last of them, so a check on the last
    // 'data' event alone can miss the moment for good.
    const check = () => {
      if (!settled || !map.loaded()) return;
      map.off('render', check);
      map.setPixelRatio(ratio);
      canvases.style.visibility = '';
      resolve();
    };
    const settle = () => {
      settled = true;
      check();
    };
    // A failure (say, the events file is missing) must not keep the base map hidden.
    until.then(settle, settle);
    map.on('render', check);
  });
}
