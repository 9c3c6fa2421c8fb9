// Runs the real `sitrep` command in a child process, as a user or a pipeline would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = process.env.SITREP_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function sitrep(args: string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
