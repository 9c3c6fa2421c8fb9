// sitrep serve with binary columns: /events-manifest.json says whether /events.bin exists (so the app never
// requests a missing file), and /events.bin is the file from --events-bin or beside the events file.
import { mkdtemp, mkdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { serveOptions, startServer } from '../../src/cli/commands/serve.ts';

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done())))));

async function site(withBin: boolean, binOlder = false): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-serve-bin-'));
  await mkdir(join(dir, 'dist'), { recursive: true });
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>sitrep</title>');
  await writeFile(join(dir, 'events.geojson'), '{"type":"FeatureCollection","features":[]}');
  if (withBin) await writeFile(join(dir, 'events.bin'), new Uint8Array([1, 2, 3, 4]));
  if (binOlder) await utimes(join(dir, 'events.bin'), new Date('2020-01-01'), new Date('2020-01-01'));
  // serveOptions as the command builds them: the .bin beside --events by default.
  const opts = serveOptions({ port: '0', events: join(dir, 'events.geojson'), dist: join(dir, 'dist') });
  const server = await startServer(opts);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

describe('sitrep serve and events.bin', () => {
  it('offers the .bin beside the events file, byte for byte', async () => {
    const base = await site(true);
    expect(await (await fetch(`${base}/events-manifest.json`)).json()).toEqual({ bin: true });
    const res = await fetch(`${base}/events.bin`);
    expect(res.status).toBe(200);
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([1, 2, 3, 4]);
  });

  it('does not offer a .bin older than the events file (a leftover must not shadow fresh events)', async () => {
    const base = await site(true, true);
    expect(await (await fetch(`${base}/events-manifest.json`)).json()).toEqual({ bin: false });
  });

  it('says there is none when the file is missing, and the GeoJSON is still served', async () => {
    const base = await site(false);
    expect(await (await fetch(`${base}/events-manifest.json`)).json()).toEqual({ bin: false });
    expect((await fetch(`${base}/events.bin`)).status).toBe(404);
    expect((await fetch(`${base}/events.geojson`)).status).toBe(200);
  });

  it('takes --events-bin over the file beside the events', () => {
    expect(serveOptions({ events: '/d/e.geojson' }).eventsBin).toBe('/d/e.bin');
    expect(serveOptions({ events: '/d/e.geojson', 'events-bin': '/x/cols.bin' }).eventsBin).toBe('/x/cols.bin');
  });
});
