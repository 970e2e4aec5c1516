import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../checks/config.ts';
import type { EngineInput } from '../checks/engine.ts';
import type { Reference } from '../checks/reference.ts';
import type { ConfigRecipe } from './config-recipe.ts';
import { BatchQueue } from './batch-queue.ts';
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
  /**
   * Fewer segment pairs than this in all: this thread alone, whatever `jobs` says (starting a
   * worker would cost more than it saves). Default 0.
   */
  minPairs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Called once every job is known and the threads are running, with the number of threads that check (1: this thread alone). */
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
/** Batches each worker has in flight, so it never waits for the main thread between two... */
const IN_FLIGHT = 2;
/**
 * ...and while many are left, this many: this thread answers a worker only between two of its
 * own batches, and its first one, after the reading, takes long (its warm-up, the data it
 * loads lazily); with two in flight a worker waited about a second for it.
 */
const DEEP_IN_FLIGHT = 4;
/** Batches left per thread below which workers get IN_FLIGHT only, so that the threads finish together. */
const DEEP_WHILE_LEFT = 8;
/**
 * Segment pairs below which a run's work takes less time than starting a worker does: a run
 * this small checks in this thread alone (by default), and jobs added while the input is still
 * being read start the workers once they come to this many, so that a worker's start-up and its
 * first batches overlap the reading instead of following it.
 */
export const WORKERS_FROM_PAIRS = 2000;

const WORKER_ENTRY = new URL('./lint-worker.js', import.meta.url);

export async function runJobs(jobs: readonly LintJob[], setup: PoolSetup, config: ResolvedConfig, opts: PoolOptions): Promise<JobResult[]> {
  const pool = new LintPool(setup, config, opts);
  pool.add(jobs);
  return pool.run();
}

/**
 * A lint run whose jobs may arrive while the input is still being read (`add`), then run to
 * the end (`run`). Jobs added before `run` are handed to the workers, in batches, as soon as
 * there are enough of them (WORKERS_FROM_PAIRS); this thread joins in once `run` is called.
 * When everything is added at once, the batches and threads are those of a pool that knew
 * the whole input from the start.
 */
export class LintPool {
  private readonly jobs: LintJob[] = [];
  private results: (JobResult | undefined)[] = [];
  private readonly input: EngineInput;
  /** Batches formed and not yet handed out, and every batch handed out (job indices), by id. */
  private readonly ready: BatchQueue;
  private readonly sent: number[][] = [];
  /** The first job that is in no batch yet. */
  private unbatched = 0;
  private addedPairs = 0;
  private readonly workers: Worker[] = [];
  /** Each worker's place in `ready` (this thread's is 0). */
  private readonly homes = new Map<Worker, number>();
  /** Batches each worker has been handed and not yet answered. */
  private readonly inFlight = new Map<Worker, number>();
  private done = 0;
  private closed = false;
  /**
   * Set once the run has ended (all done, failed or aborted): when run()'s promise may settle —
   * at once with results, once the workers are gone with a failure.
   */
  private ended: Promise<void> | undefined;
  private failure: Error | undefined;
  /** Resolves or rejects run()'s promise; set by run. */
  private settle: () => void = () => {};
  private readonly onAbort = () => this.stop(abortError());

  constructor(
    private readonly setup: PoolSetup,
    config: ResolvedConfig,
    private readonly opts: PoolOptions,
  ) {
    this.input = { config, reference: setup.reference, dismissed: new Set(setup.dismissed) };
    this.ready = new BatchQueue(this.threadsWanted);
    if (opts.signal?.aborted) this.stop(abortError());
    else opts.signal?.addEventListener('abort', this.onAbort);
  }

  /** Threads asked for: this one and that many − 1 workers. */
  private get threadsWanted(): number {
    return Math.max(1, Math.floor(this.opts.jobs));
  }

  /** Queues jobs, in input order after those already added. */
  add(jobs: readonly LintJob[]): void {
    if (this.closed) throw new Error('LintPool.add after run');
    for (const j of jobs) {
      this.jobs.push(j);
      this.addedPairs += jobSize(j);
    }
    if (this.ended) return;
    if (this.workers.length === 0 && this.threadsWanted > 1 && this.addedPairs >= Math.max(WORKERS_FROM_PAIRS, this.opts.minPairs ?? 0)) {
      this.startWorkers(this.threadsWanted - 1);
    }
    if (this.workers.length > 0) {
      this.formBatches();
      for (const w of this.workers) this.feed(w);
    }
  }

  /** No more jobs: checks the rest, this thread included, and resolves with every job's result in input order. */
  run(): Promise<JobResult[]> {
    this.closed = true;
    const result = new Promise<JobResult[]>((resolve, reject) => {
      this.settle = () => (this.failure ? reject(this.failure) : resolve(this.results as JobResult[]));
    });
    if (this.ended) {
      void this.ended.then(this.settle);
      return result;
    }
    const offset = this.unbatched;
    const batches = makeBatches(this.jobs.slice(offset), this.threadsWanted).map((b) => b.map((i) => i + offset));
    this.unbatched = this.jobs.length;
    let threads = this.workers.length + 1;
    if (this.workers.length === 0) threads = this.addedPairs < (this.opts.minPairs ?? 0) ? 1 : Math.min(this.threadsWanted, batches.length);
    if (threads <= 1) {
      this.opts.onStart?.(1);
      this.runHere().then(
        () => this.stop(null),
        (e: unknown) => this.stop(e instanceof Error ? e : new Error(String(e))),
      );
      return result;
    }
    for (const b of batches) this.queue(b);
    if (this.workers.length === 0) this.startWorkers(threads - 1);
    else for (const w of this.workers) this.feed(w);
    this.opts.onStart?.(threads);
    if (this.done === this.jobs.length) this.stop(null);
    else this.ownShare().catch((e: unknown) => this.stop(e instanceof Error ? e : new Error(String(e))));
    return result;
  }

