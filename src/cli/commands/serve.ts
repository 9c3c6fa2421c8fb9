// sitrep serve — the built app and an events file over HTTP on 127.0.0.1, nothing else.
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parse, UsageError } from '../args.ts';

export const help = `Usage: sitrep serve [--port N] [--host H] [--events FILE] [--events-bin FILE] [--dist DIR]

Serves the built map explorer (dist/, built by 'npm run build') and the events file at
/events.geojson (default geodata/events.geojson). Listens on 127.0.0.1:5173 unless told otherwise.
With a binary events file (--events-bin, default: the events file with a .bin extension, written by
'sitrep ingest --format bin') the map loads that instead: no JSON parse of a large collection.`;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_DIST = join(ROOT, 'dist');
export const DEFAULT_EVENTS = join(ROOT, 'geodata', 'events.geojson');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * No remote origin anywhere: report text comes from the web, and even if some of it got into the page
 * as markup it could neither load nor send anything. Inline styles are needed by MapLibre's controls.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ServeOptions {
  port: number;
  host: string;
  dist: string;
  events: string;
  /** Binary columns of the same events (geo/columns.ts), served at /events.bin when the file exists. */
  eventsBin?: string | null;
}

export function startServer(opts: ServeOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Tells the app which events file to load, so it never requests a missing one (a 404 is a console error).
    if (path === '/events-manifest.json') {
      const bin = await binIsCurrent(opts);
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(req.method === 'HEAD' ? undefined : JSON.stringify({ bin }));
      return;
    }
    const file =
      path === '/events.geojson' ? opts.events : path === '/events.bin' ? (opts.eventsBin ?? null) : inside(opts.dist, path === '/' ? '/index.html' : path);
    if (!file) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': info.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${path}\n`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, () => ok(server));
  });
}

/**
 * Whether to offer the binary columns: they exist and are not older than the events file. npm start
 * rewrites events.geojson on every run; a .bin left from an earlier `ingest --format bin` must not
 * shadow the fresh events.
 */
async function binIsCurrent(opts: ServeOptions): Promise<boolean> {
  if (!opts.eventsBin) return false;
  const bin = await stat(opts.eventsBin).catch(() => null);
  if (!bin?.isFile()) return false;
  const events = await stat(opts.events).catch(() => null);
  return events === null || bin.mtimeMs >= events.mtimeMs;
}

/** The file under root that a URL path names, or null when the path tries to leave root. */
function inside(root: string, urlPath: string): string | null {
  const full = resolve(root, '.' + normalize(urlPath));
  return full === root || full.startsWith(root + sep) ? full : null;
}

export function serveOptions(values: { port?: string; host?: string; events?: string; 'events-bin'?: string; dist?: string }): ServeOptions {
  const port = values.port === undefined ? 5173 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535 (got "${values.port}")`);
  return {
    port,
    host: values.host ?? '127.0.0.1',
    dist: resolve(values.dist ?? DEFAULT_DIST),
    events: resolve(values.events ?? DEFAULT_EVENTS),
    eventsBin: resolve(values['events-bin'] ?? (values.events ?? DEFAULT_EVENTS).replace(/(\.[^./\\]*)?$/, '.bin')),
  };
}

export async function serveUntilStopped(opts: ServeOptions): Promise<number> {
  try {
    await stat(join(opts.dist, 'index.html'));
  } catch {
    console.error(`sitrep serve: ${opts.dist}/index.html not found — run 'npm run build' first`);
    return EXIT.rejected;
  }
  let server: Server;
  try {
    server = await startServer(opts);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(`sitrep serve: cannot listen on ${opts.host}:${opts.port}: ${e.code === 'EADDRINUSE' ? 'port already in use (try --port)' : e.message}`);
    return EXIT.rejected;
  }
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  console.log(`sitrep: map explorer at http://${opts.host}:${port}/  (Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.ok;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    events: { type: 'string' },
    'events-bin': { type: 'string' },
    dist: { type: 'string' },
  });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  return serveUntilStopped(serveOptions(values));
}
