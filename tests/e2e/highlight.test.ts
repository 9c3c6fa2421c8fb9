// Issue 5: the dot under the pointer is highlighted, and the selected event keeps its ring while the
// time window is scrubbed — for as long as the window holds it. Checked in pixels under the dot, as a
// user sees them, on the real build with the real corpus.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EVENT_COLORS } from '../../src/app/map/event-colors.ts';
import { dateRange } from '../../src/app/state/days.ts';
import { dayNumber, isoDay } from '../../src/schema/index.ts';
import { launchChromium } from './chromium.ts';
import { mapDrawn, openApp, pixelStats, readEvents, timeWindow } from './app-page.ts';

const skipReason = inject('skipReason');
/** The selection ring's colour (event-layers.ts, 'events-selected'). */
const RING = '#111111';
/** Half the side of the square looked at around the dot: the ring (radius 14 + stroke) fits inside. */
const HALF = 20;

describe.skipIf(!!skipReason)('hover and selection highlights on the map', () => {
  let browser: Browser;
  let page: Page;
  const events = skipReason ? [] : readEvents(inject('eventsFile'));
  const range = dateRange(events.map((e) => e.date));
  // A point event dated to the day, shown by default, at least 60 days from either end of the data, so a
  // window of ±20 days around it fits inside the slider.
  const event = events.find(
    (e) =>
      e.status === 'reported' &&
      e.date.precision === 'day' &&
      ['point', 'town'].includes(e.place.precision) &&
      range !== null &&
      dayNumber(e.date.start!) - dayNumber(range[0]) > 60 &&
      dayNumber(range[1]) - dayNumber(e.date.start!) > 60,
  );
  const day = event ? dayNumber(event.date.start!) : 0;

  /** Where the event's dot is drawn, in page pixels. */
  async function dotAt(): Promise<{ x: number; y: number }> {
    return page.evaluate((coords) => {
      const map = window.__sitrep!.map as import('maplibre-gl').Map;
      const p = map.project(coords as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, event!.place.coordinates);
  }

  /** Pixels near `colour` in the square around the dot. */
  async function around(colour: string, tolerance = 40): Promise<number> {
    await mapDrawn(page);
    const { x, y } = await dotAt();
    const png = await page.screenshot({ clip: { x: x - HALF, y: y - HALF, width: 2 * HALF, height: 2 * HALF } });
    return (await pixelStats(page, png, [colour], tolerance)).near[colour]!;
  }

  beforeAll(async () => {
    expect(event, 'a day-dated point event away from the ends of the data').toBeDefined();
    browser = await launchChromium();
    const [lon, lat] = event!.place.coordinates;
    // Zoomed in past clustering, the window ±20 days around the event.
    const hash = `#map=10/${lat}/${lon}&from=${isoDay(day - 20)}&to=${isoDay(day + 20)}`;
    page = (await openApp(browser, `${inject('appUrl')}${hash}`)).page;
    await page.mouse.move(2, 2);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('highlights the dot under the pointer: it grows and the cursor becomes a pointer', async () => {
    const colour = EVENT_COLORS[event!.type];
    const before = await around(colour, 60);
    expect(before, 'the dot is drawn').toBeGreaterThan(30);
    const { x, y } = await dotAt();
    await page.mouse.move(x, y);
    await expect.poll(() => around(colour, 60)).toBeGreaterThan(before * 1.3);
    expect(await page.evaluate(() => (window.__sitrep!.map as import('maplibre-gl').Map).getCanvas().style.cursor)).toBe('pointer');
    // Off the dot, the highlight goes.
    await page.mouse.move(x + 80, y + 80);
    await expect.poll(() => around(colour, 60)).toBeLessThan(before * 1.15);
  });

  it('keeps the selected event ringed while the window moves and still holds it; the ring goes when it leaves', async () => {
    const unringed = await around(RING);
    const { x, y } = await dotAt();
    await page.mouse.click(x, y);
    await page.mouse.move(x + 80, y + 80);
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await panel.waitFor();
    await expect.poll(() => around(RING)).toBeGreaterThan(unringed + 80);
    const ringed = await around(RING);

    // Scrub the start of the window 10 days later: the event (day 0) is still inside.
    const start = page.getByRole('slider', { name: 'Start of time window' });
    for (let i = 0; i < 10; i++) await start.press('ArrowRight');
    expect(await timeWindow(page)).toEqual({ from: isoDay(day - 10), to: isoDay(day + 20) });
    expect(await around(RING)).toBeGreaterThan(unringed + 80);
    expect(await panel.isVisible()).toBe(true);

    // A month later: the window starts after the event, so neither its dot, its ring nor its panel show.
    await start.press('PageUp');
    expect((await timeWindow(page)).from > event!.date.end!).toBe(true);
    await expect.poll(() => around(RING)).toBeLessThan(ringed - 80);
    expect(await panel.count()).toBe(0);

    // Back to the start of the data: the event is in the window again and still selected.
    await start.press('Home');
    await expect.poll(() => around(RING)).toBeGreaterThan(unringed + 80);
    await panel.waitFor();
    expect(await panel.locator('blockquote').innerText()).toBe(event!.sources[0]!.quote);
  });
});
