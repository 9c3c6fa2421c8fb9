// The walking skeleton in a real browser: the map draws, the time window filters, a click shows the
// source sentence, the export holds exactly what is shown, and nothing is fetched from off the machine.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { EventCollection } from '../../src/schema/index.ts';
import { filterEvents } from '../../src/geo/filter.ts';
import { EVENT_COLORS } from '../../src/app/map/event-colors.ts';
import { DEFAULT_STATUSES } from '../../src/app/state/facets.ts';
import { launchChromium } from './chromium.ts';
import {
  foreignRequests,
  mapDrawn,
  openApp,
  pixelStats,
  readEvents,
  saveScreenshot,
  shownCount,
  timeWindow,
  type OpenedApp,
} from './app-page.ts';

const skipReason = inject('skipReason');
if (skipReason) console.warn(`skipping browser tests: ${skipReason}`);

describe.skipIf(!!skipReason)('walking skeleton in Chromium', () => {
  let browser: Browser;
  let app: OpenedApp;
  let page: Page;
  const events = skipReason ? [] : readEvents(inject('eventsFile'));

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, inject('appUrl'));
    page = app.page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every ingested event at first but the negated ones, and says so', async () => {
    expect(events.length).toBeGreaterThanOrEqual(10);
    const { shown, total } = await shownCount(page);
    expect(total).toBe(events.length);
    const window = await timeWindow(page);
    expect(shown).toBe(filterEvents(events, { ...window, statuses: DEFAULT_STATUSES }).length);
  });

  it('draws a base map and coloured event dots on the canvas', async () => {
    const png = await saveScreenshot(page, 'app-initial.png');
    const typesShown = [...new Set(events.map((e) => e.type))];
    const stats = await pixelStats(page, png, typesShown.map((t) => EVENT_COLORS[t]));
    // Sea, land, Syria, borders, rivers, dots, text: a blank or failed map has one or two colours.
    expect(stats.colours).toBeGreaterThan(50);
    const dotPixels = Object.values(stats.near).reduce((a, b) => a + b, 0);
    expect(dotPixels).toBeGreaterThan(50);
  });

  it('moving the end handle with the keyboard changes the count to what the shared filter gives', async () => {
    const before = await shownCount(page);
    const end = page.getByRole('slider', { name: 'End of time window' });
    await end.focus();
    // Move the end back a year at a time (Page Down = 30 days) until fewer events are shown.
    let after = before;
    for (let i = 0; i < 120 && after.shown === before.shown; i++) {
      await page.keyboard.press('PageDown');
      after = await shownCount(page);
    }
    expect(after.shown).toBeLessThan(before.shown);
    const window = await timeWindow(page);
    expect(window.to < events.map((e) => e.date.end ?? '').sort().at(-1)!).toBe(true);
    expect(after.shown).toBe(filterEvents(events, { ...window, statuses: DEFAULT_STATUSES }).length);
    await mapDrawn(page);
    await saveScreenshot(page, 'app-window.png');
  });

  it('Export GeoJSON downloads exactly the events shown, as an RFC 7946 FeatureCollection', async () => {
    const { shown } = await shownCount(page);
    const window = await timeWindow(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const collection = EventCollection.parse(JSON.parse(text));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(shown);
    const expected = filterEvents(events, { ...window, statuses: DEFAULT_STATUSES }).map((e) => e.id).sort();
    expect(collection.features.map((f) => f.id).sort()).toEqual(expected);
    // RFC 7946 order is [lon, lat]: each point must be the event's place, not swapped.
    for (const f of collection.features) {
      expect(f.geometry.coordinates).toEqual(events.find((e) => e.id === f.id)!.place.coordinates);
    }
  });

  it('clicking a dot shows its source sentence as text, right-to-left when Arabic', async () => {
    // Reset the window so every event is a candidate, then click the dot drawn on top at some event.
    await page.getByRole('slider', { name: 'End of time window' }).press('End');
    await mapDrawn(page);
    const target = await page.evaluate(() => {
      const map = window.__sitrep!.map as import('maplibre-gl').Map;
      for (const f of map.queryRenderedFeatures({ layers: ['events-circle'] })) {
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        const p = map.project([lon, lat]);
        const top = map.queryRenderedFeatures(p, { layers: ['events-circle'] })[0];
        const r = map.getCanvas().getBoundingClientRect();
        // Only a dot the user can actually click: not under a panel, a label or the time bar.
        const uncovered = document.elementFromPoint(r.left + p.x, r.top + p.y) === map.getCanvas();
        if (top && uncovered) {
          return { id: String(top.properties.id), x: r.left + p.x, y: r.top + p.y };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    const event = events.find((e) => e.id === target!.id)!;
    const quote = page.locator('aside blockquote');
    await expect.poll(() => quote.innerText()).toBe(event.sources[0]!.quote);
    expect(await quote.getAttribute('dir')).toBe('auto');
    const direction = await quote.evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe(/[\u0600-\u06FF]/.test(event.sources[0]!.quote.trim()[0] ?? '') ? 'rtl' : 'ltr');
    await mapDrawn(page);
    await saveScreenshot(page, 'app-selected.png');
  });

  it('logged no page or console error', () => {
    expect(app.errors).toEqual([]);
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(app.requests.length).toBeGreaterThan(3);
    // The label glyphs are among them: a glyphs URL on the web would show up here.
    expect(app.requests.filter((u) => u.endsWith('.pbf')).length).toBeGreaterThan(0);
    expect(foreignRequests(app.requests)).toEqual([]);
  });
});
