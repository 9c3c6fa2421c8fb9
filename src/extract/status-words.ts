// Cue words that change what a trigger asserts: negation, denial, attribution (a claim), plans.
// Data: add a form and it is found. `*` at the end matches any word it begins.

/**
 * Particles that negate the verb or noun after them («لم تنفذ», «لا توجد», «عدم», "did not", "no").
 * Not «ما» (mostly "which": «ما ساهم بتسريع انسحابها») nor «غير» («غير أن» is "however").
 */
export const NEGATION_CUES = [
  'لم', 'لن', 'لا', 'ليس', 'ليست', 'عدم', 'دون', 'بدون', 'not', 'no', 'never', 'none', "didn't",
  'did not', 'without', 'nor',
];

/**
 * Phrases that begin with a negation particle but do not negate: «لا يزال القصف مستمراً» (the shelling
 * still goes on), «لا سيما» (especially), «ليس فقط» / "not only". Matched as longer phrases, they keep
 * the particle from being read alone.
 */
export const NOT_NEGATIONS = [
  'لا يزال', 'لا تزال', 'لا يزالون', 'ما زال', 'ما زالت', 'ما يزال', 'ما تزال', 'لا سيما', 'ولا سيما', 'ليس فقط',
  'not only', 'no doubt',
];

/** «أي» / "any" right before the trigger carries a negation from further back: «لم تنفذ أمس، أي ضربات». */
export const ANY_WORDS = ['اي', 'ايه', 'اية', 'any'];

export const DENIAL_CUES = ['نفي', 'نفى', 'نفت', 'ينفي', 'تنفي', 'نفيا', 'denied', 'denies', 'deny', 'rejected claims', 'dismissed reports'];

/** Words that put the trigger in someone's mouth: it is their claim, not the report's finding. */
export const CLAIM_CUES = [
  'زعم*', 'مزاعم*', 'يزعم', 'تزعم', 'ادعي', 'ادعت', 'ادعاء*', 'ادعاءات', 'اتهم*', 'يتهم', 'تتهم', 'اتهامات', 'بحسب', 'حسب',
  'وفق', 'وفقا', 'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'نقلا عن', 'وصفت', 'وصف',
  'claimed', 'claims', 'claim', 'alleged', 'allegedly', 'accused', 'accuses', 'according to', 'blamed',
];

/** Words that put the trigger in the future: it is planned, not done. */
export const PLAN_CUES = [
  'ستبدا', 'سيبدا', 'ستشن', 'سيشن', 'ستنفذ', 'سينفذ', 'ستستمر', 'سوف', 'تنوي', 'ينوي', 'تعتزم', 'يعتزم', 'تستعد', 'يستعد',
  'تخطط', 'يخطط', 'من اجل', 'بهدف', 'تحذيرات من', 'التحذيرات من', 'التحذير من', 'تحذير من', 'تهديد ب', 'التهديد ب',
  'تهدد ب', 'يهدد ب', 'warned of', 'warnings of', 'threatened', 'threat of', 'will', 'plans to', 'plan to', 'intends to', 'intend to',
  'is preparing', 'are preparing', 'is going to', 'would',
];

/**
 * Causal words before a trigger make it the presupposed background of the claim, not its content:
 * in «حمّلت روسيا التحالف المسؤولية عن مقتل الجنرال نتيجة قصف», the accusation is about who, the
 * shelling happened. A trigger right after one of these keeps 'reported' under a claim verb.
 */
export const CAUSAL_WORDS = ['نتيجه', 'جراء', 'اثر', 'بسبب', 'بفعل', 'as a result of', 'due to', 'caused by'];
