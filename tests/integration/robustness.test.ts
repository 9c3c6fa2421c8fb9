// Hostile and broken input through the real `sitrep` command: every bad file or row is refused by
// name (file, line or field), the rest of the batch still goes through, --rejects lists the refusals,
// the exit code is 1 — and no crash, kill or re-run ever corrupts or changes an output.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventCollection, EventRecord, Rejection } from '../../src/schema/index.ts';
import { ROOT, sitrep, type Run } from './cli.ts';

const BIN = join(ROOT, 'src/cli/bin.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-robust-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Bytes of a string in a single-byte code page, from the code page's own table (TextDecoder). */
function singleByte(s: string, encoding: string): Uint8Array {
  const dec = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return new Uint8Array(
    [...s].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${encoding} has no ${ch}`);
      return b;
    }),
  );
}

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

const readNdjson = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

/** Our own sentences, one event each, about real places. */
const SENTENCE = {
  cp1256: 'قصفت قوات النظام بالمدفعية مدينة خان شيخون أمس.',
  iso: 'قصفت قوات النظام بالمدفعية مدينة معرة النعمان أمس.',
  utf16le: 'شنت طائرات التحالف غارات على مدينة الميادين أمس.',
  utf16be: 'شنت طائرات التحالف غارات على مدينة البوكمال أمس.',
  bom: 'Coalition aircraft struck Tabqa yesterday.',
  html: 'Syrian army artillery shelled Douma yesterday.',
  jsonl: 'Russian jets struck Saraqib yesterday.',
};
const fm = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;

describe('sitrep ingest of a batch of broken and strange report files', () => {
  let run: Run;
  let events: EventRecord[];
  let rejects: Rejection[];
  const quotesOf = (report: string) => events.flatMap((e) => e.sources.filter((s) => s.report === report).map((s) => s.quote));
  const rejected = (file: string) => rejects.filter((r) => r.file.endsWith(file));

  beforeAll(async () => {
    const b = join(dir, 'batch');
    await rm(b, { recursive: true, force: true });
    await (await import('node:fs/promises')).mkdir(b);
    await writeFile(join(b, 'cp1256.txt'), singleByte(fm('2017-04-02', SENTENCE.cp1256), 'windows-1256'));
    await writeFile(join(b, 'utf16le.txt'), utf16(fm('2017-06-20', SENTENCE.utf16le), true, true));
    await writeFile(join(b, 'utf16be.txt'), utf16(fm('2017-06-21', SENTENCE.utf16be), false, false));
    await writeFile(join(b, 'bom.txt'), '\uFEFF' + fm('2017-05-01', SENTENCE.bom));
    await writeFile(
      join(b, 'page.html'),
      `<!doctype html><html><head><title>t</title><meta property="article:published_time" content="2018-02-20T08:00:00Z">
      <script>window.__pwned = 1; document.write("Russian jets struck Idlib yesterday.")</script><style>p{}</style></head>
      <body><nav><a href="/">Home</a> Russian jets struck Hama yesterday.</nav><header>Breaking</header>
      <article><h1>Douma</h1><p>${SENTENCE.html}</p></article>
      <aside>See also: Turkish jets struck Afrin yesterday.</aside><footer>© outlet</footer></body></html>`,
    );
    await writeFile(join(b, 'empty.txt'), '');
    await writeFile(join(b, 'blank.md'), '---\npublished: 2017-01-01\n---\n   \n');
    const binary = new Uint8Array(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
    await writeFile(join(b, 'binary.txt'), binary);
    await writeFile(join(b, 'badfm.md'), '---\npublished: 2017-01-01\nthis line is no key value\n---\nClashes in Deraa.\n');
    await writeFile(join(b, 'unclosed.md'), '---\npublished: 2017-01-01\nClashes in Deraa.\n');
    await writeFile(join(b, 'feb30.md'), fm('2016-02-30', 'Clashes in Deraa yesterday.'));
    await writeFile(join(b, 'year20016.md'), fm('20016-01-01', 'Clashes in Deraa yesterday.'));
    await writeFile(join(b, 'jsurl.md'), '---\npublished: 2017-01-01\nurl: javascript:alert(1)\n---\nClashes in Deraa yesterday.\n');
    await writeFile(
      join(b, 'wire.jsonl'),
      [
        JSON.stringify({ id: 'wire-1', text: SENTENCE.jsonl, published: '2016-02-10', lang: 'en' }),
        '{"id": "wire-2", "text": "cut off',
        JSON.stringify({ id: 'wire-1', text: 'Another report with the same id.', published: '2016-02-11' }),
        JSON.stringify({ id: 'wire-3', text: 'Clashes in Deraa.', published: '2016-13-01' }),
      ].join('\n'),
    );
    run = await sitrep(['ingest', b, '--out', join(dir, 'batch.ndjson'), '--format', 'ndjson', '--rejects', join(dir, 'batch-rejects.ndjson')]);
    events = (await readNdjson(join(dir, 'batch.ndjson'))).map((e) => EventRecord.parse(e));
    rejects = (await readNdjson(join(dir, 'batch-rejects.ndjson'))).map((r) => Rejection.parse(r));
  }, 120_000);

  it('exits 1, lists every refusal on stderr and in --rejects, and writes the rest', () => {
    expect(run.code, run.stderr).toBe(1);
    for (const r of rejects) expect(run.stderr).toContain(`rejected: ${r.file}`);
    expect(rejects.map((r) => r.file.split('/').pop()).sort()).toEqual(
      ['badfm.md', 'binary.txt', 'blank.md', 'empty.txt', 'feb30.md', 'jsurl.md', 'unclosed.md', 'wire.jsonl', 'wire.jsonl', 'wire.jsonl', 'year20016.md'].sort(),
    );
    expect(new Set(events.flatMap((e) => e.sources.map((s) => s.report)))).toEqual(new Set(['cp1256', 'utf16le', 'utf16be', 'bom', 'page', 'wire-1']));
  });

  it('reads a Windows-1256 report (detected)', () => {
    expect(quotesOf('cp1256')).toContain(SENTENCE.cp1256);
  });

  it('reads UTF-16 reports, little-endian with a BOM and big-endian without', () => {
    expect(quotesOf('utf16le')).toContain(SENTENCE.utf16le);
    expect(quotesOf('utf16be')).toContain(SENTENCE.utf16be);
  });

  it('reads UTF-8 with a BOM, the BOM not part of the text', () => {
    expect(quotesOf('bom')).toEqual([SENTENCE.bom]);
  });

  it('takes an HTML page’s article and drops its script, navigation, aside and footer', () => {
    expect(quotesOf('page')).toEqual([SENTENCE.html]);
    expect(events.find((e) => e.sources[0]!.report === 'page')!.sources[0]!.published).toBe('2018-02-20');
  });

  it('refuses empty files, by name', () => {
    expect(rejected('empty.txt')).toEqual([expect.objectContaining({ field: 'text', message: 'empty report (no text)' })]);
    expect(rejected('blank.md')).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  it('refuses a binary file, by name', () => {
    expect(rejected('binary.txt')[0]!.message).toMatch(/^binary file/);
  });

  it('refuses front matter that does not parse, with its line', () => {
    expect(rejected('badfm.md')).toEqual([expect.objectContaining({ line: 3, field: 'front matter' })]);
    // Without its closing ---, the report's first line is taken for a front matter line, and refused.
    expect(rejected('unclosed.md')).toEqual([expect.objectContaining({ line: 3, field: 'front matter' })]);
  });

  it('refuses impossible publication dates (2016-02-30, year 20016, month 13), naming the field', () => {
    expect(rejected('feb30.md')).toEqual([expect.objectContaining({ field: 'published' })]);
    expect(rejected('year20016.md')).toEqual([expect.objectContaining({ field: 'published' })]);
    expect(rejected('wire.jsonl').find((r) => r.line === 4)).toMatchObject({ field: 'published' });
  });

  it('refuses a url that is not an http(s) address (it would become a link)', () => {
    expect(rejected('jsurl.md')).toEqual([expect.objectContaining({ field: 'url', message: 'url "javascript:alert(1)" is not an http(s) address' })]);
  });

  it('refuses a JSONL line that is not JSON and a duplicate report id, by line', () => {
    expect(rejected('wire.jsonl').find((r) => r.line === 2)!.message).toMatch(/^not JSON/);
    expect(rejected('wire.jsonl').find((r) => r.line === 3)).toMatchObject({ field: 'id', message: expect.stringMatching(/duplicate report id "wire-1"/) });
    expect(quotesOf('wire-1')).toEqual([SENTENCE.jsonl]);
  });

  it('reads ISO-8859-6 when told with --encoding', async () => {
    const f = join(dir, 'iso.txt');
    await writeFile(f, singleByte(fm('2017-04-05', SENTENCE.iso), 'iso-8859-6'));
    const r = await sitrep(['ingest', f, '--encoding', 'iso-8859-6', '--format', 'ndjson']);
    expect(r.code, r.stderr).toBe(0);
    const quotes = r.stdout.trim().split('\n').map((l) => EventRecord.parse(JSON.parse(l)).sources[0]!.quote);
    expect(quotes).toContain(SENTENCE.iso);
  });
});

describe('a 200 MB report file', () => {
  it('is streamed in parts at paragraph breaks, in bounded memory (a 48 MB heap)', async () => {
    const file = join(dir, 'huge.txt');
    const out = createWriteStream(file);
    out.write(fm('2017-06-10', '').trimEnd() + '\n');
    const para = `${SENTENCE.utf16le}\nAnd the shelling of Deir ez-Zor went on.\n\n`;
    const block = para.repeat(2000);
    let bytes = 0;
    while (bytes < 200 * 1024 * 1024) {
      bytes += Buffer.byteLength(block);
      if (!out.write(block)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    // A reader that held the file whole would need ~270 MB of heap for its text: this heap fails it.
    const script = `
      import { readReports } from ${JSON.stringify(join(ROOT, 'src/ingest/read.ts'))};
      let parts = 0, chars = 0, rejected = 0, peak = 0, first = null, ids = new Set();
      for await (const r of readReports([process.argv[1]])) {
        if (!r.ok) { rejected++; continue; }
        parts++; chars += r.report.text.length; ids.add(r.report.id);
        first ??= { id: r.report.id, origin: r.report.origin, published: r.report.published };
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      console.log(JSON.stringify({ parts, chars, rejected, peakMb: Math.round(peak / 1048576), first, unique: ids.size }));`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=48', '--import', 'tsx', '--input-type=module', '-e', script, file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const got = JSON.parse(r.stdout) as { parts: number; chars: number; rejected: number; peakMb: number; first: { id: string; origin: string; published: string }; unique: number };
    const paragraphs = bytes / Buffer.byteLength(para);
    expect(got.rejected).toBe(0);
    expect(got.parts).toBeGreaterThan(400);
    expect(got.unique).toBe(got.parts);
    // Every paragraph arrives (each part is trimmed of its blank lines at the ends).
    expect(got.chars).toBeGreaterThan(paragraphs * (para.length - 2) - 1);
    expect(got.first).toEqual({ id: 'huge#1', origin: `${file}:4`, published: '2017-06-10' });
    expect(got.peakMb).toBeLessThan(300);
    await rm(file);
  });
});

/** An ACLED-like CSV of `n` rows spread over Syria, our own synthetic data. */
function syntheticAcled(n: number, startId = 0): string {
  const header = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities,timestamp';
  const rows = [header];
  for (let i = startId; i < startId + n; i++) {
    const lat = (32.5 + ((i * 37) % 480) / 100).toFixed(4);
    const lon = (35.8 + ((i * 53) % 640) / 100).toFixed(4);
    const day = `2017-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    rows.push(`SYN${i},${day},1,Battles,Armed clash,Islamic State (Syria),Military Forces of Syria (2000-),Syria,Homs,,,Place ${i},${lat},${lon},1,Synthetic,"Row ${i}, synthetic ""data""",${i % 5},1`);
  }
  return rows.join('\r\n') + '\r\n';
}

describe('sitrep import of bad rows', () => {
  let run: Run;
  let rejects: Rejection[];
  let events: EventRecord[];

  beforeAll(async () => {
    const good = syntheticAcled(3).split('\r\n');
    const header = good[0]!;
    const row = (id: string, over: Partial<Record<string, string>>) => {
      const cols = header.split(',');
      const vals = good[1]!.replace('"Row 0, synthetic ""data"""', 'notes').split(',');
      return cols.map((c, i) => (c === 'event_id_cnty' ? id : (over[c] ?? vals[i]))).join(',');
    };
    await writeFile(
      join(dir, 'a.csv'),
      [
        ...good.slice(0, 4),
        row('bad-feb30', { event_date: '2016-02-30' }),
        row('bad-year', { event_date: '20016-01-01' }),
        row('bad-lat', { latitude: '135.2' }),
        row('bad-swap', { latitude: '38.9', longitude: '35.1' }),
        row('short', {}).split(',').slice(0, 10).join(','),
        row('long', {}) + ',extra,cells',
        row('SYN1', {}),
        '"never closed,2017-01-01',
        '',
      ].join('\r\n'),
    );
    await writeFile(join(dir, 'b.ndjson'), [JSON.stringify({ not: 'an event' }), '{{', ''].join('\n'));
    await writeFile(join(dir, 'c.csv'), syntheticAcled(2, 2));
    run = await sitrep(['import', join(dir, 'a.csv'), join(dir, 'b.ndjson'), join(dir, 'c.csv'), '--out', join(dir, 'imp.geojson'), '--rejects', join(dir, 'imp-rejects.ndjson')]);
    rejects = (await readNdjson(join(dir, 'imp-rejects.ndjson'))).map((r) => Rejection.parse(r));
    events = EventCollection.parse(JSON.parse(await readFile(join(dir, 'imp.geojson'), 'utf8'))).features.map((f) => EventRecord.parse({ ...f.properties, place: { ...f.properties.place, coordinates: f.geometry.coordinates } }));
  }, 120_000);

  const at = (file: string, line: number) => rejects.find((r) => r.file.endsWith(file) && r.line === line);

  it('exits 1 and still imports every good row of every file', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(events.map((e) => e.id).sort()).toEqual(['SYN0', 'SYN1', 'SYN2', 'SYN3']);
    expect(rejects).toHaveLength(11);
  });

  it('refuses impossible dates by line and field', () => {
    expect(at('a.csv', 5)).toMatchObject({ field: 'event_date', message: expect.stringContaining('2016-02-30') });
    expect(at('a.csv', 6)).toMatchObject({ field: 'event_date' });
  });

  it('refuses coordinates out of range and swapped ones, saying which', () => {
    expect(at('a.csv', 7)).toMatchObject({ field: 'latitude', message: 'latitude 135.2 is outside -90…90' });
    expect(at('a.csv', 8)!.message).toMatch(/look swapped/);
  });

  it('refuses rows with missing or extra columns', () => {
    expect(at('a.csv', 9)!.message).toMatch(/^10 fields where the header has 19: missing admin3, location/);
    expect(at('a.csv', 10)!.message).toMatch(/^21 fields where the header has 19: extra "extra,cells"/);
  });

  it('refuses duplicate ids, within a file and across files, naming the first', () => {
    expect(at('a.csv', 11)).toMatchObject({ field: 'id', message: expect.stringMatching(/duplicate id "SYN1" \(first in .*a\.csv:3\)/) });
    expect(at('c.csv', 2)).toMatchObject({ field: 'id', message: expect.stringMatching(/duplicate id "SYN2" \(first in .*a\.csv:4\)/) });
  });

  it('refuses a quote that never closes, and NDJSON lines that are not events or not JSON', () => {
    expect(at('a.csv', 12)!.message).toMatch(/the quote opened on line 12 never closes/);
    expect(at('b.ndjson', 1)).toMatchObject({ field: 'id' });
    expect(at('b.ndjson', 2)!.message).toMatch(/^not JSON/);
  });

  it('exports what it imported as ACLED CSV and imports that back to the same records', async () => {
    const csv = join(dir, 'back.csv');
    expect((await sitrep(['export', join(dir, 'imp.geojson'), '--format', 'acled', '--out', csv])).code).toBe(0);
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,admin3,/);
    const again = await sitrep(['import', csv, '--out-format', 'ndjson']);
    expect(again.code, again.stderr).toBe(0);
    const back = again.stdout.trim().split('\n').map((l) => EventRecord.parse(JSON.parse(l)));
    expect(back.map((e) => [e.id, e.type, e.date, e.place.coordinates, e.actors.map((a) => a.id), e.fatalities?.count ?? 0])).toEqual(
      events.map((e) => [e.id, e.type, e.date, e.place.coordinates, e.actors.map((a) => a.id), e.fatalities?.count ?? 0]),
    );
  });
});

