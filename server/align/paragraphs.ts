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
  let ascii = 0;
  let other = 0;
  for (const ch of p) {
    if (ch.charCodeAt(0) < 128) ascii++;
    else other++;
  }
  return other + ascii * RATIO;
}

function numbersOf(paras: readonly string[], lang: 'en' | 'zh'): Set<string>[] {
  return paras.map((p) => new Set((lang === 'en' ? englishNumbers(p) : chineseNumbers(p)).map((n) => n.value)));
}

export function alignParagraphs(source: readonly string[], target: readonly string[]): ParagraphLink[] {
  const n = source.length;
  const m = target.length;
  const enLen = source.map((p) => p.length);
  const zhLen = target.map(chineseLength);
  const enNum = numbersOf(source, 'en');
  const zhNum = numbersOf(target, 'zh');

  const shared = (si: number[], ti: number[]): number => {
    const a = new Set(si.flatMap((i) => [...enNum[i]!]));
    let k = 0;
    for (const t of ti) for (const v of zhNum[t]!) if (a.has(v)) k++;
    return k;
  };
  const cost = (si: number[], ti: number[], type: string): number => {
    const en = si.reduce((s, i) => s + enLen[i]!, 0);
    const zh = ti.reduce((s, i) => s + zhLen[i]!, 0);
    if (si.length === 0 || ti.length === 0) return PRIOR[type]! + 0.02 * Math.sqrt(en + zh / RATIO);
    return PRIOR[type]! + lengthCost(en, zh) - 1.5 * shared(si, ti);
  };

  const INF = Number.POSITIVE_INFINITY;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const back: (readonly [number, number] | null)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(null));
  best[0]![0] = 0;
  const moves = [
    [1, 1, '1-1'],
    [1, 0, '1-0'],
    [0, 1, '0-1'],
    [2, 1, '2-1'],
    [1, 2, '1-2'],
  ] as const;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === INF) continue;
      for (const [di, dj, type] of moves) {
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) continue;
        const c = here + cost(range(i, ni), range(j, nj), type);
        if (c < best[ni]![nj]!) {
          best[ni]![nj] = c;
          back[ni]![nj] = [di, dj];
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
