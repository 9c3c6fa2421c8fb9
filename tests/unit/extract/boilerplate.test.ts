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

describe('dateline', () => {
  it('finds «موسكو-سانا» and "BEIRUT (Reuters) -"', () => {
    expect(findDateline('عنوان الخبر\n\nموسكو-سانا\n\nأكدت الوزارة')?.name).toBe('موسكو');
    expect(findDateline('BEIRUT (Reuters) - Jets struck')?.name).toBe('BEIRUT');
    expect(findDateline('قصفت الطائرات البلدة أمس')).toBeNull();
  });
});
