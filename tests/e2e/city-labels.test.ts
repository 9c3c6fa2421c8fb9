// City labels as a user sees them: drawn by MapLibre's symbol layers in the interface language, Arabic
// joined and right to left, with glyphs served by our own server and nothing fetched from elsewhere.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { foreignRequests, mapDrawn, openApp, saveScreenshot, type OpenedApp } from './app-page.ts';
import { CITY_LABEL_LAYERS } from '../../src/app/map/city-labels.ts';

const skipReason = inject('skipReason');

interface City {
  name_en: string;
  name_ar: string | null;
  rank: number;
  lonLat: [number, number];
}

const cities: City[] = JSON.parse(readFileSync(new URL('../../geodata/basemap/cities.geojson', import.meta.url), 'utf8')).features.map(
  (f: { properties: Omit<City, 'lonLat'>; geometry: { coordinates: [number, number] } }) => ({ ...f.properties, lonLat: f.geometry.coordinates }),
);
const raqqa = cities.find((c) => c.name_ar === 'الرقة')!;

/** The label texts MapLibre placed on screen, by English name (the text drawn, as the layer evaluated it). */
async function drawnLabels(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate((layers) => {
    const map = window.__sitrep!.map as {
      queryRenderedFeatures(o: { layers: string[] }): { properties: { name_en: string }; layer: { layout: { 'text-field': { sections: { text: string }[] } } } }[];
    };
    return map.queryRenderedFeatures({ layers }).map((f) => [f.properties.name_en, f.layer.layout['text-field'].sections.map((s) => s.text).join('')] as const);
  }, CITY_LABEL_LAYERS);
  return new Map(pairs);
}

/** A box of the screen around a city, where its label goes (any corner of the town). */
async function boxAround(page: Page, lonLat: [number, number]) {
  const p = await page.evaluate((ll) => (window.__sitrep!.map as { project(ll: [number, number]): { x: number; y: number } }).project(ll), lonLat);
  return { x: Math.round(p.x - 90), y: Math.round(p.y - 35), width: 180, height: 70 };
}

async function setLabelsVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate(
    ({ layers, visible }) => {
      const map = window.__sitrep!.map as { setLayoutProperty(id: string, p: string, v: string): void };
      for (const id of layers) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    { layers: CITY_LABEL_LAYERS, visible },
  );
  await mapDrawn(page);
}

/** Pixels that differ between two PNGs of the same size, and how many of them are dark (label text). */
async function labelPixels(page: Page, withLabels: Buffer, without: Buffer): Promise<{ changed: number; dark: number }> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (data: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = [await pixels(a!), await pixels(b!)];
      let changed = 0;
      let dark = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!);
        if (d > 30) changed++;
        if (d > 30 && pa[i]! + pa[i + 1]! + pa[i + 2]! < 3 * 110) dark++;
      }
      return { changed, dark };
    },
    [withLabels.toString('base64'), without.toString('base64')],
  );
}

describe.skipIf(!!skipReason)('city labels in Chromium', () => {
  let browser: Browser;
  let app: OpenedApp;
  const url = skipReason ? '' : inject('appUrl');

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openApp(browser, url);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the governorate seats in English at the default zoom, and no HTML labels', async () => {
    const drawn = await drawnLabels(app.page);
    // Every seat whose label fits is drawn; collisions may drop a few, never most.
    const seats = cities.filter((c) => c.rank <= 1);
    expect(drawn.size).toBeGreaterThanOrEqual(seats.length - 3);
    expect(drawn.get('Aleppo')).toBe('Aleppo');
    expect(drawn.get(raqqa.name_en)).toBe(raqqa.name_en);
    expect(await app.page.locator('.city-label').count()).toBe(0);
  });

  it('puts label pixels where Raqqa is, and they go when the label layers are hidden', async () => {
    const clip = await boxAround(app.page, raqqa.lonLat);
    const shown = await app.page.screenshot({ clip });
    await setLabelsVisible(app.page, false);
    const hidden = await app.page.screenshot({ clip });
    await setLabelsVisible(app.page, true);
    const { changed, dark } = await labelPixels(app.page, shown, hidden);
    // "Ar-Raqqa" at 12 px: some hundreds of text and halo pixels.
    expect(changed).toBeGreaterThan(150);
    expect(dark).toBeGreaterThan(40);
  });

  it('switches the labels to Arabic with the interface, drawn from the Arabic glyph ranges', async () => {
    await app.page.getByRole('button', { name: 'العربية' }).click();
    await mapDrawn(app.page);
    await expect.poll(async () => (await drawnLabels(app.page)).get(raqqa.name_en)).toBe('الرقة');
    const drawn = await drawnLabels(app.page);
    expect(drawn.get('Aleppo')).toBe('حلب');
    expect(drawn.get('Deir-ez-Zor')).toBe('دير الزور');
    // Each label in Arabic script, none left in English.
    expect([...drawn.values()].filter((t) => !/^[\p{Script=Arabic} ]+$/u.test(t))).toEqual([]);
    // MapLibre shapes Arabic into presentation forms (U+FE70–FEFF) and fetches that range.
    expect(app.requests.some((u) => u.endsWith('.pbf') && new URL(u).pathname.includes('65024-65279'))).toBe(true);

    const clip = await boxAround(app.page, raqqa.lonLat);
    const shown = await app.page.screenshot({ clip });
    await setLabelsVisible(app.page, false);
    const hidden = await app.page.screenshot({ clip });
    await setLabelsVisible(app.page, true);
    // For looking at: the letters joined, read right to left (tests/artifacts/labels-ar*.png).
    await saveScreenshot(app.page, 'labels-ar.png');
    await app.page.screenshot({ clip, path: new URL('../artifacts/labels-ar-raqqa.png', import.meta.url).pathname });
    const { changed, dark } = await labelPixels(app.page, shown, hidden);
    // «الرقة» is short: fewer pixels than "Ar-Raqqa", still far more than noise (0 with nothing drawn).
    expect(changed).toBeGreaterThan(100);
    expect(dark).toBeGreaterThan(15);
  });

  it('fetched its glyphs from 127.0.0.1 only, with no errors', () => {
    const glyphs = app.requests.filter((u) => u.endsWith('.pbf'));
    expect(glyphs.length).toBeGreaterThanOrEqual(2);
    expect(glyphs.every((u) => new URL(u).hostname === '127.0.0.1')).toBe(true);
    expect(foreignRequests(app.requests)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
