// First map of the real app with the bundled data: `sitrep ingest corpus/` → vite build → sitrep serve,
// then navigation → the first time the map is idle with the corpus events drawn (a pixel read after idle, as
// SwiftShader finishes drawing after MapLibre's idle). Baseline in the same run: the same app with no events.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer } from '../src/cli/commands/serve.ts';
import { WORK } from './data.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const RUNS = 5;

export interface AppFirstMap {
  events: number;
  /** Median ms, navigation → events drawn, with the corpus. */
  first_map_ms: number | null;
  /** Median ms for the same app with an empty events file. */
  empty_ms: number | null;
  samples: number[];
  empty_samples: number[];
}

export async function benchAppFirstMap(browser: Browser, log: (s: string) => void): Promise<AppFirstMap> {
  const dir = join(WORK, 'app');
  mkdirSync(dir, { recursive: true });
  const events = join(dir, 'events.geojson');
  const empty = join(dir, 'empty.geojson');
  writeFileSync(empty, '{"type":"FeatureCollection","features":[]}\n');
  log('app: ingest corpus/ and build…');
  run(['src/cli/bin.js', 'ingest', 'corpus', '--out', events]);
  run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', join(dir, 'dist')]);
  const count = (JSON.parse(readFileSync(events, 'utf8')) as { features: unknown[] }).features.length;

  const measure = async (file: string): Promise<number[]> => {
    const server = await startServer({ port: 0, host: '127.0.0.1', dist: join(dir, 'dist'), events: file });
    const { port } = server.address() as { port: number };
    const samples: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        // A string, not a function: tsx's keepNames helpers (__name) do not exist inside the page.
        await page.addInitScript(FIRST_DRAWN);
        await page.goto(`http://127.0.0.1:${port}/`);
        await page.getByText(/\d+ of \d+ events shown/).waitFor({ timeout: 120_000 });
        const ms = (await page.evaluate('window.__firstDrawn')) as number;
        samples.push(ms);
        await context.close();
      }
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
    return samples;
  };

  log('app: first map with the corpus…');
  const samples = await measure(events);
  log('app: first map with no events (baseline)…');
  const emptySamples = await measure(empty);
  return { events: count, first_map_ms: median(samples), empty_ms: median(emptySamples), samples, empty_samples: emptySamples };
}

/**
 * In the page, before the app starts: as soon as the app exposes its map, watch every \`idle\`; the first one
 * after the events file was read (and, when it had events, with event features on the map) is the first map.
 * A pixel read then waits for SwiftShader to finish that frame. Watching from the start, rather than asking
 * for a repaint once the page looks ready, times the app's own first frame and not a later one.
 */
const FIRST_DRAWN = `window.__firstDrawn = new Promise((resolve) => {
  const watch = () => {
    const hooks = window.__sitrep;
    if (!hooks || !hooks.map) return setTimeout(watch, 5);
    const map = hooks.map;
    const onIdle = () => {
      const total = window.__sitrep.total;
      if (total === undefined || !map.getSource('events')) return;
      if (total > 0 && map.querySourceFeatures('events').length === 0 && !document.querySelector('.sitrep-event-overlay')) return;
      map.off('idle', onIdle);
      const canvas = map.getCanvas();
      const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
      if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      resolve(performance.now());
    };
    map.on('idle', onIdle);
  };
  watch();
})`;

function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]!);
}
