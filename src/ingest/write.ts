// Atomic output: everything is written to a temporary file beside the target and renamed into place,
// so a crash or kill -9 mid-write leaves the previous output whole.
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

export interface AtomicWriter {
  /** Writes a chunk, waiting when the stream is full so memory stays bounded. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes, fsyncs and renames the temp file onto the target. */
  commit(): Promise<void>;
  /** Drops the temp file; the target is untouched. */
  abort(): Promise<void>;
}

export async function openAtomic(target: string): Promise<AtomicWriter> {
  await mkdir(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // A 4 MB high-water mark: writers hand over 1 MB chunks (ingest/output.ts), and with the default 16 KB every
  // chunk waited for the disk before the next was made; now making the next overlaps writing this one,
  // and memory still stays bounded (at most ~4 MB queued).
  const stream: WriteStream = createWriteStream(tmp, { flags: 'wx', highWaterMark: 4 << 20 });
  await once(stream, 'open');
  let done = false;
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async commit() {
      if (done) return;
      done = true;
      await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
      // fsync before rename: on a crash the rename must not point at a file whose data never reached disk.
      const { open } = await import('node:fs/promises');
      const fh = await open(tmp, 'r');
      await fh.sync();
      await fh.close();
      await rename(tmp, target);
    },
    async abort() {
      if (done) return;
      done = true;
      // Let pending writes settle before removing the file, or they fail on a destroyed stream.
      await new Promise<void>((res) => stream.end(() => res()));
      await rm(tmp, { force: true });
    },
  };
}

/** Writes a whole string atomically. */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const w = await openAtomic(target);
  try {
    await w.write(content);
    await w.commit();
  } catch (err) {
    await w.abort();
    throw err;
  }
}
