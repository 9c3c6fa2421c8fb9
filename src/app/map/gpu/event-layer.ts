// The event layer on the GPU: a MapLibre custom layer that draws every event as a point sprite and filters
// by time, type and status in the vertex shader. Moving the time window sets two uniforms and repaints —
// no re-tiling, no per-event upload — and only the vertex ranges the window can show are drawn, so the cost
// follows what is shown, not how many events there are.
// Zoomed out over many events it draws a heatmap instead (shown events counted per place on the CPU, a few
// thousand weights uploaded, splatted additively into a float texture, then a colour ramp), because a
// million overlapping dots are a blot. Area events (district, governorate…) are drawn as one disc per place
// and precision, pooled on the CPU likewise (area-discs.ts): hundreds of events at a governorate's centroid
// drew the same large disc hundreds of times. Picking is a kdbush index on the CPU.
// The events are drawn on a canvas of their own over the map's (overlay.ts): MapLibre's render calls this
// layer with the camera's matrix, so panning and zooming stay in step, and a window change redraws the
// events alone instead of the whole base map.
//
// Use (from a binary events file, or from records with toColumns):
//   const events = createEventLayer({ id: 'events-gpu', onPick: (i) => select(i === null ? null : idAt(cols, i)) });
//   map.addLayer(events.layer);
//   const cols = decodeColumns(await (await fetch('events.bin')).arrayBuffer()); // or toColumns(records, { details: false })
//   events.setData(cols);
//   applyFilter(events, { from: '2016-01-01', to: '2016-12-31', types, statuses }); // view-filter.ts
import type { CustomLayerInterface, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { PLACE_PRECISIONS, type EventColumns } from '../../../geo/columns.ts';
import { program, uniforms } from './gl.ts';
import { createOverlay, type Overlay } from './overlay.ts';
import { buildIndex, pickNearest, type EventIndex } from './pick.ts';
import type { ViewFilter } from './view-filter.ts';
import { AREA_FRAGMENT, AREA_VERTEX, DENSITY_FRAGMENT, DENSITY_VERTEX, DOT_FRAGMENT, DOT_VERTEX, RAMP_FRAGMENT, RAMP_VERTEX } from './shaders.ts';
import { ALL_TYPES, DEFAULT_STATUSES, areaRadii, drawnRadius, pinRadius, typeColours } from './style.ts';
import { OPEN_FLOAT, STRIDE, buildVertices, drawRanges, isArea, mercatorX, mercatorY, type VertexGroup } from './vertices.ts';
import { windowCounter, type WindowCounter } from './window-count.ts';
import { buildCells, cellsInVertexOrder, weighCells, type HeatCells } from './heat-cells.ts';
import { poolAreaDiscs } from './area-discs.ts';

export interface EventLayerOptions {
  id: string;
  /** Called on a map click with the index (into the columns) of the event under the dot clicked, or null. */
  onPick?: (index: number | null) => void;
  /** Draw a heatmap below this zoom… (default 7) */
  aggregateBelowZoom?: number;
  /** …when the time window holds more than this many events (default 20,000). */
  aggregateAbove?: number;
}

export type EventLayerMode = 'dots' | 'heatmap';

export interface EventLayer {
  layer: CustomLayerInterface;
  /** New events, with their extra pin sizes if size-by-fatalities is on (one vertex build for both). */
  setData(cols: EventColumns, extraPx?: Uint8Array | null): void;
  /** Days since 1970-01-01, inclusive; null leaves that side open. */
  setWindow(fromDay: number | null, toDay: number | null): void;
  /** Bit i of typeMask shows EventType.options[i]; likewise statuses. Negated events are off by default. */
  setMasks(typeMask: number, statusMask: number): void;
  /**
   * Per event (index into the columns), CSS px its pin grows by — size by fatalities — or null for all
   * alike. Rebuilds the vertex buffer: a display toggle, not a per-frame change. setData clears it.
   */
  setSizes(extraPx: Uint8Array | null): void;
  /** Draws one event (index into the columns) larger and on top, as the GeoJSON layer's hover does; null for none. */
  setHovered(index: number | null): void;
  /** The event drawn under a point (CSS px in the map's container), or null. */
  pick(point: { x: number; y: number }, radiusPx?: number): number | null;
  /** What the layer draws at the current zoom and window. */
  mode(): EventLayerMode;
  /**
   * The canvas the events are drawn on (over the map's), once the layer is on a map. Its CSS box is the map's;
   * its drawing buffer is the map's device pixels for dots, a third of them each way for the heatmap.
   */
  canvas(): HTMLCanvasElement | null;
  /** Resolves after the next time the events are drawn. */
  drawn(): Promise<void>;
  /** Events in the current time window (masks aside); exact, O(1). */
  inWindow(): number;
}

const ATTRIBUTES = { a_pos: 0, a_days: 1, a_style: 2 };
const EVENT_UNIFORMS = [
  'u_matrix',
  'u_window',
  'u_typeMask',
  'u_statusMask',
  'u_pinRadius',
  'u_worldPx',
  'u_pixelRatio',
  'u_areaRadiusM',
  'u_maxPointSize',
] as const;

/** Heatmap texture resolution relative to the map's device pixels: a blurred density needs few pixels, and fill is the cost. */
const DENSITY_SCALE = 0.125;
/**
 * The heatmap's colour pass draws at this fraction of the device resolution and the browser stretches the
 * canvas over the map (bilinear): the colours come from a density at an eighth of the resolution, so full
 * resolution showed nothing more, while the colour pass over Syria was most of a heatmap frame in software
 * WebGL (~40 of ~50 ms at 1M events). A third looked the same as full and a half in screenshots side by
 * side, its stretch even softens the density's blocks; it costs a ninth of the fill. Dots stay at full
 * resolution: their rims are sharp.
 */
const HEATMAP_CANVAS_SCALE = 1 / 3;
/**
 * Splat radius in CSS px: at an eighth of the resolution a pin adds to a 2×2 texel square, so a million
 * events are ~4M fragments — affordable even in software WebGL; the ramp pass blurs the result.
 */
const KERNEL_CSS_PX = 8;

interface HeatmapPrograms {
  density: WebGLProgram;
  ramp: WebGLProgram;
  densityU: Record<string, WebGLUniformLocation | null>;
  rampU: Record<string, WebGLUniformLocation | null>;
}

const CELL_ATTRIBUTES = { a_cell: 0, a_weight: 1 };
const DISC_ATTRIBUTES = { a_cell: 0, a_disc: 1 };

function heatmapPrograms(gl: WebGL2RenderingContext): HeatmapPrograms {
  const density = program(gl, DENSITY_VERTEX, DENSITY_FRAGMENT, CELL_ATTRIBUTES);
  const ramp = program(gl, RAMP_VERTEX, RAMP_FRAGMENT);
  return {
    density,
    ramp,
    densityU: uniforms(gl, density, ['u_matrix', 'u_kernelPx', 'u_worldPx', 'u_scale', 'u_maxPointSize']),
    rampU: uniforms(gl, ramp, ['u_matrix', 'u_bbox', 'u_density', 'u_texel', 'u_maxDensity']),
  };
}

/**
 * The events' places: static positions; the heatmap's weights and the pooled area discs (colour, count)
 * rewritten when the window or masks change.
 */
interface CellBuffers {
  vao: WebGLVertexArrayObject;
  positions: WebGLBuffer;
  weights: WebGLBuffer;
  cells: HeatCells;
  /** The cell of each vertex. */
  cellAt: Uint32Array;
  scratch: Float32Array;
  /** The filter the weights were counted for. */
  countedFor: string;
  discVao: WebGLVertexArrayObject;
  discs: WebGLBuffer;
  discScratch: Float32Array;
  /** The filter the area discs were pooled for. */
  pooledFor: string;
}

interface GlState {
  overlay: Overlay;
  gl: WebGL2RenderingContext;
  dots: WebGLProgram;
  dotU: Record<string, WebGLUniformLocation | null>;
  /** Compiled on the first heatmap frame: shader compiles are slow in software WebGL, and many maps never need it. */
  heatmap: HeatmapPrograms | null;
  /** The pooled area discs' program, compiled on the first dots frame with area events shown. */
  areas: { program: WebGLProgram; u: Record<string, WebGLUniformLocation | null> } | null;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  groups: VertexGroup[];
  order: Uint32Array;
  /** The vertex buffer's bytes, kept for the heatmap's per-place counts (heat-cells.ts weighCells). */
  vertices: ArrayBuffer;
  /** Built on the first heatmap frame. */
  cells: CellBuffers | null;
  /**
   * Float render targets let densities add up past 1. Without them (rare under WebGL 2) the density saturates
   * at 1 in RGBA8 and the heatmap shows where events are rather than how many.
   */
  floatTarget: boolean;
  fbo: { framebuffer: WebGLFramebuffer; texture: WebGLTexture; width: number; height: number } | null;
  maxPointSize: number;
}

function cellBuffers(gl: WebGL2RenderingContext, cols: EventColumns, order: Uint32Array): CellBuffers {
  const cells = buildCells(cols);
  const vao = gl.createVertexArray()!;
  const positions = gl.createBuffer()!;
  const weights = gl.createBuffer()!;
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, positions);
  gl.bufferData(gl.ARRAY_BUFFER, cells.positions, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(CELL_ATTRIBUTES.a_cell);
  gl.vertexAttribPointer(CELL_ATTRIBUTES.a_cell, 3, gl.FLOAT, false, 12, 0);
  gl.bindBuffer(gl.ARRAY_BUFFER, weights);
  gl.bufferData(gl.ARRAY_BUFFER, cells.count * 4, gl.DYNAMIC_DRAW);
  gl.enableVertexAttribArray(CELL_ATTRIBUTES.a_weight);
  gl.vertexAttribPointer(CELL_ATTRIBUTES.a_weight, 1, gl.FLOAT, false, 4, 0);
  const discVao = gl.createVertexArray()!;
  const discs = gl.createBuffer()!;
  gl.bindVertexArray(discVao);
  gl.bindBuffer(gl.ARRAY_BUFFER, positions);
  gl.enableVertexAttribArray(DISC_ATTRIBUTES.a_cell);
  gl.vertexAttribPointer(DISC_ATTRIBUTES.a_cell, 3, gl.FLOAT, false, 12, 0);
  gl.bindBuffer(gl.ARRAY_BUFFER, discs);
  gl.bufferData(gl.ARRAY_BUFFER, cells.count * 16, gl.DYNAMIC_DRAW);
  gl.enableVertexAttribArray(DISC_ATTRIBUTES.a_disc);
  gl.vertexAttribPointer(DISC_ATTRIBUTES.a_disc, 4, gl.FLOAT, false, 16, 0);
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  return {
    vao,
    positions,
    weights,
    cells,
    cellAt: cellsInVertexOrder(cells, order),
    scratch: new Float32Array(cells.count),
    countedFor: '',
    discVao,
    discs,
    discScratch: new Float32Array(cells.count * 4),
    pooledFor: '',
  };
}

export function createEventLayer(options: EventLayerOptions): EventLayer {
  const aggregateBelowZoom = options.aggregateBelowZoom ?? 7;
  const aggregateAbove = options.aggregateAbove ?? 20_000;
  const filter: ViewFilter = { fromDay: null, toDay: null, typeMask: ALL_TYPES, statusMask: DEFAULT_STATUSES };
  let map: MapLibreMap | null = null;
  let state: GlState | null = null;
  let cols: EventColumns | null = null;
  let counter: WindowCounter | null = null;
  // Built on the first pick, not on load: a million-point index costs ~100 ms nobody needs before a click.
  let indexes: { pins: EventIndex; areas: EventIndex } | null = null;
  let sizes: Uint8Array | null = null;
  let maxExtraPx = 0;
  /** The hovered event's vertex, or null: the inverse of the vertex order, built on the first hover. */
  let hovered: number | null = null;
  let vertexOf: Uint32Array | null = null;
  /** Pixels a hovered dot grows by, as in the GeoJSON layer (event-layers.ts, dotRadius). */
  const HOVER_PX = 3;
  const colours = typeColours();


  const upload = () => {
    if (!state || !cols) return;
    const { gl } = state;
    gl.bindBuffer(gl.ARRAY_BUFFER, state.buffer);
    const vertices = buildVertices(cols, sizes);
    gl.bufferData(gl.ARRAY_BUFFER, vertices.buffer, gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    state.groups = vertices.groups;
    state.order = vertices.order;
    state.vertices = vertices.buffer;
    vertexOf = null;
    hovered = null;
    if (state.cells) {
      gl.deleteVertexArray(state.cells.vao);
      gl.deleteVertexArray(state.cells.discVao);
      gl.deleteBuffer(state.cells.positions);
      gl.deleteBuffer(state.cells.weights);
      gl.deleteBuffer(state.cells.discs);
      state.cells = null;
    }
  };

  const currentMode = (): EventLayerMode =>
    map && cols && map.getZoom() < aggregateBelowZoom && inWindow() > aggregateAbove ? 'heatmap' : 'dots';

  const inWindow = () => counter?.count(filter.fromDay, filter.toDay) ?? 0;

  const setEventUniforms = (gl: WebGL2RenderingContext, u: Record<string, WebGLUniformLocation | null>, matrix: Float32Array) => {
    const zoom = map!.getZoom();
    const ratio = map!.getPixelRatio();
    gl.uniformMatrix4fv(u.u_matrix!, false, matrix);
    gl.uniform2f(u.u_window!, filter.fromDay ?? -OPEN_FLOAT, filter.toDay ?? OPEN_FLOAT);
    gl.uniform1ui(u.u_typeMask!, filter.typeMask);
    gl.uniform1ui(u.u_statusMask!, filter.statusMask);
    gl.uniform1f(u.u_pinRadius!, pinRadius(zoom));
    gl.uniform1f(u.u_worldPx!, 512 * 2 ** zoom * ratio);
    gl.uniform1f(u.u_pixelRatio!, ratio);
    gl.uniform1fv(u.u_areaRadiusM!, areaRadii());
    gl.uniform1f(u.u_maxPointSize!, state!.maxPointSize);
  };

  const densityTarget = (s: GlState): NonNullable<GlState['fbo']> => {
    const { gl } = s;
    // Of the map's device pixels, not the overlay's buffer (smaller in heatmap mode): the kernel is sized so.
    const device = map!.getCanvas();
    const width = Math.max(1, Math.round(device.width * DENSITY_SCALE));
    const height = Math.max(1, Math.round(device.height * DENSITY_SCALE));
    if (s.fbo && s.fbo.width === width && s.fbo.height === height) return s.fbo;
    if (s.fbo) {
      gl.deleteFramebuffer(s.fbo.framebuffer);
      gl.deleteTexture(s.fbo.texture);
    }
    const texture = gl.createTexture()!;
    gl.bindTexture(gl.TEXTURE_2D, texture);
    if (s.floatTarget) gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA16F, width, height, 0, gl.RGBA, gl.HALF_FLOAT, null);
    else gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    const framebuffer = gl.createFramebuffer()!;
    gl.bindFramebuffer(gl.FRAMEBUFFER, framebuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.bindTexture(gl.TEXTURE_2D, null);
    s.fbo = { framebuffer, texture, width, height };
    return s.fbo;
  };

  /** Draws the pins: only the vertex ranges the window can show (see vertices.ts); area events are pooled apart. */
  const drawPins = (gl: WebGL2RenderingContext, s: GlState) => {
    gl.bindVertexArray(s.vao);
    const pins = s.groups.filter((g) => !g.area);
    for (const [first, count] of drawRanges(pins, filter.fromDay, filter.toDay)) gl.drawArrays(gl.POINTS, first, count);
    gl.bindVertexArray(null);
  };

  /** The shown area events, one disc per place and precision (area-discs.ts), under the pins. */
  const drawAreaDiscs = (s: GlState, m: Float32Array) => {
    const areas = s.groups.filter((g) => g.area);
    if (areas.length === 0) return;
    const { gl } = s;
    const cells = (s.cells ??= cellBuffers(gl, cols!, s.order));
    const key = `${filter.fromDay},${filter.toDay},${filter.typeMask},${filter.statusMask}`;
    if (cells.pooledFor !== key) {
      poolAreaDiscs(cells.cells, cols!, s.order, drawRanges(areas, filter.fromDay, filter.toDay), filter, colours, cells.discScratch);
      gl.bindBuffer(gl.ARRAY_BUFFER, cells.discs);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, cells.discScratch);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      cells.pooledFor = key;
    }
    s.areas ??= (() => {
      const p = program(gl, AREA_VERTEX, AREA_FRAGMENT, DISC_ATTRIBUTES);
      return { program: p, u: uniforms(gl, p, ['u_matrix', 'u_pinRadius', 'u_worldPx', 'u_pixelRatio', 'u_maxPointSize']) };
    })();
    const { u } = s.areas;
    const zoom = map!.getZoom();
    const ratio = map!.getPixelRatio();
    gl.useProgram(s.areas.program);
    gl.uniformMatrix4fv(u.u_matrix!, false, m);
    gl.uniform1f(u.u_pinRadius!, pinRadius(zoom));
    gl.uniform1f(u.u_worldPx!, 512 * 2 ** zoom * ratio);
    gl.uniform1f(u.u_pixelRatio!, ratio);
    gl.uniform1f(u.u_maxPointSize!, s.maxPointSize);
    gl.bindVertexArray(cells.discVao);
    gl.drawArrays(gl.POINTS, 0, cells.cells.count);
    gl.bindVertexArray(null);
  };

  // Over the heatmap no dot is drawn, so a click picks nothing (zoom in to pick); pick() itself still answers.
  const onClick = (e: MapMouseEvent) => options.onPick?.(currentMode() === 'heatmap' ? null : api.pick(e.point));

  /** The camera's matrix as of MapLibre's last frame: a window change redraws the events under the same camera. */
  let matrix: Float32Array | null = null;
  /** What the overlay shows is out of date: new data, window or masks since the last draw. */
  let dirty = true;
  let scheduled = 0;
  let waiting: (() => void)[] = [];

  /** Heatmap pass 1: the shown events' weights per place, splatted into the density texture. */
  const drawDensity = (s: GlState, m: Float32Array) => {
    const { gl } = s;
    const target = densityTarget(s);
    gl.bindFramebuffer(gl.FRAMEBUFFER, target.framebuffer);
    gl.viewport(0, 0, target.width, target.height);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.blendFunc(gl.ONE, gl.ONE);
    const h = (s.heatmap ??= heatmapPrograms(gl));
    const cells = (s.cells ??= cellBuffers(gl, cols!, s.order));
    const key = `${filter.fromDay},${filter.toDay},${filter.typeMask},${filter.statusMask}`;
    if (cells.countedFor !== key) {
      weighCells(cells.cellAt, s.vertices, drawRanges(s.groups, filter.fromDay, filter.toDay), filter, cells.scratch);
      gl.bindBuffer(gl.ARRAY_BUFFER, cells.weights);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, cells.scratch);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      cells.countedFor = key;
    }
    gl.useProgram(h.density);
    gl.uniformMatrix4fv(h.densityU.u_matrix!, false, m);
    gl.uniform1f(h.densityU.u_kernelPx!, KERNEL_CSS_PX * map!.getPixelRatio() * DENSITY_SCALE);
    gl.uniform1f(h.densityU.u_worldPx!, 512 * 2 ** map!.getZoom() * map!.getPixelRatio());
    gl.uniform1f(h.densityU.u_scale!, DENSITY_SCALE);
    gl.uniform1f(h.densityU.u_maxPointSize!, s.maxPointSize);
    gl.bindVertexArray(cells.vao);
    gl.drawArrays(gl.POINTS, 0, cells.cells.count);
    gl.bindVertexArray(null);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
  };

  /** Heatmap pass 2: the density coloured by the ramp, over the places' box. */
  const drawRamp = (s: GlState, m: Float32Array) => {
    const { gl } = s;
    const h = s.heatmap!;
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.useProgram(h.ramp);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, s.fbo!.texture);
    gl.uniform1i(h.rampU.u_density!, 0);
    gl.uniformMatrix4fv(h.rampU.u_matrix!, false, m);
    // Pad the places' box by the largest splat: a country-level disc, or the kernel, in mercator units.
    const pad = Math.max(KERNEL_CSS_PX * 2 / (512 * 2 ** map!.getZoom()), s.cells ? s.cells.cells.maxRadiusMercator : 0);
    const box = s.cells?.cells.bbox ?? [0, 0, 1, 1];
    gl.uniform4f(h.rampU.u_bbox!, box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad);
    gl.uniform2f(h.rampU.u_texel!, 1 / s.fbo!.width, 1 / s.fbo!.height);
    // The darkest colour at roughly the density of a busy city's pixel; scales with how many are shown.
    gl.uniform1f(h.rampU.u_maxDensity!, Math.max(8, inWindow() / 100));
    gl.drawArrays(gl.TRIANGLES, 0, 6);
    gl.bindTexture(gl.TEXTURE_2D, null);
  };

  /** Draws the events on the overlay under the camera of MapLibre's last frame. */
  const draw = () => {
    if (scheduled) cancelAnimationFrame(scheduled);
    scheduled = 0;
    if (state && matrix) {
      const s = state;
      const { gl } = s;
      const mode = currentMode();
      // Resizing clears the buffer, but it is redrawn below in the same task: the browser never shows it empty.
      s.overlay.fit(mode === 'heatmap' ? HEATMAP_CANVAS_SCALE : 1);
      dirty = false;
      gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
      if (s.groups.length > 0) {
        gl.enable(gl.BLEND);
        if (mode === 'heatmap') {
          drawDensity(s, matrix);
          drawRamp(s, matrix);
        } else {
          gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
          drawAreaDiscs(s, matrix);
          gl.useProgram(s.dots);
          setEventUniforms(gl, s.dotU, matrix);
          gl.uniform3fv(s.dotU.u_colours!, colours);
          gl.uniform1f(s.dotU.u_hoverPx!, 0);
          drawPins(gl, s);
          if (hovered !== null) {
            // Drawn again over its neighbours; the shader still hides it if the window or masks do.
            gl.uniform1f(s.dotU.u_hoverPx!, HOVER_PX);
            gl.bindVertexArray(s.vao);
            gl.drawArrays(gl.POINTS, hovered, 1);
            gl.bindVertexArray(null);
          }
        }
      }
    }
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  /** The map canvas was resized (window, pixel ratio), or the mode changed: the overlay's buffer must follow, and be redrawn. */
  const sizeChanged = () => state?.overlay.fit(currentMode() === 'heatmap' ? HEATMAP_CANVAS_SCALE : 1) ?? false;

  /** A change of data, window or masks: redraw the events at the next frame, once however many changes come. */
  const schedule = () => {
    dirty = true;
    if (!scheduled) scheduled = requestAnimationFrame(draw);
  };

  const layer: CustomLayerInterface = {
    id: options.id,
    type: 'custom',
    renderingMode: '2d',

    onAdd(m) {
      map = m;
      const overlay = createOverlay(m);
      const { gl } = overlay;
      const dots = program(gl, DOT_VERTEX, DOT_FRAGMENT, ATTRIBUTES);
      const buffer = gl.createBuffer()!;
      const vao = gl.createVertexArray()!;
      gl.bindVertexArray(vao);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.enableVertexAttribArray(ATTRIBUTES.a_pos);
      gl.vertexAttribPointer(ATTRIBUTES.a_pos, 2, gl.FLOAT, false, STRIDE, 0);
      gl.enableVertexAttribArray(ATTRIBUTES.a_days);
      gl.vertexAttribPointer(ATTRIBUTES.a_days, 2, gl.FLOAT, false, STRIDE, 8);
      gl.enableVertexAttribArray(ATTRIBUTES.a_style);
      gl.vertexAttribIPointer(ATTRIBUTES.a_style, 4, gl.UNSIGNED_BYTE, STRIDE, 16);
      gl.bindVertexArray(null);
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      state = {
        overlay,
        gl,
        dots,
        dotU: uniforms(gl, dots, [...EVENT_UNIFORMS, 'u_colours', 'u_hoverPx']),
        heatmap: null,
        areas: null,
        vao,
        buffer,
        groups: [],
        order: new Uint32Array(0),
        vertices: new ArrayBuffer(0),
        cells: null,
        floatTarget: gl.getExtension('EXT_color_buffer_float') !== null,
        fbo: null,
        maxPointSize: (gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array)[1] ?? 64,
      };
      upload();
      m.on('click', onClick);
    },

    onRemove(m) {
      m.off('click', onClick);
      if (scheduled) cancelAnimationFrame(scheduled);
      scheduled = 0;
      // The overlay's context goes with its canvas: every buffer, texture and program of the layer with it.
      state?.overlay.remove();
      state = null;
      map = null;
      matrix = null;
    },

    // MapLibre's frame (pan, zoom, rotation, resize): the events follow in the same task, so both canvases
    // show the same camera. Nothing is drawn into MapLibre's own context.
    // MapLibre also renders frames with the camera still (tiles arriving while the base map loads, fades, the
    // selected event's ring): the events are not redrawn for those.
    render(_gl, args) {
      const next = args.defaultProjectionData.mainMatrix as ArrayLike<number>;
      const moved = matrix === null || matrix.some((v, i) => v !== next[i]);
      if (moved) matrix = Float32Array.from(next);
      if (moved || dirty || sizeChanged()) draw();
    },
  };

  const api: EventLayer = {
    layer,

    setData(next, extraPx = null) {
      cols = next;
      counter = windowCounter(next);
      indexes = null;
      sizes = extraPx;
      maxExtraPx = largest(extraPx);
      upload();
      schedule();
    },

    setWindow(fromDay, toDay) {
      filter.fromDay = fromDay;
      filter.toDay = toDay;
      schedule();
    },

    setMasks(typeMask, statusMask) {
      filter.typeMask = typeMask;
      filter.statusMask = statusMask;
      schedule();
    },

    setSizes(extraPx) {
      sizes = extraPx;
      maxExtraPx = largest(extraPx);
      upload();
      schedule();
    },

    setHovered(index) {
      let vertex: number | null = null;
      if (index !== null && state && index < state.order.length) {
        if (!vertexOf) {
          vertexOf = new Uint32Array(state.order.length);
          state.order.forEach((i, v) => (vertexOf![i] = v));
        }
        vertex = vertexOf[index]!;
      }
      if (vertex === hovered) return;
      hovered = vertex;
      schedule();
    },

    pick(point, radiusPx = 4) {
      if (!map || !cols || cols.length === 0) return null;
      const c = cols;
      indexes ??= {
        pins: buildIndex(c, (i) => !isArea(c.placePrecision[i]!)),
        areas: buildIndex(c, (i) => isArea(c.placePrecision[i]!)),
      };
      const zoom = map.getZoom();
      const worldPx = 512 * 2 ** zoom;
      const at = map.unproject([point.x, point.y]);
      const x = mercatorX(at.lng);
      const y = mercatorY(at.lat);
      // Distances in mercator units × world size = CSS px (true for any bearing; the map is never pitched).
      const query = (searchPx: number) => ({
        x,
        y,
        searchRadius: searchPx / worldPx,
        distancePx: (i: number) => Math.hypot(mercatorX(c.lon[i]!) - x, mercatorY(c.lat[i]!) - y) * worldPx,
        hitRadiusPx: (i: number) => drawnRadius(c.placePrecision[i]!, c.lat[i]!, zoom) + radiusPx + (isArea(c.placePrecision[i]!) ? 0 : (sizes?.[i] ?? 0)),
      });
      // Pins are drawn over area events, so a pin under the pointer wins.
      const pin = pickNearest(indexes.pins, c, filter, query(pinRadius(zoom) + maxExtraPx + radiusPx));
      if (pin !== null) return pin;
      return pickNearest(indexes.areas, c, filter, query(drawnRadius(PLACE_PRECISIONS.length - 1, at.lat, zoom) + radiusPx));
    },

    mode: currentMode,
    inWindow,
    canvas: () => state?.overlay.canvas ?? null,
    drawn: () => new Promise<void>((resolve) => waiting.push(resolve)),
  };
  return api;
}

/** The largest extra pin size, which picking adds to its search radius. */
function largest(extraPx: Uint8Array | null): number {
  return extraPx ? extraPx.reduce((a, b) => Math.max(a, b), 0) : 0;
}
