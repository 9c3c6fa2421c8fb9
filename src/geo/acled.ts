// sitrep's vocabulary in ACLED's (and UCDP's) terms, so exports load into the tools analysts already use.
// ACLED codebook: event types and sub-event types; time_precision 1 day / 2 week / 3 month;
// geo_precision 1 the town itself / 2 near it or part of a region / 3 a larger region.
import type { DatePrecision, EventRecord, EventType, PlacePrecision } from '../schema/index.ts';

export interface AcledType {
  event_type: string;
  sub_event_type: string;
}

const ACLED_TYPES: Record<EventType, AcledType> = {
  airstrike: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
  shelling: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
  ground_attack: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  clash: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  withdrawal: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' },
  capture: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
  displacement: { event_type: 'Strategic developments', sub_event_type: 'Other' },
  casualties: { event_type: 'Violence against civilians', sub_event_type: 'Attack' },
  agreement: { event_type: 'Strategic developments', sub_event_type: 'Agreement' },
  statement: { event_type: 'Strategic developments', sub_event_type: 'Other' },
  other: { event_type: 'Strategic developments', sub_event_type: 'Other' },
};

/** State forces that, when they take a place, make it "Government regains territory" in ACLED's terms. */
const GOVERNMENT_ACTORS = new Set(['syrian_army']);

export function acledType(event: Pick<EventRecord, 'type' | 'actors'>): AcledType {
  if (event.type === 'capture' && event.actors.some((a) => a.role === 'initiator' && GOVERNMENT_ACTORS.has(a.id))) {
    return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
  }
  return ACLED_TYPES[event.type];
}

export function acledTimePrecision(p: DatePrecision): 1 | 2 | 3 {
  return p === 'day' ? 1 : p === 'days' ? 2 : 3;
}

export function acledGeoPrecision(p: PlacePrecision): 1 | 2 | 3 {
  if (p === 'point' || p === 'town') return 1;
  if (p === 'district') return 2;
  return 3;
}

/** UCDP GED date_prec: 1 day, 2 two-to-six days, 3 month, 4 two-to-six months, 5 year. */
export function ucdpDatePrecision(p: DatePrecision): 1 | 2 | 3 | 5 {
  return p === 'day' ? 1 : p === 'days' ? 2 : p === 'month' ? 3 : 5;
}

/** UCDP GED where_prec: 1 exact, 2 within 25 km, 3 admin 2, 4 admin 1, 5 region or line, 6 country. */
export function ucdpWherePrecision(p: PlacePrecision): 1 | 2 | 3 | 4 | 5 | 6 {
  const codes = { point: 1, town: 2, district: 3, governorate: 4, region: 5, country: 6 } as const;
  return codes[p];
}
