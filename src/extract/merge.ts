// Merging the same event told by several reports into one record with every source.
//
// Two events are the same happening when all of these hold:
//   - same type and the same status (a claim and its denial stay apart);
//   - their places lie within MERGE_DISTANCE_KM of each other — or, for a coarse place (governorate,
//     region, country), within MERGE_DISTANCE_COARSE_KM, since its point is only a centroid;
//   - their date intervals overlap, allowing MERGE_DATE_SLACK_DAYS either side (reports a day apart
//     often date the same night differently);
//   - their actors are compatible: no actor that initiates in one is a target in the other.
import type { EventRecord } from '../schema/index.ts';
import { addDays, precisionOf } from './dates/calendar.ts';
import { distanceKm } from '../gazetteer/distance.ts';

/** Point places closer than this are one place for merging (a town and its outskirts). */
export const MERGE_DISTANCE_KM = 10;
/** A governorate, region or country centroid against anything: coarse places are far from their events. */
export const MERGE_DISTANCE_COARSE_KM = 60;
/** Days of slack on each side when comparing date intervals. */
export const MERGE_DATE_SLACK_DAYS = 1;

const COARSE = new Set(['governorate', 'region', 'country']);

function placesClose(a: EventRecord, b: EventRecord): boolean {
  if (a.place.id === b.place.id) return true;
  const coarse = COARSE.has(a.place.precision) || COARSE.has(b.place.precision);
  if (coarse && a.place.precision !== b.place.precision) return false;
  const limit = coarse ? MERGE_DISTANCE_COARSE_KM : MERGE_DISTANCE_KM;
  return distanceKm(a.place.coordinates, b.place.coordinates) <= limit;
}

function datesClose(a: EventRecord, b: EventRecord): boolean {
  const { start: as, end: ae } = a.date;
  const { start: bs, end: be } = b.date;
  if (as === null || ae === null || bs === null || be === null) return false;
  return addDays(as, -MERGE_DATE_SLACK_DAYS) <= be && addDays(bs, -MERGE_DATE_SLACK_DAYS) <= ae;
}

function actorsCompatible(a: EventRecord, b: EventRecord): boolean {
  for (const x of a.actors) {
    const y = b.actors.find((o) => o.id === x.id);
    if (!y) continue;
    if ((x.role === 'initiator' && y.role === 'target') || (x.role === 'target' && y.role === 'initiator')) return false;
  }
  return true;
}

export function sameEvent(a: EventRecord, b: EventRecord): boolean {
  return a.type === b.type && a.status === b.status && placesClose(a, b) && datesClose(a, b) && actorsCompatible(a, b);
}

/** Narrower of two overlapping intervals where they overlap; the first's date when they do not. */
function combineDates(a: EventRecord, b: EventRecord): EventRecord['date'] {
  const { start: as, end: ae } = a.date;
  const { start: bs, end: be } = b.date;
  if (as === null || ae === null || bs === null || be === null) return a.date;
  const start = as > bs ? as : bs;
  const end = ae < be ? ae : be;
  return start <= end ? { ...a.date, start, end, precision: precisionOf({ start, end }) } : a.date;
}

/** Grid cells of about MERGE_DISTANCE_COARSE_KM (1° ≈ 111 km), so candidates are looked up, not scanned. */
const CELL_DEGREES = MERGE_DISTANCE_COARSE_KM / 111;

function cellOf(e: EventRecord): [number, number] {
  return [Math.floor(e.place.coordinates[0] / CELL_DEGREES), Math.floor(e.place.coordinates[1] / CELL_DEGREES)];
}

/**
 * Merge events across reports. Events of the same report are never merged here (extraction already folds
 * a report's own repeats); the first record keeps its id, gains the other's sources, actors and counts.
 * Order-stable: the same input gives the same output. Candidates come from a grid by type and status, so a
 * million events cost a few comparisons each, not a million.
 */
export function mergeEvents(events: EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  const grid = new Map<string, EventRecord[]>();
  const key = (e: EventRecord, x: number, y: number) => `${e.type}|${e.status}|${x}|${y}`;
  for (const e of events) {
    const reports = new Set(e.sources.map((s) => s.report));
    const [cx, cy] = cellOf(e);
    let same: EventRecord | undefined;
    for (let dx = -1; dx <= 1 && !same; dx++) {
      for (let dy = -1; dy <= 1 && !same; dy++) {
        same = grid.get(key(e, cx + dx, cy + dy))?.find((o) => !o.sources.some((s) => reports.has(s.report)) && sameEvent(o, e));
      }
    }
    if (!same) {
      const copy = { ...e, actors: [...e.actors], sources: [...e.sources] };
      out.push(copy);
      const k = key(e, cx, cy);
      const list = grid.get(k) ?? [];
      list.push(copy);
      grid.set(k, list);
      continue;
    }
    same.sources.push(...e.sources);
    same.date = combineDates(same, e);
    same.fatalities = same.fatalities ?? e.fatalities;
    same.injured = same.injured ?? e.injured;
    for (const a of e.actors) if (!same.actors.some((x) => x.id === a.id)) same.actors.push(a);
  }
  return out;
}
