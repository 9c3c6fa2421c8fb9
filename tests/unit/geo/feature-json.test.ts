// The hand-written JSON of events and features must be, byte for byte, what JSON.stringify gave before:
// on the events the extractor made from the bundled corpus, and on events full of hostile strings.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeEventJson, writeFeatureJson } from '../../../src/geo/feature-json.ts';
import { toFeature } from '../../../src/geo/features.ts';
import { utf8Out, writeJsonString } from '../../../src/geo/utf8-out.ts';
import { EventRecord, type Count } from '../../../src/schema/index.ts';
import { makeEvent } from '../../fixtures/event.ts';
import { anyUnicode, runs } from '../../property/arbitraries.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
const utf8 = new TextEncoder();

function bytesOf(write: (out: ReturnType<typeof utf8Out>, e: EventRecord) => void, e: EventRecord): Uint8Array {
  // A small start, so the buffer has to grow inside a string as well as between fields.
  const out = utf8Out(16);
  write(out, e);
  return out.bytes.slice(0, out.length);
}

function expectSameBytes(e: EventRecord): void {
  expect(Buffer.from(bytesOf(writeEventJson, e)).toString('utf8')).toBe(JSON.stringify(e));
  expect(bytesOf(writeEventJson, e)).toEqual(utf8.encode(JSON.stringify(e)));
  expect(bytesOf(writeFeatureJson, e)).toEqual(utf8.encode(JSON.stringify(toFeature(e))));
}

describe('writeEventJson / writeFeatureJson on real events', () => {
  const lines = ['extract-corpus-events.ndjson', 'extract-corpus-merged.ndjson'].flatMap((f) =>
    readFileSync(FIXTURES + f, 'utf8').split('\n').filter((l) => l !== ''),
  );

  it('give the bytes of the NDJSON line the extractor wrote, and of JSON.stringify(toFeature(e))', () => {
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) {
      const e = JSON.parse(line) as EventRecord;
      expect(bytesOf(writeEventJson, e)).toEqual(utf8.encode(line));
      expectSameBytes(e);
    }
  });

  it('give the same bytes for an event after schema validation (as sitrep export reads it)', () => {
    for (const line of lines) expectSameBytes(EventRecord.parse(JSON.parse(line)));
  });

  it('leave out an absent min/max the way JSON.stringify does, and keep a present one', () => {
    const bare: Count = { count: 3, qualifier: 'exact', who: 'civilians', phrase: '3' };
    const ranged: Count = { count: 5, min: 5, max: 7, qualifier: 'about', who: '', phrase: 'خمسة إلى سبعة' };
    expectSameBytes(makeEvent({ fatalities: bare, injured: ranged }));
    expect(Buffer.from(bytesOf(writeEventJson, makeEvent({ fatalities: bare }))).toString()).not.toContain('"min"');
  });
});

describe('writeJsonString', () => {
  const quoted = (s: string) => {
    const out = utf8Out(4);
    writeJsonString(out, s);
    return Buffer.from(out.bytes.subarray(0, out.length)).toString('utf8');
  };
  it('escapes as JSON.stringify does: quotes, backslashes, control characters, lone surrogates', () => {
    for (const s of ['say "hi"', 'a\\b', '\u0000\u0001\b\f\n\r\t\u001f\u007f', '\ud800', 'x\udfffy', '\udc00\ud800', '😀', '\u2028\u2029', '\u200f\u202bالرقة\u202c']) {
      expect(quoted(s)).toBe(JSON.stringify(s));
    }
  });
});

/** A schema-shaped event whose every string is arbitrary Unicode and whose numbers are arbitrary doubles. */
const text = anyUnicode(40);
const nullableText = fc.option(text, { nil: null });
const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 5e-7, 0.1 + 0.2, Number.MAX_VALUE));
const pair = fc.tuple(num, num);
const count = fc.option(
  fc.record({ count: num, min: num, max: num, qualifier: text, who: text, phrase: text }, { requiredKeys: ['count', 'qualifier', 'who', 'phrase'] }),
  { nil: null },
);
const hostileEvent = fc.record({
  id: text,
  type: text,
  status: text,
  date: fc.record({ start: nullableText, end: nullableText, precision: text, phrase: text, basis: text }),
  place: fc.record({
    id: text,
    name: fc.record({ ar: nullableText, en: nullableText }),
    kind: text,
    coordinates: pair,
    admin1: nullableText,
    precision: text,
    confidence: num,
    mention: fc.record({ surface: text, span: pair }),
  }),
  actors: fc.array(fc.record({ id: text, name: text, role: text, phrase: text }), { maxLength: 3 }),
  fatalities: count,
  injured: count,
  trigger: fc.record({ surface: text, span: pair }),
  denies: nullableText,
  sources: fc.array(fc.record({ report: text, outlet: nullableText, url: nullableText, published: nullableText, quote: text, span: pair }), { minLength: 1, maxLength: 3 }),
}) as unknown as fc.Arbitrary<EventRecord>;

describe('writeEventJson / writeFeatureJson on hostile events', () => {
  it('match JSON.stringify byte for byte', () => {
    fc.assert(fc.property(hostileEvent, expectSameBytes), { numRuns: runs(400) });
  });
});
