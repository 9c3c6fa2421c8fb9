// `--format bin`: the events written as binary columns with details, read back whole by the map's decoder.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeColumns, eventAt, fromColumns } from '../../../src/geo/columns.ts';
import { formatFromPath, writeEvents } from '../../../src/ingest/output.ts';
import { openAtomic } from '../../../src/ingest/write.ts';
import type { GazetteerEntry } from '../../../src/schema/index.ts';
import { syntheticEvents } from '../../../bench/synthetic.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const entries = (JSON.parse(readFileSync(join(ROOT, 'gazetteer/gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[] }).entries;

describe('writeEvents as bin', () => {
  it('writes columns that decode to the same events, quotes included', async () => {
    const events = [...syntheticEvents(entries, 500, 3)];
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bin-'));
    try {
      const file = join(dir, 'events.bin');
      const w = await openAtomic(file);
      expect(await writeEvents(w, events, 'bin')).toBe(500);
      await w.commit();
      const cols = decodeColumns(readFileSync(file));
      expect(cols.length).toBe(500);
      expect([...fromColumns(cols)]).toEqual(events);
      expect(eventAt(cols, 42).sources[0]?.quote).toBe(events[42]!.sources[0]!.quote);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the format of an --out path ending in .bin', () => {
    expect(formatFromPath('out/events.bin')).toBe('bin');
    expect(formatFromPath('out/events.geojson')).toBe('geojson');
  });
});
