// Scores place mentions (scan + resolve) over the seed reports against gold.json `mentions` and `not_places`.
//
// Gold lists each (report, surface, place) once, without spans, so every occurrence of the surface in the text
// stands for it:
// - recall: a gold mention is found when some mention overlapping an occurrence of its surface resolves within the
//   gold place's tol_km;
// - precision: a resolved mention is right when it overlaps a gold surface and lies within tol_km of that gold
//   place; a mention overlapping no gold surface is right when it lies within tol_km of some place gold.json lists
//   (annotators list a place once, e.g. روسيا, and not every country named in passing), wrong otherwise;
// - traps: a not_places surface hit by any mention.
//
//   npx tsx tests/eval/mentions.ts          (SITREP_SHARED overrides ../shared)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distanceKm } from '../../src/gazetteer/distance.ts';
import type { Gazetteer } from '../../src/gazetteer/load.ts';
import { resolve as resolveMentions } from '../../src/gazetteer/resolve.ts';
import { scan } from '../../src/gazetteer/scan.ts';
import { loadGazetteerFile } from '../../src/ingest/gazetteer-file.ts';
import type { Report, ResolvedMention } from '../../src/schema/index.ts';
import { readSeeds, sharedDir, type GoldPlace } from './events.ts';

export interface GoldMention {
  report: string;
  surface: string;
  place: string;
}
export interface NotPlace {
  report: string;
  surface: string;
  why: string;
}
export interface MentionsGold {
  places: Record<string, GoldPlace>;
  events?: { report: string; place: string }[];
  must_not?: { report: string; place: string }[];
  mentions: GoldMention[];
  not_places: NotPlace[];
}

export interface MentionsReportScore {
  report: string;
  gold: number;
  found: number;
  predicted: number;
  right: number;
  traps: number;
  missed: string[];
  wrong: string[];
  trapped: string[];
}

export interface MentionsScore {
  reports: MentionsReportScore[];
  recall: number;
  precision: number;
  traps: number;
}

type Span = [number, number];

function occurrences(text: string, surface: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) out.push([i, i + surface.length]);
  return out;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

function within(m: ResolvedMention, p: GoldPlace | undefined): boolean {
  return !!m.place && !!p && distanceKm(m.place.coordinates, p.coordinates) <= p.tol_km;
}

export function scoreReport(report: Report, gaz: Gazetteer, gold: MentionsGold): MentionsReportScore {
  const text = report.text;
  const mentions = resolveMentions(gaz, scan(gaz, text), { text });
  const golds = gold.mentions
    .filter((g) => g.report === report.id)
    .map((g) => ({ ...g, spans: occurrences(text, g.surface), at: gold.places[g.place] }));
  const row: MentionsReportScore = {
    report: report.id,
    gold: golds.length,
    found: 0,
    predicted: 0,
    right: 0,
    traps: 0,
    missed: [],
    wrong: [],
    trapped: [],
  };
  for (const g of golds) {
    const hit = mentions.some((m) => g.spans.some((s) => overlaps(m.span, s)) && within(m, g.at));
    if (hit) row.found++;
    else {
      const got = mentions.filter((m) => g.spans.some((s) => overlaps(m.span, s)));
      const what = got.map((m) => `${m.surface}→${m.place?.id ?? 'null'}`).join(', ') || (g.spans.length ? 'no mention' : 'surface not in text');
      row.missed.push(`«${g.surface}» (${g.place}): ${what}`);
    }
  }
  const allPlaces = Object.values(gold.places);
  const eventPlaces = [...(gold.events ?? []), ...(gold.must_not ?? [])]
    .filter((e) => e.report === report.id)
    .map((e) => gold.places[e.place]);
  for (const m of mentions) {
    if (!m.place) continue;
    row.predicted++;
    const covering = golds.filter((g) => g.spans.some((s) => overlaps(m.span, s)));
    const right =
      covering.length > 0
        ? covering.some((g) => within(m, g.at)) || eventPlaces.some((p) => within(m, p))
        : allPlaces.some((p) => within(m, p));
    if (right) row.right++;
    else row.wrong.push(`«${m.surface}» @${m.span[0]} → ${m.place.id} ${m.place.name.en ?? m.place.name.ar} (${m.place.kind})`);
  }
  for (const t of gold.not_places.filter((x) => x.report === report.id)) {
    const spans = occurrences(text, t.surface);
    const hits = mentions.filter((m) => spans.some((s) => overlaps(m.span, s)));
    if (hits.length > 0) {
      row.traps++;
      row.trapped.push(`«${t.surface}» (${t.why}) ← ${hits.map((m) => `«${m.surface}»`).join(', ')}`);
    }
  }
  return row;
}

export function scoreMentions(reports: Report[], gaz: Gazetteer, gold: MentionsGold): MentionsScore {
  const rows = reports.map((r) => scoreReport(r, gaz, gold));
  const sum = (f: (r: MentionsReportScore) => number) => rows.reduce((n, r) => n + f(r), 0);
  const goldN = sum((r) => r.gold);
  const predicted = sum((r) => r.predicted);
  return {
    reports: rows,
    recall: goldN === 0 ? 0 : sum((r) => r.found) / goldN,
    precision: predicted === 0 ? 0 : sum((r) => r.right) / predicted,
    traps: sum((r) => r.traps),
  };
}

export function formatMentionsScore(s: MentionsScore): string {
  const lines = ['mentions, per seed report:', 'report      recall        precision     traps'];
  for (const r of s.reports) {
    const rec = `${r.found}/${r.gold}`;
    const prec = `${r.right}/${r.predicted}`;
    lines.push(`${r.report.padEnd(12)}${rec.padStart(6)} ${(r.found / (r.gold || 1)).toFixed(3)}  ${prec.padStart(6)} ${(r.right / (r.predicted || 1)).toFixed(3)}  ${String(r.traps).padStart(5)}`);
    for (const m of r.missed) lines.push(`    missed: ${m}`);
    for (const w of r.wrong) lines.push(`    wrong:  ${w}`);
    for (const t of r.trapped) lines.push(`    TRAP:   ${t}`);
  }
  lines.push(`mentions recall: ${s.recall.toFixed(3)}   precision: ${s.precision.toFixed(3)}   trap hits: ${s.traps}`);
  return lines.join('\n');
}

/** Load gold, seeds and the gazetteer and score; null when the seeds are not there (a clone without ../shared). */
export async function runMentionsEval(): Promise<MentionsScore | null> {
  const shared = sharedDir();
  const goldPath = join(shared, 'seeds', 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as MentionsGold;
  const gaz = await loadGazetteerFile();
  return scoreMentions(await readSeeds(shared), gaz, gold);
}

export async function printMentionsEval(): Promise<MentionsScore | null> {
  const score = await runMentionsEval();
  console.log(score ? formatMentionsScore(score) : `mentions: no seeds under ${sharedDir()}/seeds, skipped`);
  return score;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await printMentionsEval();
}
