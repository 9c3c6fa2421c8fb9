// The GPU layer's CPU side on real gazetteer places: the vertex buffer holds every event once, the draw
// ranges a window yields contain every event the shared filter shows, the O(1) window count is exact, and
// picking agrees with the shader's shown-test.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OPEN_DAY, STATUSES, TYPES, toColumns } from '../../../src/geo/columns.ts';
import { overlapsWindow, filterEvents } from '../../../src/geo/filter.ts';
import { dayNumber, type EventRecord, type GazetteerEntry } from '../../../src/schema/index.ts';
import { STRIDE, buildVertices, drawRanges, isArea, mercatorX, mercatorY } from '../../../src/app/map/gpu/vertices.ts';
import { windowCounter } from '../../../src/app/map/gpu/window-count.ts';
import { buildIndex, pickNearest } from '../../../src/app/map/gpu/pick.ts';
import { ALL_TYPES, DEFAULT_STATUSES, drawnRadius, fatalitySizes, maskOf, metresToPixels, typeColours } from '../../../src/app/map/gpu/style.ts';
import { isShown, viewFilterOf, type ViewFilter } from '../../../src/app/map/gpu/view-filter.ts';
import { buildCells, cellsInVertexOrder, weighCells } from '../../../src/app/map/gpu/heat-cells.ts';
import { poolAreaDiscs } from '../../../src/app/map/gpu/area-discs.ts';
import { syntheticEvents } from '../../../bench/synthetic.ts';
import { makeEvent } from '../../fixtures/event.ts';

const gazetteer = JSON.parse(readFileSync(new URL('../../../gazetteer/gazetteer.json', import.meta.url), 'utf8')) as {
  entries: GazetteerEntry[];
};
const events: EventRecord[] = [
  ...syntheticEvents(gazetteer.entries, 5000, 3),
  makeEvent({ id: 'open-1', date: { start: null, end: null, precision: 'year', basis: 'open', phrase: '' } }),
];
const cols = toColumns(events);

const WINDOWS: [string | null, string | null][] = [
  ['2016-03-01', '2016-05-31'],
  ['2014-01-01', '2014-01-01'],
  ['2019-12-01', null],
  [null, '2014-02-10'],
  [null, null],
  ['2017-07-04', '2017-07-04'],
];
const day = (d: string | null) => (d === null ? null : dayNumber(d));

describe('buildVertices / drawRanges', () => {
  const v = buildVertices(cols);

  it('lays out every event exactly once, areas before pins, at its mercator position', () => {
    expect(v.buffer.byteLength).toBe(cols.length * STRIDE);
    expect(new Set(v.order).size).toBe(cols.length);
    const f = new Float32Array(v.buffer);
    const firstPin = [...v.order].findIndex((i) => !isArea(cols.placePrecision[i]!));
    expect(firstPin).toBeGreaterThan(0); // the synthetic set has governorate/district events
    v.order.forEach((i, k) => {
      expect(isArea(cols.placePrecision[i]!)).toBe(k < firstPin);
      expect(f[k * 5]).toBeCloseTo(mercatorX(cols.lon[i]!), 6);
      expect(f[k * 5 + 1]).toBeCloseTo(mercatorY(cols.lat[i]!), 6);
    });
  });

  it.each(WINDOWS)('ranges for %s … %s hold every event the shared filter shows, and few others', (from, to) => {
    const inRanges = new Set<number>();
    for (const [first, count] of drawRanges(v.groups, day(from), day(to))) {
      for (let k = first; k < first + count; k++) inRanges.add(v.order[k]!);
    }
    const shown = events.map((e, i) => [e, i] as const).filter(([e]) => overlapsWindow(e, from, to));
    for (const [, i] of shown) expect(inRanges.has(i)).toBe(true);
    // Only a year-long interval's worth of slack: a 3-month window must not draw all six years.
    if (from && to) expect(inRanges.size).toBeLessThan(Math.max(3 * shown.length, 200) + events.length * 0.12);
  });
});

