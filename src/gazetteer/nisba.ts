// Nisba adjectives («السوري», «الروسية», «التركي») are not mentions of the country: «الجيش السوري» is an army,
// not a place. A name matched from one of these forms is dropped.
import { normalizeArabic } from '../text/normalize.ts';
import { stripArticle } from './arabic-key.ts';

/** Masculine singular stems; feminine (ة), plural (ون/ين) and dual forms are derived. */
const STEMS = [
  'سوري', 'روسي', 'تركي', 'عراقي', 'ايراني', 'أميركي', 'أمريكي', 'فرنسي', 'بريطاني', 'ألماني', 'أردني', 'لبناني',
  'كردي', 'عربي', 'إسرائيلي', 'سعودي', 'قطري', 'مصري', 'أوكراني', 'صيني', 'إماراتي', 'خليجي', 'فلسطيني',
  'حلبي', 'شامي', 'دمشقي', 'حمصي', 'ادلبي', 'رقاوي', 'ديري', 'حوراني', 'ساحلي', 'شرقي', 'غربي', 'شمالي', 'جنوبي',
  'كازاخستاني', 'أفغاني', 'شيشاني', 'أوروبي', 'دولي', 'إقليمي', 'تركماني', 'درزي', 'علوي', 'سني', 'شيعي',
];

function buildSet(): Set<string> {
  const out = new Set<string>();
  for (const stem of STEMS) {
    const s = stripArticle(normalizeArabic(stem)).core;
    for (const form of [s, s + 'ه', s + 'ين', s + 'ون', s + 'ات']) out.add(form);
  }
  // «سورية» without the article is also how many papers spell Syria itself; only «السورية» is the adjective,
  // which isArticledNisbaOf catches.
  out.delete(normalizeArabic('سورية'));
  return out;
}

const NISBA = buildSet();

/** True when a word's core (article dropped) is a nisba adjective, e.g. «سوري», «روسيين». */
export function isNisba(core: string): boolean {
  return NISBA.has(core);
}

/**
 * True for «ال» + a name that already ends like a nisba feminine (ية/يه): «السورية» is "the Syrian (f.)",
 * never «سورية» the country. Names that carry the article themselves («الحسينية») are unaffected.
 */
export function isArticledNisbaOf(core: string, article: boolean, nameHasArticle: boolean): boolean {
  return article && !nameHasArticle && /يه$|ي$/.test(core);
}

/** Broken plurals that news text qualifies with a nisba adjective («مصادر سورية», «فصائل سورية»). */
const PLURAL_HEADS = new Set(
  ['مصادر', 'فصائل', 'مدن', 'قرى', 'مناطق', 'أوساط', 'قوى', 'عناصر', 'مقاتلين', 'أراض', 'أراضي', 'جهات', 'وسائل', 'صحف', 'دول', 'أسلحة']
    .map(normalizeArabic),
);

/**
 * True when a bare name shaped like a feminine nisba («سورية») stands right after an indefinite noun it can
 * qualify: «قوات سورية», «مصادر سورية», «طائرة سورية» are Syrian forces, sources, a Syrian plane — not a mention of
 * the country. The noun (normalized, no article, nothing peeled) is feminine in ة, a plural in ات, or a broken
 * plural of PLURAL_HEADS. The caller rules out prepositions, cue words and compass words before it.
 */
export function isNisbaAfterNoun(core: string, noun: string): boolean {
  if (!core.endsWith('يه') || noun.length < 3 || noun.startsWith('ال')) return false;
  return noun.endsWith('ه') || noun.endsWith('ات') || PLURAL_HEADS.has(noun);
}
