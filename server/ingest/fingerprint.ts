import { chineseNumbers, englishNumbers } from '../text/numbers.ts';

// Finding a translation's source among stored ones by what survives translation:
// numbers and dates (as values), Latin-script tokens copied through, and the length
// profile. Pure: candidates come in, a ranking goes out.

export interface Candidate {
  key: string;
  paragraphs: string[];
}

export interface MatchResult {
  key: string;
  score: number; // 0..1
}

/** zh characters per en character in news translation, measured on the demo corpus and the MQM dev set (≈0.3). */
const ZH_PER_EN_CHAR = 0.3;

const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9.'’-]*[A-Za-z0-9]|[A-Za-z]/g;

function latinTokens(text: string): Set<string> {
  return new Set([...text.matchAll(LATIN_TOKEN)].map((m) => m[0].toLowerCase().replace(/[.'’]+$/, '')));
}

interface TargetPrint {
  numbers: Set<string>;
  latin: Set<string>;
  paraCount: number;
  firstLen: number;
  totalLen: number;
}

export function targetPrint(paragraphs: string[]): TargetPrint {
  const text = paragraphs.join('\n');
  return {
    numbers: new Set(chineseNumbers(text).map((n) => n.value)),
    latin: latinTokens(text),
    paraCount: paragraphs.length,
    firstLen: paragraphs[0]?.length ?? 0,
    totalLen: text.length,
  };
}

function closeness(a: number, b: number): number {
  if (a === 0 && b === 0) return 1;
  return Math.min(a, b) / Math.max(a, b);
}

function score(t: TargetPrint, source: Candidate): number {
  const text = source.paragraphs.join('\n');
  const srcNumbers = new Set(englishNumbers(text).map((n) => n.value));
  const srcLatin = latinTokens(text);
  const anchors = [...t.numbers, ...[...t.latin].map((l) => `l:${l}`)];
  const found = anchors.filter((a) => (a.startsWith('l:') ? srcLatin.has(a.slice(2)) : srcNumbers.has(a))).length;
  // Target anchors found in the source (recall) and source numbers found in the target
  // (so a long source that contains everything does not win by size).
  const targetRecall = anchors.length ? found / anchors.length : 0;
  const sourceRecall = srcNumbers.size ? [...srcNumbers].filter((n) => t.numbers.has(n)).length / srcNumbers.size : 0;
  const profile =
    (closeness(t.paraCount, source.paragraphs.length) +
      closeness(t.firstLen, (source.paragraphs[0]?.length ?? 0) * ZH_PER_EN_CHAR) +
      closeness(t.totalLen, text.length * ZH_PER_EN_CHAR)) /
    3;
  const hasAnchors = anchors.length > 0 || srcNumbers.size > 0;
  return hasAnchors ? 0.45 * targetRecall + 0.25 * sourceRecall + 0.3 * profile : profile * 0.5;
}

/** Ranks candidates, best first. */
export function rankSources(targetParagraphs: string[], candidates: Candidate[]): MatchResult[] {
  const t = targetPrint(targetParagraphs);
  return candidates
    .map((c) => ({ key: c.key, score: Math.round(score(t, c) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** Below this a match is a guess, and the import refuses rather than guesses. */
export const MIN_MATCH_SCORE = 0.35;
/** Two candidates this close are "equally likely". */
export const TIE_MARGIN = 0.02;
