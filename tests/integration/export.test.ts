// sitrep export streams: a GeoJSON file of several megabytes goes through read → filter → write with its
// bytes unchanged when nothing is filtered out, and filtered exactly when something is.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEvents } from '../../src/ingest/output.ts';
import { openAtomic } from '../../src/ingest/write.ts';
import type { GazetteerEntry } from '../../src/schema/index.ts';
import { syntheticEvents } from '../../bench/synthetic.ts';
import { ROOT, sitrep } from './cli.ts';

const entries = (JSON.parse(readFileSync(join(ROOT, 'gazetteer/gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[] }).entries;
const events = [...syntheticEvents(entries, 6000, 7)];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep export, streaming', () => {
  it('copies a multi-megabyte GeoJSON byte for byte, and filters it by type into NDJSON', async () => {
    const src = join(dir, 'events.geojson');
    const w = await openAtomic(src);
    await writeEvents(w, events, 'geojson');
    await w.commit();
    expect(readFileSync(src).length).toBeGreaterThan(3 << 20);

    const copy = join(dir, 'copy.geojson');
    const all = await sitrep(['export', src, '--out', copy]);
    expect(all.code).toBe(0);
    expect(all.stderr).toContain(`${events.length} of ${events.length} events; 0 rejected`);
    expect(readFileSync(copy).equals(readFileSync(src))).toBe(true);

    const strikes = join(dir, 'strikes.ndjson');
    const some = await sitrep(['export', src, '--type', 'airstrike', '--out', strikes]);
    expect(some.code).toBe(0);
    const expected = events.filter((e) => e.type === 'airstrike');
    expect(expected.length).toBeGreaterThan(1000);
    expect(readFileSync(strikes, 'utf8')).toBe(expected.map((e) => JSON.stringify(e) + '\n').join(''));
  });

  it('--jobs 2 writes the same bytes and says the same as one thread, file or stdout', async () => {
    const src = join(dir, 'events.geojson');
    const copy = join(dir, 'copy-j2.geojson');
    const all = await sitrep(['export', src, '--jobs', '2', '--out', copy]);
    expect(all.code).toBe(0);
    expect(all.stderr).toContain(`${events.length} of ${events.length} events; 0 rejected`);
    expect(readFileSync(copy).equals(readFileSync(src))).toBe(true);

    const [csv1, csv2] = [join(dir, 'clash-1.csv'), join(dir, 'clash-2.csv')];
    const one = await sitrep(['export', src, '--type', 'clash', '--out', csv1]);
    const two = await sitrep(['export', src, '--type', 'clash', '--out', csv2, '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(readFileSync(csv2, 'utf8').split('\n').length).toBeGreaterThan(500);
    expect(readFileSync(csv2).equals(readFileSync(csv1))).toBe(true);
    expect(two.stderr).toBe(one.stderr);
    // To stdout: a small selection, as the test harness joins stdout's chunks as strings (a large output could
    // have a character cut between two chunks).
    const few = ['export', src, '--type', 'agreement', '--format', 'ndjson'];
    const [out1, out2] = [await sitrep(few), await sitrep([...few, '--jobs', '2'])];
    expect(out2.stdout.split('\n').length).toBeGreaterThan(10);
    expect(out2.stdout).toBe(out1.stdout);
    expect((await sitrep(['export', src, '--jobs', '0'])).stderr).toContain('--jobs must be an integer');
  });
});
