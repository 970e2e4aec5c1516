import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../checks/config.ts';
import type { EngineInput } from '../checks/engine.ts';
import type { Reference } from '../checks/reference.ts';
import { signature } from '../checks/signature.ts';
import type { Db } from '../store/db.ts';
import { replaceFindings } from '../store/findings.ts';
import { readCache, storedFindingsMatch, writeCache, type CacheEntry } from '../store/lint-cache.ts';
import { VERSION } from '../version.ts';
import type { ConfigRecipe } from './config-recipe.ts';
import { assemble, type LintedDocument, type LintUnit } from './lint-docs.ts';
import type { JobResult } from './lint-job.ts';
import { LintPool, runJobs, type PoolSetup } from './lint-pool.ts';
import { TwinJobs } from './twin-jobs.ts';

// The lint run: cached results where the store has them, the rest checked in workers, the
// corpus rules over everything, then — in one transaction at the very end, so an
// interrupted run leaves the store as it was — the cache and (with --save) the findings.

export interface LintSetup {
  recipe: ConfigRecipe;
  config: ResolvedConfig;
  reference: Reference;
  dismissed: ReadonlySet<string>;
}

export interface LintRunOptions {
  jobs: number;
  /** The store: its cache is read and written; with save, findings of stored translations are replaced. */
  db?: Db;
  save?: boolean;
  /** False to check every document again (the cache is still written). */
  useCache?: boolean;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** threads: how many threads check (1: the main thread alone; more: it and threads − 1 workers). */
  onStart?: (info: { documents: number; cached: number; threads: number }) => void;
}

export interface LintRunResult {
  linted: LintedDocument[];
  signature: string;
  checked: number;
  cached: number;
  /** Documents whose findings were written (with save); those already stored as they are are left alone. */
  saved: number;
}

export async function lintUnits(units: readonly LintUnit[], setup: LintSetup, opts: LintRunOptions): Promise<LintRunResult> {
  const sig = signature(VERSION, setup.config);
  const perDoc = dismissalsByDoc(setup.dismissed);
  const refHash = opts.db ? hashOf(setup.reference) : '';
  const hashes = opts.db ? units.map((u) => inputHash(u, refHash, perDoc.get(u.job.key) ?? [])) : [];
  const hits =
    opts.db && opts.useCache !== false
      ? readCache(opts.db, units.map((u, i) => ({ docKey: u.job.key, inputHash: hashes[i]! })), sig)
      : new Map<string, JobResult>();

  const todo: number[] = [];
  const results: (JobResult | undefined)[] = units.map((u, i) => {
    const hit = hits.get(u.job.key);
    if (!hit) todo.push(i);
    return hit;
  });
  const cached = units.length - todo.length;
  const twins = new TwinJobs(new Set(perDoc.keys()));
  twins.add(todo.map((i) => units[i]!.job));
  const checked = await runJobs(twins.distinct, poolSetup(setup, sig), setup.config, {
    jobs: opts.jobs,
    ...(opts.signal && { signal: opts.signal }),
    onStart: (threads) => opts.onStart?.({ documents: units.length, cached, threads }),
    onProgress: (done, total) => opts.onProgress?.(cached + share(done, total, todo.length), units.length),
  });
  const fresh = twins.expand(checked);
  todo.forEach((i, k) => (results[i] = fresh[k]));

  const input: EngineInput = { config: setup.config, reference: setup.reference, dismissed: setup.dismissed };
  const linted = assemble(units, results as JobResult[], input);

  let saved = 0;
  if (opts.db) {
    const db = opts.db;
    const entries: CacheEntry[] = todo.map((i, k) => ({ docKey: units[i]!.job.key, inputHash: hashes[i]!, signature: sig, result: fresh[k]! }));
    db.transaction(() => {
      writeCache(db, entries);
      if (opts.save) {
        units.forEach((u, i) => {
          if (u.translationId === undefined) return;
          const findings = linted[i]!.findings;
          // Rewriting identical rows would only renumber them under a reviewer's open page.
          if (results[i] === hits.get(u.job.key) && storedFindingsMatch(db, u.translationId, findings, sig)) return;
          replaceFindings(db, u.translationId, findings, sig);
          saved++;
        });
      }
    })();
  }
  return { linted, signature: sig, checked: todo.length, cached, saved };
}

export interface StreamRunOptions {
  /** Threads that check: this one and jobs − 1 workers. */
  jobs: number;
  /** Fewer segment pairs than this in all: this thread alone (see PoolOptions). */
  minPairs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onStart?: (info: { documents: number; threads: number }) => void;
}

/** A lint run without a store, fed while its input is still being read. */
export interface LintStream {
  /** Units in input order, after those added before; their checking may start at once. */
  add(units: readonly LintUnit[]): void;
  /** No more units: the rest is checked, then the corpus rules run over all of them. */
  finish(): Promise<LintRunResult>;
  /** The input could not be read to the end: stops the workers. */
  dispose(): void;
}

/**
 * lintUnits for input read from files, where there is no cache to consult first: the workers
 * start on the first documents while the rest are still being read and parsed, and the
 * result is the one lintUnits gives for the same units.
 */
export function startLint(setup: LintSetup, opts: StreamRunOptions): LintStream {
  const sig = signature(VERSION, setup.config);
  const units: LintUnit[] = [];
  const twins = new TwinJobs(new Set(dismissalsByDoc(setup.dismissed).keys()));
  const pool = new LintPool(poolSetup(setup, sig), setup.config, {
    jobs: opts.jobs,
    ...(opts.minPairs !== undefined && { minPairs: opts.minPairs }),
    ...(opts.signal && { signal: opts.signal }),
    onStart: (threads) => opts.onStart?.({ documents: units.length, threads }),
    ...(opts.onProgress && { onProgress: (done: number, total: number) => opts.onProgress!(share(done, total, twins.size), twins.size) }),
  });
  return {
    add(more) {
      for (const u of more) units.push(u);
      pool.add(twins.add(more.map((u) => u.job)));
    },
    async finish() {
      const results = twins.expand(await pool.run());
      const linted = assemble(units, results, { config: setup.config, reference: setup.reference, dismissed: setup.dismissed });
      return { linted, signature: sig, checked: units.length, cached: 0, saved: 0 };
    },
    dispose: () => pool.dispose(),
  };
}

/**
 * Documents done, out of `of`, when `done` of `total` distinct ones are: a twin costs nothing,
 * so it counts as it goes.
 */
function share(done: number, total: number, of: number): number {
  return total === 0 || done >= total ? of : Math.floor((done * of) / total);
}

/** What every worker of a run needs, as cloneable data. */
function poolSetup(setup: LintSetup, sig: string): PoolSetup {
  return { recipe: setup.recipe, signature: sig, reference: setup.reference, dismissed: [...setup.dismissed] };
}

/** Dismissal keys grouped by their document (the key's second field). */
function dismissalsByDoc(keys: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const doc = k.split('\u0000')[1] ?? '';
    const list = out.get(doc);
    if (list) list.push(k);
    else out.set(doc, [k]);
  }
  for (const list of out.values()) list.sort();
  return out;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Everything a document's per-document findings depend on besides the signature. */
function inputHash(u: LintUnit, referenceHash: string, dismissed: readonly string[]): string {
  return hashOf([u.job.source, u.job.target, u.job.links, referenceHash, dismissed]);
}