  /** Stops the workers without waiting for the rest: the input could not be read to the end. */
  dispose(): void {
    this.stop(new Error('lint run abandoned'));
  }

  private startWorkers(n: number): void {
    for (let k = 0; k < n; k++) {
      const w = new Worker(WORKER_ENTRY, { workerData: this.setup });
      this.homes.set(w, this.workers.push(w));
      this.inFlight.set(w, 0);
      w.on('message', (reply: BatchReply) => {
        this.inFlight.set(w, this.inFlight.get(w)! - 1);
        this.record(reply.id, reply.results);
        this.feed(w);
      });
      w.on('error', (e) => this.stop(e instanceof Error ? e : new Error(String(e))));
      w.on('exit', (code) => {
        if (!this.ended) this.stop(new Error(`lint worker stopped unexpectedly (exit code ${code})`));
      });
      this.feed(w);
    }
  }

  /** Hands a worker batches until it has IN_FLIGHT of them (DEEP_IN_FLIGHT while many are left). */
  private feed(w: Worker): void {
    const depth = this.ready.length > DEEP_WHILE_LEFT * (this.workers.length + 1) ? DEEP_IN_FLIGHT : IN_FLIGHT;
    while (!this.ended && this.inFlight.get(w)! < depth) {
      const batch = this.ready.take(this.homes.get(w)!);
      if (!batch) return;
      const id = this.sent.push(batch) - 1;
      const msg: BatchMessage = { id, jobs: batch.map((i) => this.jobs[i]!) };
      this.inFlight.set(w, this.inFlight.get(w)! + 1);
      w.postMessage(msg);
    }
  }

  /**
   * Closes batches over the jobs added so far, as makeBatches does but without its cap on
   * documents per batch (which needs the total). The last job added stays open: the next one
   * may translate the same source.
   */
  private formBatches(): void {
    let start = this.unbatched;
    let size = 0;
    for (let i = start; i + 1 < this.jobs.length; i++) {
      const job = this.jobs[i]!;
      size += jobSize(job);
      if (closesBatch(size, job, this.jobs[i + 1])) {
        const batch: number[] = [];
        for (let k = start; k <= i; k++) batch.push(k);
        this.queue(batch);
        start = i + 1;
        size = 0;
      }
    }
    this.unbatched = start;
  }

  private queue(batch: number[]): void {
    let pairs = 0;
    for (const i of batch) pairs += jobSize(this.jobs[i]!);
    this.ready.push(batch, this.jobs[batch[0]!]!.source, pairs);
  }

  private record(id: number, got: readonly JobResult[]): void {
    if (this.ended) return;
    const idx = this.sent[id]!;
    got.forEach((r, j) => (this.results[idx[j]!] = r));
    this.done += idx.length;
    this.opts.onProgress?.(this.done, this.jobs.length);
    if (this.closed && this.done === this.jobs.length) this.stop(null);
  }

  /**
   * This thread would otherwise only wait, and each worker costs a start of its own (its module
   * graph, its warm-up), so it checks too, giving the event loop a turn between two batches to
   * hand the workers their next ones and to hear Ctrl-C.
   */
  private async ownShare(): Promise<void> {
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (this.ended) return;
      const batch = this.ready.take(0);
      if (!batch) return;
      const id = this.sent.push(batch) - 1;
      this.record(id, batch.map((i) => runJob(this.jobs[i]!, this.input)));
    }
  }

  private async runHere(): Promise<void> {
    const out: JobResult[] = [];
    let turn = Date.now();
    for (const job of this.jobs) {
      // Give the event loop a turn now and then, so Ctrl-C is heard in the middle of a long run.
      if (Date.now() - turn > 50) {
        await new Promise((r) => setImmediate(r));
        turn = Date.now();
      }
      if (this.ended) return;
      out.push(runJob(job, this.input));
      this.opts.onProgress?.(out.length, this.jobs.length);
    }
    this.results = out;
  }

  /**
   * Ends the run once: terminates the workers and settles run()'s promise (now or when run is
   * called) — a failure once the workers are gone, results at once: a worker's teardown
   * (its heap) takes a good tenth of a second, which the output can use.
   */
  private stop(err: Error | null): void {
    if (this.ended) return;
    if (err) this.failure = err;
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    // terminate() stops a worker between two JavaScript turns: no batch half-posted, nothing left running.
    const terminated = Promise.all(this.workers.map((w) => w.terminate())).then(() => undefined);
    this.ended = err ? terminated : Promise.resolve();
    void this.ended.then(() => this.settle());
  }
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
    if (closesBatch(size, job, jobs[i + 1]) || cur.length >= maxDocs) {
      batches.push(cur);
      cur = [];
      size = 0;
    }
  });
  if (cur.length) batches.push(cur);
  return batches;
}

/** Whether a batch of `size` segment pairs ending at `job` closes before `next`. */
function closesBatch(size: number, job: LintJob, next: LintJob | undefined): boolean {
  const sameSource = next !== undefined && sameText(next.source, job.source);
  return size >= BATCH_SEGMENTS && (!sameSource || size >= 4 * BATCH_SEGMENTS);
}

function sameText(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]);
}

/** The error a run stopped by its AbortSignal ends with (the CLI tells it from a failure by its name). */
export function abortError(): Error {
  const e = new Error('lint run interrupted');
  e.name = 'AbortError';
  return e;
}
