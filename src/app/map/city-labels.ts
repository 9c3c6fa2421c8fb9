// City labels, drawn by MapLibre as symbol layers in the interface language. Symbols (not HTML) so that
// they collide with each other and are dropped when they would overlap, move with the map in the same
// frame, and appear in the exported PNG. Glyphs come from geodata/glyphs (see label-glyphs.ts).
//
// The labels are part of the base style, so they are laid out with the base map instead of after it
// (about a second sooner on this machine); once the event layers are added on top, liftCityLabels puts
// the labels back above them.
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, GeoJSONSourceSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../schema/index.ts';
import { LABEL_FONT } from './label-glyphs.ts';
import citiesUrl from '../../../geodata/basemap/cities.geojson?url';

export const CITY_SOURCE = 'cities';

/**
 * One layer per rank of town (0 capital, 1 governorate seat, 2 other town), each from the zoom at which
 * it stops crowding the map. Later layers win collisions, so the capital goes last.
 */
const TIERS = [
  { id: 'city-labels-towns', rank: 2, minzoom: 6.5, size: 11 },
  { id: 'city-labels-seats', rank: 1, minzoom: 5.3, size: 12 },
  { id: 'city-labels-capital', rank: 0, minzoom: 0, size: 13 },
] as const;
export const CITY_LABEL_LAYERS = TIERS.map((t) => t.id);

function cityName(lang: Lang): ExpressionSpecification {
  return lang === 'ar' ? ['coalesce', ['get', 'name_ar'], ['get', 'name_en']] : ['get', 'name_en'];
}

/** Arabic letters of DejaVu Sans are small for their pixel size: two pixels more read like the Latin. */
function textSize(tier: (typeof TIERS)[number], lang: Lang): number {
  return lang === 'ar' ? tier.size + 2 : tier.size;
}

export function citySource(): GeoJSONSourceSpecification {
  // Absolute: MapLibre fetches GeoJSON in a worker, which must not resolve relative to itself.
  return { type: 'geojson', data: new URL(citiesUrl, document.baseURI).href };
}

/** The label layers, in the language the page opens in (no English flash before Arabic). */
export function cityLabelLayers(lang: Lang): SymbolLayerSpecification[] {
  return TIERS.map((tier) => ({
    id: tier.id,
    type: 'symbol',
    source: CITY_SOURCE,
    minzoom: tier.minzoom,
    filter: ['==', ['get', 'rank'], tier.rank],
    layout: {
      'text-field': cityName(lang),
      'text-font': [LABEL_FONT],
      'text-size': textSize(tier, lang),
      // Below-right of the town first, so an event dot drawn on the town itself stays in sight; the
      // other corners when that one is taken.
      'text-variable-anchor': ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
      'text-radial-offset': 0.3,
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: {
      // Dark brown, not grey: its blend into the halo never comes near an event colour (the statement grey
      // #555 above all), so text is not mistaken for a dot, by eye or by the tests that count dot pixels.
      'text-color': '#4b3621',
      'text-halo-color': '#ffffff',
      'text-halo-width': 1.6,
    },
  }));
}

export interface CityLabels {
  setLang(lang: Lang): void;
}

/** Moves the labels above the layers added since the style loaded; returns the language switch. */
export function liftCityLabels(map: maplibregl.Map): CityLabels {
  for (const id of CITY_LABEL_LAYERS) map.moveLayer(id);
  return {
    setLang(lang) {
      for (const tier of TIERS) {
        // Unchanged values cost nothing: MapLibre lays the labels out again only when one differs.
        map.setLayoutProperty(tier.id, 'text-field', cityName(lang));
        map.setLayoutProperty(tier.id, 'text-size', textSize(tier, lang));
      }
    },
  };
}
