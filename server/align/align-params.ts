import type { CostParams } from './link-cost.ts';

// The aligner's settings. Priors are −log of link-type frequencies; the weights were tuned on
// MAC-Dev (../shared/data/align-zhen/mac-dev) only, never on MAC-Test, which is for reporting.

export interface AlignParams {
  cost: CostParams;
  /** Subtracted from every word's log inverse document frequency: words in most sentences weigh nothing. */
  idfFloor: number;
  /** Below this many DP cells the whole table is searched and no anchors are needed. */
  fullTableCells: number;
  /** Anchor search window around the length diagonal, in sentences: at least this, or this share of the text. */
  anchorWindow: number;
  anchorWindowShare: number;
  /** An anchor's similarity must reach this, and beat the runner-up in its row and column by this margin. */
  anchorMin: number;
  anchorMargin: number;
  /** Half-width of the search band at an anchor, and how much it widens per sentence away from one. */
  bandWidth: number;
  bandGrowth: number;
}

export const ALIGN_PARAMS: AlignParams = {
  cost: {
    priors: {
      '1-1': 0.25,
      '1-2': 1.12,
      '2-1': 3,
      '1-3': 2.9,
      '3-1': 5,
      '2-2': 4,
      '1-4': 3.8,
      '4-1': 6,
      '2-3': 4.7,
      '3-2': 6,
      '1-0': 5.4,
      '0-1': 6,
    },
    variance: 3.4,
    lengthWeight: 1,
    lexWeight: 0.15,
    simWeight: 4,
    anchorWeight: 1,
    skipPerChar: 0.02,
  },
  idfFloor: 1,
  fullTableCells: 40_000,
  anchorWindow: 10,
  anchorWindowShare: 0.05,
  anchorMin: 0.1,
  anchorMargin: 0.05,
  bandWidth: 8,
  bandGrowth: 0.3,
};
