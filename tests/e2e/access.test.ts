// Keyboard and contrast (issue 5, "Language and access"): every control is reached with Tab, the
// focused control shows a visible focus mark, and text passes WCAG AA contrast, in English and Arabic.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { openApp } from './app-page.ts';

const skipReason = inject('skipReason');

/** In the page: numbers every control a user can operate (data-a11y) and lists their names. */
const CONTROLS = `[...document.querySelectorAll('button, input, select, textarea, a[href], [role="slider"]')]
  .filter((el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.disabled && !el.closest('[inert], [aria-hidden="true"], .maplibregl-ctrl-attrib'); })
  .map((el, i) => { el.dataset.a11y = String(i);
    const label = el.labels && el.labels[0] ? el.labels[0].textContent.trim() : '';
    return el.getAttribute('aria-label') || label || el.textContent.trim() || el.getAttribute('placeholder') || el.tagName; })`;

/** In the page: which numbered control has focus, and whether its focus mark can be seen (outline or ring). */
const FOCUSED = `(() => { const el = document.activeElement; if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
  const ring = s.boxShadow && s.boxShadow !== 'none';
  return { index: el.dataset.a11y === undefined ? -1 : Number(el.dataset.a11y), visible: outline || !!ring }; })()`;

/**
 * In the page: every visible text node's contrast ratio (WCAG 2.x relative luminance) against the
 * first opaque background behind it; returns those below AA (4.5:1, or 3:1 for large text).
 */
const LOW_CONTRAST = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bg = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length >= 3 && (c[3] === undefined || c[3] >= 0.95)) return c; } return [255, 255, 255]; };
  const low = []; let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement; if (!el || !n.textContent.trim()) continue;
    if (el.closest('.maplibregl-canvas-container, canvas, svg, [aria-hidden="true"]')) continue;
    const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) continue;
    // Labels drawn over the map have a halo (text-shadow) against the map; the map is not one colour.
    if (s.textShadow && s.textShadow !== 'none') continue;
    const fg = rgb(s.color); const b = bg(el);
    if (fg[3] !== undefined && fg[3] < 1) { for (let i = 0; i < 3; i++) fg[i] = fg[i] * fg[3] + b[i] * (1 - fg[3]); }
    const [l1, l2] = [lum(fg), lum(b)].sort((x, y) => y - x);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
    checked++;
    if (ratio < (large ? 3 : 4.5)) low.push(n.textContent.trim().slice(0, 40) + ' ' + ratio.toFixed(2));
  }
  return { checked, low };
})()`;

describe.skipIf(!!skipReason)('keyboard and contrast in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = (await openApp(browser, inject('appUrl'))).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches every control with Tab, each with a visible focus mark', async () => {
    const controls = (await page.evaluate(CONTROLS)) as string[];
    expect(controls.length).toBeGreaterThan(20);
    await page.locator('body').click({ position: { x: 2, y: 2 } }).catch(() => {});
    await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
    const reached = new Set<number>();
    const invisible: string[] = [];
    for (let i = 0; i < controls.length + 60; i++) {
      await page.keyboard.press('Tab');
      const f = (await page.evaluate(FOCUSED)) as { index: number; visible: boolean } | null;
      if (!f || f.index < 0) continue;
      reached.add(f.index);
      if (!f.visible) invisible.push(controls[f.index]!);
    }
    const unreached = controls.filter((_, i) => !reached.has(i));
    expect(unreached, `not reachable with Tab: ${unreached.join(' | ')}`).toEqual([]);
    expect([...new Set(invisible)], 'focused without a visible focus mark').toEqual([]);
  });

  it('keeps text at WCAG AA contrast, in English and in Arabic', async () => {
    const en = (await page.evaluate(LOW_CONTRAST)) as { checked: number; low: string[] };
    expect(en.checked).toBeGreaterThan(30);
    expect(en.low, 'text below AA contrast (English)').toEqual([]);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByText(/حدثًا معروضًا|حدث/).first().waitFor();
    const ar = (await page.evaluate(LOW_CONTRAST)) as { checked: number; low: string[] };
    expect(ar.low, 'text below AA contrast (Arabic)').toEqual([]);
  });
});
