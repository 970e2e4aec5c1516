// npm run bench:rules [-- PATH... | --pairs N]
//
// Where a lint run's time goes, in one thread: paragraph alignment, then each rule as the
// engine runs them (its timings hook), like ESLint's TIMING=1. An analysis that several rules
// share (the names, the sentence links of omission and addition) is paid by the first rule
// that asks for it, so the names analysis is run and shown on its own line first. Without a
// path, the benchmark corpus of `npm run bench` is built (scripts/lib/bench-corpus.ts).
// Figures only.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignParagraphs } from '../server/align/paragraphs.ts';
import { resolveConfig } from '../server/checks/config.ts';
import { checkAndSummarize, checkCorpusRules } from '../server/checks/engine.ts';
import { loadReference } from '../server/checks/reference-load.ts';
import { RULES } from '../server/checks/rules/index.ts';
import type { CheckDocument } from '../server/checks/types.ts';
import { InputError } from '../server/ingest/input-error.ts';
import { readInputs, type ReadResult } from '../server/ingest/read-inputs.ts';
import { documentNames } from '../server/names/entities.ts';
import { unitsFromImports } from '../server/pipeline/lint-docs.ts';
import { wholeNumberOption } from './lib/args.ts';
import { buildCorpus, loadSeed } from './lib/bench-corpus.ts';
import { MQM_DEV_FILE as MQM } from './lib/mqm-rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({ options: { pairs: { type: 'string' } }, allowPositionals: true });
const minPairs = wholeNumberOption('bench:rules', 'pairs', values.pairs, 20_000);

/** Exits 2 naming the file: a figure over a corpus that was silently cut short would mislead. */
function fail(message: string): never {
  process.stderr.write(`bench:rules: ${message}\n`);
  if (tmp) rmSync(tmp, { recursive: true, force: true }); // process.exit skips the finally below
  process.exit(2);
}

const reference = loadReference(join(ROOT, 'corpus'));
let tmp: string | undefined;
let paths = positionals;
if (paths.length === 0) {
  tmp = mkdtempSync(join(tmpdir(), 'xinda-bench-rules-'));
  const seed = loadSeed(join(ROOT, 'corpus'), existsSync(MQM) ? MQM : undefined, reference.names);
  paths = [buildCorpus(seed, join(tmp, 'corpus'), minPairs).dir];
}

try {
  let read: ReadResult;
  try {
    read = readInputs(paths);
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    throw e;
  }
  const { units } = unitsFromImports(read.docs);
  const rows: [string, number][] = [];
  const time = <T>(label: string, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    rows.push([label, performance.now() - t0]);
    return out;
  };
  const docs: CheckDocument[] = time('align paragraphs', () =>
    units.map((u) => ({ key: u.job.key, source: u.job.source, target: u.job.target, links: u.job.links ?? alignParagraphs(u.job.source, u.job.target), system: u.system })),
  );
  const pairs = docs.reduce((n, d) => n + d.links.length, 0);
  if (pairs === 0) fail(`no segment pairs in ${paths.join(' ')}`);
  time('names analysis (shared)', () => docs.forEach((d) => documentNames(d, reference)));
  const timings = new Map<string, number>();
  const input = { config: resolveConfig(RULES), reference, timings };
  const per = docs.map((doc) => ({ doc, ...checkAndSummarize(doc, input) }));
  checkCorpusRules(per, input);
  for (const [id, ms] of timings) rows.push([id, ms]);
  const total = rows.reduce((s, [, ms]) => s + ms, 0);
  process.stdout.write(`${docs.length.toLocaleString('en-US')} documents, ${pairs.toLocaleString('en-US')} segment pairs; ${process.version}\n`);
  for (const [label, ms] of rows.sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`${label.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms  ${((ms / pairs) * 1000).toFixed(1).padStart(6)} µs/pair  ${((ms / total) * 100).toFixed(1).padStart(5)}%\n`);
  }
  process.stdout.write(`${'total'.padEnd(26)} ${total.toFixed(0).padStart(7)} ms  ${((total / pairs) * 1000).toFixed(1).padStart(6)} µs/pair  (${Math.round(pairs / (total / 1000)).toLocaleString('en-US')} pairs/s in one thread)\n`);
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
