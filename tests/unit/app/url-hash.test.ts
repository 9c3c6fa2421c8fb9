import { describe, expect, it } from 'vitest';
import { EMPTY_HASH, MAX_HASH_LENGTH, MAX_LIST_ITEMS, MAX_TEXT_LENGTH, formatHash, parseHash, type HashState } from '../../../src/app/state/url-hash.ts';

describe('URL hash', () => {
  it('round-trips a full view, including outlet names with commas and Arabic', () => {
    const state: HashState = {
      view: { zoom: 6.5, lat: 35.95, lon: 39.01 },
      from: '2016-01-01',
      to: '2016-12-31',
      types: ['airstrike', 'shelling'],
      statuses: ['reported', 'claimed'],
      actors: ['isis'],
      outlets: ['Smith, Jones & Co', 'عنب بلدي'],
      text: 'سد الفرات & dam',
      event: 'ab12cd',
      lang: 'ar',
    };
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(formatHash(EMPTY_HASH)).toBe('');
    expect(parseHash('')).toEqual(EMPTY_HASH);
  });

  it('ignores what is malformed or unknown instead of failing', () => {
    const s = parseHash('#map=abc&from=2016-13&types=airstrike,bogus&lang=fr&event=%E0%A4%A&x=1');
    expect(s.view).toBeNull();
    expect(s.from).toBeNull();
    expect(s.types).toEqual(['airstrike']);
    expect(s.lang).toBeNull();
    expect(s.event).toBeNull();
  });

  it('keeps an empty list apart from an absent one (nothing ticked vs the default)', () => {
    expect(parseHash('#types=').types).toEqual([]);
    expect(parseHash('#').types).toBeNull();
  });
});

describe('URL hash from a hostile link', () => {
  it('ignores a hash over the size limit entirely', () => {
    const big = `#lang=ar&q=${'x'.repeat(MAX_HASH_LENGTH)}`;
    expect(parseHash(big)).toEqual(EMPTY_HASH);
    // Just under the limit is still read.
    expect(parseHash(`#lang=ar&q=${'x'.repeat(MAX_HASH_LENGTH - 20)}`).lang).toBe('ar');
  });

  it('clamps the map view to what a map can show and refuses non-numbers', () => {
    expect(parseHash('#map=99/91/10').view).toEqual({ zoom: 24, lat: 85.0511, lon: 10 });
    expect(parseHash('#map=-3/-89/-10').view).toEqual({ zoom: 0, lat: -85.0511, lon: -10 });
    expect(parseHash('#map=5/35/190').view).toEqual({ zoom: 5, lat: 35, lon: -170 });
    for (const bad of ['1e999/0/0', 'NaN/35/38', '5/35/javascript:alert(1)', '5/35', '5/35/38/1', '5//38']) {
      expect(parseHash(`#map=${bad}`).view, bad).toBeNull();
    }
  });

  it('drops unknown event types and statuses, and duplicates', () => {
    const s = parseHash('#types=airstrike,<script>,airstrike,__proto__,shelling&status=reported,hacked,negated');
    expect(s.types).toEqual(['airstrike', 'shelling']);
    expect(s.statuses).toEqual(['reported', 'negated']);
  });

  it('refuses dates that are not calendar days', () => {
    expect(parseHash('#from=<b>').from).toBeNull();
    expect(parseHash('#from=2016-02-30x').from).toBeNull();
    expect(parseHash('#to=9999-99-99').to).toBeNull();
    expect(parseHash('#from=2016-02-03').from).toBe('2016-02-03');
  });

  it('caps list lengths and string lengths', () => {
    const actors = Array.from({ length: 300 }, (_, i) => `a${i}`).join(',');
    expect(parseHash(`#actors=${actors}`).actors).toHaveLength(MAX_LIST_ITEMS);
    expect(parseHash(`#q=${'y'.repeat(1000)}`).text).toHaveLength(MAX_TEXT_LENGTH);
  });

  it('keeps markup as inert text (the app renders it escaped) and a bad %-escape drops only its key', () => {
    const s = parseHash(`#outlets=${encodeURIComponent('<img src=x onerror=alert(1)>')}&event=%E0%A4%A&lang=ar`);
    expect(s.outlets).toEqual(['<img src=x onerror=alert(1)>']);
    expect(s.event).toBeNull();
    expect(s.lang).toBe('ar');
  });

  it('never throws, whatever the hash', () => {
    for (const h of ['#&&&', '#=', '#map=', '#types=%', '#__proto__=1&constructor=2', '#q=%00', '#lang=AR', '#'.repeat(5000)]) {
      expect(() => parseHash(h), h).not.toThrow();
    }
    expect(parseHash('#__proto__=1').lang).toBeNull();
  });
});
