// Counts of the killed and the wounded: «قتل 36 مدنياً», «ما لا يقل عن عشرة قتلى», «نحو 20 جريحاً»,
// "at least 10 fighters were killed", «عشرات القتلى» (vague: at least 20).
import type { Count } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import { findNumbers, type NumberHit } from '../text/numbers.ts';
import { compileLexicon, findPhrases, type PhraseHit } from './phrases.ts';

type Qualifier = 'at_least' | 'about' | 'at_most';
type Word = 'killed' | 'injured' | Qualifier | 'unit';

const LEXICON = compileLexicon<Word>([
  ...['قتل*', 'مقتل', 'قتلي', 'قتيل*', 'مصرع', 'لقي حتفه', 'لقوا حتفهم', 'ضحايا', 'ضحيه', 'تصفيه', 'killed', 'killing', 'kills', 'dead',
    'deaths', 'died', 'death toll', 'fatalities', 'lives'].map((w) => [w, 'killed'] as const),
  ...['جرحي', 'جريح*', 'اصابه', 'اصابات', 'اصيب*', 'مصاب*', 'wounded', 'injured', 'injuries', 'hurt']
    .map((w) => [w, 'injured'] as const),
  ...['ما لا يقل عن', 'لا يقل عن', 'علي الاقل', 'اكثر من', 'ما يزيد عن', 'ما يزيد علي', 'at least', 'more than',
    'over', 'no fewer than'].map((w) => [w, 'at_least'] as const),
  ...['نحو', 'حوالي', 'قرابه', 'زهاء', 'ما يقارب', 'about', 'around', 'nearly', 'some', 'roughly', 'approximately', 'almost']
    .map((w) => [w, 'about'] as const),
  ...['حتي', 'up to', 'as many as'].map((w) => [w, 'at_most'] as const),
  // A number before these counts something else: distance, sorties, sites.
  // Exact forms, not prefixes: «ميل*» would swallow «ميليشيات», «عام*» «عاملين».
  ...['كيلومتر', 'كيلومترا', 'كيلومترات', 'كم', 'ميل', 'ميلا', 'اميال', 'متر', 'مترا', 'امتار', 'عمليه', 'عمليات',
    'موقع', 'موقعا', 'مواقع', 'ساعه', 'ساعات', 'يوم', 'يوما', 'ايام', 'شهر', 'شهرا', 'اشهر', 'عام', 'عاما', 'اعوام',
    'سنوات', 'غاره', 'غارات', 'طلعه', 'طلعات', 'km', 'kilometres',
    'kilometers', 'miles', 'sorties', 'targets', 'hours', 'days'].map((w) => [w, 'unit'] as const),
]);

function isQualifier(w: Word): w is Qualifier {
  return w === 'at_least' || w === 'about' || w === 'at_most';
}

/** How many tokens apart a number and its «قتل»/"killed" may stand. */
const REACH = 5;

const CIVILIAN = /مدني|طفل|اطفال|نساء|civilian|child|women/;
const WHO_ENDS = new Set(['في', 'علي', 'خلال', 'جراء', 'اثر', 'بسبب', 'بعد', 'in', 'at', 'on', 'during', 'after', 'when']);

function tokenIndexAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => t.start >= offset);
}

/** The words after a number saying who: «مدنياً», «مقاتلين من داعش», "civilians". */
function whoAfter(tokens: Token[], from: number): string {
  const words: string[] = [];
  for (let i = from; i < tokens.length && words.length < 3; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.script === 'punct') {
      if ('"«»“”\''.includes(t.text)) continue;
      break;
    }
    if (words.length === 0 && /^(قتل|مقتل|killed|were|was|people|شخص)/.test(t.norm)) break;
    // Where and why come after who: «5 عاملين في القصف» is about workers, not about the shelling.
    if (words.length > 0 && WHO_ENDS.has(t.norm)) break;
    words.push(t.text);
  }
  const who = words.join(' ');
  return CIVILIAN.test(who) ? 'civilians' : who;
}

export interface Casualties {
  fatalities: Count | null;
  injured: Count | null;
}

/** The first count of killed and of wounded in a sentence. */
export function findCasualties(tokens: Token[], text: string, offset: number): Casualties {
  const words = findPhrases(tokens, LEXICON);
  const out: Casualties = { fatalities: null, injured: null };
  // A number counts the dead or wounded only near «قتل»/"killed" or «جرحى»/"wounded": without one, no
  // need to read the sentence's numbers at all (most sentences with a trigger have none).
  if (!words.some((w) => w.value === 'killed' || w.value === 'injured')) return out;
  const numbers: NumberHit[] = findNumbers(text);
  for (const n of numbers) {
    const first = tokenIndexAt(tokens, n.start + offset);
    if (first < 0) continue;
    let last = first;
    while (last < tokens.length && (tokens[last]?.end ?? 0) <= n.end + offset) last++;
    if (words.some((w) => w.value === 'unit' && w.first === last)) continue;

    // Killed or wounded: the nearer of the two kinds of word within reach («قتل 4 وأصيب 11»).
    const gap = (w: PhraseHit<Word>) => (w.first >= last ? w.first - last : first - w.last);
    const toll = words
      .filter((w) => (w.value === 'killed' || w.value === 'injured') && Math.abs(gap(w)) <= REACH)
      .sort((a, b) => Math.abs(gap(a)) - Math.abs(gap(b)))[0];
    if (!toll) continue;

    // A qualifier right before the number («ما لا يقل عن 20») or right after it, or one word before
    // («على الأقل 10», "at least some 10").
    const qualifier = words.find((w) => isQualifier(w.value) && (w.last === first || w.last === first - 1 || w.first === last));
    const phraseStart = Math.min(n.start + offset, qualifier?.start ?? Infinity) - offset;
    const count: Count = {
      count: n.value,
      qualifier: qualifier && isQualifier(qualifier.value) ? qualifier.value : n.vague ? 'at_least' : 'exact',
      who: whoAfter(tokens, last),
      phrase: text.slice(phraseStart, n.end),
      ...(n.vague ? { min: n.min, max: n.max } : {}),
    };
    if (toll.value === 'killed') out.fatalities ??= count;
    else out.injured ??= count;
  }
  return out;
}
