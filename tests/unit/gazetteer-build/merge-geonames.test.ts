// GeoNames towns land on the right OCHA community: the nearest one that shares a name, never a
// far-away homonym and never a nearby place of another name.
import { describe, expect, it } from 'vitest';
import { matchTown, mergeTown } from '../../../gazetteer/build/merge-geonames.ts';
import type { GeoNamesTown } from '../../../gazetteer/build/sources/geonames.ts';
import type { GazetteerEntry } from '../../../src/schema/index.ts';
import { compiled } from './compiled.ts';

const communities = compiled.entries.filter((e) => /^C\d{4}$/.test(e.id));

function town(over: Partial<GeoNamesTown>): GeoNamesTown {
  return { id: '1', name: '', ar: [], en: [], lon: 0, lat: 0, featureCode: 'PPL', country: 'SY', population: 0, ...over };
}

describe('matchTown', () => {
  it('picks the Douma near the point out of the three places called دوما', () => {
    const douma = town({ name: 'Dūmā', ar: ['دوما'], en: ['Dūmā'], lon: 36.40194, lat: 33.57175 });
    expect(matchTown(douma, communities)?.id).toBe('C2338');
    const hamaDouma = town({ name: 'Duma', ar: ['دوما'], en: ['Duma'], lon: 37.01, lat: 35.33 });
    expect(matchTown(hamaDouma, communities)?.id).toBe('C3076');
  });

  it('matches by the Latin skeleton when GeoNames has no Arabic', () => {
    const maarat = town({ name: "Ma'arrat an Nu'man", en: ["Ma'arrat an Nu'man"], lon: 36.67, lat: 35.643 });
    expect(matchTown(maarat, communities)?.id).toBe('C3985');
  });

  it('matches nothing when no community nearby shares a name', () => {
    expect(matchTown(town({ name: 'Nowhere', en: ['Nowhere'], ar: ['لامكان'], lon: 36.4, lat: 33.57 }), communities)).toBeNull();
  });

  it('matches nothing beyond the radius even under the same name', () => {
    expect(matchTown(town({ name: 'Duma', ar: ['دوما'], lon: 36.6, lat: 33.7 }), communities)).toBeNull();
  });
});

describe('mergeTown', () => {
  it('adds names after the OCHA ones, the population and the GeoNames id', () => {
    const e: GazetteerEntry = {
      id: 'C0', names: { ar: ['الثورة'], en: ['Al-Thawrah'] }, kind: 'town', coordinates: [38.54, 35.83],
      country: 'SY', admin1: 'Ar-Raqqa', admin2: 'Ath-Thawrah', sources: { ocha: 'C0' },
    };
    mergeTown(e, town({ id: '172374', ar: ['الثورة', 'الطبقة'], en: ['Ath Thawrah'], population: 87880 }));
    expect(e.names).toEqual({ ar: ['الثورة', 'الطبقة'], en: ['Al-Thawrah', 'Ath Thawrah'] });
    expect(e.population).toBe(87880);
    expect(e.sources).toEqual({ ocha: 'C0', geonames: '172374' });
  });
});
