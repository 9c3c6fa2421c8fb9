// ACLED actor names → sitrep actor ids. ACLED names state forces formally ("Military Forces of Syria
// (2000-)"), which no phrase of the extraction's actor list matches, so those few come from a table;
// every other name is matched against the actor list's phrases, longest phrase first, as whole words.
import { ACTORS, type ActorEntry } from '../../extract/actor-list.ts';
import { normalizeToken } from '../../text/normalize.ts';

/** ACLED's formal names, by prefix (ACLED appends a period or a country in parentheses). */
const ACLED_NAMES: [string, string][] = [
  ['military forces of syria', 'syrian_army'],
  ['police forces of syria', 'syrian_army'],
  ['military forces of russia', 'russia'],
  ['military forces of turkey', 'turkey'],
  ['military forces of iran', 'iran'],
  ['military forces of the united states', 'us'],
  ['military forces of france', 'france'],
  ['operation inherent resolve', 'coalition'],
  ['global coalition against daesh', 'coalition'],
];

export interface ActorMatch {
  id: string;
  /** Display name: the actor list's when matched, the name as given otherwise. */
  name: string;
}

const byId = new Map(ACTORS.map((a) => [a.id, a]));

/** Every phrase of the actor list as normalized words, longest first, so "islamic state" beats "state". */
const PHRASES: { words: string; actor: ActorEntry }[] = ACTORS.flatMap((actor) =>
  actor.phrases.map((p) => ({ words: normWords(p), actor })),
).sort((a, b) => b.words.length - a.words.length);

function normWords(s: string): string {
  return s
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .map(normalizeToken)
    .join(' ');
}

const BY_DISPLAY_NAME = new Map(ACTORS.map((a) => [normWords(a.name), a]));

/** Names repeat on every row of an export; each is worked out once. */
const seen = new Map<string, ActorMatch>();

export function matchActor(name: string): ActorMatch {
  let m = seen.get(name);
  if (!m) {
    m = match(name.trim());
    seen.set(name, m);
  }
  return m;
}

function match(raw: string): ActorMatch {
  const words = normWords(raw);
  const listed = BY_DISPLAY_NAME.get(words);
  if (listed) return { id: listed.id, name: listed.name };
  const formal = ACLED_NAMES.find(([prefix]) => words.startsWith(prefix));
  if (formal) {
    const a = byId.get(formal[1]);
    if (a) return { id: a.id, name: a.name };
  }
  const padded = ` ${words} `;
  const hit = PHRASES.find((p) => p.words !== '' && padded.includes(` ${p.words} `));
  if (hit) return { id: hit.actor.id, name: hit.actor.name };
  return { id: slug(raw), name: raw };
}

/** A stable id from a name we have no entry for: its normalized words joined by underscores. */
export function slug(name: string): string {
  return normWords(name).replace(/ /g, '_') || 'unknown';
}
