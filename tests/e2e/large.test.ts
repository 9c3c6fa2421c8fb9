// The app with 200,000 events: above its threshold the map draws them with the GPU layer (time, type and
// status filtered on the GPU), and a user still sees exact counts, a slider that filters, dots on the map and
// a details panel for the dot clicked. Synthetic events from the gazetteer, served by `sitrep serve` as binary
// columns (the .bin beside the events file, as `sitrep ingest --format bin` writes it): no GeoJSON to parse.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { filterEvents } from '../../src/geo/filter.ts';
import { encodeColumns, toColumns } from '../../src/geo/columns.ts';
import { EVENT_COLORS } from '../../src/app/map/event-colors.ts';
import { DEFAULT_STATUSES } from '../../src/app/state/facets.ts';
import type { EventRecord, GazetteerEntry } from '../../src/schema/index.ts';
import { syntheticEvents } from '../../bench/synthetic.ts';
import { launchChromium } from './chromium.ts';
import { mapDrawn, pixelStats, saveScreenshot, shownCount, timeWindow } from './app-page.ts';
import { freePort, serve } from './global-setup.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const skipReason = inject('skipReason');
const COUNT = 200_000;

describe.skipIf(!!skipReason)('the app with 200,000 events', () => {
  let browser: Browser;
  let server: ChildProcess;
  let page: Page;
  let work: string;
  let events: EventRecord[];
  const requested: string[] = [];

  beforeAll(async () => {
    const entries = (JSON.parse(readFileSync(join(ROOT, 'gazetteer/gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[] }).entries;
    events = [...syntheticEvents(entries, COUNT, 5)];
    work = mkdtempSync(join(tmpdir(), 'sitrep-large-'));
    // Only the binary file: the app must not need the GeoJSON when the server offers columns.
    writeFileSync(join(work, 'events.bin'), encodeColumns(toColumns(events)));
    const served = await serve(inject('distDir'), join(work, 'events.geojson'), await freePort());
    server = served.child;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(served.url);
    await page.getByText(/\d+ of 200000 events shown/).waitFor({ timeout: 40_000 });
    await mapDrawn(page);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** What the app shows for a window with its default filters (negated events hidden), by the shared filter. */
  const expected = (from: string, to: string) => filterEvents(events, { from, to, statuses: DEFAULT_STATUSES }).length;

  it('loads the binary columns the server offers, not the GeoJSON', () => {
    expect(requested).toContain('/events.bin');
    expect(requested).not.toContain('/events.geojson');
  });

  it('counts every loaded event, and shows what the shared filter gives for the window', async () => {
    const { shown, total } = await shownCount(page);
    expect(total).toBe(COUNT);
    const w = await timeWindow(page);
    expect(shown).toBe(expected(w.from, w.to));
  });

  it('moving a slider handle changes the shown count to what filterEvents gives', async () => {
    const before = await shownCount(page);
    const start = page.getByRole('slider', { name: 'Start of time window' });
    await start.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');
    const w = await timeWindow(page);
    const after = await shownCount(page);
    expect(after.shown).toBeLessThan(before.shown);
    expect(after.shown).toBe(expected(w.from, w.to));
  });

  it('draws dots zoomed in, and a click on a drawn dot opens its details', async () => {
    // A town event shown in the window: zoom in on it, past the heatmap's zoom.
    const w = await timeWindow(page);
    const shown = filterEvents(events, { from: w.from, to: w.to, statuses: DEFAULT_STATUSES });
    const target = shown.find((e) => e.place.precision === 'town' || e.place.precision === 'point')!;
    expect(target).toBeDefined();
    await page.evaluate(([lon, lat]) => {
      const map = window.__sitrep!.map as { jumpTo(o: object): void };
      map.jumpTo({ center: [lon, lat], zoom: 9 });
    }, target.place.coordinates);
    await mapDrawn(page);
    const png = await saveScreenshot(page, 'app-large.png');
    const stats = await pixelStats(page, png, Object.values(EVENT_COLORS), 30);
    expect(Object.values(stats.near).reduce((a, b) => a + b, 0)).toBeGreaterThan(200);

    const at = await page.evaluate((lonlat) => {
      const map = window.__sitrep!.map as { project(p: [number, number]): { x: number; y: number } };
      return map.project(lonlat as [number, number]);
    }, target.place.coordinates);
    await page.mouse.click(at.x, at.y);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await panel.waitFor({ timeout: 20_000 });
    // The panel shows an event drawn at that place and inside the window.
    const ids = new Set(shown.filter((e) => e.place.id === target.place.id).map((e) => e.id));
    const selected = await page.evaluate(() => new URL(location.href).hash);
    const id = /event=([^&]+)/.exec(decodeURIComponent(selected))?.[1];
    expect(id && ids.has(id)).toBe(true);
  });
});
