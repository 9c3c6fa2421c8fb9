import { describe, expect, it } from 'vitest';
import { filterEvents, matchesFilter, overlapsWindow } from '../../../src/geo/filter.ts';
import { makeEvent } from '../../fixtures/event.ts';

const raqqa = makeEvent();
const monthLong = makeEvent({ id: 'month', date: { start: '2017-10-01', end: '2017-10-31', precision: 'month', phrase: 'أكتوبر' } });
const open = makeEvent({ id: 'open', date: { start: null, end: null, basis: 'open', phrase: 'أمس' } });
const idlib = makeEvent({
  id: 'idlib',
  type: 'airstrike',
  status: 'claimed',
  actors: [{ id: 'russia_air', name: 'Russian Air Force', role: 'initiator', phrase: 'الطيران الروسي' }],
  place: { id: 'SY07', name: { ar: 'إدلب', en: 'Idleb' }, coordinates: [36.633, 35.93], admin1: 'Idleb' },
});

describe('time window', () => {
  it('keeps an event whose interval overlaps the window, inclusive at both ends', () => {
    expect(overlapsWindow(raqqa, '2017-06-06', '2017-06-06')).toBe(true);
    expect(overlapsWindow(raqqa, '2017-06-07', null)).toBe(false);
    expect(overlapsWindow(raqqa, null, '2017-06-05')).toBe(false);
  });
  it('shows a month-long event in any window touching the month', () => {
    expect(overlapsWindow(monthLong, '2017-10-31', '2017-11-30')).toBe(true);
    expect(overlapsWindow(monthLong, '2017-09-01', '2017-10-01')).toBe(true);
    expect(overlapsWindow(monthLong, '2017-11-01', '2017-11-30')).toBe(false);
  });
  it('shows an undated event only when the window is open on both sides', () => {
    expect(overlapsWindow(open, null, null)).toBe(true);
    expect(overlapsWindow(open, '2000-01-01', null)).toBe(false);
  });
});

describe('filters', () => {
  const all = [raqqa, monthLong, idlib];
  it('filters by type, status, actor, outlet and text', () => {
    expect(filterEvents(all, { types: ['airstrike'] }).map((e) => e.id)).toEqual(['idlib']);
    expect(filterEvents(all, { statuses: ['reported'] }).map((e) => e.id)).toEqual(['ev-raqqa-2017-06-06', 'month']);
    expect(filterEvents(all, { actors: ['russia_air'] }).map((e) => e.id)).toEqual(['idlib']);
    expect(filterEvents(all, { outlets: ['nobody'] })).toEqual([]);
    expect(filterEvents(all, { text: 'idleb' }).map((e) => e.id)).toEqual(['idlib']);
    expect(filterEvents(all, { text: 'الهجوم' })).toHaveLength(3);
  });
  it('filters by bbox, including one that crosses the antimeridian', () => {
    expect(filterEvents(all, { bbox: [38, 35, 40, 37] }).map((e) => e.id)).toEqual(['ev-raqqa-2017-06-06', 'month']);
    expect(matchesFilter(raqqa, { bbox: [170, -90, 30, 90] })).toBe(false);
    expect(matchesFilter(raqqa, { bbox: [30, -90, -170, 90] })).toBe(true);
  });
  it('treats empty lists as "all"', () => {
    expect(filterEvents(all, { types: [], actors: [] })).toHaveLength(3);
  });
});
