// npm run build [-- --outdir DIR]   (run by npm ci / npm install through "prepare")
//
// Compiles the TypeScript into dist/ so that `xinda` starts without tsx: under tsx every module
// is transformed through loader hooks that run in a thread of their own, which made up about
// half of a short command's time (`xinda names --help`: 0.53 s from source, 0.29 s built).
// One entry for the CLI and one per worker thread; code shared between them goes to chunks,
// and each command's modules stay in chunks of their own, so a command loads only what it
// runs. Packages stay in node_modules. bin/xinda.js uses dist/ only while it is newer than
// every source file (bin/entry.js), so an edited tree never runs stale code.
// Plain JavaScript, so that it runs on a fresh install before anything else works.

import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let outdir;
try {
  outdir = resolve(ROOT, parseArgs({ options: { outdir: { type: 'string' } } }).values.outdir ?? 'dist');
} catch (e) {
  fail(e.message);
}
// The built code finds corpus/, views/ and package.json by walking up from itself
// (server/paths.ts), so the folder must be inside the project.
const inside = relative(ROOT, outdir);
if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) fail(`--outdir ${outdir} must be a folder inside ${ROOT}`);
// The folder is emptied first; only what a build writes may be in it (a mistyped --outdir
// must not empty server/ or corpus/).
const isBuildOutput = (name) => name === 'BUILT' || /\.js(\.map)?$/.test(name);
const st = statSync(outdir, { throwIfNoEntry: false });
if (st && !st.isDirectory()) fail(`--outdir ${outdir} is a file`);
const foreign = st ? readdirSync(outdir).filter((name) => !isBuildOutput(name)) : [];
if (foreign.length > 0) fail(`${outdir} holds ${foreign[0]}, which no build writes: refusing to empty it`);

function fail(message) {
  process.stderr.write(`build: ${message}\nusage: npm run build [-- --outdir DIR]\n`);
  process.exit(2);
}

// Taken before anything is read: a source saved while the build runs is newer than the
// stamp, so bin/entry.js runs the source rather than a build that may predate the edit.
const started = new Date();
// Old chunks carry hashes in their names: a build starts from an empty folder.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  // The names are what the code asks for: lint-pool.ts starts './lint-worker.js' next to itself.
  entryPoints: {
    main: 'server/cli/main.ts',
    'lint-worker': 'server/pipeline/lint-worker-main.ts',
    'align-worker': 'server/align/align-worker-main.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// Written last, so that it exists only for a complete build; dated when the build started
// (bin/entry.js compares the sources against it).
const stamp = join(outdir, 'BUILT');
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
