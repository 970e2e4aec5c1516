import { createHash } from 'node:crypto';
import type { JobResult, LintJob } from './lint-job.ts';

// Documents of one run whose source, translation and pairing are those of an earlier document
// (an article imported twice, wire copy filed under two ids, one system's output re-run) are
// checked once: a document's findings depend on nothing else but its key, which they carry
// and are given back. Not where a reviewer dismissed findings: dismissals are per document, so
// such a document is checked on its own and stands for no other.

export class TwinJobs {
  private readonly byContent = new Map<string, number>();
  private readonly keys: string[] = [];
  /** For each job added, the distinct job that stands for it (an index into `distinct`). */
  private readonly standsFor: number[] = [];
  /** The jobs to check, in the order first met. */
  readonly distinct: LintJob[] = [];

  /** @param ownDismissals keys of the documents that have dismissed findings */
  constructor(private readonly ownDismissals: ReadonlySet<string>) {}

  /** The number of jobs added. */
  get size(): number {
    return this.keys.length;
  }

  /** Adds jobs in input order; returns those met for the first time (to be checked). */
  add(jobs: readonly LintJob[]): LintJob[] {
    const fresh: LintJob[] = [];
    for (const job of jobs) {
      this.keys.push(job.key);
      const content = this.ownDismissals.has(job.key) ? undefined : contentKey(job);
      const twin = content === undefined ? undefined : this.byContent.get(content);
      if (twin !== undefined) {
        this.standsFor.push(twin);
        continue;
      }
      const index = this.distinct.push(job) - 1;
      if (content !== undefined) this.byContent.set(content, index);
      this.standsFor.push(index);
      fresh.push(job);
    }
    return fresh;
  }

  /** Every added job's result, given the distinct jobs' results in their order; a twin's findings carry its own key. */
  expand(results: readonly JobResult[]): JobResult[] {
    // The first job to stand for a distinct one is that job (added in input order); the rest are its twins.
    const met = new Set<number>();
    return this.standsFor.map((d, i) => {
      const r = results[d]!;
      if (!met.has(d)) {
        met.add(d);
        return r;
      }
      const key = this.keys[i]!;
      return { ...r, findings: r.findings.map((f) => ({ ...f, docKey: key })) };
    });
  }
}

/** A digest of all a job's findings depend on besides its key (the text could be megabytes: only the digest is kept). */
function contentKey(job: LintJob): string {
  return createHash('sha1')
    .update(JSON.stringify([job.source, job.target, job.links]))
    .digest('base64');
}
