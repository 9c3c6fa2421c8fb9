// Benchmark page: the app's offline base map plus events drawn either by the GPU layer (data=*.bin) or by a
// MapLibre GeoJSON source + circle layer filtered with setFilter (data=*.geojson, the baseline). The map starts
// as the app's does (MapView.svelte): same style, worker started first, events on at style.load, first paint
// held until everything is on the map.
// The runner drives it through window.__bench. Query: ?data=URL&zoom=Z
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../../src/app/map/basemap-style.ts';
import { colorByType } from '../../src/app/map/event-colors.ts';
import { holdFirstPaint } from '../../src/app/map/first-paint.ts';
import { startMapWorker } from '../../src/app/map/map-worker.ts';
import { createEventLayer, type EventLayer } from '../../src/app/map/gpu/event-layer.ts';
import { decodeColumns, idAt, type EventColumns } from '../../src/geo/columns.ts';

// As the app does: the worker starts first, the map and its style after.
startMapWorker();

export interface BenchPage {
  /** Resolves when the events are first drawn: ms since navigation start. */
  ready: Promise<number>;
  marks: Record<string, number>;
  /** Sets the time window (days since 1970) and resolves with ms until the frame is drawn. */
  scrub(fromDay: number, toDay: number): Promise<number>;
  /** GPU layer only: the id of the event picked at a CSS pixel, or null. */
  pick(x: number, y: number): string | null;
  /** Repaints with nothing changed and resolves with ms until drawn: the per-frame floor. */
  repaint(): Promise<number>;
  mode(): string;
  /** RGBA of the drawn map at a CSS pixel (after the next idle): the events' canvas over the map's. */
  pixel(x: number, y: number): Promise<number[]>;
  /**
   * Every pixel of the drawn map (after the next idle), events over base map, rows bottom-up as readPixels
   * gives them; `events` is the events' canvas alone (null without the GPU layer).
   */
  frame(): Promise<{ width: number; height: number; rgba: Uint8Array; events: Uint8Array | null }>;
  heapMb(): number | null;
  map: maplibregl.Map;
  layer: EventLayer | null;
}

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

const params = new URLSearchParams(location.search);
/** `none` draws the base map alone: the floor under every figure, since each frame redraws the base map. */
const data = params.get('data') ?? 'none';
const gpu = data.endsWith('.bin');
const geojson = data.endsWith('.geojson');
const zoom = Number(params.get('zoom') ?? 5.6);
/** Lets a test see the heatmap with a few thousand events (the layer's default is 20,000). */
const aggregateAbove = params.has('aggregateAbove') ? Number(params.get('aggregateAbove')) : undefined;

// Start the download at once, in parallel with the style.
const columns: Promise<EventColumns> | null = gpu
  ? fetch(data).then(async (r) => {
      if (!r.ok) throw new Error(`${data}: HTTP ${r.status}`);
      return decodeColumns(await r.arrayBuffer());
    })
  : null;

const map = new maplibregl.Map({
  container: 'map',
  style: basemapStyle(),
  center: [38.5, 35.2],
  zoom,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  fadeDuration: 0,
});
const gl = map.getCanvas().getContext('webgl2')!;

let layer: EventLayer | null = null;

/** The GPU layer's own canvas (stacked over the map's), once it is on the map. */
const eventsGl = (): WebGL2RenderingContext | null => layer?.canvas()?.getContext('webgl2') ?? null;

/** Reads one pixel: returns only when SwiftShader has finished drawing into that context. */
function finish(context: WebGL2RenderingContext): void {
  context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, new Uint8Array(4));
}

/** Waits for the map to settle, then reads a pixel: `idle` does not wait for SwiftShader to finish drawing. */
function drawn(): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      finish(gl);
      const events = eventsGl();
      if (events) finish(events);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** Source-over of the events' premultiplied pixels on the map's, as the browser composites the two canvases. */
function over(events: Uint8Array, base: Uint8Array): Uint8Array {
  const out = new Uint8Array(base.length);
  for (let i = 0; i < base.length; i += 4) {
    const keep = 1 - events[i + 3]! / 255;
    for (let c = 0; c < 4; c++) out[i + c] = Math.min(255, Math.round(events[i + c]! + base[i + c]! * keep));
  }
  return out;
}

function readRect(context: WebGL2RenderingContext, x: number, y: number, w: number, h: number): Uint8Array {
  const px = new Uint8Array(w * h * 4);
  context.readPixels(x, y, w, h, context.RGBA, context.UNSIGNED_BYTE, px);
  return px;
}

/**
 * The events' pixels over a rectangle of the map's device pixels. The events' canvas may have a smaller buffer
 * (the heatmap draws at a fraction of the resolution, stretched by the browser): each map pixel then takes the
 * nearest of its pixels.
 */
