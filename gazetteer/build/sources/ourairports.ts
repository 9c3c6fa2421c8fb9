// Airfields: every Syrian record of OurAirports, plus the region's air bases and large airports
// (Al Udeid, Al Asad, Incirlik, Beirut). English names only; Arabic names come from curated.json.
import type { GazetteerEntry, PlaceKind } from '../../../src/schema/index.ts';
import type { AdminAreas } from '../admin-areas.ts';
import { csvRecords } from '../../../src/ingest/csv-parse.ts';
import { readData } from '../data-dir.ts';
import { lonLat } from '../geometry.ts';
import { uniqueNames } from '../names.ts';

const MILITARY = /air ?base|airbase|military|air defen[cs]e|heliport|helipad|\bAB\b/i;

/** Air base for military fields and heliports; other (a civil airport) otherwise. */
export function airfieldKind(name: string, type: string): PlaceKind {
  return MILITARY.test(name) || type === 'heliport' ? 'airbase' : 'other';
}

export function airfieldEntries(dataDir: string, admin: AdminAreas): GazetteerEntry[] {
  const syria = csvRecords(readData(dataDir, 'ourairports/airports_SY.csv'));
  // Outside Syria only air bases and the big airports: the region's hospital helipads are noise.
  const region = csvRecords(readData(dataDir, 'ourairports/airports_syria_region.csv')).filter(
    (r) => r.country_code !== 'SY' && r.type !== 'heliport' && (MILITARY.test(r.name!) || r.type === 'large_airport'),
  );
  return [...syria, ...region].map((r): GazetteerEntry => {
    const coordinates = lonLat(r.longitude!, r.latitude!);
    const where = r.country_code === 'SY' ? admin.locate(coordinates) : null;
    return {
      id: `ourairports:${r.ident}`,
      names: { ar: [], en: uniqueNames([r.name]) },
      kind: airfieldKind(r.name!, r.type!),
      coordinates,
      country: r.country_code!,
      admin1: where?.admin1 ?? null,
      admin2: where?.admin2 ?? null,
      sources: { ourairports: r.ident! },
    };
  });
}
