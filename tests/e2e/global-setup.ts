// Browser tests run against the real thing: the real ingest of corpus/, the production build, and
// `sitrep serve` on 127.0.0.1. Done once per run; the tests get the URL and the events file by inject().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, chromiumMissing } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served app, e.g. http://127.0.0.1:40123/ */
    appUrl: string;
    /** The events file the server serves (output of `sitrep ingest corpus`). */
    eventsFile: string;
    /** The production build the server serves (tests that serve their own events start another server on it). */
    distDir: string;
    /** Why the browser tests are skipped, or '' when they run. */
    skipReason: string;
  }
}

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'src/cli/bin.js');

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `sitrep serve` and resolves with the URL it prints once it listens. */
export function serve(dist: string, events: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--dist', dist, '--events', events], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`sitrep serve printed no URL in 30 s:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0], child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sitrep serve exited ${code}:\n${out}`)));
  });
}

export default async function setup(project: TestProject) {
  const missing = chromiumMissing();
  if (missing) {
    // Under CI a missing browser is a failure, never a quiet skip.
    if (process.env.CI === 'true') throw new Error(`${missing} (CI=true: browser tests must run)`);
    console.warn(`browser tests skipped: ${missing}`);
    project.provide('skipReason', missing);
    project.provide('appUrl', '');
    project.provide('eventsFile', '');
    project.provide('distDir', '');
    return;
  }

  const work = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const events = join(work, 'events.geojson');
  const dist = join(work, 'dist');
  run(process.execPath, [BIN, 'ingest', join(ROOT, 'corpus'), '--out', events]);
  if (!existsSync(events)) throw new Error(`ingest wrote no ${events}`);
  // Build into the temp dir, so a run never disturbs the dist/ someone is serving.
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir']);
  const { url, child } = await serve(dist, events, await freePort());
  project.provide('appUrl', url);
  project.provide('eventsFile', events);
  project.provide('distDir', dist);
  project.provide('skipReason', '');

  return () => {
    child.kill();
    rmSync(work, { recursive: true, force: true });
  };
}

export { CHROMIUM_PATH };
