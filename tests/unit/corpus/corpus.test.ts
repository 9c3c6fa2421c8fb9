// The sample corpus is the default input of `npm start` and the extractor's everyday test bed, so it
// must read cleanly, cover the cases issue 4 names, and be our own writing (never seed text).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReports } from '../../../src/ingest/read.ts';
import { PublishedDate, type Report } from '../../../src/schema/index.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CORPUS = join(ROOT, 'corpus');
const SEEDS = resolve(ROOT, '../shared/seeds');

/** Sentences long enough that a verbatim match cannot be chance. */
const MIN_COPIED_SENTENCE = 40;

const reportFiles = readdirSync(CORPUS)
  .filter((n) => ['.md', '.txt'].includes(extname(n)) && !/^readme\./i.test(n))
  .sort();

const reports: Report[] = [];
const rejections: string[] = [];

beforeAll(async () => {
  for await (const r of readReports([CORPUS])) {
    if (r.ok) reports.push(r.report);
    else rejections.push(`${r.rejection.file}: ${r.rejection.message}`);
  }
});

/** Which script a text is written in, by counting letters (independent of the reader's own guess). */
function scriptOf(text: string): 'ar' | 'en' {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic > latin ? 'ar' : 'en';
}

/** Whitespace-folded sentences; Arabic and Latin sentence ends and line breaks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?؟\n]+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= MIN_COPIED_SENTENCE);
}

function frontMatterKeys(file: string): string[] {
  const text = readFileSync(join(CORPUS, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return m ? m[1]!.split('\n').map((l) => l.split(':')[0]!.trim()) : [];
}

describe('sample corpus', () => {
  it('reads every file without a rejection', () => {
    expect(rejections).toEqual([]);
    expect(reports.length).toBe(reportFiles.length);
  });

  it('gives every file the full front matter', () => {
    for (const f of reportFiles) {
      expect(frontMatterKeys(f), f).toEqual(expect.arrayContaining(['id', 'published', 'outlet', 'lang']));
    }
  });

  it('names each report after its file, so ids are unique and easy to find', () => {
    const ids = reports.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of reports) expect(r.id).toBe(basename(r.origin ?? '', extname(r.origin ?? '')));
  });

  it('dates every report with a real day or month', () => {
    for (const r of reports) {
      expect(r.published, r.id).not.toBeNull();
      expect(r.published, r.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(PublishedDate.safeParse(r.published).success, r.id).toBe(true);
    }
    // A couple of month-only dates, so the widening of relative dates is exercised.
    expect(reports.filter((r) => r.published?.length === 7).length).toBeGreaterThanOrEqual(2);
  });

  it('labels each report with the language it is written in', () => {
    for (const r of reports) expect(r.lang, r.id).toBe(scriptOf(r.text));
  });

  it('is big and varied enough to move the time slider', () => {
    expect(reports.length).toBeGreaterThanOrEqual(20);
    const langs = new Set(reports.map((r) => r.lang));
    expect(langs).toEqual(new Set(['ar', 'en']));
    const arabic = reports.filter((r) => r.lang === 'ar').length / reports.length;
    expect(arabic).toBeGreaterThan(0.5);
    expect(arabic).toBeLessThan(0.75);
    const years = new Set(reports.map((r) => r.published!.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3);
  });

  it('uses only fictional sample outlets', () => {
    for (const r of reports) expect(r.outlet ?? '', r.id).toMatch(/sample|عينة/i);
  });

  it('exercises the cases the extractor must handle', () => {
    const all = reports.map((r) => r.text).join('\n');
    const cases: [string, RegExp][] = [
      ['yesterday (ar)', /أمس/],
      ['day before yesterday', /أول أمس/],
      ['last night', /الليلة الماضية/],
      ['last weekday', /الخميس الماضي/],
      ['early this month (ar)', /مطلع الشهر الحالي/],
      ['day of this month', /\d+ أيار الجاري/],
      ['since end of month', /منذ نهاية أيلول/],
      ['yesterday (en)', /\byesterday\b/],
      ['weekday (en)', /\bon Monday\b/],
      ['last week', /\blast week\b/],
      ['early this month (en)', /\bearly this month\b/],
      ['negation (ar)', /لم تنفذ أي غارات/],
      ['negation (en)', /\bno [\w.]+ strikes were carried out\b/],
      ['claim (ar)', /زعمت/],
      ['claim (en)', /\bclaimed\b/],
      ['according to', /\baccording to\b/],
      ['denial (ar)', /نفت/],
      ['denial (en)', /\bdenied\b/],
      ['plan (ar)', /ستبدأ/],
      ['plan (en)', /\bwill begin\b/],
      ['Arabic-Indic digits', /[٠-٩]+/],
      ['number word', /ثلاثة/],
      ['at least (ar)', /ما لا يقل عن/],
      ['at least (en)', /\bat least \d+/],
      ['region phrase (ar)', /ريف حلب الشمالي/],
      ['east of the Euphrates', /شرق الفرات/],
      ['region phrase (en)', /northern Raqqa countryside/],
      ['air base (ar)', /مطار الطبقة العسكري/],
      ['air base T4', /\bT4\b/],
      ['Hmeimim', /Hmeimim|حميميم/],
      ['Kurdish Kobani', /كوباني/],
      ['Kurdish Ras al-Ain', /سري كانيه/],
      ['Kurdish Tal Abyad', /كري سبي/],
      ['see-also boilerplate (ar)', /^اقرأ أيضاً:/m],
      ['see-also boilerplate (en)', /^Read more:/m],
    ];
    const missing = cases.filter(([, re]) => !re.test(all)).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('describes some happenings in both languages, so merging across reports has work to do', () => {
    // ids are <place>-<date of the happening>-<what>, with -ar / -en when a happening is told twice.
    const ids = new Set(reports.map((r) => r.id));
    const pairs = [...ids].filter((id) => id.endsWith('-ar') && ids.has(id.replace(/-ar$/, '-en')));
    expect(pairs.length).toBeGreaterThanOrEqual(2);
  });

  it('lists every report in corpus/README.md', () => {
    const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| ([a-z0-9-]+-\d{4}-[a-z0-9-]+) \| /gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(reports.map((r) => r.id).sort());
  });

  it.skipIf(!existsSync(SEEDS))('copies no sentence from the seed reports', () => {
    const seeds = readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(join(SEEDS, n), 'utf8').replace(/\s+/g, ' '));
    expect(seeds.length).toBeGreaterThan(0);
    const copied: string[] = [];
    for (const r of reports) {
      for (const s of sentencesOf(r.text)) if (seeds.some((seed) => seed.includes(s))) copied.push(`${r.id}: ${s}`);
    }
    expect(copied).toEqual([]);
  });
});
