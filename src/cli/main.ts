// `sitrep` — batch work and pipelines: ingest | mentions | resolve | export | serve | start.
// Each command lives in commands/<name>.ts with its own --help; this file only dispatches.
import { EXIT, UsageError } from './args.ts';

interface Command {
  run(argv: string[]): Promise<number>;
  help: string;
}

const COMMANDS: Record<string, { about: string; load: () => Promise<Command> }> = {
  ingest: { about: 'reports in, event records out (GeoJSON, NDJSON, CSV)', load: () => import('./commands/ingest.ts') },
  mentions: { about: 'every place mention in reports, resolved (NDJSON)', load: () => import('./commands/mentions.ts') },
  resolve: { about: 'look a place name up in the gazetteer', load: () => import('./commands/resolve.ts') },
  import: { about: 'event data from other tools (ACLED, CSV, GeoJSON, NDJSON) in, event records out', load: () => import('./commands/import.ts') },
  export: { about: 'filter an events file by time, type, actor, place', load: () => import('./commands/export.ts') },
  serve: { about: 'serve the map explorer on 127.0.0.1', load: () => import('./commands/serve.ts') },
  start: { about: 'ingest corpus/, build the app and serve it (npm start)', load: () => import('./commands/start.ts') },
};

export const usage = `Usage: sitrep <command> [options]   (sitrep <command> --help for more)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.about}`)
  .join('\n')}`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`sitrep: unknown command "${name}"\n\n${usage}`);
    return EXIT.usage;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`sitrep ${name}: ${err.message}\n\nsitrep ${name} --help for usage`);
      return EXIT.usage;
    }
    console.error(`sitrep ${name}: ${(err as Error).message}`);
    return EXIT.rejected;
  }
}
