import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents, ingest, newTally, type Extractor } from '../../../src/ingest/pipeline.ts';
import { makeEvent } from '../../fixtures/event.ts';

/** A JSONL of n one-line reports, and an extractor that makes one event per report and counts its calls. */
async function setup(n: number) {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-pipe-'));
  const file = join(dir, 'r.jsonl');
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: `report ${i}`, published: '2017-06-0' + ((i % 9) + 1) }));
  await writeFile(file, lines.join('\n') + '\n{broken\n');
  let calls = 0;
  const extract: Extractor = (report) => {
    calls++;
    const e = makeEvent({ id: `ev-${report.id}` });
    return { events: [{ ...e, sources: [{ ...e.sources[0]!, report: report.id }] }], mentions: [], unresolved: [] };
  };
  return { file, extract, calls: () => calls };
}

describe('extractEvents', () => {
  it('yields events as reports are extracted, without reading ahead of the reports in flight', async () => {
    const { file, extract, calls } = await setup(50);
    const it = extractEvents([file], extract, { inFlight: 2 });
    const first = await it.next();
    expect(first.value?.id).toBe('ev-r0');
    expect(calls()).toBeLessThanOrEqual(3);
    await it.return(undefined);
  });
  it('keeps reading order and tallies reports, events and rejections', async () => {
    const { file, extract } = await setup(5);
    const tally = newTally();
    const ids: string[] = [];
    for await (const e of extractEvents([file], extract, {}, tally)) ids.push(e.id);
    expect(ids).toEqual(['ev-r0', 'ev-r1', 'ev-r2', 'ev-r3', 'ev-r4']);
    expect(tally).toMatchObject({ reports: 5, events: 5 });
    expect(tally.rejections.map((r) => r.line)).toEqual([6]);
  });
  it('turns a throwing extractor into a named rejection and goes on', async () => {
    const { file, extract } = await setup(3);
    const flaky: Extractor = (r) => {
      if (r.id === 'r1') throw new Error('boom');
      return extract(r);
    };
    const result = await ingest([file], flaky, { merge: false });
    expect(result.events.map((e) => e.sources[0]!.report)).toEqual(['r0', 'r2']);
    expect(result.rejections.map((r) => r.message)).toContain('extraction failed: boom');
  });
});
