import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../checks/config.ts';
import type { EngineInput } from '../checks/engine.ts';
import type { Reference } from '../checks/reference.ts';
import type { ConfigRecipe } from './config-recipe.ts';
import { jobSize, runJob, type JobResult, type LintJob } from './lint-job.ts';

// Runs lint jobs in this thread and, for --jobs N > 1, N − 1 worker threads. Results land at
// their job's index, so the output is the input order whatever the number of threads and
// however the batches interleave.

/** What every worker needs, as cloneable data. */
export interface PoolSetup {
  recipe: ConfigRecipe;
  /** The signature the main thread resolved; a worker that resolves another one refuses to run. */
  signature: string;
  reference: Reference;
  /** Engine dismissal keys (see dismissalKey). */
  dismissed: string[];
}

export interface PoolOptions {
  /** Threads that check: this one and jobs − 1 workers; 1 (or a single batch) runs in this thread alone. */
  jobs: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Called once the workers are started, with the number of threads that check (1: this thread alone). */
  onStart?: (threads: number) => void;
}

export interface BatchMessage {
  id: number;
  jobs: LintJob[];
}

export interface BatchReply {
  id: number;
  results: JobResult[];
}

/** A batch closes at this many segment pairs: large enough that cloning costs little, small enough to balance. */
const BATCH_SEGMENTS = 400;
/** Batches each worker has in flight, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

const WORKER_ENTRY = new URL('./lint-worker.js', import.meta.url);

export async function runJobs(jobs: readonly LintJob[], setup: PoolSetup, config: ResolvedConfig, opts: PoolOptions): Promise<JobResult[]> {
  const batches = makeBatches(jobs, opts.jobs);
  const threads = Math.min(Math.max(1, Math.floor(opts.jobs)), batches.length);
  const input: EngineInput = { config, reference: setup.reference, dismissed: new Set(setup.dismissed) };
  if (threads <= 1) return runHere(jobs, input, opts);
  return runInThreads(jobs, batches, threads, setup, input, opts);
}

async function runHere(jobs: readonly LintJob[], input: EngineInput, opts: PoolOptions): Promise<JobResult[]> {
  opts.onStart?.(1);
  const out: JobResult[] = [];
  let turn = Date.now();
  for (const job of jobs) {
    // Give the event loop a turn now and then, so Ctrl-C is heard in the middle of a long run.
    if (Date.now() - turn > 50) {
      await new Promise((r) => setImmediate(r));
      turn = Date.now();
    }
    if (opts.signal?.aborted) throw abortError();
    out.push(runJob(job, input));
    opts.onProgress?.(out.length, jobs.length);
  }
  return out;
}

/**
 * Consecutive jobs, closed at BATCH_SEGMENTS — but not between two translations of one
 * source (up to four times that): rules remember what they found in a source text, and a
 * worker that sees all of a source's translations reads the English once, not once per
 * worker. At least four batches per worker when there are enough jobs.
 */
function makeBatches(jobs: readonly LintJob[], workers: number): number[][] {
  const maxDocs = Math.max(1, Math.ceil(jobs.length / (Math.max(1, workers) * 4)));
  const batches: number[][] = [];
  let cur: number[] = [];
  let size = 0;
  jobs.forEach((job, i) => {
    cur.push(i);
    size += jobSize(job);
    const next = jobs[i + 1];
    const sameSource = next !== undefined && sameText(next.source, job.source);
    if ((size >= BATCH_SEGMENTS && (!sameSource || size >= 4 * BATCH_SEGMENTS)) || cur.length >= maxDocs) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
  });
  if (cur.length) batches.push(cur);
  return batches;
}

function sameText(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]);
}

/**
 * N threads: this one and N−1 workers, all taking batches from one queue. This thread would
 * otherwise only wait, and each worker costs a start of its own (its module graph, its
 * warm-up), so it checks too, giving the event loop a turn between two batches to hand the
 * workers their next ones and to hear Ctrl-C.
 */
function runInThreads(jobs: readonly LintJob[], batches: number[][], n: number, setup: PoolSetup, input: EngineInput, opts: PoolOptions): Promise<JobResult[]> {
  return new Promise<JobResult[]>((resolve, reject) => {
    const results: (JobResult | undefined)[] = new Array(jobs.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let finished = false;

    const stop = (err: Error | null) => {
      if (finished) return;
      finished = true;
      opts.signal?.removeEventListener('abort', onAbort);
      // terminate() stops a worker between two JavaScript turns: no batch half-posted, nothing left running.
      void Promise.all(pool.map((w) => w.terminate())).then(() => {
        if (err) reject(err);
        else resolve(results as JobResult[]);
      });
    };
    const onAbort = () => stop(abortError());
    if (opts.signal?.aborted) return stop(abortError());
    opts.signal?.addEventListener('abort', onAbort);

    const record = (id: number, got: readonly JobResult[]) => {
      const idx = batches[id]!;
      got.forEach((r, j) => (results[idx[j]!] = r));
      done += idx.length;
      opts.onProgress?.(done, jobs.length);
      if (done === jobs.length) stop(null);
    };
    const feed = (w: Worker) => {
      if (finished || next >= batches.length) return;
      const id = next++;
      const msg: BatchMessage = { id, jobs: batches[id]!.map((i) => jobs[i]!) };
      w.postMessage(msg);
    };

    for (let k = 0; k < n - 1; k++) {
      const w = new Worker(WORKER_ENTRY, { workerData: setup });
      pool.push(w);
      w.on('message', (reply: BatchReply) => {
        record(reply.id, reply.results);
        feed(w);
      });
      w.on('error', (e) => stop(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', (code) => {
        if (!finished) stop(new Error(`lint worker stopped unexpectedly (exit code ${code})`));
      });
      for (let f = 0; f < IN_FLIGHT; f++) feed(w);
    }
    opts.onStart?.(n);

    const ownShare = async () => {
      for (;;) {
        await new Promise((r) => setImmediate(r));
        if (finished || next >= batches.length) return;
        const id = next++;
        record(id, batches[id]!.map((i) => runJob(jobs[i]!, input)));
      }
    };
    ownShare().catch((e: unknown) => stop(e instanceof Error ? e : new Error(String(e))));
  });
}

function abortError(): Error {
  const e = new Error('lint run interrupted');
  e.name = 'AbortError';
  return e;
}
