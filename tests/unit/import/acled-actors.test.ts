import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../../src/extract/actor-list.ts';
import { matchActor, slug } from '../../../src/ingest/import/acled-actors.ts';

describe('matchActor', () => {
  it("reads ACLED's formal state-force names", () => {
    expect(matchActor('Military Forces of Syria (2000-)').id).toBe('syrian_army');
    expect(matchActor('Military Forces of Russia (2000-)').id).toBe('russia');
    expect(matchActor('Military Forces of the United States (2017-2021)').id).toBe('us');
    expect(matchActor('Operation Inherent Resolve').id).toBe('coalition');
  });

  it("finds the actor list's phrases inside longer names, longest phrase first", () => {
    expect(matchActor('Islamic State (Syria)')).toEqual({ id: 'isis', name: 'Islamic State (ISIS)' });
    expect(matchActor('SDF: Syrian Democratic Forces').id).toBe('sdf');
    expect(matchActor('Civilians (Syria)').id).toBe('civilians');
    expect(matchActor('HTS: Hayat Tahrir al Sham').id).toBe('hts');
    expect(matchActor('قوات سوريا الديمقراطية').id).toBe('sdf');
  });

  it('gives back every display name of the list as its own id (our CSV export round trip)', () => {
    for (const a of ACTORS) expect(matchActor(a.name).id, a.name).toBe(a.id);
  });

  it('makes a stable slug of a name it does not know, and keeps the name', () => {
    expect(matchActor('Unidentified Armed Group (Syria)')).toEqual({ id: 'unidentified_armed_group_syria', name: 'Unidentified Armed Group (Syria)' });
    expect(slug('  ')).toBe('unknown');
    // "state" alone is no actor: only whole phrases count.
    expect(matchActor('Statesmen of Nowhere').id).toBe('statesmen_of_nowhere');
  });
});
