// The quick check must say yes exactly when Zod would accept a record and give it back unchanged (same text):
// a wrong yes would let a bad or reordered record through; a wrong no only costs time, but is checked too so
// the quick path is really taken for what sitrep writes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toFeature } from '../../../src/geo/features.ts';
import { isCanonicalEvent, isCanonicalFeature, KEYS } from '../../../src/ingest/canonical-event.ts';
import { Actor, Count, EventDate, EventFeature, EventPlace, EventProperties, EventRecord, Source } from '../../../src/schema/index.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const real = readFileSync(FIXTURES + 'extract-corpus-events.ndjson', 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as unknown);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values a corrupted or hand-edited file could hold, chosen near the schema's edges. */
const ODD: Json[] = [null, true, 0, -1, 0.5, 1.5, 181, -91, 2 ** 53, 3.7, '', 'x', 'Feature', 'Point', 'airstrike', 'day',
  '2016-02-29', '2015-02-29', '1900-01-01', '2099-12-31', '2016-13-01', '2016', '2016-00', '2016-12', '20016', [], {}, [1, 2], [2, 1], [36.2, 33.5],
  [-0, 0], [1, 2, 3], { ar: null, en: 'x' }];

/** Every place in a JSON value a mutation can hit: a path of keys and indexes. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'extra' } | { kind: 'reverse' };

function mutate(v: Json, path: (string | number)[], m: Mutation): Json {
  if (path.length > 0) {
    const [head, ...rest] = path;
    if (Array.isArray(v)) return v.map((x, i) => (i === head ? mutate(x, rest, m) : x));
    const o = v as Record<string, Json>;
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, k === head ? mutate(x, rest, m) : x]));
  }
  if (m.kind === 'set') return m.value;
  if (Array.isArray(v)) return m.kind === 'delete' ? v.slice(1) : m.kind === 'extra' ? [...v, 1] : [...v].reverse();
  if (v === null || typeof v !== 'object') return m.kind === 'delete' ? null : v;
  const entries = Object.entries(v);
  if (m.kind === 'delete') return Object.fromEntries(entries.slice(1));
  if (m.kind === 'extra') return { ...v, extra: 1 };
  return Object.fromEntries(entries.reverse());
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...ODD).map((value) => ({ kind: 'set' as const, value })),
  fc.constantFrom({ kind: 'delete' as const }, { kind: 'extra' as const }, { kind: 'reverse' as const }),
);

/** What the quick check must say: Zod accepts it and its output is the same JSON text. */
function zodKeepsIt(schema: z.ZodType, v: Json): boolean {
  const p = schema.safeParse(v);
  return p.success && JSON.stringify(p.data) === JSON.stringify(v);
}

function agreesWithZod(schema: z.ZodType, check: (v: unknown) => boolean, records: Json[]) {
  fc.assert(
    fc.property(fc.nat(records.length - 1), fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), (r, ms) => {
      let v: Json = records[r]!;
      for (const [p, m] of ms) {
        const all = paths(v);
        v = mutate(v, all[p % all.length]!, m);
      }
      v = JSON.parse(JSON.stringify(v)) as Json; // as a file gives it: no undefined, no -0
      expect(check(v)).toBe(zodKeepsIt(schema, v));
    }),
    { numRuns: 3000 },
  );
}

const keys = (schema: { shape: object }) => Object.keys(schema.shape);

describe('canonical-event', () => {
  it('knows the keys of every object in the schema, in the schema order', () => {
    expect(KEYS.event).toEqual(keys(EventRecord));
    expect(KEYS.date).toEqual(keys(EventDate as unknown as { shape: object }));
    expect(KEYS.place).toEqual(keys(EventPlace));
    expect(KEYS.featurePlace).toEqual(keys(EventProperties.shape.place));
    expect(KEYS.name).toEqual(keys(EventPlace.shape.name));
    expect(KEYS.mention).toEqual(keys(EventPlace.shape.mention));
    expect(KEYS.mention).toEqual(keys(EventRecord.shape.trigger));
    expect(KEYS.actor).toEqual(keys(Actor));
    expect(KEYS.count).toEqual(keys(Count));
    expect(KEYS.source).toEqual(keys(Source));
    expect(KEYS.feature).toEqual(keys(EventFeature));
    expect(KEYS.geometry).toEqual(keys(EventFeature.shape.geometry));
  });

  it('says yes to every real event as Zod gives it back, and to its feature (counts with min/max and without)', () => {
    const parsed = real.map((e) => JSON.parse(JSON.stringify(EventRecord.parse(e))) as unknown);
    expect(parsed.some((e) => JSON.stringify(e).includes('"min"'))).toBe(true);
    for (const e of parsed) {
      expect(isCanonicalEvent(e)).toBe(true);
      expect(isCanonicalFeature(JSON.parse(JSON.stringify(toFeature(e as EventRecord))))).toBe(true);
    }
  });

  it("says no to the extractor's own lines that put min/max after phrase: Zod moves them, so Zod must see them", () => {
    const late = real.filter((e) => /"phrase":"[^"]*","min"/.test(JSON.stringify(e)));
    expect(late.length).toBeGreaterThan(0);
    for (const e of late) expect(isCanonicalEvent(e)).toBe(false);
  });

  it('says no to a record Zod refuses, and to one Zod would reorder or strip', () => {
    const e = real[0] as Record<string, unknown>;
    expect(isCanonicalEvent({ ...e, date: { ...(e.date as object), start: '2016-02-30' } })).toBe(false);
    expect(isCanonicalEvent({ ...e, sources: [] })).toBe(false);
    const { id, ...rest } = e;
    expect(isCanonicalEvent({ ...rest, id })).toBe(false); // valid, but Zod would move id first
    expect(isCanonicalEvent({ ...e, extra: 1 })).toBe(false); // valid, but Zod would drop extra
  });

  it('agrees with Zod on mutated events: yes exactly when Zod accepts and gives the same text', () => {
    agreesWithZod(EventRecord, isCanonicalEvent, real as Json[]);
    agreesWithZod(EventRecord, isCanonicalEvent, real.map((e) => JSON.parse(JSON.stringify(EventRecord.parse(e))) as Json));
  });

  it('agrees with Zod on mutated features', () => {
    const features = real.map((e) => JSON.parse(JSON.stringify(toFeature(e as EventRecord))) as Json);
    agreesWithZod(EventFeature, isCanonicalFeature, features);
  });
});
