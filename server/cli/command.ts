import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Help lines for the options, already formatted. */
  help: string;
  options: OptionSpec;
  allowPositionals: boolean;
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): Promise<number> | number;
}

/** Wrong use of the command line: exit status 2 with the command's usage. */
export class UsageError extends Error {}

export function parse(cmd: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...cmd.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: cmd.allowPositionals,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function helpText(cmd: Command): string {
  return `Usage: xinda ${cmd.usage}\n\n${cmd.summary}\n\nOptions:\n${cmd.help}  -h, --help            show this help\n`;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Integer option with a clear message when it is not one. */
export function intOption(name: string, v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number, not "${String(v)}"`);
  return n;
}

/** --jobs N as given (at least 1), or undefined when it is not, for defaultJobs or another default to decide. */
export function jobsOption(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = intOption('jobs', v, 0);
  if (n < 1) throw new UsageError('--jobs must be at least 1');
  return n;
}
