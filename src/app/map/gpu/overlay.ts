// The event layer's own canvas, stacked right over MapLibre's (deck.gl calls this "overlaid"). A time window
// change then redraws the events alone: with the events inside MapLibre's canvas, every slider step re-drew the
// whole base map too, which in software WebGL is most of the frame (bench/README.md, "Scrub").
// The canvas matches the map canvas's CSS size, sits under the map's markers and controls (it is inserted just
// after the map canvas) and lets the pointer through to the map. Its drawing buffer is the map canvas's in device
// pixels, or a fraction of it for the heatmap (fit's `scale`): the browser stretches the buffer over the same CSS
// box, so whatever the buffer size, clip space — and so the camera — lands on the same screen points.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface Overlay {
  canvas: HTMLCanvasElement;
  gl: WebGL2RenderingContext;
  /**
   * Matches the map canvas's CSS size, with a drawing buffer of `scale` × its device pixels; true when the
   * buffer changed (it was reallocated, and so cleared).
   */
  fit(scale?: number): boolean;
  remove(): void;
}

export function createOverlay(map: MapLibreMap): Overlay {
  const under = map.getCanvas();
  const canvas = document.createElement('canvas');
  canvas.className = 'sitrep-event-overlay';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
  under.after(canvas);
  const gl = canvas.getContext('webgl2', {
    // Premultiplied output over a transparent buffer, composited by the browser over the map.
    alpha: true,
    premultipliedAlpha: true,
    antialias: false,
    depth: false,
    stencil: false,
    // Export PNG and the benchmarks read the drawn events after the frame, as they read the map canvas.
    preserveDrawingBuffer: true,
  });
  if (!gl) throw new Error('event overlay: no WebGL 2 context');

  const fit = (scale = 1) => {
    const width = Math.max(1, Math.round(under.width * scale));
    const height = Math.max(1, Math.round(under.height * scale));
    const changed = canvas.width !== width || canvas.height !== height;
    if (changed) {
      canvas.width = width;
      canvas.height = height;
    }
    // The map canvas's CSS size can change without its buffer changing (and the reverse): copy both.
    if (canvas.style.width !== under.style.width) canvas.style.width = under.style.width;
    if (canvas.style.height !== under.style.height) canvas.style.height = under.style.height;
    return changed;
  };
  fit();
  return {
    canvas,
    gl,
    fit,
    remove() {
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      canvas.remove();
    },
  };
}
