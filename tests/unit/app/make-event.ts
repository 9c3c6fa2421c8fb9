// A valid EventRecord with the fields a test cares about overridden.
import { EventRecord } from '../../../src/schema/index.ts';

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
  return EventRecord.parse({
    id: o.id,
    type: o.type ?? 'airstrike',
    status: o.status ?? 'reported',
    date: { start, end: o.end ?? start, precision: 'day', phrase: '', basis: 'report' },
    place: {
      id: 'raqqa',
      name: { ar: 'الرقة', en: 'Ar-Raqqa' },
      kind: 'city',
      coordinates: [39.01, 35.95],
      admin1: 'SY11',
      precision: 'town',
      confidence: 0.9,
      mention: { surface: 'الرقة', span: [10, 15] },
    },
    actors: (o.actors ?? []).map((id) => ({ id, name: id.toUpperCase(), role: 'initiator', phrase: id })),
    fatalities: null,
    injured: null,
    trigger: { surface: 'غارات', span: [0, 5] },
    denies: null,
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
