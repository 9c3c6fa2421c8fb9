// Minimal WebGL 2 helpers: compile and link with the driver's message on failure.
/** Compiles and links; `attributes` fixes attribute locations so one vertex array serves several programs. */
export function program(
  gl: WebGL2RenderingContext,
  vertex: string,
  fragment: string,
  attributes: Record<string, number> = {},
): WebGLProgram {
  const p = gl.createProgram();
  for (const [name, location] of Object.entries(attributes)) gl.bindAttribLocation(p, location, name);
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) {
      throw new Error(`event layer shader failed to compile: ${gl.getShaderInfoLog(s)}`);
    }
    gl.attachShader(p, s);
  }
  gl.linkProgram(p);
  if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(`event layer program failed to link: ${gl.getProgramInfoLog(p)}`);
  return p;
}

/** Uniform locations by name, looked up once. */
export function uniforms(gl: WebGL2RenderingContext, p: WebGLProgram, names: readonly string[]): Record<string, WebGLUniformLocation | null> {
  return Object.fromEntries(names.map((n) => [n, gl.getUniformLocation(p, n)]));
}
