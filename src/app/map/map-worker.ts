// MapLibre's worker (it fetches and tiles the base map's GeoJSON and lays out the labels), started as the page
// starts. Left to itself MapLibre creates it when the first map is made, which in the app comes only after the
// whole interface is mounted; started first, its 0.5 MB script downloads and compiles alongside that.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function startMapWorker(): void {
  // MapLibre cannot find its worker inside a Vite bundle by itself.
  maplibregl.setWorkerUrl(workerUrl);
  maplibregl.prewarm();
}
