// The shared event fixture (tests/fixtures/event.ts) in the terms the app's state tests speak: an id,
// a type, a status, a day range, actor ids and outlets.
import type { EventRecord } from '../../../src/schema/index.ts';
import { makeEvent as fixtureEvent } from '../../fixtures/event.ts';

export interface EventOptions {
  id: string;
  type?: EventRecord['type'];
  status?: EventRecord['status'];
  start?: string;
  end?: string;
  actors?: string[];
  outlets?: (string | null)[];
}

export function makeEvent(o: EventOptions): EventRecord {
  const start = o.start ?? '2017-06-06';
  return fixtureEvent({
    id: o.id,
    type: o.type ?? 'airstrike',
    status: o.status ?? 'reported',
    date: { start, end: o.end ?? start, precision: 'day', phrase: '', basis: 'report' },
    actors: (o.actors ?? []).map((id) => ({ id, name: id.toUpperCase(), role: 'initiator', phrase: id })),
    sources: (o.outlets ?? [null]).map((outlet, i) => ({
      report: `${o.id}-r${i}`,
      outlet,
      url: null,
      published: start,
      quote: 'غارات على الرقة',
      span: [0, 15],
    })),
  });
}
