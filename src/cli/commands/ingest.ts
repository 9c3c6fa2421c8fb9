// sitrep ingest PATH... — reports in, event records out.
import { formatRejection } from '../../ingest/read.ts';
import { loadGazetteerFile } from '../../ingest/gazetteer-file.ts';
import { extractEvents, ingest, newTally, type Extractor, type IngestProgress, type IngestResult } from '../../ingest/pipeline.ts';
import { createExtractPool } from '../../ingest/extract-pool.ts';
import { extractReport } from '../../extract/index.ts';
import { formatFromPath, OUTPUT_FORMATS } from '../../ingest/output.ts';
import { PublishedDate } from '../../schema/index.ts';
import { EXIT, oneOf, parse, UsageError } from '../args.ts';
import { progress } from '../progress.ts';
import { writeOutput, writeLines } from '../sink.ts';

export const help = `Usage: sitrep ingest PATH... [options]

Reads reports (.txt/.md with front matter, .html, .jsonl/.ndjson, folders, - for stdin), extracts
events and writes them. Rejected inputs are listed on stderr; the rest still goes through.

Options:
  --out FILE            write here (atomically); default stdout
  --format F            geojson | ndjson | csv | acled | bin (default: from --out's extension, else geojson)
  --published DATE      publication date (YYYY, YYYY-MM or YYYY-MM-DD) for reports that lack one
  --unresolved FILE     write mentions the gazetteer could not place, and trigger sentences
                        without a place, as NDJSON
  --rejects FILE        write the rejected inputs and why, as NDJSON
  --encoding E          utf-8 | utf-16le | utf-16be | windows-1256 | iso-8859-6 (default: detect)
  --gazetteer FILE      compiled gazetteer (default gazetteer/gazetteer.json)
  --no-merge            keep one record per report instead of merging the same event across reports;
                        events are then written as they are extracted, in reading order (bounded memory)
  --jobs N              extract on N worker threads (default 1); output is the same for any N

Large files: a .txt/.md report over 8 MB is not one article but an archive; it is streamed and cut
into parts at paragraph breaks (about 256 K characters each), each a report "<id>#<n>" whose origin is
file:line, so memory stays bounded whatever the file size. Source urls must be http(s) addresses.

Exit: 0 all went through, 1 some input rejected, 2 usage error.`;

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'] as const;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    published: { type: 'string' },
    unresolved: { type: 'string' },
    rejects: { type: 'string' },
    encoding: { type: 'string' },
    gazetteer: { type: 'string' },
    'no-merge': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (a file, a folder, or - for stdin)');
  if (values.published !== undefined && !PublishedDate.safeParse(values.published).success) {
    throw new UsageError(`--published must be YYYY, YYYY-MM or YYYY-MM-DD (got "${values.published}")`);
  }
  const format = oneOf(values.format, OUTPUT_FORMATS, 'format') ?? formatFromPath(values.out) ?? 'geojson';
  const encoding = oneOf(values.encoding, ENCODINGS, 'encoding');

  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be an integer 1–64 (got "${values.jobs}")`);

  // One job extracts on this thread; more deal reports out to worker threads, each with its own gazetteer.
  const pool = jobs > 1 ? createExtractPool(jobs, values.gazetteer) : null;
  const gaz = pool ? null : await loadGazetteerFile(values.gazetteer);
  const bar = progress();
  const extract: Extractor = pool ? pool.extract : (r) => extractReport(r, gaz!);
  const opts = {
    published: values.published ?? null,
    ...(encoding ? { encoding } : {}),
    inFlight: pool?.inFlight ?? 1,
    onProgress: (p: IngestProgress) => bar.update(`sitrep ingest: ${p.reports} reports, ${p.events} events, ${p.rejected} rejected — ${p.current}`),
  };
  let result: Omit<IngestResult, 'events'>;
  let written: number;
  try {
    if (values['no-merge']) {
      // Nothing to merge, so nothing to hold: events go to the output as they are extracted.
      const tally = newTally();
      written = await writeOutput(values.out, extractEvents(positionals, extract, opts, tally), format);
      result = tally;
    } else {
      const all = await ingest(positionals, extract, opts);
      written = await writeOutput(values.out, all.events, format);
      result = all;
    }
  } finally {
    bar.done();
    await pool?.close();
  }

  if (values.unresolved) await writeLines(values.unresolved, result.unresolved);
  if (values.rejects) await writeLines(values.rejects, result.rejections);
  for (const r of result.rejections) console.error(`rejected: ${formatRejection(r)}`);
  console.error(
    `sitrep ingest: ${result.reports} reports → ${written} events` +
      (values.out ? ` in ${values.out}` : '') +
      `; ${result.unresolved.length} unresolved; ${result.rejections.length} rejected`,
  );
  return result.rejections.length > 0 ? EXIT.rejected : EXIT.ok;
}
