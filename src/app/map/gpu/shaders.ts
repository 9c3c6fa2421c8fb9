// GLSL (WebGL 2, which MapLibre 6 always gives custom layers). The time window and the type/status masks
// are uniforms tested per vertex, so moving the window changes a few uniforms and nothing else: no buffer
// upload, no re-tiling, the same cost at 10k events as at 1M.
import { EARTH_CIRCUMFERENCE_M } from './style.ts';

/**
 * Ground metres → mercator units (0–1 over the world) at mercator y: every pass that draws an area event at its
 * ground size needs it. Inverts vertices.ts mercatorY for the latitude; style.ts metresToPixels is the same on
 * the CPU (for hit radii), so the circumference is taken from there.
 */
const METRES_TO_MERCATOR = /* glsl */ `
float metresToMercator(float metres, float y) {
  float lat = atan(sinh(${Math.PI} * (1.0 - 2.0 * y)));
  return metres / (${EARTH_CIRCUMFERENCE_M} * cos(lat));
}
`;

/** Shared by the dot and heatmap passes: is this event shown, and where and how big. */
const EVENT_VERTEX_COMMON = /* glsl */ `
uniform mat4 u_matrix;
uniform vec2 u_window;        // first and last day shown; ±1e9 = open side
uniform uint u_typeMask;
uniform uint u_statusMask;
uniform float u_pinRadius;    // CSS px
uniform float u_worldPx;      // 512 · 2^zoom · pixel ratio: device px per mercator unit
uniform float u_pixelRatio;
uniform float u_areaRadiusM[6];
uniform float u_maxPointSize;

in vec2 a_pos;
in vec2 a_days;
in uvec4 a_style;             // type, status, place precision, extra pin radius (CSS px: size by fatalities)

const float OPEN = 5e8;       // OPEN_FLOAT / 2 (vertices.ts): an open date or window side is ±OPEN_FLOAT
${METRES_TO_MERCATOR}
// view-filter.ts shownBy is this test on the CPU (picking, heatmap counts, area discs): change both together.
bool shown() {
  bool openDate = a_days.x < -OPEN;
  bool openWindow = u_window.x < -OPEN && u_window.y > OPEN;
  bool inWindow = openDate ? openWindow : (a_days.y >= u_window.x && a_days.x <= u_window.y);
  bool typeOn = ((u_typeMask >> a_style.x) & 1u) == 1u;
  bool statusOn = ((u_statusMask >> a_style.y) & 1u) == 1u;
  return inWindow && typeOn && statusOn;
}

// Radius in device px: a pin, or the ground size of a district/governorate/region at this zoom.
float radiusPx() {
  float metres = u_areaRadiusM[a_style.z];
  float pin = u_pinRadius * u_pixelRatio;
  if (metres == 0.0) return pin + float(a_style.w) * u_pixelRatio;  // sized by fatalities when asked
  return max(pin * 1.5, metresToMercator(metres, a_pos.y) * u_worldPx);
}
`;

export const DOT_VERTEX = /* glsl */ `#version 300 es
precision highp float;
precision highp int;
${EVENT_VERTEX_COMMON}
uniform vec3 u_colours[11];
uniform float u_hoverPx;      // CSS px added to the radius: 0, or the hovered event drawn again on top

out vec4 v_colour;
flat out uint v_status;
flat out float v_area;        // 1 for an area (not a pin-point) event
out float v_radius;

void main() {
  if (!shown()) {
    // Outside the clip volume: the GPU drops it before rasterizing.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  float r = radiusPx() + u_hoverPx * u_pixelRatio;
  v_radius = r;
  v_area = u_areaRadiusM[a_style.z] > 0.0 ? 1.0 : 0.0;
  v_status = a_style.y;
  v_colour = vec4(u_colours[a_style.x], 1.0);
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_PointSize = min(2.0 * r + 2.0, u_maxPointSize);
}
`;

/**
 * Status looks: reported = filled dot, white rim; claimed = paler fill, rim in its colour; denied and planned =
 * a ring only; negated (only when asked for) = a grey ring. Area events: a thin ring, barely filled.
 * Output is premultiplied alpha, as MapLibre blends.
 */
