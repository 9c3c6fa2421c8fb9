import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../src/text/memo.ts';

/** A memo over a counting function, so a test can see when an answer is worked out again. */
function counted(limit: number) {
  const calls: string[] = [];
  const memo = new BoundedMemo(limit, (word: string) => {
    calls.push(word);
    return word.toUpperCase();
  });
  return { memo, calls };
}

describe('BoundedMemo', () => {
  it('works an answer out once per word and gives the remembered one after', () => {
    const { memo, calls } = counted(10);
    expect(memo.get('raqqa')).toBe('RAQQA');
    expect(memo.get('raqqa')).toBe('RAQQA');
    expect(memo.get('idlib')).toBe('IDLIB');
    expect(calls).toEqual(['raqqa', 'idlib']);
  });

  it('never holds more than its limit: when full it starts over, keeping only the new word', () => {
    const { memo, calls } = counted(3);
    for (const w of ['a', 'b', 'c']) memo.get(w);
    expect(memo.size).toBe(3);
    memo.get('d');
    expect(memo.size).toBe(1);
    memo.get('d');
    memo.get('a');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'a']);
    for (let i = 0; i < 100; i++) memo.get(`w${i}`);
    expect(memo.size).toBeLessThanOrEqual(3);
  });

  it('works every answer out again after clear', () => {
    const { memo, calls } = counted(10);
    memo.get('homs');
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get('homs')).toBe('HOMS');
    expect(calls).toEqual(['homs', 'homs']);
  });
});
