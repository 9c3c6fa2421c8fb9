// Bytes → text. Reports arrive as UTF-8 (with or without BOM), UTF-16, or legacy Arabic code pages;
// we decode with TextDecoder and never guess silently: the encoding used is returned.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {}

/**
 * Decode `bytes`. With `encoding` given, use it. Otherwise: a BOM decides; else strict UTF-8; else
 * UTF-16 when every other byte is zero; else Windows-1256, the usual Arabic code page of the web.
 * Binary data (NUL bytes or many control characters after decoding) is refused.
 */
export function decode(bytes: Uint8Array, encoding?: Encoding): Decoded {
  const chosen = encoding ?? sniff(bytes);
  let text: string;
  try {
    text = new TextDecoder(chosen, { fatal: chosen.startsWith('utf') }).decode(bytes);
  } catch {
    if (encoding) throw new DecodeError(`not valid ${encoding}`);
    text = new TextDecoder('windows-1256').decode(bytes);
    return check({ text, encoding: 'windows-1256' });
  }
  return check({ text: text.replace(/^\uFEFF/, ''), encoding: chosen });
}

function sniff(b: Uint8Array): Encoding {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (looksUtf16(b, 1)) return 'utf-16le';
  if (looksUtf16(b, 0)) return 'utf-16be';
  return 'utf-8';
}

/** UTF-16 text of Latin or Arabic script has a zero (or 0x06 for Arabic) high byte in most code units. */
function looksUtf16(b: Uint8Array, highByteAt: 0 | 1): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return false;
  let high = 0;
  for (let i = highByteAt; i < n; i += 2) if (b[i] === 0 || b[i] === 0x06) high++;
  return high / (n / 2) > 0.6;
}

function check(d: Decoded): Decoded {
  const sample = d.text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new DecodeError('binary file (NUL bytes)');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) throw new DecodeError('binary file (not text)');
  return d;
}
