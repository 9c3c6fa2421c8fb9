import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv, toCsvRow } from '../../../src/geo/csv.ts';
import { acledGeoPrecision, acledTimePrecision, acledType, ucdpDatePrecision, ucdpWherePrecision } from '../../../src/geo/acled.ts';
import { makeEvent } from '../../fixtures/event.ts';

describe('ACLED terms', () => {
  it('maps types and the government-regains case', () => {
    expect(acledType(makeEvent({ type: 'airstrike' }))).toEqual({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
    const retake = makeEvent({ type: 'capture', actors: [{ id: 'syrian_army', name: 'Syrian Army', role: 'initiator', phrase: 'الجيش السوري' }] });
    expect(acledType(retake).sub_event_type).toBe('Government regains territory');
    expect(acledType(makeEvent({ type: 'capture' })).sub_event_type).toBe('Non-state actor overtakes territory');
  });
  it('maps precision codes', () => {
    expect([acledTimePrecision('day'), acledTimePrecision('days'), acledTimePrecision('month'), acledTimePrecision('year')]).toEqual([1, 2, 3, 3]);
    expect([acledGeoPrecision('point'), acledGeoPrecision('district'), acledGeoPrecision('governorate')]).toEqual([1, 2, 3]);
    expect(ucdpDatePrecision('year')).toBe(5);
    expect(ucdpWherePrecision('country')).toBe(6);
  });
});

describe('CSV', () => {
  it('writes ACLED columns with the event values', () => {
    const row = toCsvRow(makeEvent({ fatalities: { count: 12, qualifier: 'at_least', who: 'civilians', phrase: '12 مدنياً' } }));
    expect(row.event_date).toBe('2017-06-06');
    expect(row.latitude).toBe(35.953);
    expect(row.longitude).toBe(39.009);
    expect(row.actor1).toBe('Syrian Democratic Forces');
    expect(row.fatalities).toBe(12);
    expect(row.location).toBe('Ar-Raqqa');
  });
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });
  it('has a header line and one line per event', () => {
    const csv = toCsv([makeEvent(), makeEvent({ id: 'b' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
  });
});
