// Every place of the hand-annotated gold set is in the gazetteer under its name, of a compatible
// kind, within the annotation's tolerance. Real data checks: a wrong P-code, a swapped lon/lat or a
// missing alias fails here.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { GazetteerEntry, LonLat } from '../../../src/schema/index.ts';
import { ROOT, compiled } from './compiled.ts';

const GOLD = resolve(ROOT, '../shared/seeds/gold.json');

interface GoldPlace {
  kind: string;
  country: string;
  admin1?: string | null;
  coordinates: LonLat;
  tol_km: number;
}

const SETTLEMENT = new Set(['city', 'town', 'village', 'neighbourhood']);

/** A gold key names the place, sometimes with a word saying what it is ("Aleppo city", "(Deir ez-Zor)"). */
function namesOf(key: string): string[] {
  const plain = key.replace(/\s*\(.*\)$/, '');
  return [key, plain, plain.replace(/ (governorate|city|airbase)$/i, '')].map((n) => n.toLowerCase());
}

function kindFits(gold: string, kind: string): boolean {
  return gold === kind || (SETTLEMENT.has(gold) && SETTLEMENT.has(kind));
}

function nearest(key: string, place: GoldPlace): { entry: GazetteerEntry; km: number } | null {
  const names = namesOf(key);
  let best: { entry: GazetteerEntry; km: number } | null = null;
  for (const e of compiled.entries) {
    if (e.country !== place.country || !kindFits(place.kind, e.kind)) continue;
    if (!e.names.en.some((n) => names.includes(n.toLowerCase()))) continue;
    const km = turf.distance(e.coordinates, place.coordinates, { units: 'kilometers' });
    if (!best || km < best.km) best = { entry: e, km };
  }
  return best;
}

describe.skipIf(!existsSync(GOLD))('gold places in the compiled gazetteer', () => {
  const gold = existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { places: Record<string, GoldPlace> }) : { places: {} };

  it.each(Object.entries(gold.places))('%s', (key, place) => {
    const found = nearest(key, place);
    expect(found, `${key}: no ${place.kind} named so in ${place.country}`).not.toBeNull();
    expect(found!.km, `${key}: nearest is ${found!.entry.id} at ${found!.km.toFixed(1)} km`).toBeLessThanOrEqual(place.tol_km);
    if (place.admin1 && found!.entry.country === 'SY' && found!.entry.admin1) {
      expect(found!.entry.admin1).toBe(place.admin1);
    }
  });
});
