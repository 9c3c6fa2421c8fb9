import { describe, expect, it } from 'vitest';
import { ACLED_REQUIRED, importCsv, parseColumnMap, ColumnMapError } from '../../../src/ingest/import/csv.ts';
import type { ImportResult } from '../../../src/ingest/import/result.ts';
import { writeEvents } from '../../../src/ingest/output.ts';
import type { AtomicWriter } from '../../../src/ingest/write.ts';
import { EventRecord } from '../../../src/schema/index.ts';

const HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities,timestamp';

async function all(text: string | string[], map = {}): Promise<ImportResult[]> {
  const out: ImportResult[] = [];
  for await (const r of importCsv(typeof text === 'string' ? [text] : text, 'in.csv', map)) out.push(r);
  return out;
}
const events = (rs: ImportResult[]) => rs.flatMap((r) => (r.ok ? [r.event] : []));
const rejections = (rs: ImportResult[]) => rs.flatMap((r) => (r.ok ? [] : [r.rejection]));

describe('importCsv on an ACLED export', () => {
  const csv = [
    HEADER,
    'SYR1,10 June 2017,2017,1,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),Civilians (Syria),Syria,Idleb,Ariha,Ariha,Ariha,35.8135,36.6105,1,SOHR,"Russian jets struck Ariha, killing 4 civilians.",4,1618322000',
    'SYR2,2017-06-12,2017,3,Strategic developments,Agreement,Military Forces of Syria (2000-),,Syria,Rural Damascus,,,Douma,33.5711,36.4039,3,SANA,,0,1618322000',
  ].join('\r\n');

  it('turns each row into a schema-valid event with its types, precisions, actors and count', async () => {
    const rs = await all(csv);
    expect(rejections(rs)).toEqual([]);
    const [a, b] = events(rs);
    expect(EventRecord.parse(a)).toEqual(a);
    expect(a).toMatchObject({
      id: 'SYR1',
      type: 'airstrike',
      status: 'reported',
      date: { start: '2017-06-10', end: '2017-06-10', precision: 'day' },
      place: { coordinates: [36.6105, 35.8135], admin1: 'Idleb', precision: 'town', kind: 'town', name: { en: 'Ariha' } },
      fatalities: { count: 4, qualifier: 'exact' },
      sources: [{ report: 'in.csv', outlet: 'SOHR', quote: 'Russian jets struck Ariha, killing 4 civilians.' }],
    });
    expect(a!.actors.map((x) => x.id)).toEqual(['russia', 'civilians']);
    // The location's words in the notes are the place mention, with their span.
    const m = a!.place.mention;
    expect(a!.sources[0]!.quote.slice(m.span[0], m.span[1])).toBe('Ariha');
    expect(b).toMatchObject({ type: 'agreement', date: { start: '2017-06-01', end: '2017-06-30', precision: 'month' }, fatalities: null });
    expect(b!.place).toMatchObject({ precision: 'governorate', mention: { surface: '', span: [0, 0] } });
  });

  it('gives the same events when the file arrives in small chunks', async () => {
    const chunks = csv.match(/[\s\S]{1,7}/g)!;
    expect(await all(chunks)).toEqual(await all(csv));
  });
});

describe('importCsv on bad rows', () => {
  const row = (over: Record<string, string> = {}) => {
    const base: Record<string, string> = {
      event_id_cnty: 'SYR9', event_date: '2017-06-10', year: '2017', time_precision: '1', event_type: 'Battles', sub_event_type: 'Armed clash',
      actor1: 'A', actor2: '', country: 'Syria', admin1: 'Aleppo', admin2: '', admin3: '', location: 'Manbij', latitude: '36.5281',
      longitude: '37.9549', geo_precision: '1', source: 'S', notes: 'n', fatalities: '0', timestamp: '1',
    };
    return HEADER.split(',').map((c) => over[c] ?? base[c]).join(',');
  };

  it('names the line and field of every refused row and keeps the good ones', async () => {
    const rs = await all(
      [
        HEADER,
        row({ event_id_cnty: 'ok1' }),
        row({ event_id_cnty: 'd1', event_date: '2016-02-30' }),
        row({ event_id_cnty: 'd2', event_date: '10 June 20016' }),
        row({ event_id_cnty: 'c1', latitude: '95.1' }),
        row({ event_id_cnty: 'c2', latitude: '37.9549', longitude: '36.5281' }),
        row({ event_id_cnty: 't1', time_precision: '7' }),
        row({ event_id_cnty: 'f1', fatalities: 'many' }),
        row({ event_id_cnty: 'e1', event_type: 'Parades' }),
        row({ event_id_cnty: 'ok2' }),
      ].join('\n'),
    );
    expect(events(rs).map((e) => e.id)).toEqual(['ok1', 'ok2']);
    expect(rejections(rs).map((r) => [r.line, r.field])).toEqual([
      [3, 'event_date'],
      [4, 'event_date'],
      [5, 'latitude'],
      [6, 'latitude'],
      [7, 'time_precision'],
      [8, 'fatalities'],
      [9, 'event_type'],
    ]);
    expect(rejections(rs)[0]!.message).toBe('"2016-02-30" is not a real day (YYYY-MM-DD or DD Month YYYY)');
    expect(rejections(rs)[3]!.message).toMatch(/look swapped/);
  });

  it('refuses rows with missing or extra columns, but not trailing empty cells', async () => {
    const rs = await all([HEADER, row().split(',').slice(0, -3).join(','), row() + ',surplus', row({ event_id_cnty: 'trail' }) + ',,'].join('\n'));
    expect(rejections(rs).map((r) => r.line)).toEqual([2, 3]);
    expect(rejections(rs)[0]!.message).toBe('17 fields where the header has 20: missing notes, fatalities, timestamp');
    expect(rejections(rs)[1]!.message).toMatch(/^21 fields where the header has 20: extra "surplus"/);
    expect(events(rs).map((e) => e.id)).toEqual(['trail']);
  });

  it('refuses a file whose header lacks the date or coordinates, once, saying which', async () => {
    const rs = await all('id,when,lat,lon\n1,2017-01-01,35,38\n');
    expect(rs).toEqual([
      { ok: false, rejection: { file: 'in.csv', line: 1, field: 'event_date, latitude, longitude', message: expect.stringMatching(/--map/) } },
    ]);
    expect(await all('')).toEqual([{ ok: false, rejection: { file: 'in.csv', message: 'empty file (no header)' } }]);
  });

  it("under --format acled, asks for ACLED's own columns too", async () => {
    const rs: ImportResult[] = [];
    for await (const r of importCsv(['event_date,latitude,longitude\n2017-01-01,35,38\n'], 'in.csv', {}, ACLED_REQUIRED)) rs.push(r);
    expect(rejections(rs)).toEqual([expect.objectContaining({ line: 1, field: 'event_id_cnty, time_precision, event_type, sub_event_type, geo_precision' })]);
  });
});

