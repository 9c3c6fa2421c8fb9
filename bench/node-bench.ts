// Node benchmarks: ingest and place scanning against grep, export of 1M events, gazetteer load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../src/ingest/pipeline.ts';
import { extractReport } from '../src/extract/index.ts';
import { createGazetteer, type Gazetteer } from '../src/gazetteer/load.ts';
import { scan } from '../src/gazetteer/scan.ts';
import { mergeEvents } from '../src/extract/merge.ts';
import type { GazetteerEntry } from '../src/schema/index.ts';
import { buildCorpus, corpusText } from './corpus.ts';
import { WORK } from './data.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const GAZETTEER = join(ROOT, 'gazetteer/gazetteer.json');

const seconds = (t0: number) => (performance.now() - t0) / 1000;

export interface GazetteerNode {
  /** readFile + JSON.parse + createGazetteer (ms). */
  loadMs: number;
  /** readFile + JSON.parse alone: the baseline (ms). */
  parseMs: number;
}

export function benchGazetteerNode(): { timing: GazetteerNode; gaz: Gazetteer } {
  let t0 = performance.now();
  JSON.parse(readFileSync(GAZETTEER, 'utf8'));
  const parseMs = performance.now() - t0;
  t0 = performance.now();
  const { entries } = JSON.parse(readFileSync(GAZETTEER, 'utf8')) as { entries: GazetteerEntry[] };
  const gaz = createGazetteer(entries);
  return { timing: { loadMs: performance.now() - t0, parseMs }, gaz };
}

/** Every name variant in the gazetteer, one per line: the patterns grep gets. */
function namesFile(gaz: Gazetteer): string {
  const file = join(WORK, 'names.txt');
  const names = new Set<string>();
  for (const e of gaz.entries) for (const n of [...e.names.ar, ...e.names.en]) if (n.trim()) names.add(n.trim());
  writeFileSync(file, [...names].sort().join('\n') + '\n');
  return file;
}

