// Whatever words a report strings together, extraction gives schema-valid events whose quotes, triggers and
// place mentions are exact slices of the report, with unique ids — and the same ids on a second run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventRecord, Unresolved } from '../../../src/schema/index.ts';
import { extract } from './extract-helpers.ts';

const WORDS = [
  'قصفت', 'الطائرات', 'الروسية', 'غارات', 'لم', 'تنفذ', 'أي', 'على', 'في', 'مدينة', 'حلب', 'إدلب', 'سراقب', 'تدمر', 'أمس',
  'الاثنين', 'مطلع', 'الشهر', 'الماضي', 'أيلول', '17', 'أيار', 'الجاري', 'قتل', '12', 'مدنياً', 'عشرات', 'نفت', 'زعم',
  'ستبدأ', 'هجوماً', 'اشتباكات', 'انسحب', 'الجيش', 'داعش', 'وفي', 'موسكو', 'أكد', 'أن', 'المدينة', 'انظر', 'أيضاً',
  'Russian', 'jets', 'struck', 'Aleppo', 'on', 'Monday', 'killing', 'at', 'least', 'no', 'clashes', 'in', 'said', 'that',
  '،', '.', '\n', '«', '»', '-', '(', ')',
];

const report = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 })
  .map((words) => words.join(' '));
const published = fc.constantFrom('2016-06-22', '2017-12', '2015', null);

describe('extractReport on any mix of words', () => {
  it('gives valid, exactly-sliced, uniquely-identified events and unresolved entries', async () => {
    await fc.assert(
      fc.asyncProperty(report, published, async (text, pub) => {
        const x = await extract(text, pub);
        const again = await extract(text, pub);
        expect(again.events.map((e) => e.id)).toEqual(x.events.map((e) => e.id));
        expect(new Set(x.events.map((e) => e.id)).size).toBe(x.events.length);
        for (const e of x.events) {
          EventRecord.parse(e);
          const source = e.sources[0]!;
          expect(text.slice(source.span[0], source.span[1])).toBe(source.quote);
          expect(text.slice(e.trigger.span[0], e.trigger.span[1])).toBe(e.trigger.surface);
          expect(text.slice(e.place.mention.span[0], e.place.mention.span[1])).toBe(e.place.mention.surface);
          if (pub === null && e.date.basis !== 'text') expect(e.date.start).toBeNull();
        }
        for (const u of x.unresolved) Unresolved.parse(u);
      }),
      { numRuns: 150 },
    );
  });
});
