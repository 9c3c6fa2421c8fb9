// EventRecord ⇄ GeoJSON Feature (RFC 7946): the coordinates move into the geometry, nothing else changes.
import type { EventCollection, EventFeature, EventRecord } from '../schema/index.ts';

export function toFeature(event: EventRecord): EventFeature {
  const { coordinates, ...place } = event.place;
  return {
    type: 'Feature',
    id: event.id,
    geometry: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] },
    properties: { ...event, place },
  };
}

export function fromFeature(feature: EventFeature): EventRecord {
  const [lon, lat] = feature.geometry.coordinates;
  // The coordinates go back where the schema has them (after kind), so an event read from GeoJSON and
  // written as NDJSON is the same text as the NDJSON it was first written as.
  const { id, name, kind, ...rest } = feature.properties.place;
  return { ...feature.properties, place: { id, name, kind, coordinates: [lon, lat], ...rest } };
}

export function toCollection(events: readonly EventRecord[]): EventCollection {
  return { type: 'FeatureCollection', features: events.map(toFeature) };
}
