// HTML page → report text, with a real HTML parser. Scripts, styles, navigation, headers, footers,
// asides and forms are not the report; block elements become line breaks so sentences stay apart.
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'tr', 'table', 'main', 'figure', 'figcaption']);

export interface HtmlText {
  text: string;
  title: string | null;
  /** <meta property="article:published_time"> or similar, when the page has one. */
  published: string | null;
  url: string | null;
}

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let published: string | null = null;
  let url: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skipDepth++;
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (!published && /published_time|date|pubdate/.test(key) && attrs.content) published = attrs.content;
          if (!url && key === 'og:url' && attrs.content) url = attrs.content;
        }
        if (name === 'link' && attrs.rel === 'canonical' && attrs.href && !url) url = attrs.href;
        if (BLOCK.has(name)) out.push('\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) out.push(text);
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') inTitle = false;
        if (BLOCK.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
  return { text, title: title.trim() || null, published, url };
}
