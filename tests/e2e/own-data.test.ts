// Bring your own data: a pasted report is extracted in a web worker and its events join the map; a dropped
// NDJSON file from `sitrep ingest` adds its events and widens the time range.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { foreignRequests, openApp, readEvents, saveScreenshot, shownCount, timeWindow, type OpenedApp } from './app-page.ts';

const skipReason = inject('skipReason');

describe.skipIf(!!skipReason)('bring your own data', () => {
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

  it('extracts a pasted report in the browser and shows its event', async () => {
    const before = await shownCount(page);
    await page.getByRole('button', { name: 'Add a report' }).click();
    await page
      .getByLabel('Report text (Arabic or English)')
      .fill('Warplanes struck the town of Saraqib in the Idlib countryside on Tuesday, killing four civilians, local activists said.');
    await page.getByLabel('Published').fill('2018-02-06');
    await page.getByRole('button', { name: 'Extract events' }).click();
    const notice = page.getByText(/\d+ events? added/);
    await notice.waitFor({ timeout: 60_000 });
    const added = Number(/(\d+) event/.exec(await notice.innerText())![1]);
    expect(added).toBeGreaterThanOrEqual(1);
    const after = await shownCount(page);
    expect(after.total).toBe(before.total + added);
    await saveScreenshot(page, 'app-add-report.png');
    await page.getByRole('button', { name: 'Close the report form' }).click();
    expect(await page.locator('aside blockquote').innerText()).toContain('Saraqib');
    // It is on the map's list, placed at Saraqib, dated by "on Tuesday" before publication.
    await page.getByRole('searchbox').fill('Saraq');
    await page.getByRole('tab', { name: /Events in view/ }).click();
    const row = page.getByRole('list', { name: 'Events in view' }).getByRole('button').first();
    expect(await row.innerText()).toMatch(/Air strike[\s\S]*Saraq[\s\S]*2018-02-06/);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('tab', { name: 'Filters' }).click();
  });

  it('adds the events of a dropped NDJSON file and widens the time range to hold them', async () => {
    const before = await shownCount(page);
    const template = events[0]!;
    const dropped = ['2020-05-01', '2020-06-15'].map((day, i) => ({
      ...template,
      id: `dropped-${i}`,
      status: 'reported',
      date: { start: day, end: day, precision: 'day', phrase: '', basis: 'report' },
    }));
    const ndjson = dropped.map((e) => JSON.stringify(e)).join('\n') + '\n{not json\n';
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'more.ndjson', { type: 'application/x-ndjson' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, ndjson);
    await page.getByText(/2 events added/).waitFor();
    // The notice names the file and says which line was refused and why.
    expect(await page.getByText(/2 events added/).innerText()).toMatch(/^more\.ndjson: 2 events added · 1 refused \(not valid events\): line 3: not JSON$/);
    const after = await shownCount(page);
    expect(after.total).toBe(before.total + 2);
    expect((await timeWindow(page)).to).toBe('2020-06-15');
    expect(after.shown).toBe(before.shown + 2);
  });

  it('refuses a dropped file over 50 MB without reading it, naming the file and the limit', async () => {
    const before = await shownCount(page);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'huge.geojson', { type: 'application/geo+json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('.notice.added').innerText()).toBe('huge.geojson was not read: it is 51 MB, and the limit is 50 MB');
    expect((await shownCount(page)).total).toBe(before.total);
  });

  it('lists the first refused features of a dropped FeatureCollection with their reasons', async () => {
    const before = await shownCount(page);
    const { coordinates, ...place } = events[0]!.place;
    const feature = (id: string, type: string) => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates },
      properties: { ...events[0]!, id, type, place },
    });
    const fc = { type: 'FeatureCollection', features: [feature('fc-ok', 'airstrike'), feature('fc-bad', 'alien-invasion'), { type: 'Feature' }] };
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'mixed.geojson', { type: 'application/geo+json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(fc));
    const notice = page.locator('.notice.added');
    await expect.poll(() => notice.innerText()).toMatch(/^mixed\.geojson: 1 event added · 2 refused \(not valid events\): feature 2: properties\.type: .+; feature 3: /);
    expect((await shownCount(page)).total).toBe(before.total + 1);
  });

  it('refuses a pasted report over 1 MB with a visible reason and does not extract it', async () => {
    await page.getByRole('button', { name: 'Add a report' }).click();
    const box = page.getByLabel('Report text (Arabic or English)');
    await box.fill('غارات على الرقة. '.repeat(40_000));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/^The text is 1\.\d MB; the limit is 1 MB\./);
    expect(await page.getByRole('button', { name: 'Extract events' }).isDisabled()).toBe(true);
    await box.fill('Warplanes struck Saraqib.');
    expect(await alert.count()).toBe(0);
    await page.getByRole('button', { name: 'Close the report form' }).click();
  });

  it('fetched the gazetteer and worker from 127.0.0.1 only', () => {
    expect(app.requests.some((u) => /gazetteer.*\.json/.test(u))).toBe(true);
    expect(foreignRequests(app.requests)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