export const DOT_FRAGMENT = /* glsl */ `#version 300 es
precision highp float;
precision highp int;
in vec4 v_colour;
flat in uint v_status;
flat in float v_area;
in float v_radius;
out vec4 fragColor;

void main() {
  float size = 2.0 * v_radius + 2.0;
  float d = length(gl_PointCoord - 0.5) * size;   // device px from the centre
  if (d > v_radius + 0.5) discard;
  float edge = clamp(v_radius + 0.5 - d, 0.0, 1.0); // anti-aliased outer edge
  float rimWidth = v_area > 0.5 ? 1.0 : 1.5;
  bool rim = d > v_radius - rimWidth;
  vec3 c = v_colour.rgb;
  vec4 fill;
  vec4 ring;
  if (v_area > 0.5) {
    // Faint: many events share a governorate's centroid, and stacked discs must not turn into a solid blot.
    fill = vec4(c, 0.03);
    ring = vec4(c, 0.45);
  } else if (v_status == 0u) {        // reported
    fill = vec4(c, 0.92);
    ring = vec4(1.0, 1.0, 1.0, 0.95);
  } else if (v_status == 1u) {        // claimed
    fill = vec4(c, 0.45);
    ring = vec4(c, 1.0);
  } else if (v_status == 3u) {        // negated
    fill = vec4(0.0);
    ring = vec4(0.35, 0.35, 0.35, 0.9);
  } else {                            // denied, planned
    fill = vec4(c, 0.08);
    ring = vec4(c, 1.0);
  }
  vec4 col = rim ? ring : fill;
  float a = col.a * edge;
  fragColor = vec4(col.rgb * a, a);
}
`;

/**
 * Heatmap pass 1: each place with shown events adds a soft kernel, weighted by how many, into a float texture
 * (additive blending). Weights are counted on the CPU (heat-cells.ts); area places spread theirs over their
 * ground size, so a governorate-level event is a wash, not a spike.
 */
export const DENSITY_VERTEX = /* glsl */ `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform float u_kernelPx;     // density-texture px
uniform float u_worldPx;      // device px per mercator unit
uniform float u_scale;        // density texture size / canvas size
uniform float u_maxPointSize;

in vec3 a_cell;               // mercator x, y, ground radius (m)
in float a_weight;            // shown events at this place
${METRES_TO_MERCATOR}
out float v_weight;

void main() {
  if (a_weight <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  float r = u_kernelPx;
  if (a_cell.z > 0.0) r = max(r, metresToMercator(a_cell.z, a_cell.y) * u_worldPx * u_scale);
  v_weight = a_weight * (u_kernelPx * u_kernelPx) / (r * r);
  gl_Position = u_matrix * vec4(a_cell.xy, 0.0, 1.0);
  gl_PointSize = min(2.0 * r, u_maxPointSize);
}
`;

export const DENSITY_FRAGMENT = /* glsl */ `#version 300 es
precision highp float;
in float v_weight;
out vec4 fragColor;

void main() {
  vec2 p = gl_PointCoord * 2.0 - 1.0;
  float d2 = dot(p, p);
  if (d2 > 1.0) discard;
  // Gaussian-ish kernel, weight 1 at the centre of a pin.
  fragColor = vec4(v_weight * exp(-3.0 * d2), 0.0, 0.0, 1.0);
}
`;

/**
 * Heatmap pass 2: a quad over the places' bounding box (not the whole screen: fill is the cost in software
 * WebGL) reads the density and colours it (log scale, transparent at 0).
 */
export const RAMP_VERTEX = /* glsl */ `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec4 u_bbox;          // mercator x0, y0, x1, y1, already padded by the kernel
out vec2 v_uv;
void main() {
  int i = gl_VertexID;
  // Two triangles: corners 0 1 2, 2 1 3 of the box.
  int c = i < 3 ? i : (i == 3 ? 2 : (i == 4 ? 1 : 3));
  vec2 p = vec2((c & 1) == 0 ? u_bbox.x : u_bbox.z, c < 2 ? u_bbox.y : u_bbox.w);
  gl_Position = u_matrix * vec4(p, 0.0, 1.0);
  v_uv = gl_Position.xy / gl_Position.w * 0.5 + 0.5;
}
`;

