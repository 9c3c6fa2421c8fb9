// Area events pooled into one disc per place and precision. A governorate-level event is drawn as a disc
// about the governorate's size; hundreds of events at the same governorate centroid drew the same ~500 px
// disc hundreds of times, which in software WebGL took seconds a frame zoomed in (each disc is a quarter of
// a million fragments). Stacking N translucent discs of alpha a gives alpha 1 − (1 − a)^N, so one disc per
// place, told how many it stands for, looks the same; its colour is the mean of the shown events' type
// colours (a deep stack of mixed types blends towards that mean anyway).
import type { EventColumns } from '../../../geo/columns.ts';
import type { HeatCells } from './heat-cells.ts';
import { isShown, type ViewFilter } from './view-filter.ts';

/**
 * Per cell, 4 floats: the mean type colour (r, g, b, 0–1) of its shown area events and how many there are
 * (0 = no disc). Counts only the given vertex ranges (`order[v]` = event at vertex v): the area groups' ranges
 * the window can show. `colours` = typeColours(). Writes into `out` (length 4 × cells.count) and returns it.
 */
export function poolAreaDiscs(
  cells: HeatCells,
  cols: EventColumns,
  order: Uint32Array,
  ranges: readonly [number, number][],
  filter: ViewFilter,
  colours: Float32Array,
  out: Float32Array,
): Float32Array {
  out.fill(0);
  for (const [first, count] of ranges) {
    for (let v = first; v < first + count; v++) {
      const i = order[v]!;
      if (!isShown(cols, i, filter)) continue;
      const o = cells.cellOf[i]! * 4;
      const t = cols.type[i]! * 3;
      out[o]! += colours[t]!;
      out[o + 1]! += colours[t + 1]!;
      out[o + 2]! += colours[t + 2]!;
      out[o + 3]!++;
    }
  }
  for (let o = 0; o < out.length; o += 4) {
    const n = out[o + 3]!;
    if (n > 0) for (let c = 0; c < 3; c++) out[o + c]! /= n;
  }
  return out;
}
