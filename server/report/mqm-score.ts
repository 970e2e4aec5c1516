// MQM-style scoring (the WMT convention): each error costs a weight by severity, minor
// punctuation almost nothing, and a document's or system's penalty is normalised per 100
// source words so that long and short documents compare. Pure: the report, the CLI and the
// documents list all call this one function, so their figures agree.

export type ScoredSeverity = 'neutral' | 'minor' | 'major' | 'critical';

export interface MqmWeights {
  minor: number;
  major: number;
  critical: number;
  /** A minor error whose MQM category is punctuation (WMT: 0.1). */
  minorPunctuation: number;
}

export const DEFAULT_MQM_WEIGHTS: Readonly<MqmWeights> = Object.freeze({ minor: 1, major: 5, critical: 25, minorPunctuation: 0.1 });

/** One error as the scorer sees it; count is the number of identical occurrences (default 1). */
export interface ScoredError {
  severity: ScoredSeverity;
  /** MQM category path, e.g. "Linguistic conventions/Punctuation". */
  category: string;
  count?: number;
}

export interface MqmScore {
  /** Errors counted (occurrences; neutral ones included, at weight 0). */
  errors: number;
  /** Sum of the weights. */
  penalty: number;
  /** Source words the penalty is normalised by. */
  words: number;
  /** Penalty per 100 source words (lower is better); null when there are no source words. */
  per100Words: number | null;
}

const PUNCTUATION = /punctuation/i;

/** The weight of one occurrence of an error. */
export function errorWeight(e: Pick<ScoredError, 'severity' | 'category'>, weights: MqmWeights = DEFAULT_MQM_WEIGHTS): number {
  switch (e.severity) {
    case 'critical':
      return weights.critical;
    case 'major':
      return weights.major;
    case 'minor':
      return PUNCTUATION.test(e.category) ? weights.minorPunctuation : weights.minor;
    case 'neutral':
      return 0;
  }
}

/** The MQM-style score of a set of errors over a text of `words` source words. */
export function mqmScore(errors: readonly ScoredError[], words: number, weights: MqmWeights = DEFAULT_MQM_WEIGHTS): MqmScore {
  let penalty = 0;
  let n = 0;
  for (const e of errors) {
    const count = e.count ?? 1;
    n += count;
    penalty += errorWeight(e, weights) * count;
  }
  // Sums of 0.1 drift in binary floating point; four decimals is more than any report shows.
  penalty = round4(penalty);
  return { errors: n, penalty, words, per100Words: words > 0 ? round4((penalty * 100) / words) : null };
}

/** Adds scores of parts (documents of a system): penalties and words add, the rate is recomputed. */
export function combineScores(parts: readonly MqmScore[]): MqmScore {
  let errors = 0;
  let penalty = 0;
  let words = 0;
  for (const p of parts) {
    errors += p.errors;
    penalty += p.penalty;
    words += p.words;
  }
  penalty = round4(penalty);
  return { errors, penalty, words, per100Words: words > 0 ? round4((penalty * 100) / words) : null };
}

/**
 * Parses "minor=1,major=5,critical=25,minor-punctuation=0.1" (any subset; the rest keep
 * their defaults). Throws an Error naming the bad part.
 */
export function parseWeights(text: string, base: MqmWeights = DEFAULT_MQM_WEIGHTS): MqmWeights {
  const out: MqmWeights = { ...base };
  const names: Record<string, keyof MqmWeights> = { minor: 'minor', major: 'major', critical: 'critical', 'minor-punctuation': 'minorPunctuation' };
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const m = /^([a-z-]+)\s*=\s*(\S+)$/.exec(part);
    const key = m ? names[m[1]!] : undefined;
    if (!m || !key) throw new Error(`bad weight "${part}": expected NAME=NUMBER with NAME one of ${Object.keys(names).join(', ')}`);
    const value = Number(m[2]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`bad weight "${part}": ${m[2]} is not a number ≥ 0`);
    out[key] = value;
  }
  return out;
}

/** The weights as the report prints them, in the same syntax parseWeights reads. */
export function formatWeights(w: MqmWeights): string {
  return `minor=${w.minor},major=${w.major},critical=${w.critical},minor-punctuation=${w.minorPunctuation}`;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
