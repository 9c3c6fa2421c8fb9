// One config for the app build and the tests.
// Projects: `unit` (pure core, CLI, integration; Node) and `browser` (the built app in Debian Chromium).
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * `vite dev` serves the app from src/app; the events live in geodata/. This maps /events.geojson to
 * geodata/events.geojson as `sitrep serve` does for the built app, so `fetch('./events.geojson')` works in both.
 */
function serveEvents(): Plugin {
  return {
    name: 'sitrep-serve-events',
    configureServer(server) {
      server.middlewares.use('/events.geojson', (_req, res) => {
        readFile(new URL('./geodata/events.geojson', import.meta.url)).then(
          (body) => {
            res.setHeader('Content-Type', 'application/geo+json');
            res.end(body);
          },
          () => {
            res.statusCode = 404;
            res.end('geodata/events.geojson not found: run `npm run ingest -- corpus --out geodata/events.geojson`');
          },
        );
      });
    },
  };
}

export default defineConfig({
  root: 'src/app',
  base: './',
  plugins: [svelte(), serveEvents()],
  // pluginTimings: rolldown's report of slow plugins is noise in npm start's output.
  build: { outDir: '../../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { pluginTimings: false } } },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: { name: 'unit', root: '.', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/property/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
