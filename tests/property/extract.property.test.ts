// Gazetteer scan and resolve, date resolution and whole-report extraction on arbitrary and
// report-like text: never throw, every span lies inside its text and is the text there, every output
// validates against its schema.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/gazetteer/load.ts';
import { resolve } from '../../src/gazetteer/resolve.ts';
import { scan } from '../../src/gazetteer/scan.ts';
import { findDates } from '../../src/extract/dates/index.ts';
import { extractReport } from '../../src/extract/index.ts';
import { loadGazetteerFile } from '../../src/ingest/gazetteer-file.ts';
import { EventRecord, IsoDay, Mention, ResolvedMention, Unresolved, type Span } from '../../src/schema/index.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { published, reportText, runs, someText } from './arbitraries.ts';

let gaz: Gazetteer;
beforeAll(async () => {
  gaz = await loadGazetteerFile();
}, 120_000);

function inside(text: string, span: Span, surface?: string): void {
  expect(span[0]).toBeGreaterThanOrEqual(0);
  expect(span[1]).toBeGreaterThanOrEqual(span[0]);
  expect(span[1]).toBeLessThanOrEqual(text.length);
  if (surface !== undefined) expect(text.slice(span[0], span[1])).toBe(surface);
}

describe('scan and resolve', () => {
  it('give valid mentions in order, each the text at its span', () => {
    fc.assert(
      fc.property(someText(), (text) => {
        const mentions = scan(gaz, text);
        let last = 0;
        for (const m of mentions) {
          Mention.parse(m);
          inside(text, m.span, m.surface);
          expect(m.span[0]).toBeGreaterThanOrEqual(last);
          last = m.span[1];
        }
        const resolved = resolve(gaz, mentions, { text });
        expect(resolved).toHaveLength(mentions.length);
        for (const r of resolved) ResolvedMention.parse(r);
      }),
      { numRuns: runs(1_000) },
    );
  });
});

describe('date resolution', () => {
  it('gives phrases at their spans and real, ordered intervals, whatever the publication date', () => {
    fc.assert(
      fc.property(reportText(30), published, (text, pub) => {
        for (const d of findDates(tokenize(text), text, pub)) {
          inside(text, [d.start, d.end], d.phrase);
          if (d.interval) {
            IsoDay.parse(d.interval.start);
            IsoDay.parse(d.interval.end);
            expect(d.interval.start <= d.interval.end).toBe(true);
          }
        }
      }),
      { numRuns: runs(8_000) },
    );
  });
});

describe('extractReport', () => {
  it('never throws; events validate, and every quote, place mention and trigger is the report text at its span', () => {
    fc.assert(
      fc.property(someText(300), published, fc.constantFrom('ar', 'en', null), (text, pub, lang) => {
        const report = { id: 'p', text, published: pub, outlet: null, url: null, lang } as const;
        const x = extractReport(report, gaz);
        for (const e of x.events) {
          EventRecord.parse(e);
          const s = e.sources[0]!;
          inside(text, s.span, s.quote);
          inside(text, e.place.mention.span, e.place.mention.surface);
          inside(text, e.trigger.span, e.trigger.surface);
        }
        for (const m of x.mentions) inside(text, ResolvedMention.parse(m).span, m.surface);
        for (const u of x.unresolved) inside(text, Unresolved.parse(u).span, u.surface);
      }),
      { numRuns: runs(4_000) },
    );
  });
});