describe('importCsv with a column mapping', () => {
  it('reads a generic CSV whose columns are mapped onto ACLED field names', async () => {
    const map = parseColumnMap('when=event_date,lat=latitude,lon=longitude,what=event_type,town=location,dead=fatalities');
    const rs = await all('when,lat,lon,what,town,dead,ignored\n2019-10-09,36.69,38.95,shelling,Ras al-Ain,3,x\n', map);
    expect(rejections(rs)).toEqual([]);
    expect(events(rs)[0]).toMatchObject({ type: 'shelling', place: { name: { en: 'Ras al-Ain' }, coordinates: [38.95, 36.69] }, fatalities: { count: 3 } });
    // Without an id column the id is a hash of the row: the same row gets the same id every run.
    expect(events(rs)[0]!.id).toMatch(/^import-[0-9a-f]{8}$/);
    expect(events(await all('when,lat,lon,what,town,dead,ignored\n2019-10-09,36.69,38.95,shelling,Ras al-Ain,3,x\n', map))[0]!.id).toBe(events(rs)[0]!.id);
  });

  it('refuses a url that is not an http(s) address, since the app makes it a link', async () => {
    const rs = await all('event_date,latitude,longitude,url\n2019-10-09,36.69,38.95,javascript:alert(1)\n2019-10-09,36.69,38.95,https://example.org/a\n');
    expect(rejections(rs)).toEqual([{ file: 'in.csv', line: 2, field: 'url', message: 'url "javascript:alert(1)" is not an http(s) address' }]);
    expect(events(rs)[0]!.sources[0]!.url).toBe('https://example.org/a');
  });

  it('refuses a mapping onto a field that does not exist', () => {
    expect(() => parseColumnMap('a=nonsense')).toThrow(ColumnMapError);
    expect(() => parseColumnMap('=latitude')).toThrow(/not col=field/);
  });
});

describe('round trip through our own exports', () => {
  const event: EventRecord = EventRecord.parse({
    id: 'ev-1',
    type: 'capture',
    status: 'claimed',
    date: { start: '2017-03-01', end: '2017-03-31', precision: 'month', phrase: 'في آذار', basis: 'text' },
    place: {
      id: 'SY0204',
      name: { ar: 'منبج', en: 'Manbij' },
      kind: 'city',
      coordinates: [37.9549, 36.5281],
      admin1: 'Aleppo',
      precision: 'town',
      confidence: 0.9,
      mention: { surface: 'منبج', span: [0, 4] },
    },
    actors: [{ id: 'sdf', name: 'Syrian Democratic Forces (SDF)', role: 'initiator', phrase: 'قسد' }],
    fatalities: { count: 12, qualifier: 'at_least', who: 'fighters', phrase: '12' },
    injured: null,
    trigger: { surface: 'سيطرت', span: [5, 10] },
    denies: null,
    sources: [{ report: 'r1', outlet: 'Outlet, "quoted"', url: 'https://example.org/a', published: '2017-04-01', quote: 'منبج, "x"\nسيطرت', span: [0, 15] }],
  });

  for (const format of ['csv', 'acled'] as const) {
    it(`keeps id, type, status, interval, place, actors and count through --format ${format}`, async () => {
      let text = '';
      const w: AtomicWriter = { write: async (c) => void (text += c), commit: async () => {}, abort: async () => {} };
      await writeEvents(w, [event], format);
      const rs = await all(text);
      expect(rejections(rs)).toEqual([]);
      const back = events(rs)[0]!;
      expect(back).toMatchObject({ id: 'ev-1', type: 'capture', status: 'claimed', date: { start: '2017-03-01', end: '2017-03-31', precision: 'month' } });
      expect(back.place).toMatchObject({ id: 'SY0204', coordinates: [37.9549, 36.5281], admin1: 'Aleppo', precision: 'town', name: { en: 'Manbij' } });
      expect(back.actors.map((a) => a.id)).toEqual(['sdf']);
      expect(back.fatalities?.count).toBe(12);
      expect(back.sources[0]).toMatchObject({ outlet: 'Outlet, "quoted"', url: 'https://example.org/a', quote: 'منبج, "x"\nسيطرت' });
    });
  }
});
