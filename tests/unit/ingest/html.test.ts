import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/ingest/html.ts';

describe('htmlToText', () => {
  it('keeps paragraphs as lines and drops scripts, styles, navigation and footers', () => {
    const page = htmlToText(`<!doctype html><html><head><title>Report</title><style>p{}</style>
      <link rel="canonical" href="https://example.org/a"></head><body>
      <header><nav><a>الرئيسية</a> | <a>سياسة</a></nav></header>
      <article><h1>غارات على إدلب</h1><p>شنت الطائرات&nbsp;غارات على <b>معرة النعمان</b>.</p><p>وقتل 5 مدنيين.</p></article>
      <script>document.write('<p>injected</p>')</script><aside>اقرأ أيضاً</aside><footer>© 2019</footer></body></html>`);
    expect(page.text).toBe('غارات على إدلب\nشنت الطائرات غارات على معرة النعمان.\nوقتل 5 مدنيين.');
    expect(page.title).toBe('Report');
    expect(page.url).toBe('https://example.org/a');
  });
  it('decodes entities and never lets markup through as markup', () => {
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt; &amp; more</p>').text).toBe('<img src=x onerror=alert(1)> & more');
  });
});
