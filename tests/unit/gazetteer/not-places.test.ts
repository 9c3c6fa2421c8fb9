import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../../src/gazetteer/load.ts';
import { NOT_PLACES } from '../../../src/gazetteer/not-places.ts';
import { scan } from '../../../src/gazetteer/scan.ts';
import { FIXTURE } from './fixture.ts';

const gaz = createGazetteer(FIXTURE);

describe('not-places', () => {
  it('each phrase, even with a place name inside, yields no mention', () => {
    for (const phrase of NOT_PLACES) expect(scan(gaz, `قال ${phrase} أمس`), phrase).toEqual([]);
  });
  it('with a proclitic on the first word too', () => {
    expect(scan(gaz, 'بالتعاون مع لقوات سوريا الديمقراطية')).toEqual([]);
  });
  it('the place names inside them still count elsewhere', () => {
    expect(scan(gaz, 'في سوريا وروسيا').map((m) => m.surface)).toEqual(['سوريا', 'روسيا']);
  });
});