function readEvents(events: WebGL2RenderingContext, x: number, y: number, w: number, h: number): Uint8Array {
  const ew = events.drawingBufferWidth;
  const eh = events.drawingBufferHeight;
  if (ew === gl.drawingBufferWidth && eh === gl.drawingBufferHeight) return readRect(events, x, y, w, h);
  const all = readRect(events, 0, 0, ew, eh);
  const out = new Uint8Array(w * h * 4);
  for (let row = 0; row < h; row++) {
    const ey = Math.min(eh - 1, Math.floor(((y + row + 0.5) * eh) / gl.drawingBufferHeight));
    for (let col = 0; col < w; col++) {
      const ex = Math.min(ew - 1, Math.floor(((x + col + 0.5) * ew) / gl.drawingBufferWidth));
      out.set(all.subarray((ey * ew + ex) * 4, (ey * ew + ex) * 4 + 4), (row * w + col) * 4);
    }
  }
  return out;
}

function readComposite(x: number, y: number, w: number, h: number): Uint8Array {
  const base = readRect(gl, x, y, w, h);
  const events = eventsGl();
  return events ? over(readEvents(events, x, y, w, h), base) : base;
}
/** When each step of the first map finished (ms since navigation start). */
const marks: Record<string, number> = {};
let cols: EventColumns | null = null;

/**
 * The events go on the map as soon as the style is parsed, as in the app (MapView.svelte): the GPU layer's
 * context, shaders and vertex buffer are made, or the baseline's GeoJSON is tiled, while MapLibre's worker is
 * still tiling the base map.
 */
const eventsOnMap: Promise<void> = gpu
  ? new Promise((resolve, reject) => {
      map.once('style.load', () => {
        marks.styleLoadedMs = performance.now();
        try {
          const added = createEventLayer({ id: 'events-gpu', ...(aggregateAbove !== undefined ? { aggregateAbove } : {}) });
          map.addLayer(added.layer);
          layer = added;
          columns!.then((c) => {
            cols = c;
            marks.dataMs = performance.now();
            added.setData(c);
            marks.setDataMs = performance.now();
            resolve();
          }, reject);
        } catch (err) {
          reject(err as Error);
        }
      });
    })
  : new Promise((resolve) => {
      map.once('style.load', () => {
        marks.styleLoadedMs = performance.now();
        if (geojson) {
          map.addSource('events', { type: 'geojson', data: new URL(data, location.href).href });
          map.addLayer({
            id: 'events-circle',
            type: 'circle',
            source: 'events',
            paint: {
              'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 3, 10, 7],
              'circle-color': colorByType() as never,
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 1,
            },
          });
        }
        resolve();
      });
    });

map.on('error', (e) => console.error('map error', e.error?.message));
// As in the app: the map is drawn at full resolution once the base map and the events are all on it.
const painted = holdFirstPaint(map, eventsOnMap);
map.once('load', () => (marks.loadMs = performance.now()));

/**
 * The first drawn frame with the events: the first `idle` after full painting resumes (idle fires only when
 * every source is loaded and nothing is left to draw), then a pixel read from each canvas, which returns only
 * once SwiftShader has finished drawing it. No extra repaint is asked for: that would time a second frame.
 */
const ready = Promise.all([painted, eventsOnMap]).then(
  () =>
    new Promise<number>((resolve) => {
      marks.fullPaintMs = performance.now();
      map.once('idle', () => {
        finish(gl);
        const events = eventsGl();
        if (events) finish(events);
        resolve(performance.now());
      });
    }),
);

window.__bench = {
  ready,
  marks,
  map,
  get layer() {
    return layer;
  },
  async scrub(fromDay, toDay) {
    const t0 = performance.now();
    if (layer) {
      // The events have their own canvas: the window change redraws it alone, the map's canvas is untouched.
      const done = layer.drawn();
      layer.setWindow(fromDay, toDay);
      await done;
      finish(eventsGl()!);
    } else {
      if (geojson) map.setFilter('events-circle', ['all', ['<=', ['get', 's'], toDay], ['>=', ['get', 'e'], fromDay]]);
      await drawn();
    }
    return performance.now() - t0;
  },
  async repaint() {
    const t0 = performance.now();
    await drawn();
    return performance.now() - t0;
  },
  pick(x, y) {
    if (!layer || !cols) return null;
    const i = layer.pick({ x, y });
    return i === null ? null : idAt(cols, i);
  },
  mode: () => layer?.mode() ?? (geojson ? 'geojson' : 'none'),
  async pixel(x, y) {
    await drawn();
    const ratio = map.getPixelRatio();
    return [...readComposite(Math.round(x * ratio), gl.drawingBufferHeight - Math.round(y * ratio) - 1, 1, 1)];
  },
  async frame() {
    await drawn();
    const { drawingBufferWidth: width, drawingBufferHeight: height } = gl;
    const events = eventsGl();
    return { width, height, rgba: readComposite(0, 0, width, height), events: events ? readEvents(events, 0, 0, width, height) : null };
  },
  heapMb() {
    const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return m ? m.usedJSHeapSize / 2 ** 20 : null;
  },
};
