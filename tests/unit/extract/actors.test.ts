import { describe, expect, it } from 'vitest';
import { ACTORS } from '../../../src/extract/actor-list.ts';
import { actorsFor, findActors } from '../../../src/extract/actors.ts';
import { tokenize } from '../../../src/text/tokens.ts';

function actorIds(sentence: string): string[] {
  return findActors(tokenize(sentence), sentence).map((a) => a.entry.id);
}

describe('actors', () => {
  it('normalizes the many names of one force to one id', () => {
    expect(actorIds('قاتل تنظيم الدولة الإسلامية')).toEqual(['isis']);
    expect(actorIds('هاجم داعش')).toEqual(['isis']);
    expect(actorIds('تقدمت قوات النظام')).toEqual(['syrian_army']);
    expect(actorIds('تقدم الجيش العربي السوري')).toEqual(['syrian_army']);
    expect(actorIds('سيطرت قسد')).toEqual(['sdf']);
    expect(actorIds('أعلنت «قوات سوريا الديمقراطية»')).toEqual(['sdf']);
  });

  it('tells the Russian air force from Russia, and finds the coalition, Turkey, HTS', () => {
    expect(actorIds('قصفت الطائرات الروسية')).toEqual(['russia_air']);
    expect(actorIds('قالت موسكو')).toEqual(['russia']);
    expect(actorIds('غارات التحالف الدولي')).toEqual(['coalition']);
    expect(actorIds('أرسلت تركيا وجبهة النصرة')).toEqual(['turkey', 'hts']);
  });

  it('reads English names', () => {
    expect(actorIds('The Syrian Democratic Forces and Islamic State militants clashed')).toEqual(['sdf', 'isis']);
    expect(actorIds('Russian jets and the US-led coalition')).toEqual(['russia_air', 'coalition']);
  });

  it('keeps the phrase as written and gives roles: target after «ضد», speaker after a speech verb', () => {
    const s = 'قال المرصد إن الطائرات الروسية شنت غارات ضد داعش وقتل مدنيون';
    const tokens = tokenize(s);
    const trigger = tokens.findIndex((t) => t.text === 'غارات');
    const actors = actorsFor(tokens, findActors(tokens, s), trigger);
    expect(actors.find((a) => a.id === 'russia_air')).toMatchObject({ role: 'initiator', phrase: 'الطائرات الروسية' });
    expect(actors.find((a) => a.id === 'isis')?.role).toBe('target');
    expect(actors.find((a) => a.id === 'civilians')?.role).toBe('target');
  });

  it('has unique ids and at least one phrase per actor in the table', () => {
    const ids = ACTORS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ACTORS) expect(a.phrases.length).toBeGreaterThan(0);
    for (const id of ['isis', 'syrian_army', 'sdf', 'ypg', 'russia_air', 'coalition', 'turkey', 'fsa', 'hts', 'civilians']) expect(ids).toContain(id);
  });
});
