// One export measurement in its own process, so its peak RSS is its own. Prints one JSON line.
//   tsx bench/export-child.ts stream|stringify|generate N OUT [FORMAT]
//   tsx bench/export-child.ts cli JOBS OUT FORMAT IN
// stream:    sitrep's writer (src/ingest/output.ts) over a generator of N events → FORMAT (default geojson) on disk
// stringify: the naive way (baseline): all N events in an array, JSON.stringify of the whole collection
// generate:  only makes the N synthetic events, to show what the two above spend on making their input
// cli:       what a user runs: `sitrep export IN --out OUT --jobs JOBS` (read, check, filter, write), in this
//            process so its peak RSS (worker threads included: they are threads of this process) is measured
// cpuSeconds (user + system) is printed beside the wall-clock seconds: on a machine shared with other jobs
// it moves less than the wall clock does.
import { writeFileSync } from 'node:fs';
import { OUTPUT_FORMATS, writeEvents } from '../src/ingest/output.ts';
import { openAtomic } from '../src/ingest/write.ts';
import { toCollection } from '../src/geo/features.ts';
import { gazetteerEntries } from './data.ts';
import { syntheticEvents } from './synthetic.ts';
import { main } from '../src/cli/main.ts';

const [mode, n, out] = [process.argv[2], Number(process.argv[3]), process.argv[4]!];
const format = OUTPUT_FORMATS.find((f) => f === (process.argv[5] ?? 'geojson'));
if (!format) throw new Error(`unknown format ${process.argv[5]}`);
// Only the synthetic modes need the gazetteer; cli's peak RSS should be the export's own.
const entries = mode === 'cli' ? [] : gazetteerEntries();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
if (mode === 'stream') {
  const w = await openAtomic(out);
  await writeEvents(w, syntheticEvents(entries, n), format);
  await w.commit();
} else if (mode === 'stringify') {
  const events = [...syntheticEvents(entries, n)];
  writeFileSync(out, JSON.stringify(toCollection(events)));
} else if (mode === 'cli') {
  const code = await main(['export', process.argv[6]!, '--out', out, '--format', format, '--jobs', String(n)]);
  if (code !== 0) throw new Error(`sitrep export exited ${code}`);
} else {
  let k = 0;
  for (const _ of syntheticEvents(entries, n)) k++;
  if (k !== n) throw new Error('short');
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ mode, format, n, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
