// Where command output goes: a file (atomically) or stdout.
import { openAtomic, type AtomicWriter } from '../ingest/write.ts';
import { writeEvents, type OutputFormat } from '../ingest/output.ts';
import type { EventRecord } from '../schema/index.ts';

/** stdout as an AtomicWriter-shaped sink (a pipe cannot be renamed; it is written in order). */
function stdoutWriter(): AtomicWriter {
  return {
    async write(chunk) {
      if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
    },
    async commit() {},
    async abort() {},
  };
}

/** Runs `body` with a writer to `out` (a file, atomically, or stdout when absent or '-'); aborts on failure. */
export async function withWriter<T>(out: string | undefined, body: (w: AtomicWriter) => Promise<T>): Promise<T> {
  const w = out && out !== '-' ? await openAtomic(out) : stdoutWriter();
  try {
    const result = await body(w);
    await w.commit();
    return result;
  } catch (err) {
    await w.abort();
    throw err;
  }
}

export function writeOutput(out: string | undefined, events: Iterable<EventRecord> | AsyncIterable<EventRecord>, format: OutputFormat): Promise<number> {
  return withWriter(out, (w) => writeEvents(w, events, format));
}

export function writeLines(out: string | undefined, rows: Iterable<unknown>): Promise<void> {
  return withWriter(out, async (w) => {
    for (const row of rows) await w.write(JSON.stringify(row) + '\n');
  });
}
