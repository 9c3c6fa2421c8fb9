import { describe, expect, it } from 'vitest';
import { boilerplateSpans, insideAny } from '../../../src/extract/boilerplate.ts';
import { findDateline } from '../../../src/extract/dateline.ts';

function kept(text: string): string {
  const spans = boilerplateSpans(text);
  return text
    .split('\n')
    .filter((line) => {
      const start = text.indexOf(line);
      return line.trim() !== '' && !insideAny(spans, start, start + line.length);
    })
    .join('\n');
}

describe('boilerplate', () => {
  it('drops a "see also" teaser and everything after it', () => {
    const text = 'قصفت المدفعية البلدة.\n\nانظر ايضاً\n\nمسيرات فوق مدينة أخرى\nنص الخبر الآخر';
    expect(kept(text)).toBe('قصفت المدفعية البلدة.');
  });

  it('drops «اقرأ أيضاً» and an English Related block', () => {
    expect(kept('انسحب المقاتلون.\nاقرأ أيضاً: خبر آخر')).toBe('انسحب المقاتلون.');
    expect(kept('Troops withdrew.\nRelated\nAnother story')).toBe('Troops withdrew.');
  });

  it('drops a one-line «اقرأ أيضاً: …» teaser and keeps the article after it', () => {
    const text = 'قصفت المدفعية البلدة.\nاقرأ أيضاً: غارات على مدينة أخرى في ريف المحافظة الشمالي\nواستمر القصف حتى المساء.';
    expect(kept(text)).toBe('قصفت المدفعية البلدة.\nواستمر القصف حتى المساء.');
  });

  it('drops source lines and comment or subscription footers but not the report', () => {
    const text = 'اشتباكات في المدينة.\nالمصدر: وكالة ما\nأرسل تعليقك\nلم تشترك بعد\nاستمرت المعارك.';
    expect(kept(text)).toBe('اشتباكات في المدينة.\nاستمرت المعارك.');
  });

  it('drops a headline the page repeats', () => {
    const text = 'الجيش ينسحب من المطار\n\nالجيش ينسحب من المطار\n\nانسحب الجيش أمس.';
    const spans = boilerplateSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]![0], spans[0]![1])).toBe('الجيش ينسحب من المطار');
    expect(spans[0]![0]).toBeGreaterThan(0);
  });
});

describe('boilerplate on long lines', () => {
  // Only a line's first 21 words are compared: these pin the rules at and past that limit.
  const words = (n: number) => Array.from({ length: n }, (_, i) => `كلمة${i}`).join(' ');

  /** The boilerplate spans of lines joined by newlines, as line numbers. */
  const droppedLines = (lines: string[]) => {
    const text = lines.join('\n');
    const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0));
    return boilerplateSpans(text).map(([s]) => starts.indexOf(s));
  };

  it('drops a headline of 20 words repeated, keeps a paragraph of 21 repeated', () => {
    expect(droppedLines([words(20), 'قصفت المدفعية البلدة.', words(20)])).toEqual([2]);
    expect(droppedLines([words(21), 'قصفت المدفعية البلدة.', words(21)])).toEqual([]);
  });

  it('counts words after normalization: quote marks alone are no words', () => {
    const headline = `${words(20)} « » ( )`;
    expect(droppedLines([headline, 'قصفت المدفعية البلدة.', headline])).toEqual([2]);
  });

  it('keeps a long paragraph that begins with a footer word', () => {
    const line = `المصدر ${words(30)}`;
    expect(kept(`قصفت المدفعية البلدة.\n${line}`)).toBe(`قصفت المدفعية البلدة.\n${line}`);
  });
});

describe('dateline', () => {
  it('finds «موسكو-سانا» and "BEIRUT (Reuters) -"', () => {
    expect(findDateline('عنوان الخبر\n\nموسكو-سانا\n\nأكدت الوزارة')?.name).toBe('موسكو');
    expect(findDateline('BEIRUT (Reuters) - Jets struck')?.name).toBe('BEIRUT');
    expect(findDateline('قصفت الطائرات البلدة أمس')).toBeNull();
  });
});
