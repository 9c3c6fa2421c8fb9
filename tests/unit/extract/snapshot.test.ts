// Extraction output pinned byte for byte: event ids are hashes of report id + quote span + type, and
// anything downstream (merged files, the map's selection, links) keys on them, so speed work on the
// extractor must not change a single event. The corpus/ reports are our own text, so their events are
// kept as readable NDJSON fixtures (`npx vitest run -u tests/unit/extract/snapshot.test.ts` rewrites them
// after an intended change — read the diff); the seeds are test-only text that must not be copied into
// the project, so only a hash of their extraction is recorded.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractReport, type Extraction } from '../../../src/extract/index.ts';
import { mergeEvents } from '../../../src/extract/merge.ts';
import { readReports } from '../../../src/ingest/read.ts';
import { EventRecord, type Report } from '../../../src/schema/index.ts';
import { gaz } from './extract-helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = process.env.SITREP_SHARED ?? fileURLToPath(new URL('../../../../shared/', import.meta.url));

async function reportsIn(path: string): Promise<Report[]> {
  const out: Report[] = [];
  for await (const r of readReports([path])) if (r.ok) out.push(r.report);
  return out;
}

const ndjson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r) + '\n').join('');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Each merged record's id and the reports it stands for: enough to see which events were grouped. */
const groups = (events: EventRecord[]) => events.map((e) => ({ id: e.id, reports: e.sources.map((s) => s.report) }));

async function extractAll(reports: Report[]): Promise<Extraction[]> {
  const g = await gaz();
  return reports.map((r) => extractReport(r, g));
}

describe('extraction output is pinned', () => {
  it('corpus/: the same events, unresolved items and merged groups as the fixtures', async () => {
    const reports = await reportsIn(`${ROOT}corpus`);
    expect(reports.length).toBeGreaterThan(30);
    const found = await extractAll(reports);
    const events = found.flatMap((x) => x.events);
    for (const e of events) EventRecord.parse(e);
    expect(events.length).toBeGreaterThan(100);
    await expect(ndjson(events)).toMatchFileSnapshot('../../fixtures/extract-corpus-events.ndjson');
    await expect(ndjson(found.flatMap((x) => x.unresolved))).toMatchFileSnapshot('../../fixtures/extract-corpus-unresolved.ndjson');
    const merged = mergeEvents(events);
    expect(merged.length).toBeLessThan(events.length);
    await expect(ndjson(merged)).toMatchFileSnapshot('../../fixtures/extract-corpus-merged.ndjson');
  });

  it('seeds: the same extraction and merge as recorded (hashes: the seed text stays out of the project)', async () => {
    const reports = await reportsIn(`${SHARED}seeds/reports.jsonl`);
    expect(reports).toHaveLength(5);
    const found = await extractAll(reports);
    const events = found.flatMap((x) => x.events);
    expect(events.length).toBeGreaterThan(20);
    expect({
      events: sha256(ndjson(events)),
      unresolved: sha256(ndjson(found.flatMap((x) => x.unresolved))),
      merged: sha256(ndjson(groups(mergeEvents(events)))),
    }).toMatchInlineSnapshot(`
      {
        "events": "557c50349912e4f8f4dc36b08e5b775578915674049bc8513b0ebf5f34daddf0",
        "merged": "50e1bad7a42a61f9d1d6d977abb93ccadd37794cf01ed632dae931dd652bfffa",
        "unresolved": "543975b3e62476ff58ffc2051ae7a6ea1b5db118ebc407b05ef2d1db37fa35bf",
      }
    `);
  });
});

