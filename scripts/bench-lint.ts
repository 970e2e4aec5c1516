// npm run bench [-- --pairs N --keep]
//
// Lint throughput on a large corpus built deterministically from the demo article and
// ../shared/data/mqm-enzh-dev (scripts/lib/bench-corpus.ts), written to a temporary folder.
// Prints: how many segment rows repeat an earlier one exactly, in the corpus and in its seed
// (memos of texts spare those), how many documents do (checked once), segment pairs per second
// with --jobs 1 and --jobs 2, peak RSS of each run, the
// floor (the same reading, parsing and writing without checks) and lint time / floor time,
// Translate Toolkit's pofilter over the same pairs as XLIFF when it is installed, and what
// two threads buy on this machine (one lint of a slice alone, then two at once).
// Bars (issue 4): ≥ 10,000 segment pairs/s with 2 jobs, peak RSS ≤ 1 GB. Figures only:
// nothing here is asserted by the test suite.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadReference } from '../server/checks/reference-load.ts';
import { wholeNumberOption } from './lib/args.ts';
import { RepeatCounter, buildCorpus, loadSeed } from './lib/bench-corpus.ts';
import { MQM_DEV_FILE as MQM } from './lib/mqm-rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BAR_RATE = 10_000;
const BAR_RSS_MB = 1024;

const { values } = parseArgs({ options: { pairs: { type: 'string' }, keep: { type: 'boolean' } } });
const minPairs = wholeNumberOption('bench', 'pairs', values.pairs, 100_000);

interface Run {
  seconds: number;
  /** User + system CPU seconds of the process and its threads: less sensitive than wall time to a busy machine. */
  cpu: number;
  peakMb: number;
  status: number | null;
  stderr: string;
}

const TIME_FORMAT = ['-f', '%e %U %S %M'];

/** A run's figures from GNU time's last line on standard error. */
function runOf(stderr: string, status: number | null): Run {
  const [secs, user, sys, kb] = (stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { seconds: secs ?? NaN, cpu: (user ?? NaN) + (sys ?? NaN), peakMb: (kb ?? NaN) / 1024, status, stderr };
}

/**
 * Runs a command under GNU time for wall time and peak RSS (of the process and its threads).
 * Asynchronous, so that two runs can overlap; its standard output is not needed.
 */
function timed(cmd: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', [...TIME_FORMAT, cmd, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => resolve(runOf(stderr, status)));
  });
}

