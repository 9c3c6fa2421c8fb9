// sitrep export IN — filter an events file (GeoJSON or NDJSON) by time, type, actor, place; write it out.
import { matchesFilter, plainFilter, type EventFilter } from '../../geo/filter.ts';
import { readEvents } from '../../ingest/events-file.ts';
import { exportInPieces, planPieces } from '../../ingest/export-pool.ts';
import { formatFromPath, OUTPUT_FORMATS } from '../../ingest/output.ts';
import { formatRejection } from '../../ingest/read.ts';
import { EventStatus, EventType, IsoDay, type EventRecord, type Rejection } from '../../schema/index.ts';
import { EXIT, oneOf, parse, UsageError } from '../args.ts';
import { withWriter, writeOutput } from '../sink.ts';

export const help = `Usage: sitrep export IN [options]

Reads events (GeoJSON from 'sitrep ingest', or NDJSON), keeps those that match, writes them.
An event is inside the time window when its date interval overlaps it.

Options:
  --from DATE --to DATE  time window (YYYY-MM-DD, inclusive)
  --type T               event type (repeatable): ${EventType.options.join(', ')}
  --status S             status (repeatable): ${EventStatus.options.join(', ')}
  --actor A              actor id (repeatable), e.g. isis, syrian_army, sdf
  --outlet O             outlet name (repeatable)
  --bbox W,S,E,N         bounding box in degrees
  --format F             geojson | ndjson | csv | acled | bin (acled: ACLED column order, admin2/admin3,
                         UCDP date_prec/where_prec; default: from --out, else geojson)
  --out FILE             default stdout
  --jobs N               read, filter and write on N worker threads (default 1); the output is the same
                         for any N. NDJSON and GeoJSON as sitrep writes it; other layouts use one thread`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    type: { type: 'string', multiple: true },
    status: { type: 'string', multiple: true },
    actor: { type: 'string', multiple: true },
    outlet: { type: 'string', multiple: true },
    bbox: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
  });
  if (values.help) {
    console.log(help);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('export needs exactly one input file');
  for (const k of ['from', 'to'] as const) {
    if (values[k] !== undefined && !IsoDay.safeParse(values[k]).success) throw new UsageError(`--${k} must be a date YYYY-MM-DD (got "${values[k]}")`);
  }
  const filter: EventFilter = plainFilter({
    from: values.from ?? null,
    to: values.to ?? null,
    types: (values.type ?? []).map((t) => oneOf(t, EventType.options, 'type')!),
    statuses: (values.status ?? []).map((s) => oneOf(s, EventStatus.options, 'status')!),
    actors: values.actor ?? [],
    outlets: values.outlet ?? [],
    bbox: values.bbox ? parseBbox(values.bbox) : null,
  });
  const format = oneOf(values.format, OUTPUT_FORMATS, 'format') ?? formatFromPath(values.out) ?? 'geojson';
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs must be an integer 1–64 (got "${values.jobs}")`);
  // Read in pieces, on this thread or on workers; the binary columns are built whole, not streamed, and
  // a FeatureCollection not laid out as sitrep writes it is parsed whole: those go through readEvents.
  const plan = format !== 'bin' ? await planPieces(positionals[0]!) : null;
  if (plan && format !== 'bin') {
    const done = await withWriter(values.out, (w) => exportInPieces(positionals[0]!, plan, { format, filter }, jobs, w));
    return report(done.kept, done.read, done.rejections);
  }
  // Read, filter and write as a stream: a million events never sit in memory at once.
  const rejections: Rejection[] = [];
  let read = 0;
  async function* kept(): AsyncGenerator<EventRecord> {
    for await (const r of readEvents(positionals[0]!)) {
      if (!r.ok) {
        rejections.push(r.rejection);
        continue;
      }
      read++;
      if (matchesFilter(r.event, filter)) yield r.event;
    }
  }
  const n = await writeOutput(values.out, kept(), format);
  return report(n, read, rejections);
}

function report(kept: number, read: number, rejections: Rejection[]): number {
  for (const r of rejections) console.error(`rejected: ${formatRejection(r)}`);
  console.error(`sitrep export: ${kept} of ${read} events; ${rejections.length} rejected`);
  return rejections.length > 0 ? EXIT.rejected : EXIT.ok;
}

function parseBbox(s: string): [number, number, number, number] {
  const parts = s.split(',').map(Number);
  const [w, so, e, n] = parts;
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) throw new UsageError(`--bbox must be W,S,E,N (got "${s}")`);
  if (so! > n! || Math.abs(so!) > 90 || Math.abs(n!) > 90 || Math.abs(w!) > 180 || Math.abs(e!) > 180) {
    throw new UsageError(`--bbox ${s}: south must be ≤ north, latitudes within ±90, longitudes within ±180`);
  }
  return [w!, so!, e!, n!];
}
