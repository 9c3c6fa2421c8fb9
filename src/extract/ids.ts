// Stable event ids: FNV-1a over the report id, the quote span, the trigger span, the type/status and the
// place. The same report read twice gives the same ids; a different sentence, trigger, type or place gives
// a different one. Two 32-bit hashes over the key in different orders make 48 bits: collisions stay
// unlikely up to millions of events.

/** 32-bit FNV-1a of a string, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function eventId(
  report: string,
  quote: readonly [number, number],
  trigger: readonly [number, number],
  kind: string,
  place: string,
): string {
  const key = `${report}|${quote[0]}-${quote[1]}|${trigger[0]}-${trigger[1]}|${kind}|${place}`;
  const reversed = `${place}|${kind}|${trigger[0]}-${trigger[1]}|${quote[0]}-${quote[1]}|${report}`;
  return `ev-${fnv1a(key)}${fnv1a(reversed).slice(0, 4)}`;
}
