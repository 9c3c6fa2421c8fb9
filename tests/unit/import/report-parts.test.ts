import { describe, expect, it } from 'vitest';
import { textParts, type TextPart } from '../../../src/ingest/report-parts.ts';

async function parts(chunks: string[], size: number): Promise<TextPart[]> {
  const out: TextPart[] = [];
  for await (const p of textParts(chunks, size)) out.push(p);
  return out;
}

describe('textParts', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `فقرة ${i}: قصف على بلدة ${i}.\nسطر ثان ${i}.`).join('\n\n');

  it('cuts at paragraph breaks, and the parts joined are the text', async () => {
    const ps = await parts(paragraphs.match(/[\s\S]{1,37}/g)!, 100);
    expect(ps.length).toBeGreaterThan(5);
    expect(ps.map((p) => p.text).join('')).toBe(paragraphs);
    for (const p of ps.slice(0, -1)) expect(p.text.endsWith('\n\n'), JSON.stringify(p.text.slice(-5))).toBe(true);
  });

  it("gives each part the line it starts on and its offset in the file's text", async () => {
    for (const p of await parts([paragraphs], 100)) {
      expect(paragraphs.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
      expect(paragraphs.slice(0, p.offset).split('\n').length).toBe(p.line);
    }
  });

  it('falls back to line breaks, then to a hard cut that never splits a surrogate pair', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const byLine = await parts([lines], 20);
    expect(byLine.map((p) => p.text).join('')).toBe(lines);
    for (const p of byLine.slice(0, -1)) expect(p.text.endsWith('\n')).toBe(true);
    const endless = '😀'.repeat(100);
    const hard = await parts([endless], 15);
    expect(hard.map((p) => p.text).join('')).toBe(endless);
    for (const p of hard) expect(p.text.length % 2).toBe(0);
  });

  it('gives a short text as one part and nothing for nothing', async () => {
    expect(await parts(['short'], 100)).toEqual([{ text: 'short', line: 1, offset: 0 }]);
    expect(await parts([], 100)).toEqual([]);
  });
});