describe('size by fatalities', () => {
  it('grows a pin by 2·√killed CSS px, as the GeoJSON layer does, capped at a byte', () => {
    const killed = (count: number | null) => ({ fatalities: count === null ? null : { count, qualifier: 'exact' as const, who: '', phrase: '' } });
    expect([...fatalitySizes([killed(null), killed(0), killed(1), killed(4), killed(100), killed(1e6)])]).toEqual([0, 0, 2, 4, 20, 255]);
  });

  it('lands in the vertex of its own event (the fourth style byte)', () => {
    const some = events.slice(0, 300).map((e, k) => ({ ...e, fatalities: { count: k % 40, qualifier: 'exact' as const, who: '', phrase: '' } }));
    const sizes = fatalitySizes(some);
    const v = buildVertices(toColumns(some), sizes);
    const u = new Uint8Array(v.buffer);
    expect(new Set(sizes).size).toBeGreaterThan(5);
    v.order.forEach((i, k) => expect(u[k * STRIDE + 19]).toBe(sizes[i]));
  });
});

describe('windowCounter', () => {
  it.each(WINDOWS)('counts %s … %s exactly as the shared filter', (from, to) => {
    expect(windowCounter(cols).count(day(from), day(to))).toBe(events.filter((e) => overlapsWindow(e, from, to)).length);
  });

  it('an inverted window holds nothing', () => {
    expect(windowCounter(cols).count(dayNumber('2016-01-02'), dayNumber('2016-01-01'))).toBe(0);
  });
});

describe('picking', () => {
  const filterOf = (from: string | null, to: string | null, typeMask = ALL_TYPES, statusMask = DEFAULT_STATUSES): ViewFilter => ({
    fromDay: day(from),
    toDay: day(to),
    typeMask,
    statusMask,
  });

  it('isShown agrees with the shared filter (window, types, statuses), and hides negated events by default', () => {
    const types = ['airstrike', 'shelling'] as const;
    const statuses = ['reported', 'claimed'] as const;
    const f = filterOf('2015-01-01', '2015-12-31', maskOf(TYPES, types), maskOf(STATUSES, statuses));
    const byShader = events.filter((_, i) => isShown(cols, i, f)).map((e) => e.id);
    const byFilter = filterEvents(events, { from: '2015-01-01', to: '2015-12-31', types: [...types], statuses: [...statuses] }).map((e) => e.id);
    expect(byShader.length).toBeGreaterThan(50);
    expect(byShader).toEqual(byFilter);
    const negated = events.findIndex((e) => e.status === 'negated');
    expect(isShown(cols, negated, filterOf(null, null))).toBe(false);
    expect(cols.startDay[cols.length - 1]).toBe(OPEN_DAY);
    expect(isShown(cols, cols.length - 1, filterOf(null, null))).toBe(true);
    expect(isShown(cols, cols.length - 1, filterOf('2015-01-01', null))).toBe(false);
  });

  it('finds the shown pin under the pointer, and not one hidden by the window', () => {
    const pins = buildIndex(cols, (i) => !isArea(cols.placePrecision[i]!));
    const zoom = 9;
    const worldPx = 512 * 2 ** zoom;
    const target = events.findIndex((e, i) => !isArea(cols.placePrecision[i]!) && e.status === 'reported');
    const x = mercatorX(cols.lon[target]!);
    const y = mercatorY(cols.lat[target]!);
    const query = {
      x,
      y,
      searchRadius: 10 / worldPx,
      distancePx: (i: number) => Math.hypot(mercatorX(cols.lon[i]!) - x, mercatorY(cols.lat[i]!) - y) * worldPx,
      hitRadiusPx: (i: number) => drawnRadius(cols.placePrecision[i]!, cols.lat[i]!, zoom) + 4,
    };
    const [s, e] = [events[target]!.date.start!, events[target]!.date.end!];
    const hit = pickNearest(pins, cols, filterOf(s, e), query);
    expect(hit).not.toBeNull();
    // Another event may share the place; whichever is picked sits exactly there and is in the window.
    expect([cols.lon[hit!], cols.lat[hit!]]).toEqual([cols.lon[target], cols.lat[target]]);
    expect(overlapsWindow(events[hit!]!, s, e)).toBe(true);
    // A window before any event: nothing to pick.
    expect(pickNearest(pins, cols, filterOf('2000-01-01', '2000-01-02'), query)).toBeNull();
  });
});

describe('style', () => {
  it('draws governorate-level events as discs tens of kilometres wide, pins as a few pixels', () => {
    const precision = (p: string) => ['point', 'town', 'district', 'governorate', 'region', 'country'].indexOf(p);
    expect(drawnRadius(precision('point'), 35, 6)).toBeLessThan(6);
    const governorate = drawnRadius(precision('governorate'), 35, 6);
    expect(governorate).toBeCloseTo(metresToPixels(35_000, 35, 6), 6);
    expect(governorate).toBeGreaterThan(15);
    // One zoom level doubles a ground size in pixels.
    expect(drawnRadius(precision('governorate'), 35, 7)).toBeCloseTo(2 * governorate, 6);
  });

  it('masks have one bit per value shown', () => {
    expect(maskOf(TYPES, ['airstrike'])).toBe(1);
    expect(maskOf(STATUSES, [...STATUSES])).toBe(31);
    expect(DEFAULT_STATUSES & (1 << STATUSES.indexOf('negated'))).toBe(0);
  });
});


