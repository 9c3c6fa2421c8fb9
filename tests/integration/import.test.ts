// sitrep import end to end: imported and extracted events in one layer, merged by the same rules as
// reports (src/extract/merge.ts), and importing the same file again changes nothing.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventCollection } from '../../src/schema/index.ts';
import { sitrep } from './cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-import-'));
  await writeFile(join(dir, 'report.md'), '---\nid: desk-1\npublished: 2017-06-10\noutlet: Sample desk\n---\nCoalition jets struck Raqqa yesterday.\n');
  await writeFile(
    join(dir, 'acled.csv'),
    [
      'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities',
      // The same strike as the report tells, as an ACLED coder would have it.
      'SYR77,09 June 2017,1,Explosions/Remote violence,Air/drone strike,Operation Inherent Resolve,Islamic State (Syria),Syria,Ar-Raqqa,Ar-Raqqa,35.9506,39.0096,1,SOHR,Coalition airstrikes hit Ar-Raqqa city.,3',
      // Another event, elsewhere: it stays apart.
      'SYR78,09 June 2017,1,Battles,Armed clash,SDF: Syrian Democratic Forces,Islamic State (Syria),Syria,Aleppo,Manbij,36.5281,37.9549,1,SOHR,Clashes near Manbij.,0',
    ].join('\n'),
  );
}, 60_000);

describe('sitrep import --merge-with', () => {
  it('merges an imported record into the extracted event it tells of, and keeps the rest apart', async () => {
    const ingested = join(dir, 'ingested.geojson');
    const ing = await sitrep(['ingest', join(dir, 'report.md'), '--out', ingested]);
    expect(ing.code, ing.stderr).toBe(0);
    const before = EventCollection.parse(JSON.parse(await readFile(ingested, 'utf8'))).features;
    expect(before).toHaveLength(1);

    const layer = join(dir, 'layer.geojson');
    const run = await sitrep(['import', join(dir, 'acled.csv'), '--merge-with', ingested, '--out', layer]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/2 records imported → 2 events/);
    const features = EventCollection.parse(JSON.parse(await readFile(layer, 'utf8'))).features;
    const strike = features.find((f) => f.id === before[0]!.id)!;
    expect(strike.properties.sources.map((s) => [s.report, s.outlet])).toEqual([
      ['desk-1', 'Sample desk'],
      ['acled.csv', 'SOHR'],
    ]);
    expect(features.find((f) => f.id === 'SYR78')?.properties.type).toBe('clash');

    // Importing the same file into the merged layer again replaces what it brought: same bytes.
    const again = join(dir, 'again.geojson');
    expect((await sitrep(['import', join(dir, 'acled.csv'), '--merge-with', layer, '--out', again])).code).toBe(0);
    expect(await readFile(again, 'utf8')).toBe(await readFile(layer, 'utf8'));
  });

  it('exits 2 on a --map onto no field, and prints its help', async () => {
    expect((await sitrep(['import', join(dir, 'acled.csv'), '--map', 'a=nowhere'])).code).toBe(2);
    expect((await sitrep(['import'])).code).toBe(2);
    const help = await sitrep(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sitrep import FILE/);
  });
});
