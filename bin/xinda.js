#!/usr/bin/env node
// The CLI: the build in dist/ when it is up to date (bin/entry.js), else the TypeScript
// directly through tsx, so that `npx xinda` works in a tree that was never built.
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtEntry } from './entry.js';

// V8 optimises a function once it has run a budget of bytecode (66 KB by default). The checks are
// many mid-sized functions whose type feedback keeps changing from document to document, and with
// that budget a lint spends its first seconds compiling and recompiling them, so the budget here
// is eight times that. A budget given on node's command line wins, which is also how to compare
// the two (`node --interrupt-budget=67584 bin/xinda.js lint …`; figures in docs/architecture.md).
// Set before any of our code runs; V8 flags are per process, so the lint workers have it too.
if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) setFlagsFromString(`--interrupt-budget=${8 * 66 * 1024}`);

const root = fileURLToPath(new URL('..', import.meta.url));
const built = builtEntry(root);
let main;
if (built) {
  ({ main } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../server/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
