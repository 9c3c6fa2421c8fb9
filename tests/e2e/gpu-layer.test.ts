// The GPU event layer in real Chromium (software WebGL): it draws coloured dots where events are, moving
// the time window changes the drawn pixels, and picking follows the window.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { encodeColumns, toColumns } from '../../src/geo/columns.ts';
import { overlapsWindow } from '../../src/geo/filter.ts';
import { EVENT_COLORS } from '../../src/app/map/event-colors.ts';
import { dayNumber, type EventRecord, type GazetteerEntry } from '../../src/schema/index.ts';
import { syntheticEvents } from '../../bench/synthetic.ts';
import { serveStatic, type Served } from '../../bench/serve.ts';
import { launchChromium } from './chromium.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const skipReason = inject('skipReason');

/**
 * Pixels of the drawn map within a small distance of any event type's colour, where the events' canvas drew
 * something (the base map's dark label text is near some type colours).
 */
async function eventPixels(page: Page): Promise<number> {
  return page.evaluate(async (colours) => {
    // The drawn frame as the browser shows it: the events' canvas over the map's.
    const { rgba: px, events } = await window.__bench!.frame();
    const wanted = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    let n = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (events![i + 3] === 0) continue;
      for (const [r, g, b] of wanted) {
        if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) <= 24) {
          n++;
          break;
        }
      }
    }
    return n;
  }, Object.values(EVENT_COLORS));
}

/** Pixels in the heatmap's warm ramp (yellow → dark red); the base map has none (its colours are pale or blue). */
async function warmPixels(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { rgba: px } = await window.__bench!.frame();
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! > 150 && px[i + 2]! < 140 && px[i]! - px[i + 2]! > 80) n++;
    return n;
  });
}

