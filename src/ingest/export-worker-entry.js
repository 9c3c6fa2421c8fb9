// Entry of an export worker thread. Workers do not inherit the main thread's TypeScript hook,
// so each registers tsx itself before loading the worker's code.
import { register } from 'tsx/esm/api';

register();
await import('./export-worker.ts');
