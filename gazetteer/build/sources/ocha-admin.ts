// Governorates, districts and subdistricts: OCHA COD-AB admin tables (P-codes, OCHA English and
// Arabic names, centre points) joined by P-code with OpenSyria's aliases and populations.
import type { GazetteerEntry, PlaceKind } from '../../../src/schema/index.ts';
import { csvRecords } from '../../../src/ingest/csv-parse.ts';
import { readData } from '../data-dir.ts';
import { lonLat } from '../geometry.ts';
import { isArabicName, isMachineTransliteration, tidy, uniqueNames } from '../names.ts';

interface OpenSyriaUnit {
  name_en: string;
  name_ar: string;
  aliases_en: string;
  aliases_ar: string;
  population: string;
  geonames_id: string;
}

const LEVELS: { level: 1 | 2 | 3; kind: PlaceKind; file: string }[] = [
  { level: 1, kind: 'governorate', file: 'syr_admin1.csv' },
  { level: 2, kind: 'district', file: 'syr_admin2.csv' },
  { level: 3, kind: 'subdistrict', file: 'syr_admin3.csv' },
];

function splitAliases(cell: string): string[] {
  return cell.split('|').map(tidy).filter((a) => a !== '' && !isMachineTransliteration(a));
}

export function ochaAdminEntries(dataDir: string): GazetteerEntry[] {
  const openSyria = new Map<string, OpenSyriaUnit>();
  for (const row of csvRecords(readData(dataDir, 'opensyria-geography/opensyria_admin_gazetteer.csv'))) {
    openSyria.set(row.ocha_pcode!, row as unknown as OpenSyriaUnit);
  }
  const entries: GazetteerEntry[] = [];
  for (const { level, kind, file } of LEVELS) {
    for (const row of csvRecords(readData(dataDir, `ocha-syr-populatedplaces/${file}`))) {
      const pcode = row[`adm${level}_pcode`]!;
      const os = openSyria.get(pcode);
      const sources: Record<string, string> = { ocha: pcode };
      if (os) sources.opensyria = pcode;
      if (os?.geonames_id) sources.geonames = os.geonames_id;
      const population = os?.population ? Math.round(Number(os.population)) : undefined;
      entries.push({
        id: pcode,
        names: {
          // OpenSyria's Arabic-script aliases include Kurdish spellings (کۆبانێ); only Arabic ones are kept.
          ar: uniqueNames([row[`adm${level}_name1`], os?.name_ar, ...splitAliases(os?.aliases_ar ?? '').filter(isArabicName)]),
          en: uniqueNames([
            row[`adm${level}_name`],
            row[`adm${level}_ref_name`],
            os?.name_en,
            ...splitAliases(os?.aliases_en ?? ''),
          ]),
        },
        kind,
        coordinates: lonLat(row.center_lon!, row.center_lat!),
        country: 'SY',
        admin1: tidy(row.adm1_name!),
        admin2: level >= 2 ? tidy(row.adm2_name!) : null,
        ...(population !== undefined && Number.isFinite(population) ? { population } : {}),
        sources,
      });
    }
  }
  return entries;
}
