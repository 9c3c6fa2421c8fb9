// Scores event extraction over the seed reports against gold.json `events` and `must_not`, on what
// `sitrep ingest --format ndjson` writes: the ingest pipeline (read → extract → merge) over reports.jsonl.
// A merged event counts for every report among its sources.
//
// A gold event is found when an extracted event of that report agrees on type, status, place (within the
// gold place's tol_km of its point) and date (intervals overlapping, allowing one day either side). A
// must_not is violated when an extracted event of that report has its type, a place within tol_km, and a
// date interval meeting (±1 day) its date, and is not negated/denied (a negated strike is not a strike).
//
//   npx tsx tests/eval/events.ts          (SITREP_SHARED overrides ../shared)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../src/extract/dates/calendar.ts';
import { distanceKm } from '../../src/gazetteer/distance.ts';
import { loadGazetteerFile } from '../../src/ingest/gazetteer-file.ts';
import { ingest } from '../../src/ingest/pipeline.ts';
import { extractReport } from '../../src/extract/index.ts';
import { readReports } from '../../src/ingest/read.ts';
import type { EventRecord, Report } from '../../src/schema/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDir(): string {
  return process.env.SITREP_SHARED ?? resolve(ROOT, '../shared');
}

export interface GoldPlace {
  coordinates: [number, number];
  tol_km: number;
}
export interface GoldEvent {
  report: string;
  type: string;
  status: string;
  date: { start: string; end: string };
  place: string;
  must: boolean;
}
export interface MustNot {
  report: string;
  type: string;
  place: string;
  date: string;
  why: string;
}
export interface Gold {
  places: Record<string, GoldPlace>;
  events: GoldEvent[];
  must_not: MustNot[];
}

export interface ReportScore {
  report: string;
  extracted: number;
  must: number;
  mustFound: number;
  other: number;
  otherFound: number;
  violations: number;
  missed: string[];
}

export interface EventsScore {
  reports: ReportScore[];
  must: number;
  mustFound: number;
  mustRecall: number;
  allRecall: number;
  violations: string[];
}

/** Days of slack either side when comparing date intervals, as gold.json's "within 1 day". */
const SLACK_DAYS = 1;

function datesOverlap(e: EventRecord, start: string, end: string): boolean {
  if (e.date.start === null || e.date.end === null) return false;
  return addDays(e.date.start, -SLACK_DAYS) <= end && addDays(start, -SLACK_DAYS) <= e.date.end;
}

function near(e: EventRecord, p: GoldPlace | undefined): boolean {
  return p !== undefined && distanceKm(e.place.coordinates, p.coordinates) <= p.tol_km;
}

/** Gold's one "denial" type is a denied event of whatever type: match on status alone. */
function typeMatches(e: EventRecord, g: GoldEvent): boolean {
  return g.type === 'denial' ? e.status === 'denied' : e.type === g.type;
}

export function matches(e: EventRecord, g: GoldEvent, gold: Gold): boolean {
  return typeMatches(e, g) && e.status === g.status && near(e, gold.places[g.place]) && datesOverlap(e, g.date.start, g.date.end);
}

export function violates(e: EventRecord, m: MustNot, gold: Gold): boolean {
  if (e.status === 'negated' || e.status === 'denied') return false;
  return e.type === m.type && near(e, gold.places[m.place]) && datesOverlap(e, m.date, m.date);
}

/** The seed reports file: ../shared/seeds/reports.jsonl (or under SITREP_SHARED). */
export function seedsFile(shared: string = sharedDir()): string {
  return join(shared, 'seeds', 'reports.jsonl');
}

/** The seed reports as the reader gives them (tests/eval/mentions.ts reads them through this too). */
export async function readSeeds(shared: string = sharedDir()): Promise<Report[]> {
  const reports: Report[] = [];
  for await (const r of readReports([seedsFile(shared)])) if (r.ok) reports.push(r.report);
  return reports;
}

export function scoreEvents(reports: string[], events: EventRecord[], gold: Gold): EventsScore {
  const rows: ReportScore[] = [];
  const violations: string[] = [];
  for (const report of reports) {
    const mine = events.filter((e) => e.sources.some((s) => s.report === report));
    const row: ReportScore = { report, extracted: mine.length, must: 0, mustFound: 0, other: 0, otherFound: 0, violations: 0, missed: [] };
    for (const g of gold.events.filter((x) => x.report === report)) {
      const found = mine.some((e) => matches(e, g, gold));
      if (g.must) {
        row.must++;
        if (found) row.mustFound++;
      } else {
        row.other++;
        if (found) row.otherFound++;
      }
      if (!found) row.missed.push(`${g.must ? 'MUST ' : ''}${g.type}/${g.status} @ ${g.place} ${g.date.start}..${g.date.end}`);
    }
    for (const m of gold.must_not.filter((x) => x.report === report)) {
      const bad = mine.filter((e) => violates(e, m, gold));
      if (bad.length > 0) {
        row.violations++;
        violations.push(`${report}: ${m.type} @ ${m.place} ${m.date} (${m.why}) ← «${bad[0]?.sources[0]?.quote.slice(0, 80)}»`);
      }
    }
    rows.push(row);
  }
  const must = rows.reduce((n, r) => n + r.must, 0);
  const mustFound = rows.reduce((n, r) => n + r.mustFound, 0);
  const all = rows.reduce((n, r) => n + r.must + r.other, 0);
  const allFound = rows.reduce((n, r) => n + r.mustFound + r.otherFound, 0);
  return {
    reports: rows,
    must,
    mustFound,
    mustRecall: must === 0 ? 0 : mustFound / must,
    allRecall: all === 0 ? 0 : allFound / all,
    violations,
  };
}

export function formatEventsScore(s: EventsScore): string {
  const lines = ['events, per seed report:', 'report      extracted  must found  other found  must_not violated'];
  for (const r of s.reports) {
    lines.push(
      `${r.report.padEnd(12)}${String(r.extracted).padStart(9)}  ${`${r.mustFound}/${r.must}`.padStart(10)}  ${`${r.otherFound}/${r.other}`.padStart(11)}  ${String(r.violations).padStart(17)}`,
    );
    for (const m of r.missed) lines.push(`    missed: ${m}`);
  }
  lines.push(
    `must-events recall: ${s.mustFound}/${s.must} = ${s.mustRecall.toFixed(3)}   all-events recall: ${s.allRecall.toFixed(3)}   must_not violations: ${s.violations.length}`,
  );
  for (const v of s.violations) lines.push(`  VIOLATION ${v}`);
  return lines.join('\n');
}

/** Ingest the seeds as `sitrep ingest` does and score; null when the seeds are not there (a clone without ../shared). */
export async function runEventsEval(): Promise<EventsScore | null> {
  const goldPath = join(sharedDir(), 'seeds', 'gold.json');
  if (!existsSync(goldPath)) return null;
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const gaz = await loadGazetteerFile();
  const result = await ingest([seedsFile()], (r) => extractReport(r, gaz));
  const reports = [...new Set(gold.events.map((g) => g.report))].sort();
  return scoreEvents(reports, result.events, gold);
}

/** Print the table; the `npm run eval` entry calls this. */
export async function printEventsEval(): Promise<EventsScore | null> {
  const score = await runEventsEval();
  console.log(score ? formatEventsScore(score) : `events: no seeds under ${sharedDir()}/seeds, skipped`);
  return score;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await printEventsEval();
}
