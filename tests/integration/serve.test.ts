// sitrep serve: the built app and the events file on 127.0.0.1, with a CSP, and nothing outside dist/.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/cli/commands/serve.ts';

let server: Server;
let base: string;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-serve-'));
  await mkdir(join(dir, 'dist', 'assets'), { recursive: true });
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>sitrep</title>');
  await writeFile(join(dir, 'dist', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  await writeFile(join(dir, 'events.geojson'), '{"type":"FeatureCollection","features":[]}');
  server = await startServer({ port: 0, host: '127.0.0.1', dist: join(dir, 'dist'), events: join(dir, 'events.geojson') });
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('sitrep serve', () => {
  it('serves the app with a Content-Security-Policy that allows no remote origin', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/https?:|\*/);
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
  });
  it('serves the events file at /events.geojson', async () => {
    const res = await fetch(`${base}/events.geojson`);
    expect(res.headers.get('content-type')).toMatch(/geo\+json/);
    expect(((await res.json()) as { type: string }).type).toBe('FeatureCollection');
  });
  it('does not serve files outside dist/ and answers 404 for missing ones', async () => {
    expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).not.toBe(200);
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
