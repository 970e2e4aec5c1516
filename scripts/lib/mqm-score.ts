// Scoring for scripts/eval-mqm.ts: row-level and span-level precision, recall and F1 against
// human MQM spans. Pure, so the figures the script prints can be tested on hand-made cases.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall may rest on different counts (span scoring matches both ways). */
export function prf(matchedPred: number, pred: number, matchedGold: number, gold: number): Prf {
  const precision = pred === 0 ? 0 : matchedPred / pred;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export interface RowScore extends Prf {
  tp: number;
  fp: number;
  fn: number;
}

/** Rows are positive (gold) when a rater marked a span of the bucket, predicted when a finding fired. */
export function rowScore(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): RowScore {
  let tp = 0;
  for (const r of predicted) if (gold.has(r)) tp++;
  const fp = predicted.size - tp;
  const fn = gold.size - tp;
  return { tp, fp, fn, ...prf(tp, tp + fp, tp, tp + fn) };
}

/** Code points, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/**
 * At least one code point in common. An empty span (an insertion point, as omissions have)
 * counts as the code point after it, so it can still meet a span.
 */
export function overlaps(a: Range, b: Range): boolean {
  const ae = Math.max(a.end, a.start + 1);
  const be = Math.max(b.end, b.start + 1);
  return a.start < be && b.start < ae;
}

export interface GoldSpan extends Range {
  row: string;
  side: 'source' | 'target';
}

export interface PredictedSpan {
  row: string;
  target: Range;
  source?: Range;
}

export interface SpanScore extends Prf {
  pred: number;
  matchedPred: number;
  gold: number;
  matchedGold: number;
}

/**
 * A prediction matches a gold target span it overlaps in the same row; a gold source span is
 * matched only through the prediction's own source span. Precision counts predictions that
 * match something, recall counts gold spans that something matches.
 */
export function spanScore(gold: readonly GoldSpan[], predicted: readonly PredictedSpan[]): SpanScore {
  const byRow = new Map<string, GoldSpan[]>();
  for (const g of gold) byRow.set(g.row, [...(byRow.get(g.row) ?? []), g]);
  const matched = new Set<GoldSpan>();
  let matchedPred = 0;
  for (const p of predicted) {
    let hit = false;
    for (const g of byRow.get(p.row) ?? []) {
      const mine = g.side === 'target' ? p.target : p.source;
      if (mine && overlaps(mine, g)) {
        matched.add(g);
        hit = true;
      }
    }
    if (hit) matchedPred++;
  }
  return { pred: predicted.length, matchedPred, gold: gold.length, matchedGold: matched.size, ...prf(matchedPred, predicted.length, matched.size, gold.length) };
}

// The later occurrences of a grouped finding: the same reading as `lint --format mqm-tsv`.
export { occurrences } from '../../server/lint/occurrences.ts';
