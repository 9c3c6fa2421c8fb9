// How many events a time window holds, in O(1) after an O(n) build, so deciding "dots or heatmap" costs
// nothing when the window moves. An event overlaps [from, to] when start ≤ to and end ≥ from; every event
// that ends before `from` also starts before `to` (from ≤ to), so
//   overlapping = #(start ≤ to) − #(end < from).
import { OPEN_DAY, type EventColumns } from '../../../geo/columns.ts';

export interface WindowCounter {
  /** Events whose interval overlaps [fromDay, toDay]; null sides are open (open-dated events count only then). */
  count(fromDay: number | null, toDay: number | null): number;
}

export function windowCounter(cols: EventColumns): WindowCounter {
  let min = Infinity;
  let max = -Infinity;
  let open = 0;
  for (let i = 0; i < cols.length; i++) {
    const s = cols.startDay[i]!;
    if (s === OPEN_DAY) {
      open++;
      continue;
    }
    if (s < min) min = s;
    if (cols.endDay[i]! > max) max = cols.endDay[i]!;
  }
  const dated = cols.length - open;
  if (dated === 0) return { count: (f, t) => (f === null && t === null ? open : 0) };
  const span = max - min + 1;
  // startsBy[d] = events starting on or before min + d; endsBy[d] likewise for ends.
  const startsBy = new Uint32Array(span);
  const endsBy = new Uint32Array(span);
  for (let i = 0; i < cols.length; i++) {
    if (cols.startDay[i] === OPEN_DAY) continue;
    startsBy[cols.startDay[i]! - min]!++;
    endsBy[cols.endDay[i]! - min]!++;
  }
  for (let d = 1; d < span; d++) {
    startsBy[d]! += startsBy[d - 1]!;
    endsBy[d]! += endsBy[d - 1]!;
  }
  const upTo = (cum: Uint32Array, day: number) => (day < min ? 0 : day > max ? dated : cum[day - min]!);
  return {
    count(fromDay, toDay) {
      if (fromDay === null && toDay === null) return cols.length;
      const f = fromDay ?? -Infinity;
      const t = toDay ?? Infinity;
      if (f > t) return 0;
      return upTo(startsBy, t) - upTo(endsBy, f - 1);
    },
  };
}
