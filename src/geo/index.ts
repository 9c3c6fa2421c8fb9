// Events in space and time: GeoJSON, the shared filter, ACLED/UCDP terms, CSV.
export * from './features.ts';
export * from './filter.ts';
export * from './acled.ts';
export * from './csv.ts';
