import { describe, expect, it } from 'vitest';
import { BatchQueue } from '../../server/pipeline/batch-queue.ts';

const A = ['Article A.', 'Its second paragraph.'];
const B = ['Article B.'];
const C = ['Article C.'];

describe('BatchQueue', () => {
  it('sends a source home to the thread it went to first, and a new one to the thread given the fewest pairs', () => {
    const q = new BatchQueue(2);
    q.push([0], A, 400); // thread 0 (both empty: the first)
    q.push([1], B, 300); // thread 1 (0 has 400)
    q.push([2], C, 100); // thread 1 (300 < 400)
    q.push([3], A, 400); // thread 0: A's home, although it has more
    q.push([4], ['Article D.'], 50); // thread 1 (400 < 800)
    expect([q.take(1), q.take(1), q.take(1), q.take(0), q.take(0)]).toEqual([[1], [2], [4], [0], [3]]);
    expect(q.take(0)).toBeUndefined();
  });

  it('tells sources apart by their first paragraph', () => {
    const q = new BatchQueue(2);
    q.push([0], A, 10);
    q.push([1], [A[0]!, 'Another second paragraph.'], 10); // same first paragraph: thread 0
    q.push([2], ['Other first.', A[1]!], 10); // another source: thread 1
    expect([q.take(0), q.take(0), q.take(1)]).toEqual([[0], [1], [2]]);
  });

  it('gives a thread with none of its own the last batch queued, leaving the front to its owner', () => {
    const q = new BatchQueue(2);
    q.push([0, 1], A, 10);
    q.push([2], A, 10);
    q.push([3], A, 10);
    expect(q.take(1)).toEqual([3]);
    expect(q.take(0)).toEqual([0, 1]);
    expect(q.length).toBe(1);
  });

  it('serves every batch to a single thread, in order', () => {
    const q = new BatchQueue(1);
    for (const [i, s] of [A, B, C].entries()) q.push([i], s, 10);
    expect([q.take(0), q.take(0), q.take(0), q.take(0)]).toEqual([[0], [1], [2], undefined]);
  });
});
