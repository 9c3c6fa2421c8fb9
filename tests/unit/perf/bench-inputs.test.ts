// The benchmark inputs are what the benchmarks claim: schema-valid events at real Syrian places over
// 2014–2019, the same for the same seed; a corpus of Arabic sentences from corpus/ of at least the size asked.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventRecord, type GazetteerEntry } from '../../../src/schema/index.ts';
import { syntheticEvents } from '../../../bench/synthetic.ts';
import { arabicSentences, buildCorpus } from '../../../bench/corpus.ts';

const entries = (JSON.parse(readFileSync(new URL('../../../gazetteer/gazetteer.json', import.meta.url), 'utf8')) as { entries: GazetteerEntry[] }).entries;
const byId = new Map(entries.map((e) => [e.id, e]));

describe('syntheticEvents', () => {
  const events = [...syntheticEvents(entries, 3000, 9)];

  it('are schema-valid, unique, dated 2014–2019, at Syrian gazetteer places with their coordinates', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(EventRecord.safeParse(e).success).toBe(true);
      expect(e.date.start! >= '2014-01-01' && e.date.end! <= '2019-12-31').toBe(true);
      const place = byId.get(e.place.id);
      expect(place?.country).toBe('SY');
      expect(e.place.coordinates).toEqual(place!.coordinates);
    }
  });

  it('mix pins with area-level places and reported with other statuses, and repeat for the same seed', () => {
    const areas = events.filter((e) => ['district', 'governorate', 'region'].includes(e.place.precision)).length;
    expect(areas / events.length).toBeGreaterThan(0.03);
    expect(areas / events.length).toBeLessThan(0.1);
    expect(new Set(events.map((e) => e.status)).size).toBe(5);
    expect([...syntheticEvents(entries, 50, 9)]).toEqual(events.slice(0, 50));
    expect([...syntheticEvents(entries, 50, 10)]).not.toEqual(events.slice(0, 50));
  });
});

describe('bench corpus', () => {
  it('takes only Arabic sentences from corpus/', () => {
    const sentences = arabicSentences();
    expect(sentences.length).toBeGreaterThan(50);
    for (const s of sentences) expect((s.match(/[A-Za-z]/g) ?? []).length * 4).toBeLessThan((s.match(/[\u0600-\u06FF]/g) ?? []).length);
  });

  it('writes JSONL reports with a publication date until the asked size is reached', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
    try {
      const file = join(dir, 'c.jsonl');
      const built = await buildCorpus(file, 100_000, 3);
      expect(built.bytes).toBeGreaterThanOrEqual(100_000);
      const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; published: string });
      expect(lines).toHaveLength(built.reports);
      const sentences = new Set(arabicSentences());
      for (const r of lines.slice(0, 20)) {
        expect(r.published).toMatch(/^20(1[4-9])-\d\d-\d\d$/);
        // Every sentence of a report is one of corpus/'s, whole.
        expect([...sentences].some((s) => r.text.startsWith(s))).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
