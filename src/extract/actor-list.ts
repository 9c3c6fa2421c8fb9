// Who acts in the war, with the names reports give them. The list is data (actors.json): add a row, or a
// phrase to a row, and extraction finds it, no code touched. Phrases are matched after normalization, so
// «الدولة الإسلامية» and «الدوله الاسلاميه» are the same phrase. `air` marks forces that strike from the air,
// which tells a bare «قصف» (bombardment) by them apart from artillery; `groundOnly` forces have no aircraft;
// `civilian` rows are the people harmed, never the side that acts.
import { z } from 'zod';
import rows from './actors.json';

const ActorEntry = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower_snake_case'),
  /** Display name, English. */
  name: z.string().min(1),
  air: z.boolean().optional(),
  groundOnly: z.boolean().optional(),
  civilian: z.boolean().optional(),
  phrases: z.array(z.string().min(1)).min(1),
});
export type ActorEntry = z.infer<typeof ActorEntry>;

/** Parsed once at load: a malformed row fails loudly here, not as a silent miss in some report. */
export const ACTORS: ActorEntry[] = z.array(ActorEntry).parse(rows);