describe('viewFilterOf', () => {
  it('shows on the GPU exactly what the shared filter shows, for windows, types and statuses', () => {
    const filters = [
      { from: '2015-06-01', to: '2015-08-31' },
      { from: null, to: '2014-03-01', types: ['clash' as const] },
      { from: '2018-01-01', statuses: ['reported' as const, 'negated' as const] },
      {},
    ];
    for (const f of filters) {
      const v = viewFilterOf(f);
      const byGpu = events.filter((_, i) => isShown(cols, i, v)).map((e) => e.id);
      expect(byGpu).toEqual(filterEvents(events, f).map((e) => e.id));
    }
  });
});

describe('heat cells', () => {
  it('pool events by place, and weigh each place by its shown events — summing to the shared filter count', () => {
    const cells = buildCells(cols);
    const places = new Set(events.map((e) => `${e.place.coordinates}|${e.place.precision}`));
    expect(cells.count).toBe(places.size);
    const v = buildVertices(cols);
    const weights = new Float32Array(cells.count);
    const cellAt = cellsInVertexOrder(cells, v.order);
    const filters = [
      ...WINDOWS.map(([from, to]) => ({ from, to })),
      { from: null, to: '2014-03-01', types: ['clash' as const] },
      { from: '2018-01-01', statuses: ['reported' as const, 'negated' as const] },
    ];
    for (const shared of filters) {
      const f = viewFilterOf(shared);
      weighCells(cellAt, v.buffer, drawRanges(v.groups, f.fromDay, f.toDay), f, weights);
      expect(weights.reduce((a, b) => a + b, 0)).toBe(filterEvents(events, shared).length);
    }
    // Every event of a place lands on that place's cell.
    const aleppo = events.findIndex((e) => e.place.name.en === 'Aleppo');
    const same = events.map((e, i) => [e, i] as const).filter(([e]) => e.place.id === events[aleppo]?.place.id && e.place.precision === events[aleppo]?.place.precision);
    for (const [, i] of same) expect(cells.cellOf[i]).toBe(cells.cellOf[aleppo]);
  });
});

describe('area discs', () => {
  it('one disc per area place and precision: its shown area events by the shared filter, their mean type colour', () => {
    const cells = buildCells(cols);
    const v = buildVertices(cols);
    const areaGroups = v.groups.filter((g) => g.area);
    // The area groups hold the area events and nothing else.
    const inAreaGroups = areaGroups.flatMap((g) => [...v.order.subarray(g.first, g.first + g.count)]);
    expect(inAreaGroups.length).toBe(events.filter((e) => isArea(cols.placePrecision[events.indexOf(e)]!)).length);
    for (const i of inAreaGroups) expect(isArea(cols.placePrecision[i]!)).toBe(true);
    const colours = typeColours();
    const discs = new Float32Array(cells.count * 4);
    for (const [from, to] of WINDOWS) {
      const f = viewFilterOf({ from, to });
      poolAreaDiscs(cells, cols, v.order, drawRanges(areaGroups, f.fromDay, f.toDay), f, colours, discs);
      const shownAreas = filterEvents(events, { from, to }).filter((e) => isArea(cols.placePrecision[events.indexOf(e)]!));
      let total = 0;
      for (let c = 0; c < cells.count; c++) total += discs[c * 4 + 3]!;
      expect(total).toBe(shownAreas.length);
      // The busiest disc: its count and mean colour, from the events themselves.
      const byCell = new Map<number, EventRecord[]>();
      for (const e of shownAreas) {
        const cell = cells.cellOf[events.indexOf(e)]!;
        byCell.set(cell, [...(byCell.get(cell) ?? []), e]);
      }
      const [cell, members] = [...byCell].sort((a, b) => b[1].length - a[1].length)[0] ?? [null, []];
      if (cell === null) continue;
      expect(discs[cell * 4 + 3]).toBe(members.length);
      const red = members.reduce((sum, e) => sum + colours[TYPES.indexOf(e.type) * 3]!, 0) / members.length;
      expect(discs[cell * 4]).toBeCloseTo(red, 5);
    }
  });
});
