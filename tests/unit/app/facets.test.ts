import { describe, expect, it } from 'vitest';
import { DEFAULT_STATUSES, facetValues } from '../../../src/app/state/facets.ts';
import { makeEvent } from './make-event.ts';

const events = [
  makeEvent({ id: 'a', type: 'airstrike', actors: ['russia_air'], outlets: ['SANA', 'SANA'], start: '2016-01-05' }),
  makeEvent({ id: 'b', type: 'airstrike', actors: ['coalition'], outlets: ['Enab Baladi'], start: '2017-03-01' }),
  makeEvent({ id: 'c', type: 'shelling', status: 'claimed', actors: ['isis', 'coalition'], outlets: ['SANA'], start: '2017-04-01' }),
  makeEvent({ id: 'd', type: 'airstrike', status: 'negated', start: '2017-05-01' }),
];

describe('facetValues', () => {
  it('counts each value under the rest of the filter, not its own facet', () => {
    const types = facetValues(events, { types: ['shelling'], statuses: DEFAULT_STATUSES }, 'types');
    expect(types).toEqual([
      { value: 'airstrike', label: 'airstrike', count: 2 },
      { value: 'shelling', label: 'shelling', count: 1 },
    ]);
  });

  it('applies the time window to the counts', () => {
    const actors = facetValues(events, { from: '2017-01-01', to: '2017-12-31' }, 'actors');
    expect(actors.find((a) => a.value === 'coalition')?.count).toBe(2);
    expect(actors.find((a) => a.value === 'russia_air')?.count).toBe(0);
    expect(actors.find((a) => a.value === 'isis')?.label).toBe('ISIS');
  });

  it('counts an event once per outlet even with two sources from it, and lists no null outlet', () => {
    const outlets = facetValues(events, {}, 'outlets');
    expect(outlets).toEqual([
      { value: 'SANA', label: 'SANA', count: 2 },
      { value: 'Enab Baladi', label: 'Enab Baladi', count: 1 },
    ]);
  });

  it('hides negated events by default', () => {
    expect(DEFAULT_STATUSES).not.toContain('negated');
    const statuses = facetValues(events, { statuses: DEFAULT_STATUSES }, 'statuses');
    expect(statuses.find((s) => s.value === 'negated')?.count).toBe(1);
  });
});
