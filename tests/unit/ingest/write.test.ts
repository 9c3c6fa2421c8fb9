import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomic, writeFileAtomic } from '../../../src/ingest/write.ts';

describe('atomic writes', () => {
  it('replaces the target only on commit and leaves no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-write-'));
    const target = join(dir, 'events.geojson');
    await writeFile(target, 'previous');
    const w = await openAtomic(target);
    await w.write('new ');
    expect(await readFile(target, 'utf8')).toBe('previous');
    await w.write('content');
    await w.commit();
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['events.geojson']);
  });
  it('keeps the previous file whole when the write is aborted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-write-'));
    const target = join(dir, 'out.ndjson');
    await writeFileAtomic(target, 'old\n');
    const w = await openAtomic(target);
    await w.write('half');
    await w.abort();
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['out.ndjson']);
  });
  it('creates missing folders', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-write-'));
    await writeFileAtomic(join(dir, 'a', 'b', 'c.json'), '{}');
    expect(await readFile(join(dir, 'a', 'b', 'c.json'), 'utf8')).toBe('{}');
  });
});
