// The trigger lexicon: words that say something happened, by event type, Arabic and English.
// Data, not logic: add a form here and it is found. A phrase ending in `*` matches any word it begins.
//
// kinds:
//   event    — the words name the event outright («غارات», "shelling").
//   bombard  — bare «قصف» / "bombard": an air strike when aircraft are near, otherwise shelling.
//   aircraft — «الطيران الحربي», "warplanes": a strike only when a strike verb stands next to it.
//   object   — «دخول», «استعادة», «تحرير», "entered": a capture only when a place follows as the object
//              («دخول محافظة الرقة», «تحرير الميادين»; not «استعادة قوتهم», «دخلت مرحلتها النهائية»).
//   counted  — «انتهاكات» (ceasefire violations): an event only when counted («6 انتهاكات») or placed
//              right after («انتهاكات في إدلب»), not when a statement talks about violations in general.
//   speech   — a speech verb; a statement event only where the speaker's place is given.
import type { EventType } from '../schema/index.ts';

export type TriggerKind = 'event' | 'bombard' | 'bombing' | 'aircraft' | 'object' | 'counted' | 'speech';

export interface TriggerWord {
  type: EventType;
  kind: TriggerKind;
}

const ev = (type: EventType) => ({ type, kind: 'event' as const });

export const TRIGGER_WORDS: [string, TriggerWord][] = [
  // airstrike
  // «الضربات» alone: in these reports strikes are air strikes unless artillery is named (then the longer
  // «قصف مدفعي» phrase wins).
  ...['غاره', 'غارات', 'غارات*', 'غارته', 'غارتها', 'غارتين', 'غاره جويه', 'غارات جويه', 'الضربات', 'ضربات', 'ضربه', 'ضربه جويه', 'ضربات جويه', 'ضربات* جويه', 'ضربتين جويتين', 'قصف جوي', 'قصف* جوي', 'قصف روسي',
    'قصف* روسي', 'القصف الروسي', 'الضربات الروسيه', 'الغارات الروسيه', 'طلعه جويه', 'طلعات جويه', 'طلعات',
    'القاء براميل', 'براميل متفجره', 'البراميل المتفجره', 'عمليه عسكريه جويه', 'حمله جويه', 'الحمله الجويه',
    'air campaign', 'bombing campaign',
    'airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids', 'raid', 'raids', 'sortie', 'sorties',

    'bombing raid', 'bombing raids', 'barrel bombs', 'barrel bomb'].map((p) => [p, ev('airstrike')] as [string, TriggerWord]),
  ...['الطيران الحربي', 'الطيران الروسي', 'طيران التحالف', 'الطائرات الحربيه', 'الطائرات المقاتله', 'طائرات حربيه',
    'المقاتلات', 'الطائرات الروسيه', 'طائرات روسيه', 'طائرات التحالف', 'طائراتها الحربيه', 'warplanes', 'jets',
    'fighter jets', 'russian jets', 'coalition jets', 'aircraft', 'helicopters', 'drone', 'drones']
    .map((p) => [p, { type: 'airstrike', kind: 'aircraft' }] as [string, TriggerWord]),
  // shelling
  ...['قصف مدفعي', 'قصف* مدفعي', 'قصف صاروخي', 'قصف* صاروخي', 'القصف المدفعي', 'قذائف', 'قذيفه', 'قذائف هاون',
    'راجمات', 'راجمات الصواريخ', 'صواريخ غراد', 'مدفعيه', 'قصف بالمدفعيه',
    'shelling', 'shelled', 'artillery', 'mortar', 'mortars', 'rocket fire', 'rockets', 'shells']
    .map((p) => [p, ev('shelling')] as [string, TriggerWord]),
  ...['قصف', 'قصف*', 'يقصف', 'تقصف', 'bombard*', 'pounded', 'pounding']
    .map((p) => [p, { type: 'shelling', kind: 'bombard' }] as [string, TriggerWord]),
  ...['bombing', 'bombings', 'bombed'].map((p) => [p, { type: 'airstrike', kind: 'bombing' }] as [string, TriggerWord]),
  // ground_attack
  ...['هجوم', 'هجوم*', 'هجوما', 'هجمات', 'هجمه', 'هجوما معاكسا', 'هجوم معاكس', 'اقتحام', 'اقتحم*', 'اقتحمت', 'التقدم',
    'عمليه عسكريه', 'عمليه بريه', 'ground offensive', 'military operation', 'ground operation',
    'تقدم', 'تقدم*', 'بالتقدم', 'انطلاق عمليات', 'انطلاق حمله', 'اطلاق حمله', 'انطلاق معركه', 'تطلق معركه',
    'offensive', 'counteroffensive', 'counter-offensive', 'assault', 'attack', 'attacks', 'attacked',
    'counter attack', 'counterattack', 'stormed', 'advance', 'advanced', 'advancing', 'push into']
    .map((p) => [p, ev('ground_attack')] as [string, TriggerWord]),
  // clash
  ...['اشتباكات', 'اشتباك', 'اشتبك*', 'معارك', 'معركه', 'مواجهات', 'قتال', 'القتال', 'تواجه', 'يواجه',
    'clash', 'clashes', 'clashed', 'fighting', 'battle', 'battles', 'fought', 'firefight']
    .map((p) => [p, ev('clash')] as [string, TriggerWord]),
  ...['انتهاك', 'انتهاكات', 'انتهاكا', 'انتهاكان', 'خرق', 'خروقات', 'violation', 'violations', 'ceasefire violations']
    .map((p) => [p, { type: 'clash', kind: 'counted' }] as [string, TriggerWord]),
  // withdrawal
  ...['انسحاب', 'انسحاب*', 'انسحب*', 'الانسحاب', 'تراجع', 'التراجع', 'withdrawal', 'withdrew', 'withdrawn', 'withdraw',
    'retreat', 'retreated', 'pulled out', 'pull out']
    .map((p) => [p, ev('withdrawal')] as [string, TriggerWord]),
  // capture
  ...['سيطر', 'سيطرت', 'بسط سيطرته', 'تحريرها', 'seized', 'captured', 'recaptured', 'retook', 'took control',
    'took over', 'liberated', 'drove out', 'driven out', 'driven', 'ousted', 'overran', 'overrun', 'fell to', 'expelled']
    .map((p) => [p, ev('capture')] as [string, TriggerWord]),
  ...['السيطره علي', 'استعاده', 'استعاد*', 'استعادت', 'تحرير', 'حرر*', 'طرد', 'طرد*', 'انتزاع', 'دخول', 'دخل', 'دخلت',
    'دخلوا', 'entered', 'entering', 'liberation of', 'capture of', 'recapture of', 'seize', 'capture', 'recapture']
    .map((p) => [p, { type: 'capture', kind: 'object' }] as [string, TriggerWord]),
  // displacement
  ...['نزوح', 'موجه نزوح', 'حركه نزوح', 'نازحين', 'النازحين', 'نازحون', 'فرار', 'فر', 'فروا', 'هرب', 'هربت', 'هربوا',
    'الهاربين', 'تهجير', 'displaced', 'displacement', 'fled', 'fleeing', 'exodus', 'flee']
    .map((p) => [p, ev('displacement')] as [string, TriggerWord]),
  // casualties
  ...['car bomb', 'car bombing', 'truck bomb', 'suicide bombing', 'suicide bomber'].map((p) => [p, ev('casualties')] as [string, TriggerWord]),
  ...['مقتل', 'قتلى', 'قتلي', 'قتل', 'قتلت', 'مصرع', 'جرحى', 'جرحي', 'اصابه', 'اصابات', 'ضحايا', 'قتيل', 'قتيلا',
    'killed', 'dead', 'died', 'wounded', 'injured', 'casualties', 'death toll', 'deaths']
    .map((p) => [p, ev('casualties')] as [string, TriggerWord]),
  // agreement
  // Making an agreement, not talk of one: «التوصل إلى اتفاق», «وقعت اتفاقاً», not «تلتزم باتفاقات».
  ...['التوصل الي اتفاق', 'توصل* الي اتفاق', 'توقيع اتفاق*', 'وقع* اتفاق*', 'ابرام اتفاق*', 'تم الاتفاق', 'الاتفاق علي',
    'اتفق', 'اتفقتا', 'اتفقا', 'اتفقت', 'اعلان هدنه', 'التوصل الي هدنه', 'سريان الهدنه', 'دخول الهدنه', 'وقعت مذكره',
    'توقيع مذكره', 'reached an agreement', 'reached a deal', 'signed an agreement', 'signed a deal', 'agreed on',
    'agreed to', 'brokered', 'truce took effect', 'ceasefire took effect', 'truce came into force', 'ceasefire came into force']
    .map((p) => [p, ev('agreement')] as [string, TriggerWord]),
  // statement
  ...['اكد', 'اكدت', 'قال', 'قالت', 'اعلن', 'اعلنت', 'صرح', 'اوضح', 'اوضحت', 'شدد', 'said', 'stated', 'announced',
    'told reporters', 'declared']
    .map((p) => [p, { type: 'statement', kind: 'speech' }] as [string, TriggerWord]),
];

/** Verbs of striking (not «ألقى»: aircraft drop leaflets too): an aircraft phrase next to one of these is an air strike («الطائرات الحربية تضرب»). */
export const STRIKE_VERBS: string[] = [
  'ضرب*', 'تضرب', 'يضرب', 'قصف*', 'تقصف', 'يقصف', 'استهدف*', 'تستهدف', 'يستهدف', 'شن*', 'تشن', 'يشن', 'نفذ*', 'تنفذ',
  'ينفذ', 'دمر*', 'تدمر', 'اغار*', 'struck', 'strike', 'strikes', 'hit', 'bombed', 'pounded', 'targeted',
  'targeting', 'carried out', 'conducted',
];
