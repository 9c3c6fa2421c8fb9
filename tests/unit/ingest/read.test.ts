import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLang, formatRejection, readReports, type ReadResult } from '../../../src/ingest/read.ts';

let dir: string;
async function collect(paths: string[], opts = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readReports(paths, opts)) out.push(r);
  return out;
}
const ok = (rs: ReadResult[]) => rs.flatMap((r) => (r.ok ? [r.report] : []));
const bad = (rs: ReadResult[]) => rs.flatMap((r) => (r.ok ? [] : [r.rejection]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-read-'));
  await writeFile(join(dir, 'a.md'), '---\nid: raqqa-1\npublished: 2017-06-07\noutlet: "Sample desk"\nlang: ar\n---\nسيطرت القوات على مطار الطبقة العسكري أمس.\n');
  await writeFile(join(dir, 'b.txt'), 'Coalition aircraft struck near Raqqa on Monday.');
  await writeFile(join(dir, 'README.md'), '# not a report');
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'page.html'), '<html><head><meta property="article:published_time" content="2018-03-01T10:00:00Z"><script>alert(1)</script></head><body><nav>Home | World</nav><p>Shelling hit Douma.</p><footer>Subscribe</footer></body></html>');
  await writeFile(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({ id: 'j1', text: 'Clashes in Deir ez-Zor.', published: '2017-09' }),
      '{not json',
      JSON.stringify({ id: 'j2', path: 'b.txt', published: '2017-06-12' }),
      JSON.stringify({ id: 'j3', text: 'x', published: '2016-02-30' }),
      JSON.stringify({ id: 'j4', text: 'y', published: 20016 }),
      JSON.stringify({ id: 'j1', text: 'duplicate id' }),
      JSON.stringify({ id: 'j5', path: 'missing.txt' }),
      '',
    ].join('\n'),
  );
});

describe('readReports', () => {
  it('reads front matter, plain text and HTML from a folder in sorted order, skipping README', async () => {
    const rs = await collect([dir], {});
    const reports = ok(rs).filter((r) => !r.origin!.endsWith('.jsonl') && !/jsonl:\d+$/.test(r.origin!));
    expect(reports.map((r) => r.id)).toEqual(['raqqa-1', 'b', 'page']);
    expect(reports[0]).toMatchObject({ published: '2017-06-07', outlet: 'Sample desk', lang: 'ar' });
    expect(reports[1]).toMatchObject({ published: null, lang: 'en' });
    expect(reports[2]!.text).toBe('Shelling hit Douma.');
    expect(reports[2]!.published).toBe('2018-03-01');
  });
  it('applies --published only to reports that lack a date', async () => {
    const reports = ok(await collect([join(dir, 'a.md'), join(dir, 'b.txt')], { published: '2017-06-13' }));
    expect(reports.map((r) => r.published)).toEqual(['2017-06-07', '2017-06-13']);
  });
  it('reads JSONL line by line, naming the line and field of every bad one, and goes on', async () => {
    const rs = await collect([join(dir, 'batch.jsonl')]);
    expect(ok(rs).map((r) => r.id)).toEqual(['j1', 'j2']);
    expect(ok(rs)[1]!.text).toContain('Coalition aircraft');
    const msgs = bad(rs).map(formatRejection);
    expect(msgs).toHaveLength(5);
    expect(msgs[0]).toMatch(/batch\.jsonl:2: not JSON/);
    expect(msgs[1]).toMatch(/batch\.jsonl:4 \(published\): .*2016-02-30.*not a real date/);
    expect(msgs[2]).toMatch(/batch\.jsonl:5 \(published\): "published" must be a string/);
    expect(msgs[3]).toMatch(/batch\.jsonl:6 \(id\): duplicate report id "j1"/);
    expect(msgs[4]).toMatch(/batch\.jsonl:7 \(path\): "path" missing\.txt: cannot read/);
  });
  it('rejects a missing path and an empty file by name', async () => {
    await writeFile(join(dir, 'empty.txt'), '   \n');
    const msgs = bad(await collect([join(dir, 'nope.txt'), join(dir, 'empty.txt')])).map(formatRejection);
    expect(msgs[0]).toMatch(/nope\.txt: no such file/);
    expect(msgs[1]).toMatch(/empty\.txt \(text\): empty report/);
  });
  it('rejects front matter that does not parse, with its line', async () => {
    await writeFile(join(dir, 'broken.md'), '---\nid: x\nthis line is wrong\n---\ntext');
    const [r] = bad(await collect([join(dir, 'broken.md')]));
    expect(formatRejection(r!)).toMatch(/broken\.md:3 \(front matter\): front matter line is not "key: value"/);
  });
  it('reads stdin as JSONL or as plain text', async () => {
    const jsonl = ok(await collect(['-'], { stdin: Readable.from([JSON.stringify({ id: 's1', text: 'قصف على إدلب', published: '2019-08-20' })]) }));
    expect(jsonl[0]).toMatchObject({ id: 's1', lang: 'ar', published: '2019-08-20' });
    const plain = ok(await collect(['-'], { stdin: Readable.from(['Airstrikes on Hajin.']) }));
    expect(plain[0]).toMatchObject({ id: '-', text: 'Airstrikes on Hajin.' });
  });
  it('reads the seed reports.jsonl with paths relative to it', async () => {
    const seeds = join(process.cwd(), '..', 'shared', 'seeds', 'reports.jsonl');
    const reports = ok(await collect([seeds]));
    expect(reports.map((r) => r.id)).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
    expect(reports[4]!.published).toBe('2017-12');
    expect(reports.every((r) => r.lang === 'ar' && r.text.length > 1000)).toBe(true);
  });
});

describe('detectLang', () => {
  it('tells Arabic from English by script', () => {
    expect(detectLang('قصفت الطائرات مدينة Raqqa')).toBe('ar');
    expect(detectLang('Airstrikes hit الرقة city today')).toBe('en');
  });
});
