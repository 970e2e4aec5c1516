import { chineseNumbers, englishNumbers } from '../text/numbers.ts';
import { range } from './ranges.ts';

// Paragraph alignment, Gale–Church style: a monotone dynamic programme over link types
// 1-1, 1-0, 0-1, 2-1, 1-2, scored by how far the Chinese length is from the English
// length times the expected ratio, with a bonus for numbers both sides share. It is the
// coarse first stage; the sentence aligner (issue 6) refines inside these links.

export interface ParagraphLink {
  src: number[];
  tgt: number[];
  /** Cost of this link; lower is more certain. */
  cost: number;
}

/**
 * Chinese characters per English character and the variance of the difference, measured
 * on ../shared/data/mqm-enzh-dev (1,572 segment pairs: 0.273 and 0.54).
 */
export const RATIO = 0.273;
const VARIANCE = 0.54;
/** Prior costs (−log p) of link types: 1-1 is by far the commonest in news MT. */
export const PRIOR: Record<string, number> = { '1-1': 0, '2-1': 3, '1-2': 3, '1-0': 3.5, '0-1': 3.5 };

/**
 * Gale–Church δ: how many standard deviations zh Chinese characters are from what en English
 * ones predict. The one length model of every aligner here; a document's own ratio and a
 * tuned variance may replace the calibrated ones.
 */
export function lengthDelta(en: number, zh: number, ratio = RATIO, variance = VARIANCE): number {
  const mean = (en + zh / ratio) / 2;
  return (zh - en * ratio) / Math.sqrt(Math.max(mean, 1) * variance);
}

/** Gale–Church cost (−log probability, up to a constant) of en English characters rendered as zh Chinese ones. */
export function lengthCost(en: number, zh: number, ratio = RATIO, variance = VARIANCE): number {
  const delta = lengthDelta(en, zh, ratio, variance);
  return (delta * delta) / 2;
}

/** Latin text copied into the Chinese keeps its English length, so it counts at the English rate. */
export function chineseLength(p: string): number {
  // Code points, read by code unit: a surrogate pair is one.
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 128) ascii++;
    else {
      other++;
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = p.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
  }
  return other + ascii * RATIO;
}

function numbersOf(paras: readonly string[], lang: 'en' | 'zh'): Set<string>[] {
  return paras.map((p) => new Set((lang === 'en' ? englishNumbers(p) : chineseNumbers(p)).map((n) => n.value)));
}

/** Link types as moves of the programme: English paragraphs taken, Chinese paragraphs taken. */
const MOVES = [
  [1, 1, PRIOR['1-1']!],
  [1, 0, PRIOR['1-0']!],
  [0, 1, PRIOR['0-1']!],
  [2, 1, PRIOR['2-1']!],
  [1, 2, PRIOR['1-2']!],
] as const;

export function alignParagraphs(source: readonly string[], target: readonly string[]): ParagraphLink[] {
  const n = source.length;
  const m = target.length;
  const enLen = source.map((p) => p.length);
  const zhLen = target.map(chineseLength);
  const enNum = numbersOf(source, 'en');
  const zhNum = numbersOf(target, 'zh');

  // Values of Chinese paragraphs [t0, t1) found among those of English paragraphs [s0, s1)
  // (one or two of them), each Chinese paragraph's counted on its own.
  const shared = (s0: number, s1: number, t0: number, t1: number): number => {
    const a = enNum[s0]!;
    const b = s1 - s0 > 1 ? enNum[s0 + 1]! : undefined;
    let k = 0;
    for (let t = t0; t < t1; t++) for (const v of zhNum[t]!) if (a.has(v) || (b !== undefined && b.has(v))) k++;
    return k;
  };
  // Sums in index order from 0, as the programme always added them: the costs are the same to the last bit.
  const cost = (s0: number, s1: number, t0: number, t1: number, prior: number): number => {
    let en = 0;
    for (let i = s0; i < s1; i++) en += enLen[i]!;
    let zh = 0;
    for (let j = t0; j < t1; j++) zh += zhLen[j]!;
    if (s1 === s0 || t1 === t0) return prior + 0.02 * Math.sqrt(en + zh / RATIO);
    return prior + lengthCost(en, zh) - 1.5 * shared(s0, s1, t0, t1);
  };

  const INF = Number.POSITIVE_INFINITY;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const back: (readonly [number, number, number] | null)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(null));
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === INF) continue;
      for (const move of MOVES) {
        const ni = i + move[0];
        const nj = j + move[1];
        if (ni > n || nj > m) continue;
        const c = here + cost(i, ni, j, nj, move[2]);
        if (c < best[ni]![nj]!) {
          best[ni]![nj] = c;
          back[ni]![nj] = move;
        }
      }
    }
  }
  const links: ParagraphLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = back[i]![j]!;
    links.push({ src: range(i - di, i), tgt: range(j - dj, j), cost: best[i]![j]! - best[i - di]![j - dj]! });
    i -= di;
    j -= dj;
  }
  return links.reverse();
}
