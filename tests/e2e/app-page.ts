// Helpers that drive the app the way a user does and read what a user sees.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { EventRecord } from '../../src/schema/index.ts';
import { parseEventCollection } from '../../src/app/state/load-events.ts';

export const ARTIFACTS = new URL('../artifacts/', import.meta.url).pathname;

export interface OpenedApp {
  page: Page;
  /** Every URL the page requested (documents, scripts, workers, fetches). */
  requests: string[];
  /** Uncaught page errors and console errors (a bad style layer shows up only here). */
  errors: string[];
}

export async function openApp(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.getByText(/\d+ of \d+ events shown/).waitFor();
  await mapDrawn(page);
  return { page, requests, errors };
}

/** Waits for the map's idle event, then a little more: SwiftShader finishes drawing after idle. */
export async function mapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__sitrep?.map as { loaded(): boolean; areTilesLoaded(): boolean } | undefined;
    return !!map && map.loaded() && map.areTilesLoaded();
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__sitrep!.map as { once(ev: string, cb: () => void): void; triggerRepaint(): void };
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
  await page.waitForTimeout(400);
}

/** The visible "N of M events shown" text, parsed. */
export async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = await page.getByText(/\d+ of \d+ events shown/).innerText();
  const m = /(\d+) of (\d+) events shown/.exec(text);
  if (!m) throw new Error(`no count in ${JSON.stringify(text)}`);
  return { shown: Number(m[1]), total: Number(m[2]) };
}

/** The time window the slider handles announce (aria-valuetext, ISO days). */
export async function timeWindow(page: Page): Promise<{ from: string; to: string }> {
  const from = await page.getByRole('slider', { name: 'Start of time window' }).getAttribute('aria-valuetext');
  const to = await page.getByRole('slider', { name: 'End of time window' }).getAttribute('aria-valuetext');
  if (!from || !to) throw new Error('time window handles without aria-valuetext');
  return { from, to };
}

/** The valid events in the file the server serves, read as the app reads them. */
export function readEvents(file: string): EventRecord[] {
  return parseEventCollection(JSON.parse(readFileSync(file, 'utf8'))).events;
}

export interface PixelStats {
  /** Distinct colours among sampled pixels (quantized to 5 bits per channel). */
  colours: number;
  /** Sampled pixels within `tolerance` of each asked-for colour. */
  near: Record<string, number>;
}

/**
 * Decodes a PNG screenshot inside the page (no PNG decoder in Node here) and counts colours: a blank
 * or single-colour map has 1–2; a drawn base map with dots has dozens.
 */
export async function pixelStats(page: Page, png: Buffer, colours: string[] = [], tolerance = 40): Promise<PixelStats> {
  return page.evaluate(
    async ({ data, colours, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const wanted = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]);
      const near: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4) {
        const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
        seen.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        wanted.forEach(([wr, wg, wb], k) => {
          if (Math.abs(r - wr) + Math.abs(g - wg) + Math.abs(b - wb) <= tolerance) near[colours[k]!]!++;
        });
      }
      return { colours: seen.size, near };
    },
    { data: png.toString('base64'), colours, tolerance },
  );
}

export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: join(ARTIFACTS, name) });
}

/** Hosts the page talked to, other than 127.0.0.1 (data: and blob: URLs never leave the page). */
export function foreignRequests(urls: string[]): string[] {
  return urls.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    return new URL(u).hostname !== '127.0.0.1';
  });
}
