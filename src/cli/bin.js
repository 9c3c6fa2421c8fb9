#!/usr/bin/env node
// The `sitrep` command. Node 20 cannot run TypeScript by itself, so tsx compiles on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
