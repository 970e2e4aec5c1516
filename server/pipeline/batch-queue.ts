// Batches waiting for a thread, each with the thread it would rather run on. Most of a lint
// run's work is warming memos (a source's mentions, a sentence that several systems translated
// alike, a paragraph repeated from an earlier article), and every thread has memos of its own:
// batches dealt out in turn made each thread pay for nearly all of that warmth, where batches of
// one source kept on one thread pay for it once. A thread left with none of its own takes
// another's, so the threads still finish together.

export class BatchQueue {
  private readonly batches: { jobs: number[]; home: number }[] = [];
  /** Each source's home thread, by the source's first paragraph. */
  private readonly homeOf = new Map<string, number>();
  /** Segment pairs given each thread so far. */
  private readonly load: number[];

  constructor(threads: number) {
    this.load = new Array<number>(Math.max(1, threads)).fill(0);
  }

  get length(): number {
    return this.batches.length;
  }

  /**
   * Queues a batch of `pairs` segment pairs whose first document translates `source`: it goes
   * home to the thread that source went to before, else to the thread given the fewest pairs.
   */
  push(jobs: number[], source: readonly string[], pairs: number): void {
    const key = source[0] ?? '';
    let home = this.homeOf.get(key);
    if (home === undefined) {
      home = this.load.indexOf(Math.min(...this.load));
      this.homeOf.set(key, home);
    }
    this.load[home]! += pairs;
    this.batches.push({ jobs, home });
  }

  /**
   * The next batch for thread `home` (0, 1, …): the first of its own, else the last one queued,
   * the farthest from where its own thread is working.
   */
  take(home: number): number[] | undefined {
    const i = this.batches.findIndex((b) => b.home === home);
    return (i >= 0 ? this.batches.splice(i, 1)[0] : this.batches.pop())?.jobs;
  }
}
