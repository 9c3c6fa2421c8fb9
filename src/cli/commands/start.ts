// sitrep start (npm start) — the main job on the bundled sample reports: ingest corpus/, build the
// app, serve it, and open it in a browser when there is one.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parse } from '../args.ts';
import { DEFAULT_EVENTS, serveOptions, serveUntilStopped } from './serve.ts';
import { run as ingest } from './ingest.ts';

export const help = `Usage: sitrep start [--port N] [--no-open] [--no-build]

Ingests corpus/ into geodata/events.geojson, builds the app (vite build) and serves it on
http://127.0.0.1:5173/ (or --port). Opens the page in a browser when one is available.`;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { port: { type: 'string', short: 'p' }, 'no-open': { type: 'boolean' }, 'no-build': { type: 'boolean' } });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  const t0 = performance.now();
  const code = await ingest([join(ROOT, 'corpus'), '--out', DEFAULT_EVENTS, '--unresolved', join(ROOT, 'geodata', 'unresolved.ndjson')]);
  if (code === EXIT.usage) return code;
  if (!values['no-build']) {
    console.error('sitrep start: building the app…');
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('sitrep start: the app build failed');
      return EXIT.rejected;
    }
  }
  console.error(`sitrep start: ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const opts = serveOptions({ ...(values.port ? { port: values.port } : {}) });
  if (!values['no-open'] && process.stdout.isTTY && !process.env.CI) openBrowser(`http://${opts.host}:${opts.port}/`);
  return serveUntilStopped(opts);
}

/** Best effort: xdg-open / open / start, whichever this system has; silence if none. */
function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No browser to open: the printed URL is enough.
  }
}
