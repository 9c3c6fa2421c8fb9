// One colour per event type, shared by the map layer and the legend. Categorical colours picked to stay
// distinct from each other and from the muted base map; airstrike and shelling (the most common) get the
// strongest ones.
import type { EventType } from '../../schema/index.ts';

export const EVENT_COLORS: Record<EventType, string> = {
  airstrike: '#d62728',
  shelling: '#ff7f0e',
  ground_attack: '#8c564b',
  clash: '#e377c2',
  withdrawal: '#17becf',
  capture: '#9467bd',
  displacement: '#1f77b4',
  casualties: '#7a0019',
  agreement: '#2ca02c',
  statement: '#555555',
  other: '#bcbd22',
};

/** MapLibre `match` expression: the colour of an event feature by its `type` property. */
export function colorByType(): unknown[] {
  const pairs = Object.entries(EVENT_COLORS).flat();
  return ['match', ['get', 'type'], ...pairs, '#000000'];
}