export const RAMP_FRAGMENT = /* glsl */ `#version 300 es
precision highp float;
uniform sampler2D u_density;
uniform vec2 u_texel;         // 1 / density texture size
uniform float u_maxDensity;
in vec2 v_uv;
out vec4 fragColor;

vec3 ramp(float t) {
  // pale yellow → orange → red → dark red
  vec3 a = vec3(1.0, 0.93, 0.55);
  vec3 b = vec3(0.99, 0.55, 0.24);
  vec3 c = vec3(0.84, 0.15, 0.16);
  vec3 d = vec3(0.45, 0.0, 0.1);
  if (t < 0.33) return mix(a, b, t / 0.33);
  if (t < 0.66) return mix(b, c, (t - 0.33) / 0.33);
  return mix(c, d, (t - 0.66) / 0.34);
}

void main() {
  // Four bilinear taps a texel off centre: a blur over 4×4 texels of the coarse density for the price
  // of four reads. The places were splatted small and coarse, which is cheap; the smoothing happens here.
  vec2 h = u_texel;
  float density = 0.25 * (texture(u_density, v_uv + vec2(-h.x, -h.y)).r + texture(u_density, v_uv + vec2(h.x, -h.y)).r +
                          texture(u_density, v_uv + vec2(-h.x, h.y)).r + texture(u_density, v_uv + vec2(h.x, h.y)).r);
  if (density < 0.02) discard;
  float t = clamp(log2(1.0 + density) / log2(1.0 + u_maxDensity), 0.0, 1.0);
  float a = 0.35 + 0.55 * t;
  fragColor = vec4(ramp(t) * a, a);
}
`;

/**
 * Area events pooled by place (area-discs.ts): one disc per place and precision with shown area events,
 * looking like the N discs it stands for stacked — the dot pass's area look (a faint fill, a thin ring) with
 * each alpha a raised to 1 − (1 − a)^N.
 */
export const AREA_VERTEX = /* glsl */ `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform float u_pinRadius;    // CSS px
uniform float u_worldPx;      // device px per mercator unit
uniform float u_pixelRatio;
uniform float u_maxPointSize;

in vec3 a_cell;               // mercator x, y, ground radius (m; 0 = a pin place)
in vec4 a_disc;               // mean type colour, shown area events here
${METRES_TO_MERCATOR}
out vec3 v_colour;
flat out float v_stack;
out float v_radius;

void main() {
  if (a_disc.w <= 0.0 || a_cell.z <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  // As radiusPx() in the dot pass, so the pooled disc is the size each event's disc was.
  float r = max(u_pinRadius * u_pixelRatio * 1.5, metresToMercator(a_cell.z, a_cell.y) * u_worldPx);
  v_radius = r;
  v_colour = a_disc.rgb;
  v_stack = a_disc.w;
  gl_Position = u_matrix * vec4(a_cell.xy, 0.0, 1.0);
  gl_PointSize = min(2.0 * r + 2.0, u_maxPointSize);
}
`;

export const AREA_FRAGMENT = /* glsl */ `#version 300 es
precision highp float;
in vec3 v_colour;
flat in float v_stack;
in float v_radius;
out vec4 fragColor;

void main() {
  float size = 2.0 * v_radius + 2.0;
  float d = length(gl_PointCoord - 0.5) * size;
  if (d > v_radius + 0.5) discard;
  float edge = clamp(v_radius + 0.5 - d, 0.0, 1.0);
  float one = d > v_radius - 1.0 ? 0.45 : 0.03;      // ring or fill of one area event, as in DOT_FRAGMENT
  float a = 1.0 - pow(1.0 - one * edge, v_stack);
  fragColor = vec4(v_colour * a, a);
}
`;
