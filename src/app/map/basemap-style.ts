// The offline base map: an inline MapLibre style whose every source is a file built into geodata/basemap
// (npm run geodata) and bundled by Vite, glyphs included (geodata/glyphs, npm run glyphs). No glyphs, sprites
// or tiles from the web, so the map works with no network at all.
import type { StyleSpecification } from 'maplibre-gl';
import countriesUrl from '../../../geodata/basemap/countries.geojson?url';
import governoratesUrl from '../../../geodata/basemap/syria-governorates.geojson?url';
import districtsUrl from '../../../geodata/basemap/syria-districts.geojson?url';
import riversUrl from '../../../geodata/basemap/rivers.geojson?url';
import lakesUrl from '../../../geodata/basemap/lakes.geojson?url';
import { labelGlyphsUrl } from './label-glyphs.ts';
import { CITY_SOURCE, cityLabelLayers, citySource } from './city-labels.ts';
import type { Lang } from '../../schema/index.ts';

const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com">Natural Earth</a> (public domain)';
const OCHA = 'Boundaries: <a href="https://data.humdata.org/dataset/cod-ab-syr">UN OCHA / HDX</a> (CC BY-IGO)';

export const COLORS = {
  sea: '#c9dbe6',
  land: '#f2efe9',
  syria: '#fbf9f4',
  countryLine: '#9a9489',
  governorateLine: '#7d7467',
  districtLine: '#c4bbb0',
  water: '#6fa3c7',
};

/** Absolute URL: MapLibre fetches GeoJSON in a worker, which must not resolve relative to itself. */
function abs(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** The base map, its city labels in `lang` (they switch later through city-labels.ts). */
export function basemapStyle(lang: Lang = 'en'): StyleSpecification {
  return {
    version: 8,
    name: 'sitrep offline base map',
    // For the city labels (city-labels.ts).
    glyphs: labelGlyphsUrl(),
    sources: {
      countries: { type: 'geojson', data: abs(countriesUrl), attribution: NATURAL_EARTH },
      governorates: { type: 'geojson', data: abs(governoratesUrl), attribution: OCHA },
      districts: { type: 'geojson', data: abs(districtsUrl) },
      rivers: { type: 'geojson', data: abs(riversUrl), attribution: NATURAL_EARTH },
      lakes: { type: 'geojson', data: abs(lakesUrl) },
      [CITY_SOURCE]: citySource(),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': COLORS.land } },
      {
        id: 'syria',
        type: 'fill',
        source: 'governorates',
        paint: { 'fill-color': COLORS.syria },
      },
      {
        id: 'districts-line',
        type: 'line',
        source: 'districts',
        minzoom: 6,
        paint: { 'line-color': COLORS.districtLine, 'line-width': 0.7, 'line-dasharray': [3, 2] },
      },
      {
        id: 'governorates-line',
        type: 'line',
        source: 'governorates',
        paint: { 'line-color': COLORS.governorateLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.5] },
      },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': COLORS.water } },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: {
          'line-color': COLORS.water,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, ['case', ['<=', ['get', 'scalerank'], 4], 1.4, 0.6], 9, 3],
        },
      },
      {
        id: 'countries-line',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': COLORS.countryLine, 'line-width': 1 },
      },
      ...cityLabelLayers(lang),
    ],
  };
}

/**
 * Credits for the map's attribution control. The base map layers credit themselves (per source); these add
 * the gazetteer's sources, since every event's place comes from them.
 */
export const DATA_CREDITS = [
  'Places: <a href="https://www.geonames.org">GeoNames</a> (CC BY 4.0), UN OCHA / HDX (CC BY-IGO), <a href="https://github.com/Open-Syria/data-geography">OpenSyria</a> (CC BY 4.0), <a href="https://ourairports.com">OurAirports</a>',
  'Events: sitrep, each with the reports it came from',
];
