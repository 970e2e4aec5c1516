#!/usr/bin/env node
// The CLI: the build in dist/ when it is up to date (bin/entry.js), else the TypeScript
// directly through tsx, so that `npx xinda` works in a tree that was never built.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtEntry } from './entry.js';

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
