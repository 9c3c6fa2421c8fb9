// The map's first paint is held (src/app/map/first-paint.ts): while the base map and the events load, MapLibre
// draws at a tiny pixel ratio into hidden canvases, and the first full-resolution frame is a complete map with
// the events. Watched from the start of the page by an init script that notes every frame MapLibre draws.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { mapDrawn } from './app-page.ts';

const skipReason = inject('skipReason');

interface Frame {
  ratio: number;
  loaded: boolean;
  /** Event features in the drawn tiles. */
  events: number;
  hidden: boolean;
}

/** In the page, before the app starts: one entry per MapLibre frame, from the first. */
const WATCH_FRAMES = `window.__frames = [];
(function watch() {
  const map = window.__sitrep && window.__sitrep.map;
  if (!map) return setTimeout(watch, 2);
  map.on('render', () => {
    window.__frames.push({
      ratio: map.getPixelRatio(),
      loaded: map.loaded(),
      events: map.getSource('events') ? map.querySourceFeatures('events').length : 0,
      hidden: getComputedStyle(map.getCanvasContainer()).visibility === 'hidden',
    });
  });
})();`;

describe.skipIf(!!skipReason)('first paint', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws small and hidden while loading, and its first full-resolution frame is the whole map with the events', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(WATCH_FRAMES);
    await page.goto(inject('appUrl'));
    await page.getByText(/\d+ of \d+ events shown/).waitFor();
    await mapDrawn(page);
    const frames = (await page.evaluate('window.__frames')) as Frame[];
    // Each entry is read after its frame was drawn and after the app's own handlers ran, so the switch to full
    // resolution shows in the entry of the last tiny frame (the one that found the map loaded), and the frame
    // after it is the first drawn at full resolution.
    const switched = frames.findIndex((f) => f.ratio === 1);
    expect(switched, JSON.stringify(frames)).toBeGreaterThan(0);
    for (const f of frames.slice(0, switched)) {
      expect(f.ratio).toBeLessThan(0.1);
      expect(f.hidden).toBe(true);
    }
    // The first full-resolution frame: shown, everything loaded, the corpus events in it.
    const first = frames[switched + 1];
    expect(first, JSON.stringify(frames)).toMatchObject({ ratio: 1, loaded: true, hidden: false });
    expect(first!.events).toBeGreaterThan(0);
    // And the map stays at full resolution and visible, its canvas the size of the page.
    expect(frames.at(-1)).toMatchObject({ ratio: 1, hidden: false });
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    expect(canvas).toMatchObject({ width: 1280, height: 800 });
    await context.close();
  });
});
