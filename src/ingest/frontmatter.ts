// Front matter: `---` / `key: value` lines / `---` at the top of a .txt or .md report.
// Only flat string keys are meaningful for a report, so this is a strict little parser, not YAML.

export interface FrontMatter {
  fields: Record<string, string>;
  /** The text after the closing `---`. */
  body: string;
  /** Number of lines the front matter took, so body line numbers can be reported. */
  lines: number;
}

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const KEY_VALUE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { fields: {}, body: text, lines: 0 };
  const fields: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') {
      return { fields, body: lines.slice(i + 1).join('\n'), lines: i + 1 };
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = KEY_VALUE.exec(line);
    if (!m) throw new FrontMatterError(`front matter line is not "key: value": ${JSON.stringify(line.slice(0, 60))}`, i + 1);
    fields[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
  }
  throw new FrontMatterError('front matter has no closing ---', 1);
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}
