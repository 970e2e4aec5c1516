import { availableParallelism } from 'node:os';
import { jobSize, type LintJob } from '../pipeline/lint-job.ts';
import { WORKERS_FROM_PAIRS } from '../pipeline/lint-pool.ts';

/** --jobs when not given: every core for a large run, this thread for a small one. */
export function defaultJobs(jobs: readonly LintJob[]): number {
  let pairs = 0;
  for (const j of jobs) pairs += jobSize(j);
  return pairs < WORKERS_FROM_PAIRS ? 1 : availableParallelism();
}

/**
 * The pool for a run that starts before its size is known (lint reading files): --jobs as
 * given, else every core with this thread alone below WORKERS_FROM_PAIRS in all, as
 * defaultJobs decides once everything is read.
 */
export function defaultPool(given: number | undefined): { jobs: number; minPairs: number } {
  return given !== undefined ? { jobs: given, minPairs: 0 } : { jobs: availableParallelism(), minPairs: WORKERS_FROM_PAIRS };
}
