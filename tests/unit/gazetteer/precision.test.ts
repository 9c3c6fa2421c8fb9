import { describe, expect, it } from 'vitest';
import { distanceKm, offsetKm } from '../../../src/gazetteer/distance.ts';
import { precisionOf } from '../../../src/gazetteer/precision.ts';

describe('precisionOf', () => {
  it('maps kinds to how exactly they pin an event', () => {
    expect(precisionOf('village')).toBe('point');
    expect(precisionOf('airbase')).toBe('point');
    expect(precisionOf('city')).toBe('town');
    expect(precisionOf('district')).toBe('district');
    expect(precisionOf('subdistrict')).toBe('district');
    expect(precisionOf('governorate')).toBe('governorate');
    expect(precisionOf('river')).toBe('region');
    expect(precisionOf('country')).toBe('country');
  });
});

describe('distance', () => {
  it('Damascus to Aleppo is about 310 km', () => {
    expect(distanceKm([36.29, 33.51], [37.16, 36.2])).toBeGreaterThan(300);
    expect(distanceKm([36.29, 33.51], [37.16, 36.2])).toBeLessThan(320);
  });
  it('an offset lands the asked distance away in the asked direction', () => {
    const p = offsetKm([39.0, 36.0], 90, 30);
    expect(p[0]).toBeGreaterThan(39.0);
    expect(distanceKm([39.0, 36.0], p)).toBeCloseTo(30, 0);
  });
});