function timeGrep(args: string[], file: string): number {
  const t0 = performance.now();
  // -o output can be large: send it to /dev/null through the shell rather than buffer it.
  const r = spawnSync('sh', ['-c', `grep ${args.map((a) => `'${a}'`).join(' ')} '${file}' > /dev/null`], { stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`grep exited ${r.status}`);
  return seconds(t0);
}

export interface IngestBench {
  corpus_mb: number;
  reports: number;
  events: number;
  seconds: number;
  reports_per_s: number;
  mb_per_s: number;
  grep_seconds: number;
  grep_mb_per_s: number;
  /** sitrep ingest MB/s ÷ grep MB/s (1 = as fast as grep). */
  ratio_to_grep: number;
  scan_mb_per_s: number;
  grep_o_mb_per_s: number;
  scan_ratio_to_grep: number;
  /** Merging across reports (src/extract/merge.ts), timed apart on the first N events: [N, ms]; the last N is all. */
  merge_ms_by_events: [number, number][];
}

/**
 * Ingest = read + extract (the per-report, streamable part of `sitrep ingest`) over a synthetic Arabic
 * corpus, against `grep -F -c -f names`. Merging across reports is timed apart on growing slices, because
 * it is not per-report work (see bench/README.md).
 */
export async function benchIngest(targetMb: number, gaz: Gazetteer, log: (s: string) => void): Promise<IngestBench> {
  mkdirSync(WORK, { recursive: true });
  const jsonl = join(WORK, `corpus-${targetMb}mb.jsonl`);
  const text = join(WORK, `corpus-${targetMb}mb.txt`);
  const built = await buildCorpus(jsonl, targetMb * 1e6);
  await corpusText(jsonl, text);
  const mb = statSync(text).size / 1e6;
  log(`ingest: ${built.reports} reports, ${mb.toFixed(1)} MB of Arabic text`);

  let t0 = performance.now();
  const result = await ingest([jsonl], (r) => extractReport(r, gaz), { merge: false });
  const ingestSeconds = seconds(t0);
  log(`ingest: ${result.reports} reports → ${result.events.length} events in ${ingestSeconds.toFixed(1)} s`);

  const names = namesFile(gaz);
  const grepSeconds = timeGrep(['-F', '-c', '-f', names], text);
  const grepOSeconds = timeGrep(['-F', '-o', '-f', names], text);

  const reportTexts = readFileSync(text, 'utf8').split('\n');
  t0 = performance.now();
  let mentions = 0;
  for (const r of reportTexts) if (r) mentions += scan(gaz, r).length;
  const scanSeconds = seconds(t0);
  log(`scan: ${mentions} mentions in ${scanSeconds.toFixed(1)} s; grep -c ${grepSeconds.toFixed(2)} s, grep -o ${grepOSeconds.toFixed(2)} s`);

  const merge: [number, number][] = [];
  // Doubling sizes show how it grows; the last is every event of the corpus (what `sitrep ingest` merges).
  const sizes = [1000, 2000, 4000, 8000, 16000, 32000, 64000].filter((n) => n < result.events.length);
  for (const n of [...sizes, result.events.length]) {
    t0 = performance.now();
    mergeEvents(result.events.slice(0, n));
    merge.push([n, Math.round(performance.now() - t0)]);
  }

  return {
    corpus_mb: mb,
    reports: result.reports,
    events: result.events.length,
    seconds: ingestSeconds,
    reports_per_s: result.reports / ingestSeconds,
    mb_per_s: mb / ingestSeconds,
    grep_seconds: grepSeconds,
    grep_mb_per_s: mb / grepSeconds,
    ratio_to_grep: mb / ingestSeconds / (mb / grepSeconds),
    scan_mb_per_s: mb / scanSeconds,
    grep_o_mb_per_s: mb / grepOSeconds,
    scan_ratio_to_grep: mb / scanSeconds / (mb / grepOSeconds),
    merge_ms_by_events: merge,
  };
}

export interface ExportRun {
  seconds: number | null;
  /** User + system CPU seconds: on a shared machine they move less than the wall clock. */
  cpu_seconds: number | null;
  peak_rss_mb: number | null;
  failure: string | null;
}

type StreamedFormat = 'geojson' | 'ndjson' | 'csv' | 'acled';

function exportChild(mode: 'stream' | 'stringify' | 'generate', n: number, format: StreamedFormat = 'geojson', keep = false): ExportRun & { out: string } {
  const out = join(WORK, `export-${mode}.${format}`);
  return { ...runExportChild([mode, String(n), out, format], out, keep), out };
}

function runExportChild(args: string[], out: string, keep = false): ExportRun {
  const r = spawnSync('npx', ['tsx', join(ROOT, 'bench/export-child.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    const why = (r.stderr.match(/(RangeError|Error)[^\n]*/)?.[0] ?? `exit ${r.status ?? r.signal}`).slice(0, 200);
    return { seconds: null, cpu_seconds: null, peak_rss_mb: null, failure: why };
  }
  const m = JSON.parse(line) as { seconds: number; cpuSeconds: number; peakRssMb: number };
  if (!keep && existsSync(out)) spawnSync('rm', ['-f', out]);
  return { seconds: m.seconds, cpu_seconds: m.cpuSeconds, peak_rss_mb: m.peakRssMb, failure: null };
}

export interface ExportBench {
  /** sitrep's streaming GeoJSON writer, including making the synthetic events. */
  stream: ExportRun;
  /** The same writer to the other streamed formats (issue: "GeoJSON, NDJSON, CSV"). */
  formats: Record<Exclude<StreamedFormat, 'geojson'>, ExportRun>;
  /** Making the synthetic events alone (what `stream` spends on its input). */
  generate: ExportRun;
  /** Baseline: the whole FeatureCollection through one JSON.stringify. */
  stringify: ExportRun;
  /**
   * What a user runs: `sitrep export` of the GeoJSON file `stream` wrote to GeoJSON (read, check, filter —
   * nothing filtered out — write), on one thread and with --jobs 2; baseline: `cp` of the same file, the
   * disk's share of it.
   */
  cli: { jobs1: ExportRun; jobs2: ExportRun; cp: ExportRun; input_mb: number | null };
}

export function benchExport(n: number): ExportBench {
  const generate = exportChild('generate', n);
  const stream = exportChild('stream', n, 'geojson', true);
  const cli = benchExportCli(stream.out);
  spawnSync('rm', ['-f', stream.out]);
  return {
    generate: withoutOut(generate),
    stream: withoutOut(stream),
    formats: { ndjson: withoutOut(exportChild('stream', n, 'ndjson')), csv: withoutOut(exportChild('stream', n, 'csv')), acled: withoutOut(exportChild('stream', n, 'acled')) },
    stringify: withoutOut(exportChild('stringify', n)),
    cli,
  };
}

const withoutOut = ({ out: _, ...run }: ExportRun & { out: string }): ExportRun => run;

function benchExportCli(input: string): ExportBench['cli'] {
  const none: ExportRun = { seconds: null, cpu_seconds: null, peak_rss_mb: null, failure: 'no input: the stream run failed' };
  if (!existsSync(input)) return { jobs1: none, jobs2: none, cp: none, input_mb: null };
  const out = join(WORK, 'export-cli.geojson');
  const cli = (jobs: number) => runExportChild(['cli', String(jobs), out, 'geojson', input], out);
  const t0 = performance.now();
  const cp = spawnSync('cp', [input, out]);
  // cp's CPU time and RSS are not ours to read from spawnSync; its wall clock is the figure.
  const cpRun: ExportRun = { seconds: seconds(t0), cpu_seconds: null, peak_rss_mb: null, failure: cp.status === 0 ? null : `cp exit ${cp.status}` };
  spawnSync('rm', ['-f', out]);
  return { jobs1: cli(1), jobs2: cli(2), cp: cpRun, input_mb: statSync(input).size / 1e6 };
}

export interface FormatBench {
  bin_mb: number;
  /** readFileSync + decodeColumns (zero-copy views) → typed arrays ready for the GPU layer. */
  bin_load_ms: number;
  geojson_mb: number;
  /** Baseline: readFileSync as text + JSON.parse of the slim GeoJSON the MapLibre source would get. */
  geojson_load_ms: number;
}

/** The events file format: sitrep's binary columns against GeoJSON, same events, in Node. */
export async function benchFormat(n: number): Promise<FormatBench> {
  const { binFile, geojsonFile } = await import('./data.ts');
  const { decodeColumns } = await import('../src/geo/columns.ts');
  const bin = binFile(n);
  const geojson = await geojsonFile(n);
  let t0 = performance.now();
  const cols = decodeColumns(readFileSync(bin));
  const binMs = performance.now() - t0;
  t0 = performance.now();
  const parsed = JSON.parse(readFileSync(geojson, 'utf8')) as { features: unknown[] };
  const geojsonMs = performance.now() - t0;
  if (parsed.features.length !== cols.length) throw new Error('format bench: files disagree');
  return { bin_mb: statSync(bin).size / 1e6, bin_load_ms: binMs, geojson_mb: statSync(geojson).size / 1e6, geojson_load_ms: geojsonMs };
}
