// The village-level gazetteer: OCHA populated places (7,593 communities `C####` and 414 city
// neighbourhoods `N####`), each with Arabic and English names, its admin parents and a point.
import type { GazetteerEntry, PlaceKind } from '../../../src/schema/index.ts';
import { csvRecords } from '../../../src/ingest/csv-parse.ts';
import { readData } from '../data-dir.ts';
import { distanceKm, lonLat } from '../geometry.ts';
import { arabicKeyboard, isJoinedName, isQualifier, splitJoinedNames, stripArabicTag, tidy, uniqueNames } from '../names.ts';

type Row = Record<string, string>;

/**
 * A name cell split into the name and its `(…)` suffix. The suffix is a tag when it names an admin
 * unit (`Duma (Duma)`, `المنصورة (تادف)`, `(ne)`) or qualifies the name (`تب عيسى (شرقية وغربية)`), and is
 * another name of the place otherwise (`Fas (Abo Fas)`, `طنجرة (المنارة)`).
 */
function withoutParenthesis(cell: string, adminNames: Set<string>): string[] {
  let name = tidy(cell);
  const others: string[] = [];
  // `Southern(Al-rradar) (ne)` carries two: peel them off from the end.
  for (let m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name); m; m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name)) {
    const inside = m[2]!.trim();
    if (inside && inside !== 'ne' && !adminNames.has(inside) && !isQualifier(inside)) others.unshift(inside);
    name = m[1]!;
  }
  return [name, ...others];
}

/** Arabic names of a community: the clean `adm4_ar`, then the display name without its tag. */
function arabicNames(row: Row, adminNames: Set<string>): string[] {
  const neighbourhood = row.pcode!.startsWith('N');
  const cells = neighbourhood ? [row.featurename_ar!] : [row.adm4_ar!, row.featurename_ar!];
  const names = cells.flatMap((cell) =>
    withoutParenthesis(stripArabicTag(arabicKeyboard(cell)), adminNames).flatMap((name) => splitJoinedNames(name)),
  );
  // Neighbourhood names keep their word حي: without it many are common words or adjectives
  // (حي الشهداء، حي الشمالي، حي الفرات) that would be found in every report.
  return dropTruncated(uniqueNames(withoutQualifiers(names)));
}

/**
 * English names: ` - ` joins two names when the Arabic joins two (`Sayah - Sayah Thahriyeh` =
 * `الصياح_صياح ظاهرية`); otherwise what follows it is a tag (`Ras El Ein - Yabrud`, `Amin - Damascus`).
 * Neighbourhoods join with `_ ` (`Al Hurriya_ Ish Al Werwer`).
 */
function englishNames(row: Row, adminNames: Set<string>): string[] {
  const joined = isJoinedName(stripArabicTag(row.adm4_ar!));
  const neighbourhood = row.pcode!.startsWith('N');
  const cells = neighbourhood ? [row.featurename_en!, row.featurerefname!] : [row.adm4_en!, row.featurename_en!, row.featurerefname!];
  const names: string[] = [];
  for (const cell of cells) {
    const [outside, ...inside] = withoutParenthesis(cell.replace(/_\s+/g, ' / ').replace(/_/g, ' '), adminNames);
    const parts = (outside ?? '').split(/ - | \/ /).map((p) => p.trim());
    names.push(...(joined || neighbourhood ? parts.filter((p, i) => i === 0 || !adminNames.has(p)) : parts.slice(0, 1)));
    names.push(...inside);
  }
  return dropTruncated(uniqueNames(withoutQualifiers(names)));
}

/** `تب عيسى_شرقية وغربية`: a joined part that only says "eastern and western" is not a name. */
function withoutQualifiers(names: string[]): string[] {
  return names.filter((name, i) => i === 0 || !isQualifier(name));
}

/** OCHA display names are cut at a fixed width (`مدينة الشهيد باسل الأسد الع`): drop such prefixes. */
function dropTruncated(names: string[]): string[] {
  return names.filter((n) => !names.some((other) => other !== n && other.startsWith(n) && !/\s/.test(other[n.length]!)));
}

/**
 * Seats of government from `syr_admincapitals` (no P-codes there): the nearest community within
 * 5 km of a seat is that seat. Level 0 = Damascus, 1 = governorate seats, 2 = district, 3 = subdistrict.
 */
function seatLevels(dataDir: string, communities: Row[]): Map<string, number> {
  const capitals = csvRecords(readData(dataDir, 'ocha-syr-populatedplaces/syr_admincapitals.csv')).map((r) => ({
    level: Number(r.adm_p_lvl),
    point: lonLat(r.x_coord!, r.y_coord!),
  }));
  const levels = new Map<string, number>();
  for (const cap of capitals) {
    let best: Row | null = null;
    let bestKm = 5;
    for (const row of communities) {
      const km = distanceKm(cap.point, lonLat(row.point_x!, row.point_y!));
      if (km < bestKm) {
        bestKm = km;
        best = row;
      }
    }
    if (best) levels.set(best.pcode!, Math.min(levels.get(best.pcode!) ?? 9, cap.level));
  }
  return levels;
}

/**
 * City for the capital, the governorate seats and towns of 50,000 people or more; town for district
 * and subdistrict seats and places of 10,000 or more; else village. Populations are GeoNames'
 * (mostly the 2004 census), so these are pre-war sizes.
 */
export function kindOfCommunity(seatLevel: number | undefined, population: number | undefined): PlaceKind {
  const people = population ?? 0;
  if ((seatLevel !== undefined && seatLevel <= 1) || people >= 50_000) return 'city';
  if (seatLevel !== undefined || people >= 10_000) return 'town';
  return 'village';
}

export interface OchaPlaces {
  entries: GazetteerEntry[];
  /** Seat level per community P-code (0–3), for refining kinds once populations are known. */
  seats: Map<string, number>;
}

/** Names of governorates, districts and subdistricts (`مركز أريحا` as أريحا): what OCHA tags names with. */
function adminUnitNames(rows: Row[]): Set<string> {
  const names = new Set<string>();
  for (const row of rows) {
    for (const level of ['adm1', 'adm2', 'adm3']) {
      names.add(tidy(row[`${level}_en`]!));
      names.add(tidy(row[`${level}_ar`]!).replace(/^مركز\s+/, ''));
    }
  }
  return names;
}

export function ochaPlaceEntries(dataDir: string): OchaPlaces {
  const rows = csvRecords(readData(dataDir, 'ocha-syr-populatedplaces/syr_populatedplaces.csv'));
  const adminNames = adminUnitNames(rows);
  const communities = rows.filter((r) => r.pcode!.startsWith('C'));
  const seats = seatLevels(dataDir, communities);
  const entries = rows.map((row): GazetteerEntry => {
    const neighbourhood = row.pcode!.startsWith('N');
    return {
      id: row.pcode!,
      names: { ar: arabicNames(row, adminNames), en: englishNames(row, adminNames) },
      kind: neighbourhood ? 'neighbourhood' : kindOfCommunity(seats.get(row.pcode!), undefined),
      coordinates: lonLat(row.point_x!, row.point_y!),
      country: 'SY',
      admin1: tidy(row.adm1_en!),
      admin2: tidy(row.adm2_en!),
      sources: { ocha: row.pcode! },
    };
  });
  return { entries, seats };
}
