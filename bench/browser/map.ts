// Benchmark page: the app's offline base map plus events drawn either by the GPU layer (data=*.bin) or by a
// MapLibre GeoJSON source + circle layer filtered with setFilter (data=*.geojson, the baseline).
// The runner drives it through window.__bench. Query: ?data=URL&zoom=Z
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../../src/app/map/basemap-style.ts';
import { colorByType } from '../../src/app/map/event-colors.ts';
import { createEventLayer, type EventLayer } from '../../src/app/map/gpu/event-layer.ts';
import { decodeColumns, idAt, type EventColumns } from '../../src/geo/columns.ts';

maplibregl.setWorkerUrl(workerUrl);

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
  /** RGBA of the drawn canvas at a CSS pixel (after the next idle). */
  pixel(x: number, y: number): Promise<number[]>;
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

/** Waits for the map to settle, then reads a pixel: `idle` does not wait for SwiftShader to finish drawing. */
function drawn(): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      resolve();
    });
    map.triggerRepaint();
  });
}

let layer: EventLayer | null = null;
/** When each step of the first map finished (ms since navigation start). */
const marks: Record<string, number> = {};
let cols: EventColumns | null = null;

const ready = new Promise<number>((resolve, reject) => {
  map.on('error', (e) => console.error('map error', e.error?.message));
  map.once('load', async () => {
    marks.styleLoadedMs = performance.now();
    try {
      if (gpu) {
        layer = createEventLayer({ id: 'events-gpu', ...(aggregateAbove !== undefined ? { aggregateAbove } : {}) });
        map.addLayer(layer.layer);
        cols = await columns!;
        marks.dataMs = performance.now();
        layer.setData(cols);
        marks.setDataMs = performance.now();
      } else if (geojson) {
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
      await drawn();
      resolve(performance.now());
    } catch (err) {
      reject(err as Error);
    }
  });
});

window.__bench = {
  ready,
  marks,
  map,
  get layer() {
    return layer;
  },
  async scrub(fromDay, toDay) {
    const t0 = performance.now();
    if (layer) layer.setWindow(fromDay, toDay);
    else if (geojson) map.setFilter('events-circle', ['all', ['<=', ['get', 's'], toDay], ['>=', ['get', 'e'], fromDay]]);
    await drawn();
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
    const out = new Uint8Array(4);
    gl.readPixels(Math.round(x * ratio), gl.drawingBufferHeight - Math.round(y * ratio) - 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
    return [...out];
  },
  heapMb() {
    const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return m ? m.usedJSHeapSize / 2 ** 20 : null;
  },
};
