// `npm run eval`: place mentions, then events (when the events evaluation is present), against ../shared/seeds/gold.json.
import { existsSync } from 'node:fs';
import { printMentionsEval } from './mentions.ts';

await printMentionsEval();
console.log('');
// events.ts belongs to the extraction side; run it when it exists so this entry works in either order of landing.
if (existsSync(new URL('./events.ts', import.meta.url))) {
  const events = (await import('./events.ts')) as { printEventsEval?: () => Promise<unknown> };
  await events.printEventsEval?.();
}
