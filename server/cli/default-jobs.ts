import { availableParallelism } from 'node:os';
import { jobSize, type LintJob } from '../pipeline/lint-job.ts';

/** Below this many segment pairs the work takes less time than starting workers does. */
export const WORKERS_FROM_PAIRS = 2000;

/** --jobs when not given: every core for a large run, this thread for a small one. */
export function defaultJobs(jobs: readonly LintJob[]): number {
  let pairs = 0;
  for (const j of jobs) pairs += jobSize(j);
  return pairs < WORKERS_FROM_PAIRS ? 1 : availableParallelism();
}
