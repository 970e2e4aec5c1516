import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project root, where bin/xinda.js lives; the CLI runs with this as its working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  /** Exit status; null when the process was killed (e.g. by the timeout). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/xinda.js ...args` in the project root, as a user of a fresh clone
 * would after `npm ci`. Never rejects on a non-zero exit: tests assert on the status.
 */
export function runCli(args: readonly string[], opts: { timeoutMs?: number; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bin/xinda.js', ...args],
      {
        cwd: opts.cwd ?? ROOT,
        timeout: opts.timeoutMs ?? 30_000,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
        // Keep output plain and deterministic whatever the developer's shell sets.
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '' },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          if (error.killed) resolve({ status: null, stdout, stderr: `${stderr}\n[killed: ${error.signal ?? 'timeout'}]` });
          else reject(error);
          return;
        }
        resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Non-empty lines of a stream, for "exactly one message" assertions. */
export function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.trim() !== '');
}

/** A string as a literal inside a RegExp (file paths in messages). */
export { escapeRegExp as escapeRe } from '../../server/text/regexp.ts';
