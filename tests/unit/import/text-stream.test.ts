import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DecodeError } from '../../../src/ingest/decode.ts';
import { openTextStream } from '../../../src/ingest/text-stream.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-stream-'));
});

async function readAll(file: string, chunkBytes = 4096): Promise<{ encoding: string; text: string }> {
  const s = await openTextStream(file, undefined, chunkBytes);
  let text = '';
  for await (const c of s.chunks) text += c;
  return { encoding: s.encoding, text };
}

/** UTF-16 code units as bytes. */
function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = le ? c & 0xff : c >> 8;
    out[2 * i + 1] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('openTextStream', () => {
  // Long enough that the 64 KB head ends inside a two-byte Arabic letter: strict UTF-8 on the raw head
  // would fail there and wrongly fall back to Windows-1256.
  const body = 'الرقة,"غارات على مدينة الرقة"\n'.repeat(3000);
  const header = new TextEncoder().encode('location,notes\n' + body)[64 * 1024 - 1]! >= 0xc0 ? 'location,notes\n' : 'location,notes,\n';
  const arabic = header + body;

  it('detects UTF-8 past a head that ends mid-character, and gives the text back whole in any chunk size', async () => {
    const f = join(dir, 'utf8.csv');
    const bytes = new TextEncoder().encode(arabic);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    // The head's last byte starts a two-byte letter whose second byte lies past the head.
    expect(bytes[64 * 1024 - 1]! >= 0xc0).toBe(true);
    await writeFile(f, bytes);
    for (const size of [7, 4096, 1 << 20]) expect(await readAll(f, size), `chunks of ${size}`).toEqual({ encoding: 'utf-8', text: arabic });
  });

  it('detects UTF-16 without a BOM and drops a BOM', async () => {
    await writeFile(join(dir, 'le.csv'), utf16(arabic, true));
    expect(await readAll(join(dir, 'le.csv'))).toEqual({ encoding: 'utf-16le', text: arabic });
    await writeFile(join(dir, 'bom.csv'), new Uint8Array([0xfe, 0xff, ...utf16(arabic.slice(0, 500), false)]));
    expect(await readAll(join(dir, 'bom.csv'))).toEqual({ encoding: 'utf-16be', text: arabic.slice(0, 500) });
  });

  it('refuses a binary file before reading it all', async () => {
    const f = join(dir, 'bin.csv');
    await writeFile(f, new Uint8Array(200_000).map((_, i) => (i * 31) % 256));
    await expect(openTextStream(f)).rejects.toBeInstanceOf(DecodeError);
  });
});
