import { describe, expect, it } from 'vitest';
import { acledGeoPrecision, acledTimePrecision, acledType } from '../../../src/geo/acled.ts';
import { datePrecisionFromAcled, eventTypeFromAcled, placePrecisionFromAcled } from '../../../src/ingest/import/acled-terms.ts';
import { EventType } from '../../../src/schema/index.ts';

describe('ACLED types back to sitrep types', () => {
  it('inverts the export table: every type comes back as itself or the one type sharing its ACLED pair', () => {
    for (const t of EventType.options) {
      const { event_type, sub_event_type } = acledType({ type: t, actors: [] });
      const back = eventTypeFromAcled(event_type, sub_event_type)!;
      expect(acledType({ type: back, actors: [] }), t).toEqual({ event_type, sub_event_type });
    }
    expect(eventTypeFromAcled('Battles', 'Armed clash')).toBe('clash');
    expect(eventTypeFromAcled('Explosions/Remote violence', 'Air/drone strike')).toBe('airstrike');
    expect(eventTypeFromAcled('Explosions/Remote violence', 'Shelling/artillery/missile attack')).toBe('shelling');
  });

  it('reads the sub-event types sitrep has no word for, ignoring case and spacing', () => {
    expect(eventTypeFromAcled('Battles', 'Government regains territory')).toBe('capture');
    expect(eventTypeFromAcled('battles', 'non-state actor  overtakes territory')).toBe('capture');
    expect(eventTypeFromAcled('Explosions/Remote violence', 'Remote explosive/landmine/IED')).toBe('other');
    expect(eventTypeFromAcled('Protests', 'Peaceful protest')).toBe('other');
  });

  it('takes sitrep type names as they are and refuses what is neither', () => {
    expect(eventTypeFromAcled('airstrike', '')).toBe('airstrike');
    expect(eventTypeFromAcled('Airstrikes and more', '')).toBeNull();
  });
});

describe('precision codes both ways', () => {
  it('time_precision 1/2/3 ⇄ day/days/month', () => {
    for (const code of ['1', '2', '3']) expect(String(acledTimePrecision(datePrecisionFromAcled(code)!))).toBe(code);
    expect(datePrecisionFromAcled('2')).toBe('days');
    expect(datePrecisionFromAcled('4')).toBeNull();
  });

  it('geo_precision 1/2/3 ⇄ town/district/governorate', () => {
    for (const code of ['1', '2', '3']) expect(String(acledGeoPrecision(placePrecisionFromAcled(code)!))).toBe(code);
    expect(placePrecisionFromAcled(' 3 ')).toBe('governorate');
    expect(placePrecisionFromAcled('x')).toBeNull();
  });
});
