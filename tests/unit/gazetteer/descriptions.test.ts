import { describe, expect, it } from 'vitest';
import { DESCRIPTIONS } from '../../../src/gazetteer/descriptions.ts';

describe('descriptions', () => {
  it('name capitals by their country', () => {
    const of = (phrase: string) => DESCRIPTIONS.find((d) => d.phrase === phrase);
    expect(of('العاصمة الأردنية')).toMatchObject({ name: 'عمان', country: 'JO' });
    expect(of('العاصمة السورية')).toMatchObject({ name: 'دمشق', country: 'SY' });
    expect(of('Syrian capital')).toMatchObject({ name: 'دمشق', country: 'SY' });
  });
  it('give every phrase a two-letter country', () => {
    for (const d of DESCRIPTIONS) expect(d.country).toMatch(/^[A-Z]{2}$/);
  });
});
