import { Worker } from 'node:worker_threads';
import { alignLines } from './align-lines.ts';
import type { AlignJob, AlignReply } from './align-worker-main.ts';
import type { Link } from './link-format.ts';

// Aligns many documents on several cores: this thread takes documents from the queue like
// the workers do, so two cores need one worker. Results land at their document's index,
// so the output does not depend on the number of threads.

const WORKER_ENTRY = new URL('./align-worker.js', import.meta.url);

export async function alignMany(jobs: readonly AlignJob[], threads: number, onDone?: (index: number, links: Link[]) => void): Promise<Link[][]> {
  const results: Link[][] = new Array(jobs.length);
  // Longest documents first, so that no thread is left with a long one at the end.
  const queue = jobs.map((_, i) => i).sort((a, b) => size(jobs[b]!) - size(jobs[a]!));
  const workers = Math.max(0, Math.min(threads, jobs.length) - 1);
  const pool = Array.from({ length: workers }, () => new Worker(WORKER_ENTRY));
  const finished = pool.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        const feed = () => {
          const index = queue.shift();
          w.postMessage(index === undefined ? null : { index, job: jobs[index] });
          if (index === undefined) resolve();
        };
        w.on('message', (r: AlignReply) => {
          results[r.index] = r.links;
          onDone?.(r.index, r.links);
          feed();
        });
        w.on('error', reject);
        w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`alignment worker stopped (exit code ${code})`))));
        feed();
      }),
  );
  // This thread works the same queue; between two documents it lets the workers' answers in.
  for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
    const job = jobs[index]!;
    const links = alignLines(job.src, job.tgt, job.side);
    results[index] = links;
    onDone?.(index, links);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(finished);
  return results;
}

function size(job: AlignJob): number {
  return job.src.length + job.tgt.length;
}
