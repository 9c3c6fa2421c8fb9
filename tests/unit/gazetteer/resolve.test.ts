import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/gazetteer/distance.ts';
import { createGazetteer } from '../../../src/gazetteer/load.ts';
import { resolve } from '../../../src/gazetteer/resolve.ts';
import { scan } from '../../../src/gazetteer/scan.ts';
import { ResolvedMention } from '../../../src/schema/index.ts';
import { FIXTURE } from './fixture.ts';

const gaz = createGazetteer(FIXTURE);
const run = (text: string, dateline: string | null = null) => resolve(gaz, scan(gaz, text), { text, dateline });

describe('resolve', () => {
  it('returns schema-valid resolved mentions with precision, confidence and runner-up', () => {
    const ms = run('قصفت الطائرات الطبقة والرقة');
    expect(ms.length).toBe(2);
    for (const m of ms) expect(ResolvedMention.parse(m)).toEqual(m);
    const tabqa = ms[0]!;
    expect(tabqa.place?.id).toBe('tabqa');
    expect(tabqa.runnerUp?.id).toBe('tabqa-hasakeh');
    expect(tabqa.precision).toBe('town');
    expect(tabqa.confidence).toBeGreaterThan(0.5);
    expect(tabqa.confidence).toBeLessThan(1);
  });

  it('the cue word decides the kind', () => {
    expect(run('في محافظة الرقة')[0]?.place?.id).toBe('raqqa-gov');
    expect(run('في مدينة الرقة')[0]?.place?.id).toBe('raqqa');
    expect(run('في قرية الطبقة')[0]?.place?.id).toBe('tabqa-hasakeh');
  });

  it('an English cue after the name counts too', () => {
    const [m] = run('Fighting in Raqqa province');
    expect(m).toMatchObject({ surface: 'Raqqa', cue: 'province' });
    expect(m?.place?.id).toBe('raqqa-gov');
    expect(m?.precision).toBe('governorate');
  });

  it('a bare governorate-seat name is the city', () => {
    expect(run('معارك في حلب')[0]?.place?.id).toBe('aleppo');
  });

  it('explicit containment beats a closer spelling: «حبيت» in Idlib is al-Hbit, not Hbeit in Lattakia', () => {
    const ms = run('غارات على معرة النعمان وحبيت في شمال محافظة إدلب');
    expect(ms.find((m) => m.surface === 'حبيت')?.place?.id).toBe('habit');
    expect(run('في حبيت')[0]?.place?.id).toBe('hbeit');
  });

  it('a region phrase is anchored to its base place and moved toward the side it names', () => {
    const [m] = run('ريف الرقة الشمالي');
    expect(m?.precision).toBe('region');
    expect(m?.place?.kind).toBe('region');
    expect(m?.place?.id).toBe('raqqa:countryside-north');
    const [lon, lat] = m!.place!.coordinates;
    expect(lat).toBeGreaterThan(35.95);
    expect(Math.abs(lon - 39.01)).toBeLessThan(0.01);
    expect(distanceKm(m!.place!.coordinates, [39.01, 35.95])).toBeLessThan(40);
  });

  it('south-west Syria lies toward Daraa, not at the middle of the country', () => {
    const [m] = run('جنوب غربي سوريا');
    expect(distanceKm(m!.place!.coordinates, [36.1, 32.9])).toBeLessThan(150);
  });

  it('عمان is Amman unless the sultanate is named', () => {
    expect(run('في عمان')[0]?.place?.id).toBe('amman');
    expect(run('في سلطنة عمان')[0]?.place?.id).toBe('oman');
  });
});
