// Hostile text in the real app: a report and an imported CSV carry <img onerror>, <script> and
// javascript: payloads through `sitrep ingest` and `sitrep import` into the events file; the app must
// show them as text, run none of them, and be served with a Content-Security-Policy that allows no
// remote origin. The built app and its server come from the shared setup; a small proxy in front of it
// swaps in our events file, so every other byte (and header) is the real server's.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EventCollection } from '../../src/schema/index.ts';
import { foreignRequests, openApp, type OpenedApp } from './app-page.ts';
import { launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.js');
const skipReason = inject('skipReason');

/** Each payload, if it ever ran, would set a global flag, open a dialog, or fetch from off the machine. */
const PAYLOADS = [
  '<img src=x onerror=__pwned=1>',
  '<script>__pwned=2</script>',
  '<svg onload=alert(3)>',
  '<img src="http://203.0.113.9/beacon.png">',
  '<iframe srcdoc="<script>alert(4)</script>">',
];

const REPORT = `---
published: 2017-06-10
outlet: <img src=x onerror=__pwned=11>Desk
url: https://example.org/<script>alert(12)</script>
---
Coalition jets struck Raqqa yesterday ${PAYLOADS.join(' ')} and the strikes went on.
`;

const HEADER = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,url';
/** What sitrep itself refuses (ingest and import take only http(s) urls), but an events file from elsewhere may hold. */
const SCRIPT_URL = 'javascript:__pwned=25';
const CSV = [
  HEADER,
  // Every text column carries a payload; the place is Manbij, far enough from Raqqa to click apart.
  [
    'XSS1', '2017-06-10', '1', 'Battles', 'Armed clash', '<script>alert(21)</script>', '<img src=x onerror=__pwned=22>', 'Syria', 'Aleppo',
    '"<img src=x onerror=__pwned=23>Manbij"', '36.5281', '37.9549', '1', '"<svg onload=alert(24)>"', `"Clashes ${PAYLOADS.join(' ').replace(/"/g, '""')}"`, '2',
    'https://example.org/"><img/src=x/onerror=__pwned=26>',
  ].join(','),
].join('\r\n');

function sitrep(args: string[]): void {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`sitrep ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
}

/** Serves `events` at /events.geojson and passes everything else, headers included, to `upstream`. */
function proxy(upstream: string, events: string): Promise<{ server: Server; url: string }> {
  const up = new URL(upstream);
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === '/events.geojson') {
      res.writeHead(200, { 'Content-Type': 'application/geo+json' });
      createReadStream(events).pipe(res);
      return;
    }
    const fwd = request({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    ok({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
  }));
}

describe.skipIf(!!skipReason)('hostile text in reports and imported data', () => {
  let dir: string;
  let browser: Browser;
  let app: OpenedApp;
  let page: Page;
  let server: Server;
  let ids: string[];
  let proxyUrl: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitrep-xss-'));
    await writeFile(join(dir, 'payload.txt'), REPORT);
    await writeFile(join(dir, 'payload.csv'), CSV);
    sitrep(['ingest', join(dir, 'payload.txt'), '--out', join(dir, 'ingested.geojson')]);
    sitrep(['import', join(dir, 'payload.csv'), '--merge-with', join(dir, 'ingested.geojson'), '--out', join(dir, 'events.geojson')]);
    const fc = EventCollection.parse(JSON.parse(await readFile(join(dir, 'events.geojson'), 'utf8')));
    ids = fc.features.map((f) => f.id);
    // A third event, as another tool might write it, with a script url sitrep would have refused.
    const foreign = structuredClone(fc.features[0]!);
    foreign.id = foreign.properties.id = 'FOREIGN1';
    foreign.geometry.coordinates = [36.7161, 35.9306];
    foreign.properties.sources[0]!.url = SCRIPT_URL;
    fc.features.push(foreign);
    await writeFile(join(dir, 'events.geojson'), JSON.stringify(fc));
    ids.push('FOREIGN1');
    const p = await proxy(inject('appUrl'), join(dir, 'events.geojson'));
    server = p.server;
    proxyUrl = p.url;
    browser = await launchChromium();
    app = await openApp(browser, p.url);
    page = app.page;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('carries the payloads verbatim into the events file, from the report and from the CSV', async () => {
    const text = await readFile(join(dir, 'events.geojson'), 'utf8');
    expect(ids).toHaveLength(3);
    expect(ids).toContain('XSS1');
    for (const p of PAYLOADS) expect(text).toContain(JSON.stringify(p).slice(1, -1));
  });

  it('shows each event’s quote, place, actors and outlet as text and runs nothing', async () => {
    for (const id of ids) {
      const spot = await page.evaluate((id) => {
        const map = window.__sitrep!.map as import('maplibre-gl').Map;
        const f = map.queryRenderedFeatures({ layers: ['events-circle'] }).find((x) => String(x.properties.id) === id);
        if (!f) return null;
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, id);
      expect(spot, `dot of ${id}`).not.toBeNull();
      await page.mouse.click(spot!.x, spot!.y);
      const panel = page.locator('aside');
      await expect.poll(() => panel.innerText()).toContain('<img src=x onerror=__pwned=1>');
      const text = await panel.innerText();
      for (const p of PAYLOADS) expect(text, id).toContain(p);
      expect(await panel.locator('img, script, svg, iframe').count(), id).toBe(0);
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  // An events file from elsewhere can carry a javascript: url that sitrep's own ingest and import refuse:
  // the panel links http(s) urls only and shows any other url as plain text.
  it('never makes a javascript: link of a url in an events file, and shows the url as text', async () => {
    const dot = await page.evaluate(() => {
      const map = window.__sitrep!.map as import('maplibre-gl').Map;
      const f = map.queryRenderedFeatures({ layers: ['events-circle'] }).find((x) => String(x.properties.id) === 'FOREIGN1');
      if (!f) return null;
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(dot!.x, dot!.y);
    await expect.poll(() => page.locator('aside').innerText()).toContain(SCRIPT_URL);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('aside a').count()).toBe(0);
  });

  it('takes a hostile URL hash as data: nothing runs and the app still works', async () => {
    const hash = [
      `outlets=${encodeURIComponent('<img src=x onerror=__pwned=31>')}`,
      `actors=${encodeURIComponent('<script>__pwned=32</script>')}`,
      `event=${encodeURIComponent('"><svg onload=alert(33)>')}`,
      'from=<b>',
      'map=1e999/NaN/javascript:alert(34)',
      `types=${'x'.repeat(100_000)}`,
    ].join('&');
    await page.goto(`${proxyUrl}#${hash}`);
    await page.getByText(/\d+ of \d+ events shown/).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  });

  it('fetched nothing from anywhere but 127.0.0.1, though a payload names a remote image', () => {
    expect(foreignRequests(app.requests)).toEqual([]);
  });

  it('is served with a Content-Security-Policy that allows no remote origin and no inline script', async () => {
    const res = await fetch(inject('appUrl'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).not.toBe('');
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [name, values] of directives) {
      for (const v of values) {
        // Only the page's own origin and local schemes: no host, no wildcard, no http(s): scheme.
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${v}`).toContain(v);
      }
    }
    // Inline styles are allowed (MapLibre sets them); inline and eval'd scripts are not.
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });
});
