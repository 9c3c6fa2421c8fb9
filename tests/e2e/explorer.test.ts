// The explorer (issue 5) in a real browser, checked by what a user sees: counts, legend, filters with
// counts, playback, histogram, the URL, CSV and PNG exports, and the Arabic right-to-left layout.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { filterEvents, type EventFilter } from '../../src/geo/filter.ts';
import { toCsv } from '../../src/geo/csv.ts';
import { EVENT_COLORS } from '../../src/app/map/event-colors.ts';
import { DEFAULT_STATUSES } from '../../src/app/state/facets.ts';
import { launchChromium } from './chromium.ts';
import { mapDrawn, openApp, pixelStats, readEvents, saveScreenshot, shownCount, timeWindow } from './app-page.ts';

const skipReason = inject('skipReason');

describe.skipIf(!!skipReason)('map explorer in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const events = skipReason ? [] : readEvents(inject('eventsFile'));
  const url = skipReason ? '' : inject('appUrl');
  const expected = (f: EventFilter) => filterEvents(events, { statuses: DEFAULT_STATUSES, ...f });

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, url)).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explains the marks in a legend', async () => {
    const legend = page.getByRole('region', { name: 'How sure, how precise' });
    await expect.poll(() => legend.innerText()).toContain('claimed by one side');
    expect(await legend.innerText()).toContain('dated to a few days, a month or a year');
  });

  it('sizes dots by the number killed when asked', async () => {
    expect(events.some((e) => (e.fatalities?.count ?? 0) > 0)).toBe(true);
    const colours = Object.values(EVENT_COLORS);
    const dotPixels = async () => {
      await mapDrawn(page);
      const stats = await pixelStats(page, await page.screenshot(), colours, 30);
      return Object.values(stats.near).reduce((a, b) => a + b, 0);
    };
    const before = await dotPixels();
    await page.getByRole('checkbox', { name: 'Size by number killed' }).check();
    const after = await dotPixels();
    expect(after).toBeGreaterThan(before);
    await page.getByRole('checkbox', { name: 'Size by number killed' }).uncheck();
  });

  it('draws a heatmap instead of dots when asked', async () => {
    await page.getByRole('checkbox', { name: 'Heatmap instead of dots' }).check();
    await mapDrawn(page);
    const png = await saveScreenshot(page, 'app-heatmap.png');
    // The map between the side panel and the details panel, above the time bar: no legend swatches.
    const clip = { x: 330, y: 0, width: 500, height: 620 };
    const colours = Object.values(EVENT_COLORS);
    const sum = (near: Record<string, number>) => Object.values(near).reduce((a, b) => a + b, 0);
    const heat = await pixelStats(page, await page.screenshot({ clip }), colours, 30);
    expect(png.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Heatmap instead of dots' }).uncheck();
    await mapDrawn(page);
    const dots = await pixelStats(page, await page.screenshot({ clip }), colours, 30);
    // The type colours are not on the heat ramp: with dots they are there, with the heatmap nearly gone.
    expect(sum(dots.near)).toBeGreaterThan(200);
    expect(sum(heat.near)).toBeLessThan(sum(dots.near) / 4);
    expect(heat.colours).toBeGreaterThan(50);
  });

  it('merges nearby events into clusters with counts when zoomed out', async () => {
    const { shown } = await shownCount(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await mapDrawn(page);
    const counts = page.locator('.cluster-count');
    await counts.first().waitFor();
    const numbers = (await counts.allInnerTexts()).map(Number);
    expect(Math.max(...numbers)).toBeGreaterThan(1);
    expect(numbers.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(shown);
    await saveScreenshot(page, 'app-clusters.png');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await mapDrawn(page);
    expect(await counts.count()).toBe(0);
  });

  it('hides negated events until "did not happen" is ticked', async () => {
    const negated = events.filter((e) => e.status === 'negated').length;
    expect(negated).toBeGreaterThan(0);
    const before = await shownCount(page);
    expect(before.shown).toBe(before.total - negated);
    const box = page.getByRole('checkbox', { name: /did not happen/ });
    await box.check();
    expect((await shownCount(page)).shown).toBe(before.total);
    await box.uncheck();
    expect((await shownCount(page)).shown).toBe(before.shown);
  });

  it('filters by type, with the count beside each box and in the histogram', async () => {
    const airstrikes = events.filter((e) => e.type === 'airstrike' && e.status !== 'negated').length;
    const label = page.locator('label', { has: page.getByRole('checkbox', { name: /Air strike/ }) });
    expect(await label.innerText()).toContain(String(airstrikes));
    const red = EVENT_COLORS.airstrike;
    const redBars = () => page.locator(`svg[role="img"] rect[fill="${red}"]`).count();
    expect(await redBars()).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: /Air strike/ }).uncheck();
    const others = Object.keys(EVENT_COLORS).filter((t) => t !== 'airstrike') as EventFilter['types'];
    expect((await shownCount(page)).shown).toBe(expected({ types: others }).length);
    expect(await redBars()).toBe(0);
    await page.getByRole('checkbox', { name: /Air strike/ }).check();
    expect(await redBars()).toBeGreaterThan(0);
  });

  it('filters by outlet and actor through the same filter the CLI uses', async () => {
    const outlet = page.getByRole('group', { name: 'Outlet' }).getByRole('checkbox').first();
    const name = (await outlet.locator('xpath=..').innerText()).replace(/\s*\d+\s*$/, '').trim();
    // Unticking one outlet of several leaves the others.
    const outlets = [...new Set(events.flatMap((e) => e.sources.map((s) => s.outlet)).filter((o): o is string => o !== null))];
    await outlet.uncheck();
    expect((await shownCount(page)).shown).toBe(expected({ outlets: outlets.filter((o) => o !== name) }).length);
    await outlet.check();
  });

  it('plays the window forward with the Play button and pauses with the space key', async () => {
    await page.getByRole('slider', { name: 'End of time window' }).focus();
    await page.keyboard.press('Home'); // a one-day window at the start
    await page.getByRole('slider', { name: 'End of time window' }).evaluate((el) => (el as HTMLElement).blur());
    const start = await timeWindow(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await timeWindow(page)).to, { timeout: 10_000 }).not.toBe(start.to);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    // Space on the page itself (nothing focused) pauses.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const stopped = await timeWindow(page);
    await page.waitForTimeout(1200);
    expect(await timeWindow(page)).toEqual(stopped);
    // Moving window: the length stays a day; the count is what the shared filter says for it.
    expect(stopped.from).toBe(stopped.to);
    expect((await shownCount(page)).shown).toBe(expected(stopped).length);
  });

  it('steps the window by a week with the step buttons and the arrow keys', async () => {
    const before = await timeWindow(page);
    await page.getByRole('button', { name: 'Step forward' }).click();
    const after = await timeWindow(page);
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(before.to, after.to)).toBe(7);
    await page.getByRole('button', { name: 'Step back' }).click();
    expect(await timeWindow(page)).toEqual(before);
    // With nothing focused (the page itself), the arrows step the window.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    expect(await timeWindow(page)).toEqual(after);
    await page.keyboard.press('ArrowLeft');
    expect(await timeWindow(page)).toEqual(before);
  });

  it('Export CSV downloads the shown events as ACLED-style rows', async () => {
    await page.getByRole('slider', { name: 'Start of time window' }).press('Home');
    await page.getByRole('slider', { name: 'End of time window' }).press('End');
    for (let i = 0; i < 24; i++) await page.getByRole('slider', { name: 'End of time window' }).press('PageDown');
    const window = await timeWindow(page);
    const { shown } = await shownCount(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toMatch(/^event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities/);
    expect(text).toBe(toCsv(expected(window)));
    expect(expected(window)).toHaveLength(shown);
  });

  it('Export PNG downloads the drawn map', async () => {
    await mapDrawn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const stats = await pixelStats(page, png);
    expect(stats.colours).toBeGreaterThan(50);
  });

  it('keeps window, filters and selection in the URL, and a fresh page restores them', async () => {
    await page.getByRole('checkbox', { name: /Shelling/ }).uncheck();
    await page.getByRole('checkbox', { name: /did not happen/ }).check();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/to=\d{4}-\d{2}-\d{2}/);
    expect(hash).toContain('types=');
    expect(hash).toContain('status=');
    const count = await shownCount(page);
    const window = await timeWindow(page);

    const fresh = (await openApp(browser, url + hash)).page;
    expect(await shownCount(fresh)).toEqual(count);
    expect(await timeWindow(fresh)).toEqual(window);
    expect(await fresh.getByRole('checkbox', { name: /Shelling/ }).isChecked()).toBe(false);
    expect(await fresh.getByRole('checkbox', { name: /did not happen/ }).isChecked()).toBe(true);
    await fresh.context().close();
  });

  it('Back undoes a filter change, Forward redoes it', async () => {
    const fresh = (await openApp(browser, url)).page;
    const before = await shownCount(fresh);
    await fresh.getByRole('checkbox', { name: /Air strike/ }).uncheck();
    const filtered = await shownCount(fresh);
    expect(filtered.shown).toBeLessThan(before.shown);
    await fresh.goBack();
    await expect.poll(async () => (await shownCount(fresh)).shown).toBe(before.shown);
    expect(await fresh.getByRole('checkbox', { name: /Air strike/ }).isChecked()).toBe(true);
    await fresh.goForward();
    await expect.poll(async () => (await shownCount(fresh)).shown).toBe(filtered.shown);
    expect(await fresh.getByRole('checkbox', { name: /Air strike/ }).isChecked()).toBe(false);
    await fresh.context().close();
  });

  it('opens an event from a link and shows its provenance: phrase, interval, names, precision, sources', async () => {
    const event = events.find((e) => e.status !== 'negated' && e.date.phrase && e.place.name.ar && e.place.name.en)!;
    const fresh = (await openApp(browser, `${url}#event=${encodeURIComponent(event.id)}`)).page;
    const panel = fresh.getByRole('complementary', { name: 'Event details' });
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain(event.sources[0]!.quote.trim().slice(0, 30));
    expect(text).toContain(event.date.phrase);
    expect(text).toContain(event.date.start!);
    if (event.date.end !== event.date.start) expect(text).toContain(event.date.end!);
    expect(text).toContain(event.place.name.ar!);
    expect(text).toContain(event.place.name.en!);
    expect(text).toContain(`${Math.round(event.place.confidence * 100)}%`);
    for (const s of event.sources) expect(text).toContain(s.outlet ?? s.report);
    // The place mention is highlighted inside the quote.
    expect(await panel.locator('blockquote mark').innerText()).toBe(event.place.mention.surface);
    await fresh.context().close();
  });

  it('README view: one year, an Arabic report selected (tests/artifacts/app.png)', async () => {
    const arabic = events.filter((e) => e.status === 'reported' && /^[\u0600-\u06FF]/.test(e.sources[0]!.quote.trim()) && e.date.start);
    // The year with the most events, and its Arabic event dated to the day with a place in both languages.
    const years = new Map<string, number>();
    for (const e of events) if (e.date.start) years.set(e.date.start.slice(0, 4), (years.get(e.date.start.slice(0, 4)) ?? 0) + 1);
    const year = [...years].sort((a, b) => b[1] - a[1])[0]![0];
    const event = arabic.find((e) => e.date.start!.startsWith(year) && e.date.precision === 'day') ?? arabic[0]!;
    const y = event.date.start!.slice(0, 4);
    const fresh = (await openApp(browser, `${url}#from=${y}-01-01&to=${y}-12-31&event=${encodeURIComponent(event.id)}`)).page;
    const quote = fresh.locator('aside blockquote');
    await quote.waitFor();
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await mapDrawn(fresh);
    await saveScreenshot(fresh, 'app.png');
    await fresh.context().close();
  });

  it('drags the whole time window by its band, keeping its length', async () => {
    const fresh = (await openApp(browser, url)).page;
    const start = fresh.getByRole('slider', { name: 'Start of time window' });
    const end = fresh.getByRole('slider', { name: 'End of time window' });
    for (let i = 0; i < 12; i++) await end.press('PageDown');
    const before = await timeWindow(fresh);
    const band = (await fresh.locator('.band').boundingBox())!;
    await fresh.mouse.move(band.x + band.width / 2, band.y + band.height / 2);
    await fresh.mouse.down();
    await fresh.mouse.move(band.x + band.width / 2 + 60, band.y + band.height / 2, { steps: 5 });
    await fresh.mouse.up();
    const after = await timeWindow(fresh);
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(days(before.from, after.from)).toBeGreaterThan(0);
    expect(days(after.from, after.to)).toBe(days(before.from, before.to));
    expect(await start.getAttribute('aria-valuetext')).toBe(after.from);
    expect((await shownCount(fresh)).shown).toBe(expected(after).length);
    await fresh.context().close();
  });

  it('lists the events in view; a row selects its event, a map selection highlights its row', async () => {
    const fresh = (await openApp(browser, url)).page;
    const { shown } = await shownCount(fresh);
    const tab = fresh.getByRole('tab', { name: /Events in view/ });
    await tab.click();
    const inView = Number(/\((\d+)\)/.exec(await tab.innerText())![1]);
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThanOrEqual(shown);
    const rows = fresh.getByRole('list', { name: 'Events in view' }).getByRole('button');
    // Only the rows in sight are rendered, never more than the list holds.
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThanOrEqual(inView);
    await rows.first().click();
    const quote = fresh.locator('aside blockquote');
    await quote.waitFor();
    const text = await quote.innerText();
    expect(events.some((e) => e.sources[0]!.quote === text)).toBe(true);
    expect(await rows.first().getAttribute('aria-current')).toBe('true');
    await fresh.context().close();
  });

  it('searches places, actors and quotes; the count and the URL follow', async () => {
    const fresh = (await openApp(browser, url)).page;
    const withPlace = events.find((e) => e.status !== 'negated' && e.place.name.en);
    const word = withPlace!.place.name.en!;
    await fresh.getByRole('searchbox').fill(word);
    await expect.poll(async () => (await shownCount(fresh)).shown).toBe(expected({ text: word }).length);
    expect(await fresh.evaluate(() => location.hash)).toContain(`q=${encodeURIComponent(word)}`);
    await fresh.context().close();
  });

  it('switches to Arabic with a right-to-left layout', async () => {
    const fresh = (await openApp(browser, url)).page;
    await fresh.getByRole('button', { name: 'العربية' }).click();
    expect(await fresh.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const total = events.length;
    await expect.poll(() => fresh.locator('.summary .count').innerText()).toContain(`من ${total}`);
    // The summary card sits on the right in Arabic.
    const box = (await fresh.locator('.summary').boundingBox())!;
    expect(box.x).toBeGreaterThan(1280 / 2);
    expect(await fresh.getByRole('button', { name: 'تصدير GeoJSON' }).count()).toBe(1);
    expect(await fresh.evaluate(() => location.hash)).toContain('lang=ar');
    await mapDrawn(fresh);
    await saveScreenshot(fresh, 'app-ar.png');
    await fresh.context().close();
  });
});
