// Stable event ids: FNV-1a over the report id, the quote span and the type. The same report read twice
// gives the same ids; a different sentence or type gives a different one.

/** 32-bit FNV-1a of a string, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function eventId(report: string, span: readonly [number, number], type: string, place: string): string {
  return `ev-${fnv1a(`${report}|${span[0]}-${span[1]}|${type}|${place}`)}${fnv1a(`${place}|${type}|${report}`).slice(0, 4)}`;
}
