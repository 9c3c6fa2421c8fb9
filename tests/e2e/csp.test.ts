// The built index.html carries the Content-Security-Policy `sitrep serve` sends as a header, so the app
// is protected on a static host that sends no header at all. Here a proxy strips the server's header:
// only the <meta> policy is left, and the app must still load, draw, select and extract with no
// violation, while an injected inline script is refused.
import { createServer, request, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/cli/commands/serve.ts';
import { openApp, type OpenedApp } from './app-page.ts';
import { launchChromium } from './chromium.ts';

const skipReason = inject('skipReason');

/** Passes everything to `upstream` but drops its Content-Security-Policy header. */
function withoutCspHeader(upstream: string): Promise<{ server: Server; url: string }> {
  const up = new URL(upstream);
  const server = createServer((req, res) => {
    const fwd = request({ host: up.hostname, port: up.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      const headers = { ...r.headers };
      delete headers['content-security-policy'];
      res.writeHead(r.statusCode ?? 502, headers);
      r.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/` });
    }),
  );
}

/** "a b; c d" → Map(a → "b", c → "d"), so directive order and spacing do not matter. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe.skipIf(!!skipReason)('Content-Security-Policy in the built page', () => {
  let browser: Browser;
  let app: OpenedApp;
  let page: Page;
  let server: Server;

  beforeAll(async () => {
    const p = await withoutCspHeader(inject('appUrl'));
    server = p.server;
    browser = await launchChromium();
    // A violation while loading shows up as a console error ("Refused to …"), which openApp records.
    app = await openApp(browser, p.url);
    page = app.page;
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('has the server’s policy in a <meta http-equiv>, minus frame-ancestors (not allowed in meta)', async () => {
    const html = await (await fetch(inject('appUrl'))).text();
    const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(m, 'meta CSP in the built index.html').not.toBeNull();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(m![1]!)).toEqual(header);
  });

  it('is served without the header here, so only the meta policy applies', async () => {
    const res = await page.request.get(page.url());
    expect(res.headers()['content-security-policy']).toBeUndefined();
  });

  it('runs the app under the meta policy with no violation: map, selection, report extraction', async () => {
    await page.evaluate(() => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // A selection (the panel) and an extraction (the web worker and the gazetteer fetch).
    await page.getByRole('tab', { name: /Events in view/ }).click();
    await page.getByRole('list', { name: 'Events in view' }).getByRole('button').first().click();
    await page.locator('aside blockquote').waitFor();
    await page.getByRole('button', { name: 'Add a report' }).click();
    await page.getByLabel('Report text (Arabic or English)').fill('Warplanes struck the town of Saraqib in the Idlib countryside on Tuesday.');
    await page.getByRole('button', { name: 'Extract events' }).click();
    await page.getByText(/\d+ events? added/).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(app.errors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('refuses an injected inline script: the meta policy is in force', async () => {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))
      .toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});
