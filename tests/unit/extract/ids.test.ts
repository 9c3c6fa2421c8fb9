import { describe, expect, it } from 'vitest';
import { eventId, fnv1a } from '../../../src/extract/ids.ts';

describe('event ids', () => {
  it('hashes with 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('is the same for the same report, sentence, trigger, type and place, and differs when any differs', () => {
    const id = eventId('r1', [0, 40], [5, 10], 'airstrike/reported', 'SY0700');
    expect(eventId('r1', [0, 40], [5, 10], 'airstrike/reported', 'SY0700')).toBe(id);
    expect(id).toMatch(/^ev-[0-9a-f]{12}$/);
    const others = [
      eventId('r2', [0, 40], [5, 10], 'airstrike/reported', 'SY0700'),
      eventId('r1', [0, 41], [5, 10], 'airstrike/reported', 'SY0700'),
      eventId('r1', [0, 40], [6, 10], 'airstrike/reported', 'SY0700'),
      eventId('r1', [0, 40], [5, 10], 'airstrike/negated', 'SY0700'),
      eventId('r1', [0, 40], [5, 10], 'airstrike/reported', 'SY0701'),
    ];
    expect(new Set([id, ...others]).size).toBe(6);
  });
});