describe.skipIf(!!skipReason)('GPU event layer in Chromium', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let work: string;
  const entries = (JSON.parse(readFileSync(join(ROOT, 'gazetteer/gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[] }).entries;
  const events = [...syntheticEvents(entries, 3000, 11)];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'sitrep-gpu-'));
    const r = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--outDir', join(work, 'dist'), '--emptyOutDir'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`bench page build failed:\n${r.stderr}`);
    writeFileSync(join(work, 'events.bin'), encodeColumns(toColumns(events, { details: false })));
    served = await serveStatic({ '/': join(work, 'dist'), '/data/': work });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1000, height: 700 } })).newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${served.url}map.html?data=data/events.bin&zoom=7.2`);
    await page.evaluate(() => window.__bench!.ready);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('draws the events as dots in their type colours', async () => {
    expect(await page.evaluate(() => window.__bench!.mode())).toBe('dots');
    expect(await eventPixels(page)).toBeGreaterThan(500);
  });

  it('a narrower time window draws fewer event pixels, an empty one none', async () => {
    const all = await eventPixels(page);
    await page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [dayNumber('2016-01-01'), dayNumber('2016-03-31')] as const);
    const quarter = await eventPixels(page);
    await page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [dayNumber('2001-01-01'), dayNumber('2001-12-31')] as const);
    const none = await eventPixels(page);
    expect(quarter).toBeLessThan(all * 0.6);
    expect(quarter).toBeGreaterThan(20);
    expect(none).toBeLessThan(quarter / 10);
  });

  it('picks the event under a dot inside the window, and nothing there once the window excludes it', async () => {
    // An event drawn as a pin (town or village) near the middle of the view, alone at its place.
    const byPlace = new Map<string, number>();
    for (const e of events) byPlace.set(e.place.id, (byPlace.get(e.place.id) ?? 0) + 1);
    const candidates = events.filter((e) => ['point', 'town'].includes(e.place.precision) && e.status === 'reported' && byPlace.get(e.place.id) === 1);
    const placed = await page.evaluate(
      (cs) => {
        const map = window.__bench!.map;
        return cs.map(({ id, lonlat }) => ({ id, p: map.project(lonlat as [number, number]) }));
      },
      candidates.map((e) => ({ id: e.id, lonlat: e.place.coordinates })),
    );
    const inView = placed.find(({ p }) => p.x > 100 && p.x < 900 && p.y > 100 && p.y < 600);
    expect(inView).toBeDefined();
    const event = events.find((e) => e.id === inView!.id)!;
    const [from, to] = [dayNumber(event.date.start!), dayNumber(event.date.end!)];

    await page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [from, to] as const);
    const picked = await page.evaluate(({ x, y }) => window.__bench!.pick(x, y), inView!.p);
    expect(picked).not.toBeNull();
    const pickedEvent = events.find((e) => e.id === picked)!;
    expect(overlapsWindow(pickedEvent, event.date.start, event.date.end)).toBe(true);
    const lit = await page.evaluate(({ x, y }) => window.__bench!.pixel(x, y), inView!.p);

    // A window that ends the day before the event starts: the dot goes, and so does the pick.
    await page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [from - 400, from - 1] as const);
    const after = await page.evaluate(({ x, y }) => window.__bench!.pick(x, y), inView!.p);
    if (after !== null) expect(overlapsWindow(events.find((e) => e.id === after)!, null, event.date.start)).toBe(true);
    expect(after).not.toBe(event.id);
    const unlit = await page.evaluate(({ x, y }) => window.__bench!.pixel(x, y), inView!.p);
    expect(unlit).not.toEqual(lit);
  });

  it('draws on its own canvas: a window change redraws the events without repainting the map', async () => {
    await page.evaluate(() => window.__bench!.scrub(-1e6, 1e6));
    const shown = await eventPixels(page);
    const result = await page.evaluate(async (colours) => {
      const bench = window.__bench!;
      let mapFrames = 0;
      const count = () => mapFrames++;
      bench.map.on('render', count);
      await bench.scrub(16_000, 17_000);
      await bench.scrub(-1e6, 1e6);
      bench.map.off('render', count);
      // MapLibre's own canvas: the base map, no event dots.
      const gl = bench.map.getCanvas().getContext('webgl2')!;
      const px = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4);
      gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, px);
      const wanted = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      let onMap = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (wanted.some(([r, g, b]) => Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) <= 24)) onMap++;
      }
      return { mapFrames, onMap };
    }, Object.values(EVENT_COLORS));
    expect(result.mapFrames).toBe(0);
    expect(shown).toBeGreaterThan(500);
    expect(result.onMap).toBeLessThan(shown / 20);
  });

  it('the events stay on their places when the map pans, zooms and rotates', async () => {
    const byPlace = new Map<string, number>();
    for (const e of events) byPlace.set(e.place.id, (byPlace.get(e.place.id) ?? 0) + 1);
    const event = events.find(
      (e) => ['point', 'town'].includes(e.place.precision) && e.status === 'reported' && byPlace.get(e.place.id) === 1 && e.date.start !== null,
    )!;
    const colour = EVENT_COLORS[event.type];
    const want = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
    const near = (px: number[]) => Math.abs(px[0]! - want[0]!) + Math.abs(px[1]! - want[1]!) + Math.abs(px[2]! - want[2]!) <= 40;
    await page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [dayNumber(event.date.start!), dayNumber(event.date.end!)] as const);
    const cameras = [
      { center: event.place.coordinates, zoom: 7.2, bearing: 0 },
      { center: [event.place.coordinates[0] + 0.3, event.place.coordinates[1] - 0.2], zoom: 8.1, bearing: 35 },
      { center: [event.place.coordinates[0] - 0.5, event.place.coordinates[1] + 0.3], zoom: 6.6, bearing: -20 },
    ];
    const seen: { x: number; y: number }[] = [];
    for (const camera of cameras) {
      const { p, px } = await page.evaluate(
        async ({ camera, lonlat }) => {
          const bench = window.__bench!;
          bench.map.jumpTo(camera as never);
          const p = bench.map.project(lonlat as [number, number]);
          return { p: { x: p.x, y: p.y }, px: await bench.pixel(p.x, p.y) };
        },
        { camera, lonlat: event.place.coordinates },
      );
      expect(near(px), `event colour ${colour} at ${JSON.stringify(p)} for ${JSON.stringify(camera)}, got ${px}`).toBe(true);
      seen.push(p);
    }
    // The dot really moved on screen between cameras (and was found at each new place).
    expect(Math.hypot(seen[1]!.x - seen[0]!.x, seen[1]!.y - seen[0]!.y)).toBeGreaterThan(50);
    await page.evaluate(() => window.__bench!.map.jumpTo({ center: [38.5, 35.2], zoom: 7.2, bearing: 0 }));
  });

  /** A pin event alone at its place, reported (a filled dot), shown alone by a window of its own dates. */
  async function loneDot(): Promise<EventRecord> {
    const byPlace = new Map<string, number>();
    for (const e of events) byPlace.set(e.place.id, (byPlace.get(e.place.id) ?? 0) + 1);
    const event = events.find(
      (e) => ['point', 'town'].includes(e.place.precision) && e.status === 'reported' && byPlace.get(e.place.id) === 1 && e.date.start !== null,
    )!;
    await page.evaluate(([f, t]) => window.__bench!.scrub(f, t), [dayNumber(event.date.start!), dayNumber(event.date.end!)] as const);
    return event;
  }

  /** Pixels of the event's colour in a 40 px box around its place, after hovering it or sizing it (or neither). */
  const colourAround = (event: EventRecord, how: { hover?: boolean; extraPx?: number }) =>
    page.evaluate(
      async ({ lonlat, hex, hover, extraPx }) => {
        const bench = window.__bench!;
        const layer = bench.layer!;
        const p = bench.map.project(lonlat as [number, number]);
        const index = layer.pick(p);
        layer.setHovered(hover ? index : null);
        if (extraPx !== undefined && index !== null) {
          const sizes = new Uint8Array(index + 1);
          sizes[index] = extraPx;
          layer.setSizes(sizes);
        }
        const { width, height, rgba } = await bench.frame();
        const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const ratio = bench.map.getPixelRatio();
        const cx = Math.round(p.x * ratio);
        const cy = height - 1 - Math.round(p.y * ratio);
        let n = 0;
        for (let y = Math.max(0, cy - 20); y <= Math.min(height - 1, cy + 20); y++) {
          for (let x = Math.max(0, cx - 20); x <= Math.min(width - 1, cx + 20); x++) {
            const i = (y * width + x) * 4;
            if (Math.abs(rgba[i]! - want[0]!) + Math.abs(rgba[i + 1]! - want[1]!) + Math.abs(rgba[i + 2]! - want[2]!) <= 40) n++;
          }
        }
        return { n, picked: index !== null };
      },
      { lonlat: event.place.coordinates, hex: EVENT_COLORS[event.type], hover: how.hover ?? false, extraPx: how.extraPx },
    );

  it('grows the hovered dot, as the GeoJSON layer does, and shrinks it back', async () => {
    const event = await loneDot();
    const plain = await colourAround(event, {});
    const hovered = await colourAround(event, { hover: true });
    const back = await colourAround(event, {});
    expect(plain.picked).toBe(true);
    expect(plain.n).toBeGreaterThan(10);
    // Radius + 3 px: the filled area grows by well over a third.
    expect(hovered.n).toBeGreaterThan(plain.n * 1.4);
    expect(back.n).toBe(plain.n);
  });

  it('sizes a pin by its fatalities when asked (a byte per event: extra radius in CSS px)', async () => {
    const event = await loneDot();
    const plain = await colourAround(event, {});
    const sized = await colourAround(event, { extraPx: 8 });
    // setSizes(null) as the app does when the box is unticked; setData (a new window of data) clears it too.
    await page.evaluate(() => window.__bench!.layer!.setSizes(null));
    const back = await colourAround(event, {});
    expect(sized.n).toBeGreaterThan(plain.n * 3);
    expect(back.n).toBe(plain.n);
  });

  it('zoomed out over many events it draws a heatmap, which follows the window too', async () => {
    const heat = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await heat.goto(`${served.url}map.html?data=data/events.bin&zoom=5.6&aggregateAbove=500`);
    await heat.evaluate(() => window.__bench!.ready);
    expect(await heat.evaluate(() => window.__bench!.mode())).toBe('heatmap');
    const all = await warmPixels(heat);
    expect(all).toBeGreaterThan(2000);
    // The heatmap draws into a third of the device pixels each way, stretched over the map's own CSS box;
    // dots are back at full resolution.
    const sizes = () =>
      heat.evaluate(() => {
        const [map, events] = [window.__bench!.map.getCanvas(), window.__bench!.layer!.canvas()!];
        return { map: [map.width, map.height, map.style.width, map.style.height], events: [events.width, events.height, events.style.width, events.style.height] };
      });
    const heatSizes = await sizes();
    expect(heatSizes.events).toEqual([
      Math.round(Number(heatSizes.map[0]) / 3),
      Math.round(Number(heatSizes.map[1]) / 3),
      heatSizes.map[2],
      heatSizes.map[3],
    ]);
    // A window with no events: back to dots (none to draw), and no heat left on the map.
    await heat.evaluate(([f, t]) => window.__bench!.scrub(f, t), [dayNumber('2001-01-01'), dayNumber('2001-12-31')] as const);
    expect(await heat.evaluate(() => window.__bench!.mode())).toBe('dots');
    expect(await warmPixels(heat)).toBeLessThan(all / 20);
    const dotSizes = await sizes();
    expect(dotSizes.events).toEqual(dotSizes.map);
    await heat.close();
  });
});
