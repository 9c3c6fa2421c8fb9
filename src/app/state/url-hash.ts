// The view in the URL hash, so a link (or reload, or back/forward) restores it:
//   #map=6.2/35.10/38.70&from=2016-01-01&to=2016-12-31&types=airstrike,shelling&status=reported,claimed
//    &actors=isis&outlets=Enab%20Baladi&q=tabqa&event=ab12cd&lang=ar
// Absent keys mean "the default". Values are URI-encoded; lists are comma-separated after encoding,
// so a comma inside an outlet name survives.
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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(s: string): string[] {
  return s === '' ? [] : s.split(',').map(decodeURIComponent);
}

/** Reads a hash; anything malformed is ignored (a shared link must never break the app). */
export function parseHash(hash: string): HashState {
  const state: HashState = { ...EMPTY_HASH };
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const raw = part.slice(eq + 1);
    try {
      switch (key) {
        case 'map': {
          const [zoom, lat, lon] = raw.split('/').map(Number);
          if ([zoom, lat, lon].every((n) => n !== undefined && Number.isFinite(n)) && Math.abs(lat!) <= 90 && Math.abs(lon!) <= 180) {
            state.view = { zoom: zoom!, lat: lat!, lon: lon! };
          }
          break;
        }
        case 'from':
        case 'to':
          if (ISO_DAY.test(raw)) state[key] = raw;
          break;
        case 'types':
          state.types = list(raw).filter((t): t is EventType => EventType.safeParse(t).success);
          break;
        case 'status':
          state.statuses = list(raw).filter((s): s is EventStatus => EventStatus.safeParse(s).success);
          break;
        case 'actors':
        case 'outlets':
          state[key] = list(raw);
          break;
        case 'event':
          state.event = decodeURIComponent(raw) || null;
          break;
        case 'q':
          state.text = decodeURIComponent(raw) || null;
          break;
        case 'lang':
          if (raw === 'ar' || raw === 'en') state.lang = raw;
          break;
      }
    } catch {
      // A malformed %-escape: skip this key.
    }
  }
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
