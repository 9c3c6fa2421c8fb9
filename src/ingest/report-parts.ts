// A report file too big to be one report (a 200 MB dump of a news archive, say) is read as a stream
// and cut into parts at paragraph breaks; each part becomes a report of its own, named by the file's
// id and the part's number, with the line it starts on, so every event still leads back to its text.
// Memory stays bounded by the part size, whatever the file size.

/** Report files larger than this (bytes) are read in parts. A real article is well under 1 MB. */
export const LARGE_REPORT_BYTES = 8 * 1024 * 1024;

/** Parts are cut at the first paragraph break after this many characters. */
const PART_CHARS = 256 * 1024;

export interface TextPart {
  text: string;
  /** 1-based line of the file the part starts on. */
  line: number;
  /** Offset (UTF-16 code units) of the part in the file's text. */
  offset: number;
}

/**
 * Cuts streamed text into parts of at least `size` characters, at a blank line when there is one
 * within another `size` characters, else at a line break, else (one endless line) at `3 × size`.
 * The parts, joined, are exactly the text.
 */
export async function* textParts(chunks: AsyncIterable<string> | Iterable<string>, size = PART_CHARS): AsyncGenerator<TextPart> {
  let buf = '';
  let line = 1;
  let offset = 0;
  const emit = (n: number): TextPart => {
    const text = buf.slice(0, n);
    const part = { text, line, offset };
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line++;
    offset += n;
    buf = buf.slice(n);
    return part;
  };
  for await (const chunk of chunks) {
    buf += chunk;
    for (let cut = cutAt(buf, size, false); cut > 0; cut = cutAt(buf, size, false)) yield emit(cut);
  }
  for (let cut = cutAt(buf, size, true); cut > 0; cut = cutAt(buf, size, true)) yield emit(cut);
}

/** Where to end the next part of `buf`, or 0 to wait for more text. */
function cutAt(buf: string, size: number, final: boolean): number {
  if (buf.length === 0) return 0;
  if (buf.length <= size) return final ? buf.length : 0;
  const window = buf.slice(size, 2 * size);
  const para = /\n[ \t\r]*\n/.exec(window);
  if (para) return size + para.index + para[0].length;
  if (buf.length < 2 * size && !final) return 0;
  const nl = window.lastIndexOf('\n');
  if (nl >= 0) return size + nl + 1;
  if (buf.length < 3 * size && !final) return 0;
  let cut = Math.min(buf.length, 3 * size);
  // Never between the two halves of a surrogate pair.
  if (cut < buf.length && /[\uD800-\uDBFF]/.test(buf[cut - 1]!)) cut--;
  return cut;
}
