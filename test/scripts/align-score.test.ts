import { describe, expect, it } from 'vitest';
import { addCounts, emptyCounts, exactPrf, laxPrf, scoreDocument, strictPrf, type Link } from '../../scripts/lib/align-score.ts';

const L = (src: number[], tgt: number[]): Link => ({ src, tgt });

describe('alignment scorer', () => {
  it('scores a perfect alignment 1 on every metric', () => {
    const gold = [L([0], [0]), L([1, 2], [1]), L([3], [])];
    const c = scoreDocument(gold, gold);
    expect(exactPrf(c)).toEqual({ p: 1, r: 1, f1: 1 });
    expect(strictPrf(c)).toEqual({ p: 1, r: 1, f1: 1 });
    expect(laxPrf(c)).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('computes exact, strict and lax on a hand-made case', () => {
    // gold: 1-1, 1-2, 1-0; test splits the 1-2 into 1-1 + 0-1.
    const gold = [L([0], [0]), L([1], [1, 2]), L([2], [])];
    const test = [L([0], [0]), L([1], [1]), L([], [2]), L([2], [])];
    const c = scoreDocument(gold, test);
    // exact: [0]:[0] and [2]:[] match; 4 test links, 3 gold links.
    expect(exactPrf(c).p).toBeCloseTo(2 / 4);
    expect(exactPrf(c).r).toBeCloseTo(2 / 3);
    expect(exactPrf(c).f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    // strict precision: 2 of 4; lax precision: [1]:[1] shares the pair (1,1) with the gold 1-2, []:[2] shares nothing.
    expect(strictPrf(c).p).toBeCloseTo(0.5);
    expect(laxPrf(c).p).toBeCloseTo(0.75);
    // recall drops links with an empty side: gold [0]:[0], [1]:[1,2] against test [0]:[0], [1]:[1].
    expect(strictPrf(c).r).toBeCloseTo(0.5);
    expect(laxPrf(c).r).toBeCloseTo(1);
    expect(laxPrf(c).f1).toBeCloseTo((2 * 0.75) / 1.75);
    expect(c.byType).toEqual({ '1-1': { gold: 1, found: 1 }, '1-2': { gold: 1, found: 0 }, '1-0': { gold: 1, found: 1 } });
  });

  it('gives no lax credit to a link that pairs the wrong sentences', () => {
    const gold = [L([0], [0]), L([1], [1])];
    const test = [L([0], [1]), L([1], [0])];
    const c = scoreDocument(gold, test);
    expect(exactPrf(c).f1).toBe(0);
    expect(laxPrf(c)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('micro-averages over documents', () => {
    const a = scoreDocument([L([0], [0]), L([1], [1]), L([2], [2])], [L([0], [0]), L([1], [1]), L([2], [2])]);
    const b = scoreDocument([L([0, 1], [0])], [L([0], [0]), L([1], [])]);
    const total = addCounts(addCounts(emptyCounts(), a), b);
    expect(total.exact).toBe(3);
    expect(total.test).toBe(5);
    expect(total.gold).toBe(4);
    expect(exactPrf(total).p).toBeCloseTo(3 / 5);
    expect(exactPrf(total).r).toBeCloseTo(3 / 4);
    expect(total.byType['2-1']).toEqual({ gold: 1, found: 0 });
    expect(total.byType['1-1']).toEqual({ gold: 3, found: 3 });
  });

  it('scores an empty test alignment 0 without dividing by zero', () => {
    const c = scoreDocument([L([0], [0])], []);
    expect(exactPrf(c)).toEqual({ p: 0, r: 0, f1: 0 });
    expect(strictPrf(c)).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
