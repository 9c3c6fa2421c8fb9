import { describe, expect, it } from 'vitest';
import { EMPTY_HASH, formatHash, parseHash, type HashState } from '../../../src/app/state/url-hash.ts';

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
