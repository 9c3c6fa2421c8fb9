// Merging the same event told by several reports into one record with every source.
//
// Two events are the same happening when all of these hold:
//   - same type and the same status (a claim and its denial stay apart);
//   - their places lie within MERGE_DISTANCE_KM of each other — or, for a coarse place (governorate,
//     region, country), within MERGE_DISTANCE_COARSE_KM, since its point is only a centroid;
//   - their date intervals overlap, allowing MERGE_DATE_SLACK_DAYS either side (reports a day apart
//     often date the same night differently);
//   - their actors are compatible: no actor that initiates in one is a target in the other.
import { dayNumber, type EventRecord } from '../schema/index.ts';
import { datePrecisionOf } from './dates/calendar.ts';
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

/** An event's date as day numbers, the start moved back by the slack; null when open (never merged). */
interface Days {
  from: number;
  to: number;
}

function daysOf(e: EventRecord): Days | null {
  const { start, end } = e.date;
  if (start === null || end === null) return null;
  return { from: dayNumber(start) - MERGE_DATE_SLACK_DAYS, to: dayNumber(end) };
}

/** Intervals overlap with MERGE_DATE_SLACK_DAYS to spare: each starts, less the slack, before the other ends. */
function daysClose(a: Days | null, b: Days | null): boolean {
  return a !== null && b !== null && a.from <= b.to && b.from <= a.to;
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
  return a.type === b.type && a.status === b.status && placesClose(a, b) && daysClose(daysOf(a), daysOf(b)) && actorsCompatible(a, b);
}

/** Narrower of two overlapping intervals where they overlap; the first's date when they do not. */
function combineDates(a: EventRecord, b: EventRecord): EventRecord['date'] {
  const { start: as, end: ae } = a.date;
  const { start: bs, end: be } = b.date;
  if (as === null || ae === null || bs === null || be === null) return a.date;
  const start = as > bs ? as : bs;
  const end = ae < be ? ae : be;
  return start <= end ? { ...a.date, start, end, precision: datePrecisionOf({ start, end }) } : a.date;
}

/** Grid cells of about MERGE_DISTANCE_COARSE_KM (1° ≈ 111 km), so candidates are looked up, not scanned. */
const CELL_DEGREES = MERGE_DISTANCE_COARSE_KM / 111;
/**
 * Within a cell, records are filed by the spans of BUCKET_DAYS their dates touch: a place reported on for
 * years gathers thousands of records, of which only those near in time can be the same event. A record
 * whose dates cover more than WIDE_BUCKETS spans (a vague «خلال السنوات الماضية») is checked against all.
 */
const BUCKET_DAYS = 16;
const WIDE_BUCKETS = 32;

/** A merged record being built, with what is compared again and again kept at hand. */
interface Group {
  record: EventRecord;
  /** Creation order: when several records match, the oldest takes the event, as a plain scan would. */
  seq: number;
  /** The reports it already tells of: a record never takes a second event from the same report. */
  reports: Set<string>;
  days: Days | null;
}

/** The records of one type and status in one grid cell. */
interface Cell {
  groups: Group[];
  byBucket: Map<number, Group[]>;
  wide: Group[];
}

function bucketsOf(days: Days): [number, number] {
  return [Math.floor(days.from / BUCKET_DAYS), Math.floor(days.to / BUCKET_DAYS)];
}

const isWide = ([b0, b1]: [number, number]) => b1 - b0 >= WIDE_BUCKETS;

function file(cell: Cell, g: Group): void {
  cell.groups.push(g);
  // A record with an open date never matches, so it is not filed by time.
  if (g.days === null) return;
  const span = bucketsOf(g.days);
  if (isWide(span)) {
    cell.wide.push(g);
    return;
  }
  for (let b = span[0]; b <= span[1]; b++) {
    const list = cell.byBucket.get(b);
    if (list) list.push(g);
    else cell.byBucket.set(b, [g]);
  }
}

/** The cell's records that may share dates with `days`, oldest first (a record filed twice is listed twice). */
function candidates(cell: Cell, days: Days): Group[] {
  const span = bucketsOf(days);
  if (isWide(span)) return cell.groups;
  const out = [...cell.wide];
  for (let b = span[0]; b <= span[1]; b++) {
    const list = cell.byBucket.get(b);
    if (list) for (const g of list) out.push(g);
  }
  if (span[1] > span[0] || cell.wide.length > 0) out.sort((a, b) => a.seq - b.seq);
  return out;
}

function sharesReport(g: Group, reports: readonly string[]): boolean {
  for (const r of reports) if (g.reports.has(r)) return true;
  return false;
}

/**
 * Merge events across reports. Events of the same report are never merged here (extraction already folds
 * a report's own repeats); the first record keeps its id, gains the other's sources, actors and counts.
 * Order-stable: the same input gives the same output. Candidates come from a grid by type and status and,
 * within a cell, by time, so a million events cost a few comparisons each, not a million.
 */
export function mergeEvents(events: EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  const grid = new Map<string, Cell>();
  const key = (e: EventRecord, x: number, y: number) => `${e.type}|${e.status}|${x}|${y}`;
  for (const e of events) {
    const reports = e.sources.map((s) => s.report);
    const days = daysOf(e);
    const cx = Math.floor(e.place.coordinates[0] / CELL_DEGREES);
    const cy = Math.floor(e.place.coordinates[1] / CELL_DEGREES);
    let same: Group | undefined;
    // An open date matches nothing: no look-up.
    for (let dx = -1; dx <= 1 && !same && days; dx++) {
      for (let dy = -1; dy <= 1 && !same; dy++) {
        const cell = grid.get(key(e, cx + dx, cy + dy));
        if (!cell) continue;
        let last: Group | undefined;
        for (const o of candidates(cell, days)) {
          if (o === last) continue;
          last = o;
          if (!sharesReport(o, reports) && placesClose(o.record, e) && daysClose(o.days, days) && actorsCompatible(o.record, e)) {
            same = o;
            break;
          }
        }
      }
    }
    if (!same) {
      const record = { ...e, actors: [...e.actors], sources: [...e.sources] };
      out.push(record);
      const k = key(e, cx, cy);
      let cell = grid.get(k);
      if (!cell) grid.set(k, (cell = { groups: [], byBucket: new Map(), wide: [] }));
      file(cell, { record, seq: out.length, reports: new Set(reports), days });
      continue;
    }
    const record = same.record;
    record.sources.push(...e.sources);
    for (const r of reports) same.reports.add(r);
    record.date = combineDates(record, e);
    // The date only narrows, so the record stays filed where it was; comparisons use the narrowed days.
    same.days = daysOf(record);
    record.fatalities = record.fatalities ?? e.fatalities;
    record.injured = record.injured ?? e.injured;
    for (const a of e.actors) if (!record.actors.some((x) => x.id === a.id)) record.actors.push(a);
  }
  return out;
}