describe('never lose data', () => {
  it('leaves the previous output whole and byte-identical when an import is killed -9 mid-write', async () => {
    const out = join(dir, 'kept.geojson');
    const small = join(dir, 'small.csv');
    await writeFile(small, syntheticAcled(50));
    expect((await sitrep(['import', small, '--out', out])).code).toBe(0);
    const before = await readFile(out);

    const big = join(dir, 'big.csv');
    await writeFile(big, syntheticAcled(40_000));
    const child = spawn(process.execPath, [BIN, 'import', big, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const exited = once(child, 'exit');
    // Kill the moment the temporary output appears beside the target: mid-write, not before or after.
    const sawTemp = await new Promise<boolean>((resolve) => {
      const watcher = watch(dir, (_event, name) => {
        if (name && name.startsWith('.kept.geojson.') && name.endsWith('.tmp')) {
          child.kill('SIGKILL');
          watcher.close();
          resolve(true);
        }
      });
      child.once('exit', () => {
        watcher.close();
        resolve(false);
      });
    });
    const [code, signal] = (await exited) as [number | null, string | null];
    expect(sawTemp).toBe(true);
    expect(signal, `exit code ${code}`).toBe('SIGKILL');
    expect((await readFile(out)).equals(before)).toBe(true);
    EventCollection.parse(JSON.parse(before.toString('utf8')));
    // What the kill left behind is only the hidden temporary file, never a half-written target.
    const left = (await readdir(dir)).filter((n) => n.startsWith('.kept.geojson.'));
    for (const n of left) await rm(join(dir, n));
  }, 240_000);

  it('leaves the previous output whole when an ingest is killed -9, at the temp file or mid-extraction', async () => {
    const out = join(dir, 'corpus.geojson');
    expect((await sitrep(['ingest', join(ROOT, 'corpus'), '--out', out])).code).toBe(0);
    const before = await readFile(out);
    // A bigger batch: the corpus three times under different ids, so the run is long enough to kill.
    const batch = join(dir, 'corpus3.jsonl');
    const reports = (await readdir(join(ROOT, 'corpus'))).filter((n) => n.endsWith('.md') && n !== 'README.md');
    const lines: string[] = [];
    for (let copy = 0; copy < 3; copy++) {
      for (const n of reports) lines.push(JSON.stringify({ id: `${copy}-${n}`, path: join(ROOT, 'corpus', n), published: '2017-06-10' }));
    }
    await writeFile(batch, lines.join('\n'));
    const child = spawn(process.execPath, [BIN, 'ingest', batch, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const exited = once(child, 'exit');
    let killedAt = 'extraction';
    const watcher = watch(dir, (_event, name) => {
      if (name && name.startsWith('.corpus.geojson.') && name.endsWith('.tmp')) {
        killedAt = 'temp file';
        child.kill('SIGKILL');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 4_000);
    const [, signal] = (await exited) as [number | null, string | null];
    clearTimeout(timer);
    watcher.close();
    expect(signal, `killed at ${killedAt}`).toBe('SIGKILL');
    expect((await readFile(out)).equals(before)).toBe(true);
    for (const n of (await readdir(dir)).filter((n) => n.startsWith('.corpus.geojson.'))) await rm(join(dir, n));
  }, 240_000);

  it('gives byte-identical output when an import is run again', async () => {
    const a = join(dir, 'run1.geojson');
    const b = join(dir, 'run2.geojson');
    await writeFile(join(dir, 'rerun.csv'), syntheticAcled(500));
    await sitrep(['import', join(dir, 'rerun.csv'), '--out', a]);
    await sitrep(['import', join(dir, 'rerun.csv'), '--out', b]);
    expect((await readFile(a)).equals(await readFile(b))).toBe(true);
  });

  it('gives byte-identical output when an ingest of a bad batch is run again', async () => {
    const again = join(dir, 'batch-again.ndjson');
    await sitrep(['ingest', join(dir, 'batch'), '--out', again, '--format', 'ndjson']);
    expect((await readFile(again)).equals(await readFile(join(dir, 'batch.ndjson')))).toBe(true);
  });
});
