// The events on the map: a GeoJSON source of slim point features (only what the style reads) and the
// circle layers that draw them. The full EventRecord stays in the app; the map knows ids.
//
// How an event looks says how sure we are of it:
// - colour: its type;
// - fill: solid for a reported/claimed event dated to the day, faded when dated only to a few days, a
//   month or a year; none (a ring) for denied, negated and planned events, which did not (yet) happen;
// - outline: white for reported, dark for claimed (one side's word), the type colour for rings;
// - place: a town or point is a dot; a district, governorate or region is a translucent disc of about that
//   size with a small ring at its centre — never a pin-point it does not have. A country-level event gets
//   the ring alone: no disc could stand for a whole country.
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { EventRecord } from '../../schema/index.ts';
import { colorByType } from './event-colors.ts';

export const EVENT_SOURCE = 'events';
/** The layers a click picks events from. */
export const EVENT_LAYER = 'events-circle';
export const AREA_LAYER = 'events-area';

export interface MapEventProps {
  id: string;
  type: string;
  status: string;
  placePrecision: string;
  datePrecision: string;
  /** A district, governorate, region or country: drawn as an area. */
  area: boolean;
  /** Killed, when the report says; 0 otherwise. */
  fatalities: number;
}

/** Display options the user toggles. */
export interface EventDisplay {
  heatmap: boolean;
  sizeByFatalities: boolean;
}

/** Below this zoom, nearby events merge into clusters with counts (a few hundred dots would be a blot). */
export const CLUSTER_MAX_ZOOM = 5;
export const CLUSTER_LAYER = 'events-clusters';

/**
 * Rough radius in km of the area an event is placed in, for the disc drawn around it: Syrian districts
 * span ~40 km, governorates ~80–150 km; regions (the Badia, Eastern Ghouta) vary, so a middle value.
 */
export const AREA_RADIUS_KM: Record<string, number> = { district: 20, governorate: 45, region: 35 };
const AREA_PRECISIONS = ['district', 'governorate', 'region', 'country'];

const NOT_HAPPENED: ExpressionSpecification = ['in', ['get', 'status'], ['literal', ['denied', 'negated', 'planned']]];

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
        area: AREA_PRECISIONS.includes(e.place.precision),
        fatalities: e.fatalities?.count ?? 0,
      },
    })),
  };
}

/**
 * A circle radius of `km` on the ground, in pixels, at every zoom: one pixel at zoom z and latitude ~35°
 * is 128 km / 2^z (Web Mercator), so the radius doubles with each zoom level.
 */
function groundRadius(): ExpressionSpecification {
  const km = ['match', ['get', 'placePrecision'], ...Object.entries(AREA_RADIUS_KM).flat(), 30] as unknown as ExpressionSpecification;
  return ['interpolate', ['exponential', 2], ['zoom'], 0, ['/', km, 128], 14, ['/', ['*', km, 16384], 128]];
}

export function addEventLayers(map: MapLibreMap): void {
  map.addSource(EVENT_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    // String event ids become feature ids, so feature-state (hover) can address them.
    promoteId: 'id',
    cluster: true,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterRadius: 36,
  });
  const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
  const color = colorByType() as ExpressionSpecification;
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  map.addLayer({
    id: AREA_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['all', unclustered, ['in', ['get', 'placePrecision'], ['literal', Object.keys(AREA_RADIUS_KM)]]],
    paint: {
      'circle-radius': groundRadius(),
      'circle-color': color,
      'circle-opacity': ['case', hovered, 0.3, NOT_HAPPENED, 0, 0.14],
      'circle-stroke-color': color,
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': 0.7,
      'circle-pitch-alignment': 'map',
    },
  });
  map.addLayer({
    id: 'events-selected',
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-radius': 14,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 3,
    },
  });
  map.addLayer({
    id: EVENT_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: unclustered,
    paint: {
      'circle-radius': dotRadius(false),
      'circle-color': color,
      'circle-opacity': [
        'case',
        ['any', NOT_HAPPENED, ['get', 'area']],
        0,
        ['!=', ['get', 'datePrecision'], 'day'],
        0.4,
        0.95,
      ],
      'circle-stroke-color': [
        'case',
        ['==', ['get', 'status'], 'claimed'],
        '#1a1a1a',
        ['any', NOT_HAPPENED, ['get', 'area']],
        color,
        '#ffffff',
      ],
      'circle-stroke-width': ['match', ['get', 'status'], 'claimed', 2.5, 'denied', 2.5, 'negated', 2, 'planned', 1.5, 1.5],
    },
  });

  map.addLayer({
    id: CLUSTER_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['has', 'point_count'],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 12, 50, 24],
      'circle-color': '#2b4c6f',
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  map.addLayer(
    {
      id: 'events-heat',
      type: 'heatmap',
      source: EVENT_SOURCE,
      layout: { visibility: 'none' },
      paint: {
        // Clusters carry their count; single events weigh one.
        'heatmap-weight': ['coalesce', ['get', 'point_count'], 1],
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 4, 18, 10, 40],
        // Low enough that one event stays blue and only several together reach red.
        'heatmap-intensity': 0.3,
        'heatmap-opacity': 0.8,
      },
    },
    AREA_LAYER,
  );
}

/**
 * Dot size: fixed by zoom, or (when asked) growing with the square root of the killed, so area tracks
 * the count. Zoom must be the outermost input of a data-driven size, so the rest sits inside each stop.
 */
function dotRadius(byFatalities: boolean): ExpressionSpecification {
  const hover: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'hover'], false], 3, 0];
  const extra: ExpressionSpecification = byFatalities ? ['*', 2, ['sqrt', ['get', 'fatalities']]] : ['literal', 0];
  const at = (base: number): ExpressionSpecification => ['+', hover, ['case', ['get', 'area'], 4, ['+', base, extra]]];
  return ['interpolate', ['linear'], ['zoom'], 4, at(5.5), 10, at(9)];
}

export function setEventDisplay(map: MapLibreMap, display: EventDisplay): void {
  const dots = display.heatmap ? 'none' : 'visible';
  for (const id of [AREA_LAYER, EVENT_LAYER, CLUSTER_LAYER]) map.setLayoutProperty(id, 'visibility', dots);
  map.setLayoutProperty('events-heat', 'visibility', display.heatmap ? 'visible' : 'none');
  map.setPaintProperty(EVENT_LAYER, 'circle-radius', dotRadius(display.sizeByFatalities));
}

export function setEventData(map: MapLibreMap, events: readonly EventRecord[]): void {
  map.getSource<GeoJSONSource>(EVENT_SOURCE)?.setData(toMapFeatures(events));
}

/** Rings the selected event; it stays ringed while the window moves, for as long as it is shown. */
export function setSelectedEvent(map: MapLibreMap, id: string | null): void {
  map.setFilter('events-selected', ['==', ['get', 'id'], id ?? '']);
}

/** Hover highlight: one event at a time. */
export function setHoveredEvent(map: MapLibreMap, previous: string | null, next: string | null): void {
  if (previous !== null) map.setFeatureState({ source: EVENT_SOURCE, id: previous }, { hover: false });
  if (next !== null) map.setFeatureState({ source: EVENT_SOURCE, id: next }, { hover: true });
}
