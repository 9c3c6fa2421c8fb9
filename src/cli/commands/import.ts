// sitrep import FILE... — event data from other tools (ACLED exports, CSV, GeoJSON, NDJSON) in,
// validated event records out, optionally merged into an events file made by `sitrep ingest`.
import { mergeEvents } from '../../extract/merge.ts';
import { readEventsFile } from '../../ingest/events-file.ts';
import { ColumnMapError, parseColumnMap, type ColumnMap } from '../../ingest/import/csv.ts';
import { importAll, IMPORT_FORMATS } from '../../ingest/import/index.ts';
import { ROW_FIELDS } from '../../ingest/import/row.ts';
import { formatFromPath, OUTPUT_FORMATS } from '../../ingest/output.ts';
import { sortEvents } from '../../ingest/pipeline.ts';
import { formatRejection } from '../../ingest/read.ts';
import type { EventRecord } from '../../schema/index.ts';
import { EXIT, oneOf, parse, UsageError } from '../args.ts';
import { writeLines, writeOutput } from '../sink.ts';

export const help = `Usage: sitrep import FILE... --out FILE [options]

Reads event data made by other tools and writes it as sitrep event records. Every record is validated;
what cannot be used is listed on stderr (file, line, field, why) and the rest still goes through.

Formats (by extension, or --format):
  acled, csv   CSV with ACLED's columns (event_id_cnty, event_date, time_precision, event_type,
               sub_event_type, actor1, actor2, admin1-3, location, latitude, longitude, geo_precision,
               source, notes, fatalities) or sitrep's own CSV export; other CSVs with --map
  geojson      a FeatureCollection of sitrep events, or of points whose properties use those columns
  ndjson       one sitrep event record per line

Options:
  --out FILE          write here (atomically); default stdout
  --format F          ${IMPORT_FORMATS.join(' | ')} (default: from each file's extension)
  --map col=field,... name the field each CSV column fills, e.g. --map date=event_date,lat=latitude
                      fields: ${ROW_FIELDS.join(', ')}
  --merge-with FILE   an events file (from sitrep ingest) to combine with: the same event told by a
                      report and by an imported record becomes one record with both sources
  --out-format F      geojson | ndjson | csv | acled (default: from --out's extension, else geojson)
  --rejects FILE      write the refused records and why, as NDJSON
  --encoding E        utf-8 | utf-16le | utf-16be | windows-1256 | iso-8859-6 (default: detect)

--format acled also checks the file has ACLED's own columns. Source urls must be http(s) addresses.

Precision codes: ACLED time_precision 1/2/3 → day / the week around the date / the month;
geo_precision 1/2/3 → town / district / governorate. A latitude and longitude that look swapped for a
place in Syria are refused, not fixed.

Exit: 0 all went through, 1 some records refused, 2 usage error.`;

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6'] as const;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    map: { type: 'string', multiple: true },
    'merge-with': { type: 'string' },
    'out-format': { type: 'string' },
    rejects: { type: 'string' },
    encoding: { type: 'string' },
  });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE');
  const format = oneOf(values.format, IMPORT_FORMATS, 'format');
  const outFormat = oneOf(values['out-format'], OUTPUT_FORMATS, 'out-format') ?? formatFromPath(values.out) ?? 'geojson';
  const encoding = oneOf(values.encoding, ENCODINGS, 'encoding');
  let map: ColumnMap;
  try {
    map = parseColumnMap((values.map ?? []).join(','));
  } catch (err) {
    if (err instanceof ColumnMapError) throw new UsageError(err.message);
    throw err;
  }

  const { events, rejections } = await importAll(positionals, { ...(format ? { format } : {}), map, ...(encoding ? { encoding } : {}) });
  const imported = events.length;
  let all = events;
  if (values['merge-with']) {
    const base = await readEventsFile(values['merge-with']);
    rejections.push(...base.rejections);
    // The events file first, so its records keep their ids when an imported one joins them.
    all = mergeEvents([...withoutDatasets(base.events, events), ...events]);
  }
  const written = await writeOutput(values.out, sortEvents(all), outFormat);
  if (values.rejects) await writeLines(values.rejects, rejections);
  for (const r of rejections) console.error(`rejected: ${formatRejection(r)}`);
  console.error(
    `sitrep import: ${imported} records imported → ${written} events` + (values.out ? ` in ${values.out}` : '') + `; ${rejections.length} rejected`,
  );
  return rejections.length > 0 ? EXIT.rejected : EXIT.ok;
}

/**
 * Importing a file again replaces what it brought before (as ACLED's own updates overwrite records by
 * id): earlier copies of the re-imported records, and their sources inside merged records, are dropped
 * from the events file first, so a re-run neither duplicates nor double-counts.
 */
function withoutDatasets(base: EventRecord[], imported: EventRecord[]): EventRecord[] {
  const ids = new Set(imported.map((e) => e.id));
  const datasets = new Set(imported.flatMap((e) => e.sources.map((s) => s.report)));
  const kept: EventRecord[] = [];
  for (const e of base) {
    if (ids.has(e.id) && e.sources.every((s) => datasets.has(s.report))) continue;
    const sources = e.sources.filter((s) => !datasets.has(s.report));
    if (sources.length > 0) kept.push(sources.length === e.sources.length ? e : { ...e, sources });
  }
  return kept;
}
