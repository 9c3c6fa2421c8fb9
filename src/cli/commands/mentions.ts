// sitrep mentions PATH... — every place mention in the reports, resolved, one NDJSON line each.
import { resolve as resolveMentions } from '../../gazetteer/resolve.ts';
import { scan } from '../../gazetteer/scan.ts';
import { loadGazetteerFile } from '../../ingest/gazetteer-file.ts';
import { formatRejection, readReports } from '../../ingest/read.ts';
import type { MentionRow } from '../../schema/index.ts';
import { EXIT, parse, UsageError } from '../args.ts';

export const help = `Usage: sitrep mentions PATH... [--published DATE] [--gazetteer FILE]

Prints one NDJSON line per place mention found in the reports:
  {report, surface, span:[start,end], place:{id,name,kind,coordinates,admin1}|null, confidence}
place is null when the gazetteer knows the name but no candidate fits the context.`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { published: { type: 'string' }, gazetteer: { type: 'string' } });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('mentions needs at least one PATH');
  const gaz = await loadGazetteerFile(values.gazetteer);
  let rejected = 0;
  for await (const r of readReports(positionals, { published: values.published ?? null })) {
    if (!r.ok) {
      rejected++;
      console.error(`rejected: ${formatRejection(r.rejection)}`);
      continue;
    }
    const { id, text } = r.report;
    for (const m of resolveMentions(gaz, scan(gaz, text), { text })) {
      const row: MentionRow = { report: id, surface: m.surface, span: m.span, place: m.place, confidence: m.confidence };
      process.stdout.write(JSON.stringify(row) + '\n');
    }
  }
  return rejected > 0 ? EXIT.rejected : EXIT.ok;
}
