// Names that are also everyday words, so a bare occurrence is not a place. «العديد» is "many" unless «قاعدة»
// stands before it; «الجزيرة» is the channel or "the island" unless the sentence puts someone «في الجزيرة».
// Words that name no place on their own (compass words, cue words, "the city") are listed as never-alone.
import { normalizeArabic } from '../text/normalize.ts';
import { stripArticle } from './arabic-key.ts';

/** What a name needs around it to count as a place: a cue word, or a cue or locative preposition. */
export type ContextNeed = 'cue' | 'locative';

const NEEDS: [string, ContextNeed][] = [
  ['العديد', 'cue'],
  ['الجزيرة', 'locative'],
  ['الثورة', 'cue'],
  ['العربية', 'cue'],
  ['النصر', 'cue'],
  ['السلام', 'cue'],
  ['الحرية', 'cue'],
  ['الوحدة', 'cue'],
  ['الاتحاد', 'cue'],
  ['الدولة', 'cue'],
  ['القاعدة', 'cue'],
  ['الجبهة', 'cue'],
  ['الجيش', 'cue'],
  ['الحكومة', 'cue'],
  ['المعارضة', 'cue'],
  ['التحالف', 'cue'],
];

const BY_CORE = new Map<string, ContextNeed>(NEEDS.map(([w, need]) => [stripArticle(normalizeArabic(w)).core, need]));

/** The context a single-word name needs, by its core; null when it stands on its own. */
export function contextNeed(core: string): ContextNeed | null {
  return BY_CORE.get(core) ?? null;
}

/** Words that never make a one-word mention by themselves, even where a village bears the name. */
const NEVER_ALONE = [
  'مدينة', 'المدينة', 'بلدة', 'قرية', 'حي', 'مطار', 'قاعدة', 'محافظة', 'منطقة', 'ناحية', 'ريف', 'الريف', 'بادية',
  'جبل', 'نهر', 'سد', 'معبر', 'مخيم', 'شمال', 'جنوب', 'شرق', 'غرب', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'وسط',
  'الوسط', 'الحدود', 'العاصمة', 'الجمهورية', 'البلد', 'البلاد', 'المحافظة', 'المنطقة', 'المطار', 'القرية', 'البلدة',
  'الأرض', 'المركز', 'مركز', 'الساحل', 'الداخل', 'الخارج', 'الجهة', 'الضفة', 'المعبر', 'السد', 'الجسر', 'جسر', 'النهر',
  'أمس', 'اليوم', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الوزارة', 'الدفاع',
  'الأمن', 'القوات', 'الحملة', 'المعركة', 'العملية', 'الهجوم', 'الإرهاب', 'الشعب', 'الحرب', 'الموقع', 'المواقع',
  'المصدر', 'المرصد', 'التنظيم', 'النظام', 'الطيران', 'الطائرات', 'القصف', 'الغارات', 'المسلحين', 'المدنيين',
  'الوضع', 'الاتفاق', 'المناطق', 'المدن', 'الأحياء', 'القرى', 'الحرس', 'المقاومة', 'الشهداء', 'الثوار', 'الإعلام',
];

const NEVER = new Set(NEVER_ALONE.map((w) => stripArticle(normalizeArabic(w)).core));

/** True for a word core that is never a mention on its own. */
export function neverAlone(core: string): boolean {
  return NEVER.has(core);
}
