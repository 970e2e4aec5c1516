import type { CostParams } from './link-cost.ts';

// The aligner's settings. Priors are −log of link-type frequencies; the weights were tuned on
// MAC-Dev (../shared/data/align-zhen/mac-dev) only, never on MAC-Test, which is for reporting.

export interface AlignParams {
  cost: CostParams;
  /** Subtracted from every word's log inverse document frequency: words in most sentences weigh nothing. */
  idfFloor: number;
  /** Inverse document frequencies are counted as if the text had at least this many sentences (a paragraph is too small to tell). */
  idfMinSentences: number;
  /** Below this many DP cells the whole table is searched and no anchors are needed. */
  fullTableCells: number;
  /** Anchor search window around the length diagonal, in sentences: at least this, or this share of the text. */
  anchorWindow: number;
  anchorWindowShare: number;
  /** An anchor's similarity must reach this, and beat the runner-up in its row and column by this margin. */
  anchorMin: number;
  anchorMargin: number;
  /** Most sentences the anchor window reaches either side of the diagonal, so that long texts stay linear. */
  anchorWindowMax: number;
  /** Half-width of the search band at an anchor, how much it widens per sentence away from one, and its cap. */
  bandWidth: number;
  bandGrowth: number;
  bandMax: number;
  /** Between two anchors more than bandWidth apart, the whole rectangle is searched up to this many cells. */
  gapCells: number;
}

export const ALIGN_PARAMS: AlignParams = {
  cost: {
    priors: {
      '1-1': 0.25,
      '1-2': 1.12,
      '2-1': 1.92,
      '1-3': 2.9,
      '3-1': 5,
      '2-2': 4,
      '1-4': 3.8,
      '4-1': 6,
      '2-3': 5.64,
      '3-2': 6,
      '1-0': 5.4,
      '0-1': 6,
    },
    variance: 1.67,
    lengthWeight: 1,
    lexWeight: 0.105,
    simWeight: 5.6,
    anchorWeight: 0.5,
    skipPerChar: 0.02,
  },
  idfFloor: 0.5,
  idfMinSentences: 50,
  fullTableCells: 40_000,
  anchorWindow: 10,
  anchorWindowShare: 0.05,
  anchorMin: 0.1,
  anchorMargin: 0.05,
  anchorWindowMax: 100,
  bandWidth: 8,
  bandGrowth: 0.3,
  bandMax: 50,
  gapCells: 250_000,
};
