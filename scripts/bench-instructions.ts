// npm run bench:instructions [-- --pairs N]
//
// Instructions of one lint of a deterministic corpus (scripts/lib/bench-corpus.ts, at least N
// segment pairs, 5,000 by default), in one thread (scripts/lib/lint-in-process.ts, bundled as the CLI
// is), counted by valgrind's cachegrind. Wall time on a shared machine moves by a fifth from run
// to run; this count repeats to about 0.01%, because V8 runs --predictable with fixed hash and
// random seeds, so two versions of the code can be compared by it. The interrupt budget is the
// one bin/xinda.js sets; the lint runs once uncounted first, so that the counted one finds the
// dictionary caches built. Needs valgrind (Debian package valgrind). Figures only: nothing here is
// asserted by the test suite.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { loadReference } from '../server/checks/reference-load.ts';
import { wholeNumberOption } from './lib/args.ts';
import { buildCorpus, loadSeed } from './lib/bench-corpus.ts';
import { MQM_DEV_FILE as MQM } from './lib/mqm-rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { pairs: { type: 'string' } } });
const minPairs = wholeNumberOption('bench:instructions', 'pairs', values.pairs, 5_000);

if (spawnSync('valgrind', ['--version']).status !== 0) {
  process.stderr.write('bench:instructions: valgrind is needed to count instructions; apt-get install valgrind\n');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'xinda-instructions-'));
try {
  const seed = loadSeed(join(ROOT, 'corpus'), existsSync(MQM) ? MQM : undefined, loadReference(join(ROOT, 'corpus')).names);
  const corpus = buildCorpus(seed, join(tmp, 'corpus'), minPairs);
  // Inside the project, so that the bundle finds the packages in node_modules.
  const outDir = join(ROOT, 'node_modules', '.cache', 'xinda');
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, 'lint-in-process.mjs');
  await build({ entryPoints: [join(ROOT, 'scripts/lib/lint-in-process.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: bundle, logLevel: 'warning' });
  const node = ['--predictable', '--hash-seed=42', '--random-seed=42', `--interrupt-budget=${8 * 66 * 1024}`];
  // Once uncounted first: a lint that has to build the dictionary's caches in node_modules/.cache
  // (after an install, or when their format changed) costs about five billion instructions more.
  const warm = spawnSync(process.execPath, [...node, bundle, corpus.dir, ROOT], { encoding: 'utf8' });
  if (warm.status !== 0) {
    process.stderr.write(warm.stderr.slice(-2000));
    throw new Error(`the lint failed (status ${warm.status})`);
  }
  const run = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...node, bundle, corpus.dir, ROOT], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !refs) {
    process.stderr.write(run.stderr.slice(-2000));
    throw new Error(`the counted lint failed (status ${run.status})`);
  }
  process.stdout.write(`corpus        ${corpus.segmentPairs.toLocaleString('en-US')} segment pairs, ${corpus.documents.toLocaleString('en-US')} documents${existsSync(MQM) ? '' : ' (demo article alone: mqm-enzh-dev is absent)'}\n`);
  process.stdout.write(`lint          ${run.stdout.trim()}\n`);
  process.stdout.write(`instructions  ${refs}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
