// How an event looks says how sure we are of it (issue 5): an event placed only at a governorate or
// region is drawn as an area, not a pin; an event dated only to a few days, a month or a year is drawn
// fainter than one dated to the day; accumulate mode keeps the window's start while playing. Each event
// is isolated with the search box, and what it adds to the picture is measured by hiding its type.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventRecord } from '../../src/schema/index.ts';
import { filterEvents } from '../../src/geo/filter.ts';
import { MESSAGES } from '../../src/app/state/messages.ts';
import { DEFAULT_STATUSES } from '../../src/app/state/facets.ts';
import { launchChromium } from './chromium.ts';
import { mapDrawn, openApp, readEvents, shownCount, timeWindow } from './app-page.ts';

const skipReason = inject('skipReason');

interface Footprint {
  /** Pixels within 120 px of the event that change when it is hidden. */
  pixels: number;
  /** The largest change of one pixel (sum of |ΔR|+|ΔG|+|ΔB|): how strongly the mark is drawn. */
  strongest: number;
}

describe.skipIf(!!skipReason)('marks of precision and certainty in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const events = skipReason ? [] : readEvents(inject('eventsFile'));
  const shown = filterEvents(events, { statuses: DEFAULT_STATUSES });

  /** A search phrase (from the quote) that shows this event and no other. */
  const isolating = (e: EventRecord): string | null => {
    const quote = e.sources[0]!.quote;
    for (let at = 0; at + 24 <= quote.length; at += 8) {
      const text = quote.slice(at, at + 24);
      if (filterEvents(shown, { text }).length === 1) return text;
    }
    return null;
  };
  const pick = (ok: (e: EventRecord) => boolean) => shown.find((e) => ok(e) && e.status === 'reported' && isolating(e) !== null);

  async function footprint(e: EventRecord): Promise<Footprint> {
    await page.getByRole('searchbox').fill(isolating(e)!);
    await expect.poll(async () => (await shownCount(page)).shown).toBe(1);
    await page.evaluate(([lon, lat]) => (window.__sitrep!.map as { jumpTo(o: object): void }).jumpTo({ center: [lon, lat], zoom: 6.5 }), e.place.coordinates);
    await mapDrawn(page);
    const withIt = await page.screenshot();
    const typeBox = page.getByRole('checkbox', { name: MESSAGES.en.types[e.type] });
    await typeBox.uncheck();
    await mapDrawn(page);
    const without = await page.screenshot();
    await typeBox.check();
    await page.getByRole('searchbox').fill('');
    const [x, y] = (await page.evaluate(
      ([lon, lat]) => {
        const p = (window.__sitrep!.map as { project(c: [number, number]): { x: number; y: number } }).project([lon, lat]);
        return [p.x, p.y];
      },
      e.place.coordinates,
    )) as [number, number];
    return page.evaluate(
      async ({ a, b, x, y }) => {
        const read = async (data: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const c = document.createElement('canvas');
          [c.width, c.height] = [img.width, img.height];
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const [p, q] = [await read(a), await read(b)];
        let pixels = 0;
        let strongest = 0;
        for (let j = Math.max(0, Math.round(y) - 120); j < Math.min(p.height, Math.round(y) + 120); j++) {
          for (let i = Math.max(0, Math.round(x) - 120); i < Math.min(p.width, Math.round(x) + 120); i++) {
            const k = (j * p.width + i) * 4;
            const d = Math.abs(p.data[k]! - q.data[k]!) + Math.abs(p.data[k + 1]! - q.data[k + 1]!) + Math.abs(p.data[k + 2]! - q.data[k + 2]!);
            if (d > 12) pixels++;
            strongest = Math.max(strongest, d);
          }
        }
        return { pixels, strongest };
      },
      { a: withIt.toString('base64'), b: without.toString('base64'), x, y },
    );
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('appUrl'))).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws a governorate- or region-level event as an area, a town-level one as a dot', async () => {
    const area = pick((e) => ['governorate', 'region'].includes(e.place.precision) && e.date.precision === 'day');
    const town = pick((e) => ['town', 'point'].includes(e.place.precision) && e.date.precision === 'day');
    expect(area, 'the corpus has a region-level event dated to the day').toBeDefined();
    expect(town, 'the corpus has a town-level event dated to the day').toBeDefined();
    const [a, t] = [await footprint(area!), await footprint(town!)];
    expect(t.pixels).toBeGreaterThan(20);
    expect(a.pixels, `area ${JSON.stringify(a)} vs dot ${JSON.stringify(t)}`).toBeGreaterThan(4 * t.pixels);
  });

  it('draws an event dated to a month or a few days fainter than one dated to the day', async () => {
    const dot = (e: EventRecord) => ['town', 'point'].includes(e.place.precision);
    const vague = pick((e) => dot(e) && e.date.precision !== 'day');
    const exact = pick((e) => dot(e) && e.date.precision === 'day');
    expect(vague, 'the corpus has a town-level event dated only vaguely').toBeDefined();
    const [v, x] = [await footprint(vague!), await footprint(exact!)];
    expect(v.pixels).toBeGreaterThan(20);
    expect(v.strongest, `vague ${JSON.stringify(v)} vs exact ${JSON.stringify(x)}`).toBeLessThan(x.strongest * 0.75);
  });

  it('keeps the start of the window fixed while playing in accumulate mode', async () => {
    await page.getByRole('slider', { name: 'End of time window' }).focus();
    await page.keyboard.press('Home');
    await page.getByRole('combobox', { name: 'Window' }).selectOption('accumulate');
    const start = await timeWindow(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await timeWindow(page)).to, { timeout: 15_000 }).not.toBe(start.to);
    await page.getByRole('button', { name: 'Pause' }).click();
    const grown = await timeWindow(page);
    expect(grown.from).toBe(start.from);
    expect(grown.to > start.to).toBe(true);
    expect((await shownCount(page)).shown).toBe(filterEvents(events, { statuses: DEFAULT_STATUSES, ...grown }).length);
    await page.getByRole('combobox', { name: 'Window' }).selectOption('moving');
  });
});
