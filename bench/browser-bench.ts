// Browser benchmarks: scrub (time window change → drawn frame) and first map (navigation → first drawn
// frame with the events), for the GPU layer and for the MapLibre GeoJSON + setFilter baseline, in Debian
// Chromium (SwiftShader: software WebGL, so absolute times are pessimistic; the ratios are what count).
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { dayNumber } from '../src/schema/index.ts';
import { DATA, WORK, binFile, geojsonFile } from './data.ts';
import { serveStatic, type Served } from './serve.ts';
import type { GazetteerTiming } from './browser/gazetteer.ts';

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = new URL('../', import.meta.url).pathname;

export function buildPages(): void {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench page build failed:\n${r.stderr}${r.stdout}`);
}

export function serveBench(): Promise<Served> {
  return serveStatic({ '/': join(WORK, 'dist'), '/data/': DATA, '/gazetteer/': join(ROOT, 'gazetteer') });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM });
}

export interface MapRun {
  /**
   * ms from navigation to the first frame drawn with the events, median of `firstMapSamples`; null when it
   * crashed or passed the cap.
   */
  firstMapMs: number | null;
  /** One per page load (the first in a fresh browser is the slowest: nothing of the page is cached yet). */
  firstMapSamples: number[];
  /** Median ms from a window change to the drawn frame; null as above. */
  scrubMs: number | null;
  /** Every scrub sample (ms), warm-up dropped. */
  scrubSamples: number[];
  /** Median ms of a repaint with nothing changed: what the base map alone costs per frame. */
  repaintMs: number | null;
  mode: string | null;
  heapMb: number | null;
  /** Steps of the first map (ms since navigation): style loaded, events fetched and decoded, layer data set. */
  marks: Record<string, number>;
  /** Why the figures are null, if they are. */
  failure: string | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Rejects when the page crashes (e.g. the tab runs out of memory) or the cap passes. */
function guarded<T>(page: Page, work: Promise<T>, capMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: over the ${capMs / 1000} s cap`)), capMs);
    page.once('crash', () => reject(new Error(`${what}: the tab crashed`)));
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e as Error);
      },
    );
  });
}

/** Time windows the scrub steps through: 90 days wide, moving through 2014–2019. */
export function scrubWindows(n: number): [number, number][] {
  const first = dayNumber('2014-03-01');
  return Array.from({ length: n }, (_, k) => [first + k * 200, first + k * 200 + 90] as [number, number]);
}

/**
 * One page: the first map (`firstMapRuns` page loads, each in a fresh context; the last one goes on), then the
 * scrubs, repaints and heap on that page.
 */
export async function runMap(
  browser: Browser,
  base: string,
  dataFile: string,
  opts: { runs: number; capMs: number; firstMapCapMs?: number; firstMapRuns?: number },
): Promise<MapRun> {
  const out: MapRun = { firstMapMs: null, firstMapSamples: [], scrubMs: null, scrubSamples: [], repaintMs: null, mode: null, heapMb: null, marks: {}, failure: null };
  const what = dataFile === 'none' ? 'none' : basename(dataFile);
  const url = `${base}map.html?data=${what === 'none' ? 'none' : `data/${what}`}`;
  const errors: string[] = [];
  const open = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(url);
      out.firstMapSamples.push(Math.round(await guarded(page, page.evaluate(() => window.__bench!.ready), opts.firstMapCapMs ?? opts.capMs, `${what} first map`)));
    } catch (err) {
      await context.close().catch(() => {});
      throw err;
    }
    return { context, page };
  };
  let context: BrowserContext | null = null;
  try {
    for (let k = 1; k < (opts.firstMapRuns ?? 1); k++) await (await open()).context.close();
    const opened = await open();
    context = opened.context;
    const page = opened.page;
    out.firstMapMs = median(out.firstMapSamples);
    out.marks = await page.evaluate(() => window.__bench!.marks);
    const samples: number[] = [];
    for (const [from, to] of scrubWindows(opts.runs + 1)) {
      samples.push(await guarded(page, page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [from, to] as const), opts.capMs, `${what} scrub`));
    }
    out.scrubSamples = samples.slice(1).map((ms) => Math.round(ms * 10) / 10);
    out.scrubMs = median(out.scrubSamples);
    const repaints: number[] = [];
    for (let k = 0; k < 3; k++) repaints.push(await page.evaluate(() => window.__bench!.repaint()));
    out.repaintMs = Math.round(median(repaints) * 10) / 10;
    out.mode = await page.evaluate(() => window.__bench!.mode());
    out.heapMb = await page.evaluate(() => window.__bench!.heapMb());
  } catch (err) {
    out.failure = `${(err as Error).message.split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}`;
  } finally {
    await context?.close().catch(() => {});
  }
  return out;
}

export async function runGazetteer(browser: Browser, base: string): Promise<GazetteerTiming> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}gazetteer.html?url=${encodeURIComponent(`${base}gazetteer/gazetteer.json`)}`);
    return await page.evaluate(() => window.__gazetteer!);
  } finally {
    await context.close();
  }
}

export { binFile, geojsonFile, dirname };
