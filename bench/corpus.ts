// A synthetic Arabic report corpus of any size, for the ingest benchmark: the Arabic sentences of corpus/
// (the project's own sample reports) recombined into new reports of 4–12 sentences, one JSONL line each,
// with a publication date in 2014–2019. Realistic text for the extractor; no outside text.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/ingest/frontmatter.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { dayNumber, isoDay } from '../src/schema/index.ts';
import { rng } from './synthetic.ts';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;

/** Arabic sentences of corpus/*.md (bodies only; a sentence is Arabic when most of its letters are). */
export function arabicSentences(dir = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
    const { body } = parseFrontMatter(readFileSync(join(dir, name), 'utf8'));
    for (const s of splitSentences(body)) {
      const arabic = (s.text.match(/[\u0600-\u06FF]/g) ?? []).length;
      const latin = (s.text.match(/[A-Za-z]/g) ?? []).length;
      if (arabic > 20 && arabic > 4 * latin) out.push(s.text.trim());
    }
  }
  return out;
}

export interface BuiltCorpus {
  reports: number;
  bytes: number;
}

/** Writes reports to a JSONL file until it holds at least `targetBytes` of report text (UTF-8). */
export async function buildCorpus(file: string, targetBytes: number, seed = 1): Promise<BuiltCorpus> {
  const sentences = arabicSentences();
  if (sentences.length === 0) throw new Error('no Arabic sentences in corpus/');
  const random = rng(seed);
  const out = createWriteStream(file);
  let bytes = 0;
  let reports = 0;
  while (bytes < targetBytes) {
    const k = 4 + Math.floor(random() * 9);
    const text = Array.from({ length: k }, () => sentences[Math.floor(random() * sentences.length)]!).join(' ');
    const day = Math.floor(random() * 2191);
    const published = isoDay(dayNumber('2014-01-01') + day);
    const line = JSON.stringify({ id: `bench-${reports}`, text, published, outlet: 'bench' }) + '\n';
    bytes += Buffer.byteLength(text);
    reports++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { reports, bytes };
}

/** The same reports' text alone, one report per line (what grep reads). */
export async function corpusText(jsonl: string, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
    if (!line) continue;
    if (!out.write((JSON.parse(line) as { text: string }).text + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
