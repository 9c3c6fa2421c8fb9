// Cluster counts as HTML over the cluster circles (the offline style has no glyphs for map text). They are
// redrawn whenever the map settles, from the clusters actually drawn.
import * as maplibregl from 'maplibre-gl';
import { CLUSTER_LAYER } from './event-layers.ts';

export function showClusterCounts(map: maplibregl.Map): void {
  let markers: maplibregl.Marker[] = [];
  map.on('idle', () => {
    for (const m of markers) m.remove();
    markers = [];
    if (map.getLayoutProperty(CLUSTER_LAYER, 'visibility') === 'none') return;
    const seen = new Set<number>();
    for (const f of map.queryRenderedFeatures({ layers: [CLUSTER_LAYER] })) {
      const id = Number(f.properties.cluster_id);
      // A cluster can come back once per tile it touches.
      if (seen.has(id)) continue;
      seen.add(id);
      const el = document.createElement('div');
      el.className = 'cluster-count';
      el.textContent = String(f.properties.point_count);
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      markers.push(new maplibregl.Marker({ element: el }).setLngLat([lon, lat]).addTo(map));
    }
  });
}
