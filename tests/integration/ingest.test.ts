// sitrep ingest / mentions / export end to end on the seed reports and the bundled corpus.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventCollection, EventRecord, MentionRow } from '../../src/schema/index.ts';
import { ROOT, SHARED, sitrep } from './cli.ts';

const SEEDS = join(SHARED, 'seeds', 'reports.jsonl');
const SEED_IDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];
/** Syria's bounding box, from the OCHA adm0 boundary, with a little slack. */
const SYRIA = { w: 35.6, s: 32.3, e: 42.4, n: 37.4 };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-int-'));
});

describe('sitrep ingest on the seed reports', () => {
  let events: EventRecord[];
  beforeAll(async () => {
    const out = join(dir, 'e.ndjson');
    const run = await sitrep(['ingest', SEEDS, '--format', 'ndjson', '--out', out, '--unresolved', join(dir, 'u.ndjson')]);
    expect(run.stderr).toMatch(/5 reports → \d+ events/);
    expect(run.code).toBe(0);
    events = (await readFile(out, 'utf8')).trim().split('\n').map((l) => EventRecord.parse(JSON.parse(l)));
  });

  it('yields schema-valid events for all five seed reports', () => {
    const reports = new Set(events.flatMap((e) => e.sources.map((s) => s.report)));
    for (const id of SEED_IDS) expect(reports.has(id), id).toBe(true);
  });

  it('puts every Syrian event inside Syria', () => {
    const syrian = events.filter((e) => e.place.admin1 !== null);
    expect(syrian.length).toBeGreaterThan(5);
    for (const e of syrian) {
      const [lon, lat] = e.place.coordinates;
      expect(lon >= SYRIA.w && lon <= SYRIA.e && lat >= SYRIA.s && lat <= SYRIA.n, `${e.id} ${e.place.name.en} ${lon},${lat}`).toBe(true);
    }
  });

  it('keeps each quote as the exact text at its span of the report', async () => {
    const texts = new Map<string, string>();
    for (const line of (await readFile(SEEDS, 'utf8')).trim().split('\n')) {
      const r = JSON.parse(line) as { id: string; path: string };
      texts.set(r.id, (await readFile(join(SHARED, 'seeds', r.path), 'utf8')).trim());
    }
    for (const e of events) {
      for (const s of e.sources) {
        const text = texts.get(s.report)!;
        expect(text.slice(s.span[0], s.span[1])).toBe(s.quote);
        const m = e.place.mention;
        if (s === e.sources[0]) expect(text.slice(m.span[0], m.span[1])).toBe(m.surface);
      }
    }
  });

  it('gives the same bytes on a second run, also when extracting on worker threads', async () => {
    const again = join(dir, 'e2.ndjson');
    const run = await sitrep(['ingest', SEEDS, '--format', 'ndjson', '--out', again, '--jobs', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(again, 'utf8')).toBe(await readFile(join(dir, 'e.ndjson'), 'utf8'));
  });
});

describe('sitrep mentions', () => {
  it('prints one valid NDJSON line per place mention, for all five seed reports', async () => {
    const run = await sitrep(['mentions', SEEDS]);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => MentionRow.parse(JSON.parse(l)));
    for (const id of SEED_IDS) expect(rows.some((r) => r.report === id && r.place !== null), id).toBe(true);
    const raqqaAirbase = rows.find((r) => r.surface.includes('مطار الطبقة'));
    expect(raqqaAirbase?.place?.kind).toBe('airbase');
  });
});

describe('bad input and exit codes', () => {
  it('writes what went through, lists what was rejected, exits 1', async () => {
    const jsonl = join(dir, 'mixed.jsonl');
    await writeFile(
      jsonl,
      [
        JSON.stringify({ id: 'ok', text: 'شنت طائرات التحالف غارات على مدينة الرقة أمس.', published: '2017-06-10', lang: 'ar' }),
        '{oops',
        JSON.stringify({ id: 'bad-date', text: 'x', published: '2016-02-30' }),
      ].join('\n'),
    );
    const out = join(dir, 'mixed.geojson');
    const rejects = join(dir, 'rejects.ndjson');
    const run = await sitrep(['ingest', jsonl, '--out', out, '--rejects', rejects]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mixed\.jsonl:2: not JSON/);
    expect(run.stderr).toMatch(/mixed\.jsonl:3 \(published\)/);
    const fc = EventCollection.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(fc.features.length).toBeGreaterThan(0);
    expect(fc.features[0]!.properties.sources[0]!.report).toBe('ok');
    expect((await readFile(rejects, 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('exits 2 on usage errors and prints help for every command', async () => {
    expect((await sitrep(['ingest'])).code).toBe(2);
    expect((await sitrep(['ingest', 'x', '--format', 'xml'])).code).toBe(2);
    expect((await sitrep(['frobnicate'])).code).toBe(2);
    for (const cmd of ['ingest', 'mentions', 'resolve', 'export', 'serve', 'start']) {
      const run = await sitrep([cmd, '--help']);
      expect(run.code, cmd).toBe(0);
      expect(run.stdout, cmd).toMatch(new RegExp(`Usage: sitrep ${cmd}`));
    }
  });
});

describe('the bundled corpus', () => {
  it('ingests into at least 10 dated, placed events spread over several years', async () => {
    const out = join(dir, 'corpus.geojson');
    const run = await sitrep(['ingest', join(ROOT, 'corpus'), '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const fc = EventCollection.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(fc.features.length).toBeGreaterThanOrEqual(10);
    const years = new Set(fc.features.map((f) => f.properties.date.start?.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3);
  });
});

describe('sitrep export', () => {
  it('filters an events file by window and type, as GeoJSON or CSV', async () => {
    const src = join(dir, 'corpus.geojson');
    await sitrep(['ingest', join(ROOT, 'corpus'), '--out', src]);
    const all = EventCollection.parse(JSON.parse(await readFile(src, 'utf8'))).features;
    const run = await sitrep(['export', src, '--from', '2017-01-01', '--to', '2017-12-31']);
    expect(run.code).toBe(0);
    const kept = EventCollection.parse(JSON.parse(run.stdout)).features;
    const expected = all.filter((f) => f.properties.date.start! <= '2017-12-31' && f.properties.date.end! >= '2017-01-01');
    expect(kept.map((f) => f.id)).toEqual(expected.map((f) => f.id));
    const csv = await sitrep(['export', src, '--format', 'csv', '--type', 'airstrike']);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^event_id_cnty,event_date,time_precision,event_type/);
    expect(lines.length - 1).toBe(all.filter((f) => f.properties.type === 'airstrike').length);
  });
});

describe('sitrep resolve', () => {
  it('finds Raqqa in Arabic and English spellings and ranks homonyms by --near', async () => {
    for (const name of ['الرقة', 'الرقه', 'Raqqa', 'Ar-Raqqah']) {
      const run = await sitrep(['resolve', name, '--json']);
      expect(run.code, name).toBe(0);
      const [best] = JSON.parse(run.stdout) as { coordinates: [number, number] }[];
      expect(Math.abs(best!.coordinates[0] - 39.01) < 0.3 && Math.abs(best!.coordinates[1] - 35.95) < 0.3, name).toBe(true);
    }
    const none = await sitrep(['resolve', 'Atlantis-on-Euphrates']);
    expect(none.code).toBe(1);
  });
});
