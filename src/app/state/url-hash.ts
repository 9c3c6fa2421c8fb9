// The view in the URL hash, so a link (or reload, or back/forward) restores it:
//   #map=6.2/35.10/38.70&from=2016-01-01&to=2016-12-31&types=airstrike,shelling&status=reported,claimed
//    &actors=isis&outlets=Enab%20Baladi&q=tabqa&event=ab12cd&lang=ar
// Absent keys mean "the default". Values are URI-encoded; lists are comma-separated after encoding,
// so a comma inside an outlet name survives.
//
// A hash comes from whoever wrote the link, so it is read as hostile input: a hash over MAX_HASH_LENGTH
// is ignored whole, each value is checked by a Zod schema (a bad value drops that key only), numbers are
// clamped to what a map can show, unknown event types and statuses are dropped, and lists and strings
// are capped. A shared link must never break the app or make it do a lot of work.
import { z } from 'zod';
import { EventStatus, EventType, type Lang } from '../../schema/index.ts';

/** zoom / lat / lon, like most web maps. */
export interface MapViewState {
  zoom: number;
  lat: number;
  lon: number;
}

export interface HashState {
  view: MapViewState | null;
  from: string | null;
  to: string | null;
  types: EventType[] | null;
  statuses: EventStatus[] | null;
  actors: string[] | null;
  outlets: string[] | null;
  /** The search box. */
  text: string | null;
  event: string | null;
  lang: Lang | null;
}

export const EMPTY_HASH: HashState = {
  view: null,
  from: null,
  to: null,
  types: null,
  statuses: null,
  actors: null,
  outlets: null,
  text: null,
  event: null,
  lang: null,
};

/** Longer hashes are ignored: a view with every filter set is a few hundred characters. */
export const MAX_HASH_LENGTH = 4096;
/** Most entries kept of one list (actors, outlets); more is not a view anyone made by clicking. */
export const MAX_LIST_ITEMS = 50;
/** Longest kept string (a search, an outlet name, an event id). */
export const MAX_TEXT_LENGTH = 200;
/** MapLibre's zoom range. */
const ZOOM = [0, 24] as const;
/** Web Mercator stops short of the poles. */
const MAX_LAT = 85.0511;

const clamp = (lo: number, hi: number) => (n: number) => Math.min(hi, Math.max(lo, n));

const View = z
  .string()
  // An empty part would read as 0 (Number('') === 0): it is refused instead.
  .transform((raw) => raw.split('/').map((part) => (part.trim() === '' ? NaN : Number(part))))
  .pipe(z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]))
  .transform(([zoom, lat, lon]) => ({
    zoom: clamp(ZOOM[0], ZOOM[1])(zoom),
    lat: clamp(-MAX_LAT, MAX_LAT)(lat),
    // Wrapped, not clamped: 190° east is 170° west. In range it is kept as is (no rounding drift).
    lon: Math.abs(lon) <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180,
  }));

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)), 'not a calendar day');

const Text = z.string().transform((s) => decodeURIComponent(s).slice(0, MAX_TEXT_LENGTH));

/** Comma-separated, each item URI-encoded; '' is the empty list (nothing ticked), not an absent key. */
const List = z
  .string()
  .transform((s) => (s === '' ? [] : s.split(',').slice(0, MAX_LIST_ITEMS).map((x) => decodeURIComponent(x).slice(0, MAX_TEXT_LENGTH))));

/** Keeps the items that are values of `item`, drops the rest (a link from a newer or older sitrep). */
const known = <T extends string>(item: z.ZodType<T>) =>
  List.transform((xs) => [...new Set(xs.filter((x): x is T => item.safeParse(x).success))]);

/** One schema per hash key, each reading the raw (still URI-encoded) value. */
const KEYS = {
  map: View,
  from: IsoDay,
  to: IsoDay,
  types: known(EventType),
  status: known(EventStatus),
  actors: List,
  outlets: List,
  q: Text.transform((s) => s || null),
  event: Text.transform((s) => s || null),
  lang: z.enum(['ar', 'en']),
} as const;

/** Reads a hash; anything malformed is ignored (a shared link must never break the app). */
export function parseHash(hash: string): HashState {
  const state: HashState = { ...EMPTY_HASH };
  if (hash.length > MAX_HASH_LENGTH) return state;
  const values = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) values.set(part.slice(0, eq), part.slice(eq + 1));
  }
  // safeParse also catches a malformed %-escape (decodeURIComponent throws inside a transform).
  const read = <K extends keyof typeof KEYS>(key: K): z.output<(typeof KEYS)[K]> | null => {
    const raw = values.get(key);
    if (raw === undefined) return null;
    try {
      const parsed = KEYS[key].safeParse(raw);
      return parsed.success ? (parsed.data as z.output<(typeof KEYS)[K]>) : null;
    } catch {
      return null;
    }
  };
  state.view = read('map');
  state.from = read('from');
  state.to = read('to');
  state.types = read('types');
  state.statuses = read('status');
  state.actors = read('actors');
  state.outlets = read('outlets');
  state.text = read('q');
  state.event = read('event');
  state.lang = read('lang');
  return state;
}

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  const enc = (xs: readonly string[]) => xs.map(encodeURIComponent).join(',');
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.from) parts.push(`from=${state.from}`);
  if (state.to) parts.push(`to=${state.to}`);
  if (state.types) parts.push(`types=${enc(state.types)}`);
  if (state.statuses) parts.push(`status=${enc(state.statuses)}`);
  if (state.actors) parts.push(`actors=${enc(state.actors)}`);
  if (state.outlets) parts.push(`outlets=${enc(state.outlets)}`);
  if (state.text) parts.push(`q=${encodeURIComponent(state.text)}`);
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
