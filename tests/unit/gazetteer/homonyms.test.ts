// Places that share a name: the context of the report decides. Run on the compiled gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '../../../src/gazetteer/distance.ts';
import type { Gazetteer } from '../../../src/gazetteer/load.ts';
import { resolve } from '../../../src/gazetteer/resolve.ts';
import { scan } from '../../../src/gazetteer/scan.ts';
import { loadGazetteerFile } from '../../../src/ingest/gazetteer-file.ts';
import type { LonLat } from '../../../src/schema/index.ts';

let gaz: Gazetteer;
// Building the index takes seconds; on a loaded machine more than the default hook timeout.
beforeAll(async () => {
  gaz = await loadGazetteerFile();
}, 120_000);

/** The resolved mention whose surface contains `name`. */
function placeOf(text: string, name: string, near: LonLat | null = null) {
  const ms = resolve(gaz, scan(gaz, text), { text, near });
  const m = ms.find((x) => x.surface.includes(name));
  expect(m, `no mention of ${name} in «${text}»`).toBeDefined();
  return m!;
}

const near = (p: LonLat | undefined, at: LonLat, km = 8) => {
  expect(p).toBeDefined();
  expect(distanceKm(p!, at)).toBeLessThan(km);
};

describe('two places called دوما', () => {
  it('in Eastern Ghouta it is the town near Damascus', () => {
    near(placeOf('قصف مدفعي على دوما في الغوطة الشرقية', 'دوما').place?.coordinates, [36.4, 33.57]);
  });
  it('with the Hama countryside named, it is the village there', () => {
    near(placeOf('اشتباكات في قرية دوما بريف حماة', 'دوما').place?.coordinates, [37.0, 35.34]);
  });
  it('alone, it is the bigger Douma, with the other as runner-up', () => {
    const m = placeOf('غارات على دوما', 'دوما');
    near(m.place?.coordinates, [36.4, 33.57]);
    expect(m.runnerUp).not.toBeNull();
    expect(m.confidence).toBeLessThan(1);
  });
});

describe('four places called رأس العين', () => {
  it('alone: the border town in al-Hasakeh', () => {
    near(placeOf('دخلت القوات رأس العين', 'رأس العين').place?.coordinates, [40.07, 36.85]);
  });
  it('in the Idlib countryside', () => {
    near(placeOf('قصف على رأس العين في ريف إدلب', 'رأس العين').place?.coordinates, [36.8, 35.67], 40);
    expect(placeOf('قصف على رأس العين في ريف إدلب', 'رأس العين').place?.admin1).toBe('Idleb');
  });
  it('in the Hama countryside', () => {
    expect(placeOf('قصف على رأس العين بريف حماة', 'رأس العين').place?.admin1).toBe('Hama');
  });
  it('next to Yabroud', () => {
    expect(placeOf('معارك في يبرود ورأس العين', 'رأس العين').place?.admin1).toBe('Rural Damascus');
  });
  it('with a dateline from Yabroud', () => {
    const text = 'قصف على رأس العين';
    const [m] = resolve(gaz, scan(gaz, text), { text, dateline: 'يبرود' });
    expect(m?.place?.admin1).toBe('Rural Damascus');
  });
  it('given a point to be near (CLI --near)', () => {
    expect(placeOf('رأس العين', 'رأس العين', [36.0, 35.3]).place?.admin1).toBe('Lattakia');
  });
});

describe('الطبقة: the city on the Euphrates and the village in al-Hasakeh', () => {
  it('the cue «مدينة» gives the city', () => {
    near(placeOf('تقدم جنوب مدينة الطبقة', 'الطبقة').place?.coordinates, [38.55, 35.84]);
  });
  it('bare, in a Raqqa story, the city', () => {
    near(placeOf('معارك قرب الرقة والطبقة', 'الطبقة').place?.coordinates, [38.55, 35.84]);
  });
  it('the cue «قرية» gives the village', () => {
    near(placeOf('في قرية الطبقة قرب المالكية', 'الطبقة').place?.coordinates, [42.13, 37.05]);
  });
});

describe('عمان and الجزيرة', () => {
  it('عمان is Amman in a Syria story', () => {
    near(placeOf('مجموعات العمل في جنيف وفي عمان', 'عمان').place?.coordinates, [35.93, 31.95], 15);
  });
  it('«سلطنة عمان» is Oman', () => {
    expect(placeOf('زار سلطنة عمان', 'عمان').place?.kind).toBe('country');
  });
  it('الجزيرة is the region when someone is in it, nothing when it speaks', () => {
    expect(placeOf('الهجمات على شعبنا في الجزيرة وكوباني', 'الجزيرة').place?.kind).toBe('region');
    expect(scan(gaz, 'وقالت الجزيرة في تقرير').length).toBe(0);
  });
});

describe('bare governorate names', () => {
  it('«محافظة الرقة» is the governorate, «مدينة الرقة» the city', () => {
    expect(placeOf('خارج محافظة الرقة', 'الرقة').place?.kind).toBe('governorate');
    expect(placeOf('غرب مدينة الرقة', 'الرقة').place?.kind).toBe('city');
  });
  it('resolved mentions carry the precision of what they name', () => {
    expect(placeOf('خارج محافظة الرقة', 'الرقة').precision).toBe('governorate');
    expect(placeOf('غرب مدينة الرقة', 'الرقة').precision).toBe('town');
    expect(placeOf('قرب مطار الطبقة العسكري', 'الطبقة').precision).toBe('point');
    expect(placeOf('في سوريا', 'سوريا').precision).toBe('country');
  });
});

describe('compass phrases about a country', () => {
  it('«شمال سوريا» lies in the north of Syria, not across the border', () => {
    const [lon, lat] = placeOf('في شمال سوريا', 'سوريا').place!.coordinates;
    expect(lat).toBeGreaterThan(35.8);
    expect(lat).toBeLessThan(37.3);
    expect(lon).toBeGreaterThan(36);
    expect(lon).toBeLessThan(42);
  });
  it('«شرق سوريا» lies toward Deir ez-Zor', () => {
    near(placeOf('في شرق سوريا', 'سوريا').place?.coordinates, [40.14, 35.33], 120);
  });
});
