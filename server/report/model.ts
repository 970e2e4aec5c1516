import type { FindingSeverity } from '../checks/types.ts';
import type { MqmScore, MqmWeights } from './mqm-score.ts';

// What a report is made of. The input is the same whether it comes from a lint run (files)
// or from the store (with reviewers' decisions), so one builder and one renderer serve the
// CLI's report, `lint --format html` and, later, the web's /report page.

export type ReviewStatus = 'open' | 'confirmed' | 'dismissed';

export interface ReportFinding {
  ruleId: string;
  category: string;
  severity: FindingSeverity;
  /** Identical occurrences in one paragraph. */
  count: number;
  /** Flagged target text (for entity findings: the rendering). */
  text: string;
  /** Source text the finding points at (for entity findings: the English name or term). */
  sourceText?: string;
  /** The fix (for entity findings: the rendering used elsewhere). */
  suggestion?: string;
  status: ReviewStatus;
}

export interface ReportDocument {
  /** Source key + "/" + system: unique in a report. */
  key: string;
  sourceKey: string;
  system: string;
  /** Which corpus the document belongs to: the folder (or file) it was imported or linted from. */
  corpus: string;
  title?: string;
  sourceWords: number;
  findings: ReportFinding[];
}

export interface ReportInput {
  title: string;
  /** Signatures of the runs whose findings are reported (normally exactly one). */
  signatures: string[];
  weights: MqmWeights;
  /** True when the findings come from a store, where reviewers may have confirmed or dismissed them. */
  reviewable: boolean;
  documents: ReportDocument[];
}

/** Counts of findings (occurrences, not grouped rows); dismissed findings are not counted. */
export interface Tally {
  documents: number;
  findings: number;
  bySeverity: Record<FindingSeverity, number>;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
  score: MqmScore;
}

export interface DocumentReport {
  key: string;
  sourceKey: string;
  system: string;
  corpus: string;
  title?: string;
  tally: Tally;
}

export interface SystemReport {
  system: string;
  tally: Tally;
  documents: DocumentReport[];
}

export interface CorpusReport {
  corpus: string;
  tally: Tally;
  systems: SystemReport[];
}

/** One entity (a name, outlet or term) rendered more than one way. */
export interface EntityReport {
  entity: string;
  rules: string[];
  /** Renderings flagged as the odd one out, with their occurrences. */
  flagged: { text: string; count: number }[];
  /** Renderings the rules proposed instead (the majority or the authority's). */
  preferred: string[];
  documents: number;
  systems: string[];
}

export interface ReviewCounts {
  confirmed: number;
  dismissed: number;
  open: number;
  /** confirmed / (confirmed + dismissed); null before any decision. */
  precision: number | null;
}

export interface ReviewReport {
  overall: ReviewCounts;
  byRule: ({ ruleId: string } & ReviewCounts)[];
}

export interface Report {
  title: string;
  signatures: string[];
  weights: MqmWeights;
  total: Tally;
  corpora: CorpusReport[];
  /** The documents with the highest penalty per 100 source words (those with findings only). */
  worst: DocumentReport[];
  entities: EntityReport[];
  /** Present only when the input is reviewable (from a store). */
  reviews?: ReviewReport;
}
