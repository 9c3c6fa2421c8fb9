// Synthetic but realistic events over Syria, for benchmarks and the GPU layer's browser test.
// Places are real gazetteer entries (Syrian ones, big places drawn more often, as reports name them more);
// dates fall in 2014–2019 with the mix of precisions reports give; a few events are governorate- or
// region-level, claimed, denied or negated. Seeded, so the same seed gives the same events.
import { dayNumber, isoDay, type EventRecord, type EventStatus, type EventType, type GazetteerEntry, type PlacePrecision } from '../src/schema/index.ts';
import { precisionOf } from '../src/gazetteer/precision.ts';

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(pairs: readonly (readonly [T, number])[]): (r: number) => T {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  return (r) => {
    let x = r * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  };
}

const pickType = weighted<EventType>([
  ['airstrike', 30],
  ['shelling', 25],
  ['clash', 15],
  ['ground_attack', 6],
  ['casualties', 8],
  ['capture', 4],
  ['withdrawal', 2],
  ['displacement', 3],
  ['agreement', 1],
  ['statement', 4],
  ['other', 2],
]);
const pickStatus = weighted<EventStatus>([
  ['reported', 82],
  ['claimed', 9],
  ['denied', 4],
  ['negated', 3],
  ['planned', 2],
]);

/** Words that open the synthetic quote, by type (our own short phrases). */
const TRIGGER: Record<EventType, string> = {
  airstrike: 'غارات جوية على',
  shelling: 'قصف مدفعي على',
  ground_attack: 'هجوم على',
  clash: 'اشتباكات في',
  withdrawal: 'انسحاب من',
  capture: 'السيطرة على',
  displacement: 'نزوح من',
  casualties: 'مقتل مدنيين في',
  agreement: 'اتفاق في',
  statement: 'بيان حول',
  other: 'حادثة في',
};

const FIRST_DAY = dayNumber('2014-01-01');
const LAST_DAY = dayNumber('2019-12-31');

/** The Syrian places events are drawn at: most at towns and villages, some at whole districts or governorates. */
export function syrianPlaces(entries: readonly GazetteerEntry[]): { points: GazetteerEntry[]; areas: GazetteerEntry[] } {
  const syrian = entries.filter((e) => e.country === 'SY');
  const areaKinds = new Set(['governorate', 'district', 'region']);
  return {
    points: syrian.filter((e) => ['city', 'town', 'village', 'neighbourhood', 'airbase'].includes(e.kind)),
    areas: syrian.filter((e) => areaKinds.has(e.kind)),
  };
}

/** `count` events, seeded. A generator, so a million of them never need to sit in memory at once. */
export function* syntheticEvents(entries: readonly GazetteerEntry[], count: number, seed = 1): Generator<EventRecord> {
  const random = rng(seed);
  const { points, areas } = syrianPlaces(entries);
  // Cumulative weights: a city of 1M is named far more often than a village of 500, but not 2000× more.
  const cumulative: number[] = [];
  let sum = 0;
  for (const p of points) cumulative.push((sum += Math.sqrt(p.population ?? 800)));
  const pickPoint = (): GazetteerEntry => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return points[lo]!;
  };

  for (let i = 0; i < count; i++) {
    const place = random() < 0.06 && areas.length > 0 ? areas[Math.floor(random() * areas.length)]! : pickPoint();
    const type = pickType(random());
    const status = pickStatus(random());
    const day = FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1));
    const r = random();
    const [precision, length] = r < 0.8 ? (['day', 0] as const) : r < 0.9 ? (['days', 2] as const) : r < 0.98 ? (['month', 29] as const) : (['year', 364] as const);
    const name = place.names.ar[0] ?? place.names.en[0] ?? place.id;
    const quote = `${TRIGGER[type]} ${name}`;
    const report = `synthetic-${Math.floor(i / 4)}`;
    const placePrecision: PlacePrecision = precisionOf(place);
    yield {
      id: `syn${i.toString(36)}`,
      type,
      status,
      date: { start: isoDay(day), end: isoDay(Math.min(day + length, LAST_DAY)), precision, phrase: '', basis: 'report' },
      place: {
        id: place.id,
        name: { ar: place.names.ar[0] ?? null, en: place.names.en[0] ?? null },
        kind: place.kind,
        coordinates: place.coordinates,
        admin1: place.admin1,
        precision: placePrecision,
        confidence: 0.9,
        mention: { surface: name, span: [TRIGGER[type].length + 1, quote.length] },
      },
      actors: [],
      fatalities: null,
      injured: null,
      trigger: { surface: TRIGGER[type], span: [0, TRIGGER[type].length] },
      denies: null,
      sources: [{ report, outlet: 'synthetic', url: null, published: isoDay(day), quote, span: [0, quote.length] }],
    };
  }
}
