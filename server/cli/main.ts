import { InputError } from '../ingest/input-error.ts';
import { UsageError, helpText, parse, type Command } from './command.ts';

// Each command is imported only when it runs, so `xinda names` does not pay for express,
// SQLite and the check engine (startup is most of a short run's time).
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Command>]> = [
  ['lint', async () => (await import('./lint.ts')).lintCommand],
  ['report', async () => (await import('./report.ts')).reportCommand],
  ['import', async () => (await import('./import.ts')).importCommand],
  ['export', async () => (await import('./export.ts')).exportCommand],
  ['serve', async () => (await import('./serve.ts')).serveCommand],
  ['user', async () => (await import('./user.ts')).userCommand],
  ['align', async () => (await import('./align.ts')).alignCommand],
  ['names', async () => (await import('./names.ts')).namesCommand],
];

async function mainHelp(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map(([, load]) => load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split('\n')[0]}`).join('\n');
  return `xinda (信达): checks Chinese machine translations of English news against their source.\n\nUsage: xinda <command> [options]\n\nCommands:\n${list}\n\nRun "xinda <command> --help" for a command's options.\n`;
}

/** Runs one command; returns the exit status (0 ok, 2 bad input or usage). */
export async function main(argv: string[]): Promise<number> {
  // `xinda lint … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await mainHelp());
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS.find(([n]) => n === name)?.[1];
  if (!load) {
    process.stderr.write(`xinda: unknown command "${name}"\n\n${await mainHelp()}`);
    return 2;
  }
  const cmd = await load();
  try {
    const { values, positionals } = parse(cmd, rest);
    if (values.help) {
      process.stdout.write(helpText(cmd));
      return 0;
    }
    return await cmd.run(values, positionals);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`xinda ${cmd.name}: ${e.message}\n\n${helpText(cmd)}`);
      return 2;
    }
    if (e instanceof InputError) {
      process.stderr.write(`xinda ${cmd.name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
