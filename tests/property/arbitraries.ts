// Generators for property tests: arbitrary Unicode (lone surrogates included), and text built from the
// words reports are made of — places, triggers, dates, numbers, actors, negation — broken up by
// arbitrary characters, so the generated cases reach the code paths real reports reach.
import fc from 'fast-check';

/** Any UTF-16 code unit, so lone surrogates and control characters occur. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const anyUnicode = (maxLength = 200) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: codeUnit, maxLength }), fc.string({ unit: 'grapheme', maxLength }));

const WORDS = [
  // places and cue words
  'الرقة', 'الرقه', 'حلب', 'ريف حلب الشمالي', 'مدينة', 'بلدة', 'قرية', 'مطار الطبقة العسكري', 'دير الزور', 'إدلب', 'خان شيخون', 'منبج',
  'Raqqa', 'Aleppo', 'Deir ez-Zor', 'Idlib', 'Manbij', 'Tabqa airbase', 'the town of', 'near', 'north of', 'countryside', 'Homs',
  // triggers and status
  'غارات', 'غارة جوية', 'قصف', 'قصفت', 'اشتباكات', 'سيطرت', 'انسحب', 'نزوح', 'اتفاق', 'لم تنفذ', 'نفت', 'أعلن', 'زعم', 'ستشن',
  'struck', 'airstrikes', 'shelling', 'clashes', 'captured', 'withdrew', 'denied', 'claimed', 'will attack', 'did not',
  // dates
  'أمس', 'اليوم', 'الاثنين', 'يوم الخميس', '17 أيار', 'أيار 2017', 'كانون الثاني', 'منذ', 'الأسبوع الماضي', 'فجر', 'ليلة',
  'yesterday', 'on Monday', 'last week', 'March 2016', '2017-06-10', '10 June 2017', 'since', 'earlier this month', '2016-02-30',
  // numbers and casualties
  'ثلاثة', '3', '٣', 'عشرات', 'قتل', 'مقتل', 'جرح', 'مدنيين', 'killed', 'at least 12', 'about 40', 'wounded', 'civilians', '20016',
  // actors
  'داعش', 'التحالف الدولي', 'قوات النظام', 'قسد', 'الطيران الروسي', 'ISIS', 'coalition jets', 'SDF', 'Russian warplanes', 'rebels',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '،', '.', '. ', '؟', '!', '-', '"', '«', '»', ':', '\t', '\r\n', '(', ')', '،و', 'و', 'ب', 'ال'];

/** Report-like text: real words and separators with arbitrary characters mixed in. */
export const reportText = (maxWords = 60) =>
  fc
    .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 6, arbitrary: fc.constantFrom(...SEPARATORS) }, { weight: 1, arbitrary: anyUnicode(6) }), {
      maxLength: maxWords,
    })
    .map((parts) => parts.join(''));

/** Either kind of text. */
export const someText = (maxLength = 200) => fc.oneof(reportText(), anyUnicode(maxLength));

export const published = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2017', '2017-12', '2016-02-29', '2019-10-09', '2014-01-01'),
  fc.date({ min: new Date('2011-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Runs per property, scaled by SITREP_PROPERTY_SCALE (e.g. 0.1 for a quick local run, 10 for a soak). */
export function runs(n: number): number {
  const scale = Number(process.env.SITREP_PROPERTY_SCALE ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