/** pofilter writes the units that fail, one note per failed check: the count shows it really checked. */
function countPofilterNotes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const f of readdirSync(dir)) n += readFileSync(join(dir, f), 'utf8').split('from="pofilter"').length - 1;
  return n;
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(34)} ${value}\n`);
}

if (!existsSync('/usr/bin/time')) {
  process.stderr.write('bench: /usr/bin/time (GNU time) is needed for peak memory; apt-get install time\n');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'xinda-bench-'));
try {
  const hasMqm = existsSync(MQM);
  if (!hasMqm) process.stdout.write(`note: ${MQM} is absent; the corpus is built from the demo article alone\n`);
  const seed = loadSeed(join(ROOT, 'corpus'), hasMqm ? MQM : undefined, loadReference(join(ROOT, 'corpus')).names);
  const t0 = performance.now();
  const corpus = buildCorpus(seed, join(tmp, 'corpus'), minPairs);
  line('corpus', `${corpus.segmentPairs.toLocaleString('en-US')} segment pairs, ${corpus.documents.toLocaleString('en-US')} documents, ${corpus.files.length} files, ${corpus.replicas} replicas (built in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${corpus.dir})`);
  const rows = corpus.replicas * seed.rows.length;
  line('exact repeats', `${corpus.repeatedRows.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} segment rows repeat an earlier row's source and target`);
  // The same in the seed's rows as they are (systems that translated a sentence alike), against which the corpus's replication may be read.
  const seedRepeats = new RepeatCounter();
  for (const row of seed.rows) seedRepeats.add(row.source, row.target);
  line('exact repeats (documents)', `${corpus.repeatedDocuments.toLocaleString('en-US')} of ${corpus.documents.toLocaleString('en-US')} documents repeat an earlier document's segments (lint checks each once)`);
  line('exact repeats (seed)', `${seedRepeats.repeats.toLocaleString('en-US')} of ${seed.rows.length.toLocaleString('en-US')} rows of the seed itself`);
  // Wall-clock figures assume an otherwise idle machine; the load average says whether it was.
  line('machine', `${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  const results: Record<string, Run> = {};
  for (const jobs of [1, 2]) {
    const out = join(tmp, `lint-${jobs}.json`);
    const r = await timed(process.execPath, ['bin/xinda.js', 'lint', corpus.dir, '--format', 'json', '--out', out, '--jobs', String(jobs), '--quiet']);
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(r.stderr);
      throw new Error(`lint --jobs ${jobs} failed with status ${r.status}`);
    }
    results[jobs] = r;
    const findings = (JSON.parse(readFileSync(out, 'utf8')) as { documents: { findings: unknown[] }[] }).documents.reduce((s, d) => s + d.findings.length, 0);
    line(
      `lint --jobs ${jobs}`,
      `${r.seconds.toFixed(2)} s, ${Math.round(corpus.segmentPairs / r.seconds).toLocaleString('en-US')} segment pairs/s, ` +
        `CPU ${r.cpu.toFixed(1)} s (${Math.round(corpus.segmentPairs / r.cpu).toLocaleString('en-US')} pairs per CPU-second), peak RSS ${r.peakMb.toFixed(0)} MB, ${findings.toLocaleString('en-US')} findings`,
    );
  }
  const same = readFileSync(join(tmp, 'lint-1.json'), 'utf8') === readFileSync(join(tmp, 'lint-2.json'), 'utf8');
  line('--jobs 1 and --jobs 2 output', same ? 'identical' : 'DIFFERENT');

  const floor = await timed(process.execPath, ['--import', 'tsx', 'scripts/bench-floor.ts', corpus.dir, join(tmp, 'floor.json')]);
  if (floor.status !== 0) {
    process.stderr.write(floor.stderr);
    throw new Error('floor run failed');
  }
  line('floor (read, parse, write)', `${floor.seconds.toFixed(2)} s, peak RSS ${floor.peakMb.toFixed(0)} MB`);
  const two = results[2]!;
  const one = results[1]!;
  line('lint time / floor time', `${(one.seconds / floor.seconds).toFixed(2)} (--jobs 1), ${(two.seconds / floor.seconds).toFixed(2)} (--jobs 2)`);

  const which = spawnSync('sh', ['-c', 'command -v pofilter'], { encoding: 'utf8' });
  if (which.status === 0) {
    const p = await timed('pofilter', ['--progress=none', corpus.xliffDir, join(tmp, 'pofilter-out')]);
    if (p.status !== 0) line('pofilter', `failed (status ${p.status}): ${p.stderr.trim().split('\n').slice(-2).join(' ')}`);
    else {
      const notes = countPofilterNotes(join(tmp, 'pofilter-out'));
      line(
        'pofilter (translate-toolkit)',
        `${p.seconds.toFixed(2)} s, ${Math.round(corpus.segmentPairs / p.seconds).toLocaleString('en-US')} segment pairs/s, CPU ${p.cpu.toFixed(1)} s, peak RSS ${p.peakMb.toFixed(0)} MB, ${notes.toLocaleString('en-US')} failed checks`,
      );
      line('xinda / pofilter throughput', `${(p.seconds / two.seconds).toFixed(2)} (--jobs 2), ${(p.seconds / one.seconds).toFixed(2)} (--jobs 1)`);
    }
  } else {
    line('pofilter', 'not installed (Debian package translate-toolkit); peer comparison skipped');
  }

  // What two threads buy on this machine for this work: the same slice of the corpus linted by
  // one process alone, then by two processes at once. On a machine whose cores share caches
  // (or are two hyper-threads of one core) the two run far slower than one alone, and --jobs 2
  // cannot beat --jobs 1 by more than this.
  const slice = corpus.files.slice(0, Math.max(2, Math.round(corpus.files.length / 10)));
  const sliceArgs = (k: number) => ['bin/xinda.js', 'lint', ...slice, '--format', 'json', '--out', join(tmp, `slice-${k}.json`), '--jobs', '1', '--quiet'];
  const alone = await timed(process.execPath, sliceArgs(0));
  const together = await Promise.all([0, 1].map((k) => timed(process.execPath, sliceArgs(k + 1))));
  const slowest = Math.max(...together.map((r) => r.seconds));
  line(
    `two lints at once (${slice.length} of ${corpus.files.length} files)`,
    `${alone.seconds.toFixed(2)} s alone, ${together.map((r) => r.seconds.toFixed(2)).join(' s and ')} s together: two processes do ${((2 * alone.seconds) / slowest).toFixed(2)}× the work of one in the same time`,
  );

  const rate = corpus.segmentPairs / two.seconds;
  const peak = Math.max(one.peakMb, two.peakMb);
  line(`bar: ≥ ${BAR_RATE.toLocaleString('en-US')} pairs/s with 2 jobs`, `${rate >= BAR_RATE ? 'met' : 'NOT met'} (${Math.round(rate).toLocaleString('en-US')})`);
  line(`bar: peak RSS ≤ ${BAR_RSS_MB / 1024} GB`, `${peak <= BAR_RSS_MB ? 'met' : 'NOT met'} (${peak.toFixed(0)} MB)`);
} finally {
  if (values.keep) process.stdout.write(`kept ${tmp}\n`);
  else rmSync(tmp, { recursive: true, force: true });
}
