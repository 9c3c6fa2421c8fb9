// A file as a stream of decoded text, for inputs too big to hold whole (CSV exports, huge reports).
// The encoding is chosen once, from the head of the file, by the same rules as decode() (BOM, UTF-8,
// UTF-16, Windows-1256; binary refused), then the whole file is decoded with it as it streams.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { decode, type Encoding } from './decode.ts';

/** How much of the file decides its encoding. */
const HEAD_BYTES = 64 * 1024;

export interface TextStream {
  encoding: Encoding;
  /** Decoded text in chunks of about `chunkBytes` each (a BOM is dropped). */
  chunks: AsyncIterable<string>;
}

/** Throws DecodeError when the file is binary or not in the forced encoding. */
export async function openTextStream(file: string, encoding?: Encoding, chunkBytes = 1 << 20): Promise<TextStream> {
  const head = await readHead(file);
  const chosen = decode(safeCut(head), encoding).encoding;
  return { encoding: chosen, chunks: decodeChunks(file, chosen, chunkBytes) };
}

async function readHead(file: string): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return bytesRead < HEAD_BYTES ? buf.subarray(0, bytesRead) : buf;
  } finally {
    await fh.close();
  }
}

/**
 * The head cut where no character is split, so strict decoding does not fail on a half character:
 * just after the last byte below 0x80 at an odd offset. Such a byte is a whole character in UTF-8 and
 * Windows-1256, and ends a code unit in UTF-16 (an even length).
 */
function safeCut(head: Uint8Array): Uint8Array {
  if (head.length < HEAD_BYTES) return head;
  for (let i = head.length - 1; i > 0; i--) if (head[i]! < 0x80 && i % 2 === 1) return head.subarray(0, i + 1);
  return head;
}

async function* decodeChunks(file: string, encoding: Encoding, chunkBytes: number): AsyncGenerator<string> {
  // Not fatal past the head: one bad byte deep in a 200 MB file becomes U+FFFD, not a lost file.
  const decoder = new TextDecoder(encoding);
  for await (const buf of createReadStream(file, { highWaterMark: chunkBytes })) {
    const text = decoder.decode(buf as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
