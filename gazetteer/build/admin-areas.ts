// Which Syrian governorate and district a point lies in, from the OCHA COD-AB district polygons.
// Used for sources that give a point but no OCHA admin names (airfields, GeoNames, curated places).
import * as turf from '@turf/turf';
import type { LonLat } from '../../src/schema/index.ts';
import { readDataJson } from './data-dir.ts';

interface District {
  admin1: string;
  admin2: string;
  feature: ReturnType<typeof turf.feature>;
  bbox: number[];
}

export interface AdminAreas {
  /** OCHA English admin1/admin2 names of the district containing the point, or null outside Syria. */
  locate(point: LonLat): { admin1: string; admin2: string } | null;
}

interface AdmFeature {
  properties: { ADM1_EN: string; ADM2_EN: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export function loadAdminAreas(dataDir: string): AdminAreas {
  const fc = readDataJson<{ features: AdmFeature[] }>(dataDir, 'ocha-cod-ab-syr/syr_admbnda_adm2_uncs_unocha.json');
  const districts: District[] = fc.features.map((f) => {
    const feature = turf.feature(f.geometry as never);
    return { admin1: f.properties.ADM1_EN, admin2: f.properties.ADM2_EN, feature, bbox: turf.bbox(feature) };
  });
  return {
    locate(point) {
      const [lon, lat] = point;
      for (const d of districts) {
        const [w, s, e, n] = d.bbox as [number, number, number, number];
        if (lon < w || lon > e || lat < s || lat > n) continue;
        if (turf.booleanPointInPolygon(point, d.feature as never)) return { admin1: d.admin1, admin2: d.admin2 };
      }
      return null;
    },
  };
}
