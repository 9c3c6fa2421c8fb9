// What a trigger asserts: it happened (reported), someone says it did (claimed), someone says it did not
// (denied), it did not (negated), or it is to come (planned). Negation wins over everything: a negated
// strike is never drawn as a strike, whoever said it.
import type { EventStatus } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import { compileLexicon, findPhrases, type PhraseHit } from './phrases.ts';
import { ANY_WORDS, CAUSAL_WORDS, CLAIM_CUES, DENIAL_CUES, NEGATION_CUES, NOT_NEGATIONS, PLAN_CUES } from './status-words.ts';

type Cue = 'negation' | 'not_negation' | 'any' | 'denial' | 'claim' | 'plan' | 'causal';

const LEXICON = compileLexicon<Cue>([
  ...NEGATION_CUES.map((w) => [w, 'negation'] as const),
  ...NOT_NEGATIONS.map((w) => [w, 'not_negation'] as const),
  ...ANY_WORDS.map((w) => [w, 'any'] as const),
  ...DENIAL_CUES.map((w) => [w, 'denial'] as const),
  ...CLAIM_CUES.map((w) => [w, 'claim'] as const),
  ...PLAN_CUES.map((w) => [w, 'plan'] as const),
  ...CAUSAL_WORDS.map((w) => [w, 'causal'] as const),
]);

/** How far back (in tokens) a negation particle reaches its trigger with nothing but words between. */
const NEGATION_REACH = 4;
/** How far back a negation reaches when «أي»/"any" stands right before the trigger. */
const NEGATION_REACH_WITH_ANY = 12;
/** Attributions that may follow what they attribute. */
const REACHES_BACK = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'according to', 'نقلا عن']);
/** «ل» straight on a capture or assault noun (not «لل», which is «ل» + the article: «التصدي للهجوم»). */
const PURPOSE = /^ل(انتزاع|تحرير|استعاده|طرد|اقتحام|شن|بدء)/;
/** How far back a plan word reaches («ستبدأ التقدم العسكري»). */
const PLAN_REACH = 6;

export interface StatusCues {
  hits: PhraseHit<Cue>[];
}

/** Find the status cue words of a sentence once; statusOf then reads them per trigger. */
export function findStatusCues(tokens: Token[]): StatusCues {
  return { hits: findPhrases(tokens, LEXICON) };
}

function punctuationBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]?.script === 'punct') return true;
  return false;
}

export interface StatusResult {
  status: EventStatus;
  /** The cue words that decided it, '' for reported. */
  cue: string;
}

export function statusOf(tokens: Token[], cues: StatusCues, triggerFirst: number, text: string): StatusResult {
  const before = cues.hits.filter((h) => h.last <= triggerFirst);
  const say = (h: PhraseHit<Cue>, status: EventStatus): StatusResult => ({ status, cue: text.slice(h.start, h.end) });

  const anyRightBefore = before.find((h) => h.value === 'any' && h.last === triggerFirst);
  for (const h of [...before].reverse()) {
    if (h.value !== 'negation') continue;
    const gap = triggerFirst - h.last;
    if (gap <= NEGATION_REACH && !punctuationBetween(tokens, h.last, triggerFirst)) return say(h, 'negated');
    if (anyRightBefore && gap <= NEGATION_REACH_WITH_ANY) return say(h, 'negated');
  }
  const denial = before.find((h) => h.value === 'denial');
  if (denial) return say(denial, 'denied');
  if (before.some((h) => h.value === 'causal' && h.last === triggerFirst)) return { status: 'reported', cue: '' };
  // «لانتزاع الرقة», «لتحرير المدينة»: a verbal noun with the purpose «ل» is an aim, not a deed.
  const first = tokens[triggerFirst];
  if (first && PURPOSE.test(first.norm)) return { status: 'planned', cue: first.text };
  const plan = [...before].reverse().find((h) => h.value === 'plan' && triggerFirst - h.last <= PLAN_REACH);
  if (plan) return say(plan, 'planned');
  // A claim cue before the trigger attributes it; «بحسب»/«وفق»/"according to" also reach back
  // («..., بحسب المرصد» comes after what it attributes).
  const claim = cues.hits.find((h) => h.value === 'claim' && (h.last <= triggerFirst || REACHES_BACK.has(h.phrase)));
  if (claim) return say(claim, 'claimed');
  return { status: 'reported', cue: '' };
}
