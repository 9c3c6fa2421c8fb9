// The events on the map: a GeoJSON source of slim point features (only what the style reads) and the
// circle layers that draw them. The full EventRecord stays in the app; the map knows ids.
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { EventRecord } from '../../schema/index.ts';
import { colorByType } from './event-colors.ts';

export const EVENT_SOURCE = 'events';
/** The layer a click picks events from. */
export const EVENT_LAYER = 'events-circle';

export interface MapEventProps {
  id: string;
  type: string;
  status: string;
  placePrecision: string;
  datePrecision: string;
}

export function toMapFeatures(events: readonly EventRecord[]): FeatureCollection<Point, MapEventProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.place.coordinates[0], e.place.coordinates[1]] },
      properties: {
        id: e.id,
        type: e.type,
        status: e.status,
        placePrecision: e.place.precision,
        datePrecision: e.date.precision,
      },
    })),
  };
}

export function addEventLayers(map: MapLibreMap): void {
  map.addSource(EVENT_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    // String event ids become feature ids, so feature-state (hover) can address them.
    promoteId: 'id',
  });
  map.addLayer({
    id: 'events-selected',
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-radius': 13,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 3,
    },
  });
  map.addLayer({
    id: EVENT_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 5, 10, 9],
      'circle-color': colorByType() as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
}

export function setEventData(map: MapLibreMap, events: readonly EventRecord[]): void {
  const source = map.getSource<GeoJSONSource>(EVENT_SOURCE);
  source?.setData(toMapFeatures(events));
}

/** Rings the selected event; it stays ringed while the window moves, for as long as it is shown. */
export function setSelectedEvent(map: MapLibreMap, id: string | null): void {
  map.setFilter('events-selected', ['==', ['get', 'id'], id ?? '']);
}
