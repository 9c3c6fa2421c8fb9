// What kind an OCHA community is: seat of government and size, as the extractor's precision
// depends on it (a city is drawn as a town-level point, a village as a point).
import { describe, expect, it } from 'vitest';
import { airfieldKind } from '../../../gazetteer/build/sources/ourairports.ts';
import { kindOfCommunity } from '../../../gazetteer/build/sources/ocha-places.ts';
import { entry } from './compiled.ts';

describe('kindOfCommunity', () => {
  it('makes the capital and governorate seats cities, whatever their size', () => {
    expect(kindOfCommunity(0, undefined)).toBe('city');
    expect(kindOfCommunity(1, 20_000)).toBe('city');
  });
  it('makes district and subdistrict seats towns, and big ones cities', () => {
    expect(kindOfCommunity(2, 30_000)).toBe('town');
    expect(kindOfCommunity(3, undefined)).toBe('town');
    expect(kindOfCommunity(2, 100_000)).toBe('city');
  });
  it('makes other places villages unless they have 10,000 people', () => {
    expect(kindOfCommunity(undefined, undefined)).toBe('village');
    expect(kindOfCommunity(undefined, 12_000)).toBe('town');
  });
  it('gives real places the kinds one expects', () => {
    expect(entry('C5710').kind).toBe('city'); // Raqqa, governorate seat
    expect(entry('C1767').kind).toBe('city'); // Manbij, ~100k people
    expect(entry('C5792').kind).toBe('town'); // Tell Abyad, district seat
    expect(entry('C5927').kind).toBe('village'); // al-Hisha
    expect(entry('N0006').kind).toBe('neighbourhood');
  });
});

describe('airfieldKind', () => {
  it('tells air bases from civil airports', () => {
    expect(airfieldKind('Tiyas Air Base', 'small_airport')).toBe('airbase');
    expect(airfieldKind('Al Tabqah Airbase', 'closed')).toBe('airbase');
    expect(airfieldKind('Qabr al-Sitt Heliport', 'heliport')).toBe('airbase');
    expect(airfieldKind('Damascus International Airport', 'large_airport')).toBe('other');
  });
});
