import { describe, expect, it } from 'vitest';
import { EventDate, EventRecord, GazetteerEntry, IsoDay, PublishedDate, Report, Span } from '../../../src/schema/index.ts';
import { isCalendarDay } from '../../../src/schema/days.ts';
import { makeEvent } from '../../fixtures/event.ts';

describe('dates', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(IsoDay.safeParse('2016-02-29').success).toBe(true);
    expect(IsoDay.safeParse('2016-02-30').success).toBe(false);
    expect(IsoDay.safeParse('2017-02-29').success).toBe(false);
    expect(IsoDay.safeParse('20016-01-01').success).toBe(false);
    expect(IsoDay.safeParse('2016-6-1').success).toBe(false);
  });
  it('takes a publication date as a day, a month or a year', () => {
    for (const ok of ['2016-06-22', '2017-12', '2017']) expect(PublishedDate.safeParse(ok).success).toBe(true);
    for (const bad of ['2017-13', '20016', '2017-12-32', 'yesterday', '']) expect(PublishedDate.safeParse(bad).success).toBe(false);
  });
  it('requires an event interval to be both-open or both-set, and ordered', () => {
    const base = { precision: 'day', phrase: '', basis: 'report' } as const;
    expect(EventDate.safeParse({ ...base, start: '2017-01-02', end: '2017-01-01' }).success).toBe(false);
    expect(EventDate.safeParse({ ...base, start: '2017-01-01', end: null }).success).toBe(false);
    expect(EventDate.safeParse({ ...base, start: null, end: null, basis: 'open' }).success).toBe(true);
  });
});

describe('isCalendarDay', () => {
  it('agrees with the calendar of Date for every y-m-d spelling from 1900 to 2100, months 00-13, days 00-32', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let real = 0;
    for (let y = 1900; y <= 2100; y++)
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++) {
          const t = new Date(Date.UTC(y, mo - 1, d));
          const expected = mo >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
          expect(isCalendarDay(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`)).toBe(expected);
          if (expected) real++;
        }
    expect(real).toBe(73_414); // 201 years × 365 + 49 leap days (1900 and 2100 are not leap years)
  });
});

describe('records', () => {
  it('accepts a complete event and refuses broken ones, naming the field', () => {
    const e = makeEvent();
    expect(EventRecord.safeParse(e).success).toBe(true);
    const badType = EventRecord.safeParse({ ...e, type: 'bombing' });
    expect(badType.success).toBe(false);
    expect(badType.error!.issues[0]!.path).toEqual(['type']);
    const badLat = EventRecord.safeParse({ ...e, place: { ...e.place, coordinates: [39, 95] } });
    expect(badLat.error!.issues[0]!.path).toEqual(['place', 'coordinates', 1]);
    expect(EventRecord.safeParse({ ...e, sources: [] }).success).toBe(false);
    expect(EventRecord.safeParse({ ...e, place: { ...e.place, confidence: 1.2 } }).success).toBe(false);
  });
  it('checks spans and reports', () => {
    expect(Span.safeParse([5, 3]).success).toBe(false);
    expect(Report.safeParse({ id: 'r', text: 't', published: null, outlet: null, url: null, lang: 'fa' }).success).toBe(false);
    expect(Report.safeParse({ id: '', text: 't', published: null, outlet: null, url: null, lang: null }).success).toBe(false);
  });
  it('validates gazetteer entries', () => {
    const entry = {
      id: 'SY020000',
      names: { ar: ['حلب'], en: ['Aleppo'] },
      kind: 'city',
      coordinates: [37.134, 36.202],
      country: 'SY',
      admin1: 'Aleppo',
      admin2: 'Jebel Saman',
      sources: { ocha: 'C1007' },
    };
    expect(GazetteerEntry.safeParse(entry).success).toBe(true);
    expect(GazetteerEntry.safeParse({ ...entry, kind: 'metropolis' }).success).toBe(false);
    expect(GazetteerEntry.safeParse({ ...entry, country: 'SYR' }).success).toBe(false);
  });
});
