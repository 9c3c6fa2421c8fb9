// OCHA's neighbourhood table: English alternate names of city neighbourhoods, and the 15 "areas"
// of Damascus (جوبر، القابون، برزة، المزة …) that group them — names news uses that are not
// populated places of their own. An area's point is the centre of its neighbourhoods' points.
import type { GazetteerEntry, LonLat } from '../../../src/schema/index.ts';
import { csvRecords } from '../../../src/ingest/csv-parse.ts';
import { readData } from '../data-dir.ts';
import { round5 } from '../geometry.ts';
import { stripEnglishTag, tidy, uniqueNames } from '../names.ts';

type Row = Record<string, string>;

function rows(dataDir: string): Row[] {
  return csvRecords(readData(dataDir, 'ocha-syr-populatedplaces/syr_neighborhoods.csv'));
}

/** Adds the table's English names to the neighbourhood entries (`Wasat Al Madinah` for `City Centre`). */
export function addNeighbourhoodNames(dataDir: string, byId: Map<string, GazetteerEntry>): void {
  for (const row of rows(dataDir)) {
    const entry = byId.get(row.neighborhoodpcode!);
    if (!entry) continue;
    const names = [row.neighborhoodaltname1_en, row.neighborhoodaltname2_en, row.neighborhoodrefname]
      .map((n) => stripEnglishTag(n ?? '').replace(/\s+-\s+.*$/, ''));
    entry.names = { ar: entry.names.ar, en: uniqueNames([...entry.names.en, ...names]) };
  }
}

/** The Damascus areas (`A001`–`A015`) as neighbourhood entries of their own. */
export function areaEntries(dataDir: string, byId: Map<string, GazetteerEntry>): GazetteerEntry[] {
  const areas = new Map<string, { row: Row; points: LonLat[] }>();
  for (const row of rows(dataDir)) {
    const code = tidy(row.areapcode!);
    const point = byId.get(row.neighborhoodpcode!)?.coordinates;
    if (!/^A\d{3}$/.test(code) || !point) continue;
    const area = areas.get(code) ?? { row, points: [] };
    area.points.push(point);
    areas.set(code, area);
  }
  return [...areas].map(([code, { row, points }]): GazetteerEntry => {
    const lon = points.reduce((s, p) => s + p[0], 0) / points.length;
    const lat = points.reduce((s, p) => s + p[1], 0) / points.length;
    const ar = tidy(row.areaname_ar!);
    return {
      id: code,
      names: { ar: uniqueNames([`حي ${ar}`, ar]), en: uniqueNames([tidy(row.areaname_en!)]) },
      kind: 'neighbourhood',
      coordinates: [round5(lon), round5(lat)],
      country: 'SY',
      admin1: tidy(row.adm1_en!),
      admin2: tidy(row.adm2_en!),
      sources: { ocha: code },
    };
  });
}
