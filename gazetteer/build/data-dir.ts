// Where the reference data lives: ../shared/data next to the repository, unless
// SITREP_SHARED_DATA points elsewhere. Only the build reads it; the compiled JSON is committed.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDataDir(): string {
  return process.env.SITREP_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data');
}

/** Reads a text file of the shared data folder, e.g. readData(dir, 'ourairports/airports_SY.csv'). */
export function readData(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

export function readDataJson<T = unknown>(dir: string, path: string): T {
  return JSON.parse(readData(dir, path)) as T;
}
