// Within one report: one event per happening, and denials linked to what they deny.
import type { EventDate, EventRecord } from '../schema/index.ts';

/** Two dates can be the same happening: they overlap, or one is only the report's frame (no date of its own). */
function datesCompatible(a: EventDate, b: EventDate): boolean {
  if (a.basis !== 'text' || b.basis !== 'text') return true;
  if (a.start === null || b.start === null || a.end === null || b.end === null) return true;
  return a.start <= b.end && b.start <= a.end;
}

/** The more telling of two dates: one the text gives beats the report frame; then the narrower. */
function betterDate(a: EventDate, b: EventDate): EventDate {
  if (a.basis === 'text' && b.basis !== 'text') return a;
  if (b.basis === 'text' && a.basis !== 'text') return b;
  return a;
}

/**
 * Fold events of one report that tell the same happening (same type, status and place, compatible dates)
 * into the first one told; later sentences fill in the date, counts and actors it lacked.
 */
export function dedupeReportEvents(events: EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  for (const e of events) {
    const same = out.find((o) => o.type === e.type && o.status === e.status && o.place.id === e.place.id && datesCompatible(o.date, e.date));
    if (!same) {
      out.push({ ...e, actors: [...e.actors] });
      continue;
    }
    same.date = betterDate(same.date, e.date);
    same.fatalities = same.fatalities ?? e.fatalities;
    same.injured = same.injured ?? e.injured;
    for (const a of e.actors) if (!same.actors.some((x) => x.id === a.id)) same.actors.push(a);
  }
  return out;
}

/**
 * A denial points at the event it denies: the claim or report of the same type at the same place, else
 * any at the same place (a denied «قصف» answers an alleged air strike), else the same type anywhere.
 */
export function linkDenials(events: EventRecord[]): EventRecord[] {
  return events.map((e) => {
    if (e.status !== 'denied') return e;
    const asserted = events.filter((o) => o.status === 'claimed' || o.status === 'reported');
    const target =
      asserted.find((o) => o.type === e.type && o.place.id === e.place.id) ??
      asserted.find((o) => o.place.id === e.place.id && o.status === 'claimed') ??
      asserted.find((o) => o.type === e.type);
    return target ? { ...e, denies: target.id } : e;
  });
}
