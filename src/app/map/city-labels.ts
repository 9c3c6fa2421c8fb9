// City labels as HTML over the map. The browser shapes and orders Arabic itself, so the labels need no
// glyph files and no right-to-left plugin; a few dozen DOM labels cost nothing. Governorate seats show from
// the start, other towns once zoomed in.
import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../../schema/index.ts';
import citiesText from '../../../geodata/basemap/cities.geojson?raw';

interface CityProps {
  name_en: string;
  name_ar: string | null;
  /** 0 capital, 1 governorate seat, 2 other town. */
  rank: number;
}

/** Towns (rank 2) are labelled from this zoom on, governorate seats (rank 1) from the next; below, they crowd. */
const TOWN_LABEL_ZOOM = 6.5;
const SEAT_LABEL_ZOOM = 5.3;

export interface CityLabels {
  setLang(lang: Lang): void;
}

export function addCityLabels(map: maplibregl.Map): CityLabels {
  const cities = JSON.parse(citiesText) as FeatureCollection<Point, CityProps>;
  const labels = cities.features.map((f) => {
    const el = document.createElement('div');
    el.className = `city-label rank-${f.properties.rank}`;
    // Set below-right of the town, so an event dot drawn on the town itself stays in sight.
    el.dir = 'auto';
    const [lon, lat] = f.geometry.coordinates as [number, number];
    new maplibregl.Marker({ element: el, anchor: 'top-left', offset: [5, 3] }).setLngLat([lon, lat]).addTo(map);
    return { el, props: f.properties };
  });
  const showTowns = () => {
    map.getContainer().classList.toggle('show-towns', map.getZoom() >= TOWN_LABEL_ZOOM);
    map.getContainer().classList.toggle('hide-seats', map.getZoom() < SEAT_LABEL_ZOOM);
  };
  map.on('zoom', showTowns);
  showTowns();
  return {
    setLang(lang) {
      for (const { el, props } of labels) {
        el.textContent = lang === 'ar' ? (props.name_ar ?? props.name_en) : props.name_en;
        el.lang = lang === 'ar' && props.name_ar ? 'ar' : 'en';
      }
    },
  };
}
