import { describe, expect, it } from 'vitest';
import { occurrences, overlaps, prf, rowScore, spanScore, type GoldSpan } from '../../scripts/lib/mqm-score.ts';

describe('prf', () => {
  it('is zero, not NaN, when nothing was predicted or nothing is gold', () => {
    expect(prf(0, 0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 3, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('is the harmonic mean', () => {
    const s = prf(1, 2, 1, 4);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.25);
    expect(s.f1).toBeCloseTo(1 / 3, 10);
  });
});

describe('rowScore', () => {
  it('counts true and false positives and misses over row ids', () => {
    const s = rowScore(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd', 'e']));
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
    expect(s.f1).toBeCloseTo(4 / 7, 10);
  });
  it('handles empty sets', () => {
    expect(rowScore(new Set(), new Set()).f1).toBe(0);
  });
});

describe('overlaps', () => {
  it('needs one shared code point', () => {
    expect(overlaps({ start: 0, end: 3 }, { start: 2, end: 5 })).toBe(true);
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
  });
  it('takes an empty span as the code point after it', () => {
    expect(overlaps({ start: 3, end: 3 }, { start: 3, end: 5 })).toBe(true);
    expect(overlaps({ start: 5, end: 5 }, { start: 3, end: 5 })).toBe(false);
  });
});

describe('spanScore', () => {
  const gold: GoldSpan[] = [
    { row: 'r1', side: 'target', start: 0, end: 6 },
    { row: 'r1', side: 'target', start: 20, end: 25 },
    { row: 'r2', side: 'source', start: 10, end: 20 },
  ];
  it('matches target spans by overlap in the same row only', () => {
    const s = spanScore(gold, [
      { row: 'r1', target: { start: 5, end: 8 } },
      { row: 'r2', target: { start: 0, end: 6 } },
    ]);
    expect([s.matchedPred, s.pred, s.matchedGold, s.gold]).toEqual([1, 2, 1, 3]);
  });
  it('matches source-side gold only through the finding\'s source span', () => {
    const withSource = spanScore(gold, [{ row: 'r2', target: { start: 10, end: 20 }, source: { start: 15, end: 16 } }]);
    expect([withSource.matchedPred, withSource.matchedGold]).toEqual([1, 1]);
    const without = spanScore(gold, [{ row: 'r2', target: { start: 10, end: 20 } }]);
    expect([without.matchedPred, without.matchedGold]).toEqual([0, 0]);
  });
  it('lets one finding match two gold spans, and counts it once for precision', () => {
    const s = spanScore(gold, [{ row: 'r1', target: { start: 0, end: 30 } }]);
    expect([s.matchedPred, s.pred, s.matchedGold]).toEqual([1, 1, 2]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
  });
});

describe('occurrences', () => {
  it('finds the later copies of a grouped finding in code points', () => {
    // 其中，plate治疗（plate组）: the second "plate" starts at code point 11.
    expect(occurrences('其中，plate治疗（plate组）', 'plate', 3, 2)).toEqual([
      { start: 3, end: 8 },
      { start: 11, end: 16 },
    ]);
  });
  it('counts an emoji as one code point', () => {
    expect(occurrences('😀ab😀ab', 'ab', 1, 2)).toEqual([
      { start: 1, end: 3 },
      { start: 4, end: 6 },
    ]);
  });
  it('stops when the text runs out', () => {
    expect(occurrences('ab', 'ab', 0, 3)).toEqual([{ start: 0, end: 2 }]);
  });
  it('takes the next copy that does not overlap the previous one, as lint --format mqm-tsv does', () => {
    expect(occurrences('aaaaa', 'aa', 0, 3)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});
