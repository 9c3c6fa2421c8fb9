// ACLED's terms back into sitrep's: event / sub-event types → EventType, and the precision codes.
// The forward table lives in src/geo/acled.ts; this is its inverse, built from it so the two cannot
// drift apart, plus the ACLED sub-event types sitrep has no word of its own for.
import { acledType } from '../../geo/acled.ts';
import { EventType, type DatePrecision, type PlacePrecision } from '../../schema/index.ts';

/**
 * When several sitrep types share one ACLED pair (ground_attack and clash are both "Battles / Armed
 * clash"), the more general one is what an ACLED row means; listed here first so it wins.
 */
const PREFERRED: EventType[] = ['clash', 'other'];

/** ACLED sub-event types with no sitrep counterpart in the forward table. */
const EXTRA_SUB_EVENTS: Record<string, EventType> = {
  'government regains territory': 'capture',
  'non-state actor overtakes territory': 'capture',
  'remote explosive/landmine/ied': 'other',
  'suicide bomb': 'other',
  grenade: 'other',
  'chemical weapon': 'other',
  'abduction/forced disappearance': 'other',
  'sexual violence': 'other',
  'headquarters or base established': 'other',
  'looting/property destruction': 'other',
  arrests: 'other',
  'change to group/activity': 'other',
  'disrupted weapons use': 'other',
};

/** ACLED event types, for a row whose sub-event type says nothing more. */
const EVENT_TYPES: Record<string, EventType> = {
  battles: 'clash',
  'explosions/remote violence': 'other',
  'violence against civilians': 'casualties',
  'strategic developments': 'other',
  protests: 'other',
  riots: 'other',
};

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const BY_PAIR = new Map<string, EventType>();
for (const t of [...PREFERRED, ...EventType.options]) {
  const { event_type, sub_event_type } = acledType({ type: t, actors: [] });
  const k = `${key(event_type)}|${key(sub_event_type)}`;
  if (!BY_PAIR.has(k)) BY_PAIR.set(k, t);
}

/**
 * The sitrep type of an ACLED (event_type, sub_event_type) pair; a sitrep type name in event_type is
 * taken as it is (a generic CSV may carry our own types). Null when neither is a type we know.
 */
export function eventTypeFromAcled(eventType: string, subEventType: string): EventType | null {
  const own = EventType.safeParse(key(eventType));
  if (own.success) return own.data;
  const et = key(eventType);
  const sub = key(subEventType);
  const exact = BY_PAIR.get(`${et}|${sub}`);
  if (exact) return exact;
  if (EVENT_TYPES[et] === undefined) return null;
  return EXTRA_SUB_EVENTS[sub] ?? EVENT_TYPES[et];
}

/** ACLED time_precision: 1 the day, 2 a week (or weekend), 3 a month. */
export function datePrecisionFromAcled(code: string): DatePrecision | null {
  return ({ '1': 'day', '2': 'days', '3': 'month' } as const)[code.trim() as '1' | '2' | '3'] ?? null;
}

/** ACLED geo_precision: 1 the town itself, 2 near it or a part of a district, 3 only the larger region. */
export function placePrecisionFromAcled(code: string): PlacePrecision | null {
  return ({ '1': 'town', '2': 'district', '3': 'governorate' } as const)[code.trim() as '1' | '2' | '3'] ?? null;
}
