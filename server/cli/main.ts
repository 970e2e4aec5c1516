import { InputError } from '../ingest/input-error.ts';
import { UsageError, helpText, parse, type Command } from './command.ts';
import { importCommand } from './import.ts';
import { exportCommand } from './export.ts';
import { serveCommand } from './serve.ts';
import { userCommand } from './user.ts';
import { lintCommand } from './lint.ts';
import { alignCommand } from './align.ts';
import { reportCommand } from './report.ts';
import { namesCommand } from './names.ts';

const COMMANDS: Command[] = [lintCommand, reportCommand, importCommand, exportCommand, serveCommand, userCommand, alignCommand, namesCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split('\n')[0]}`).join('\n');
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
    process.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`xinda: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
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
