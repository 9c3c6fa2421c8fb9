// Reading an events file back as a stream: sitrep's own GeoJSON a line at a time, other layouts whole,
// NDJSON a line at a time; bad records are rejections that say where.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCollection, toFeature } from '../../../src/geo/features.ts';
import { readEvents, readEventsFile } from '../../../src/ingest/events-file.ts';
import { writeEvents } from '../../../src/ingest/output.ts';
import { openAtomic } from '../../../src/ingest/write.ts';
import { EventRecord } from '../../../src/schema/index.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const events = readFileSync(FIXTURES + 'extract-corpus-events.ndjson', 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => EventRecord.parse(JSON.parse(l)));

const dir = mkdtempSync(join(tmpdir(), 'sitrep-events-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(name: string, format: 'geojson' | 'ndjson'): Promise<string> {
  const file = join(dir, name);
  const w = await openAtomic(file);
  await writeEvents(w, events, format);
  await w.commit();
  return file;
}

describe('readEvents', () => {
  it("reads sitrep's GeoJSON and NDJSON back to the same events", async () => {
    for (const format of ['geojson', 'ndjson'] as const) {
      const read = await readEventsFile(await written(`e.${format}`, format));
      expect(read.rejections).toEqual([]);
      expect(read.events).toEqual(events);
    }
  });

  it('reads a FeatureCollection laid out another way (pretty-printed, one line, BOM) whole', async () => {
    const file = join(dir, 'pretty.geojson');
    for (const text of [JSON.stringify(toCollection(events), null, 2), '\uFEFF' + JSON.stringify(toCollection(events))]) {
      writeFileSync(file, text);
      const read = await readEventsFile(file);
      expect(read.rejections).toEqual([]);
      expect(read.events).toEqual(events);
    }
  });

  it('joins lines that run across the 1 MB pieces the file is read in (a one-line file of several MB; NDJSON)', async () => {
    const many = Array.from({ length: 30 }, (_, k) => events.map((e) => ({ ...e, id: `${e.id}-${k}` }))).flat();
    const oneLine = join(dir, 'one-line.geojson');
    writeFileSync(oneLine, JSON.stringify(toCollection(many)));
    expect(readFileSync(oneLine).length).toBeGreaterThan(3 << 20);
    const geo = await readEventsFile(oneLine);
    expect(geo.rejections).toEqual([]);
    expect(geo.events).toEqual(many);
    const nd = join(dir, 'many.ndjson');
    writeFileSync(nd, many.map((e) => JSON.stringify(e)).join('\r\n'));
    const read = await readEventsFile(nd);
    expect(read.rejections).toEqual([]);
    expect(read.events).toEqual(many);
  });

  it('names the feature that fails the schema and keeps the others', async () => {
    const file = await written('bad.geojson', 'geojson');
    const lines = readFileSync(file, 'utf8').split('\n');
    const broken = toFeature(events[3]!) as unknown as { properties: { type: string } };
    broken.properties.type = 'picnic';
    lines[4] = JSON.stringify(broken) + ',';
    lines[6] = '{"type":"Feature", cut';
    writeFileSync(file, lines.join('\r\n'));
    const read = await readEventsFile(file);
    expect(read.events.map((e) => e.id)).toEqual(events.filter((_, i) => i !== 3 && i !== 5).map((e) => e.id));
    expect(read.rejections).toHaveLength(2);
    expect(read.rejections[0]).toMatchObject({ line: 5, field: 'features[3].properties.type' });
    expect(read.rejections[1]).toMatchObject({ line: 7, field: 'features[5]', message: expect.stringMatching(/^not JSON/) });
  });

  it('says when a FeatureCollection is cut short', async () => {
    const file = await written('cut.geojson', 'geojson');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.lastIndexOf('\n]}')));
    const results = [];
    for await (const r of readEvents(file)) results.push(r);
    expect(results.filter((r) => r.ok)).toHaveLength(events.length);
    expect(results.at(-1)).toMatchObject({ ok: false, rejection: { message: expect.stringMatching(/cut short/) } });
  });

  it('gives the line of an NDJSON record that is not JSON or not an event', async () => {
    const file = join(dir, 'bad.ndjson');
    writeFileSync(file, [JSON.stringify(events[0]), 'not json', '', JSON.stringify({ ...events[1], status: 'rumoured' }), JSON.stringify(events[2])].join('\n'));
    const read = await readEventsFile(file);
    expect(read.events).toEqual([events[0], events[2]]);
    expect(read.rejections).toMatchObject([{ line: 2 }, { line: 4, field: 'status' }]);
  });
});
