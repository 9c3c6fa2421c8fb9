// Debian's Chromium, driven by playwright-core (a test tool must never download a browser here).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';

/** Why Chromium cannot be used, or null when it is there. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (install: apt-get install -y chromium)`;
}

export function launchChromium(): Promise<Browser> {
  // Playwright's default flags are what this machine needs (--no-sandbox as root, SwiftShader WebGL).
  return chromium.launch({ executablePath: CHROMIUM_PATH });
}
