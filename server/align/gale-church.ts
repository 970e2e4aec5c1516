import { chineseLength, lengthDelta } from './paragraphs.ts';
import { documentSentences } from './link-sentences.ts';
import { range } from './ranges.ts';

// The classic Gale–Church (1993) aligner, as the baseline the real aligner is measured
// against: lengths only, link types 1-1, 1-0, 0-1, 2-1, 1-2, 2-2 with the paper's priors,
// cost −log P(type) − log 2(1 − Φ(|δ|)), paragraphs first and then sentences inside each
// paragraph link. The length model is the one calibrated for English→Chinese
// (paragraphs.ts: Chinese characters per English character, and the variance).

export interface GcLink {
  src: number[];
  tgt: number[];
}

/** The paper's link-type probabilities, [source, target, P]. */
const TYPES: readonly [number, number, number][] = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17, error below 7.5e-8). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return x > 0 ? 1 - p : p;
}

/** −log P(match | lengths): en English characters against zh Chinese ones. */
export function gcLengthCost(en: number, zh: number): number {
  if (en === 0 && zh === 0) return 0;
  const p = 2 * (1 - normalCdf(Math.abs(lengthDelta(en, zh))));
  return -Math.log(Math.max(p, 1e-300));
}

/** Gale–Church over two lists of lengths (English characters, Chinese length). Full table: a baseline, not for huge inputs. */
export function galeChurch(en: readonly number[], zh: readonly number[]): GcLink[] {
  const n = en.length;
  const m = zh.length;
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY));
  const back: Int8Array[] = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1));
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < TYPES.length; k++) {
        const [di, dj, p] = TYPES[k]!;
        if (i + di > n || j + dj > m) continue;
        let a = 0;
        let b = 0;
        for (let x = i; x < i + di; x++) a += en[x]!;
        for (let y = j; y < j + dj; y++) b += zh[y]!;
        const v = here - Math.log(p) + gcLengthCost(a, b);
        if (v < best[i + di]![j + dj]!) {
          best[i + di]![j + dj] = v;
          back[i + di]![j + dj] = k;
        }
      }
    }
  }
  const out: GcLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = TYPES[back[i]![j]!]!;
    out.push({ src: range(i - di, i), tgt: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return out.reverse();
}

/** Classic two-level Gale–Church on an English document and its Chinese translation, both as paragraphs. */
export function galeChurchDocument(source: readonly string[], target: readonly string[]) {
  const paragraphs = galeChurch(
    source.map((p) => p.trim().length),
    target.map((p) => chineseLength(p.trim())),
  );
  const src = documentSentences(source, 'en');
  const tgt = documentSentences(target, 'zh');
  const links: GcLink[] = [];
  let si = 0;
  let ti = 0;
  for (const p of paragraphs) {
    const s0 = si;
    const t0 = ti;
    while (si < src.length && p.src.includes(src[si]!.para)) si++;
    while (ti < tgt.length && p.tgt.includes(tgt[ti]!.para)) ti++;
    const inner = galeChurch(
      src.slice(s0, si).map((s) => s.text.length),
      tgt.slice(t0, ti).map((s) => chineseLength(s.text)),
    );
    for (const l of inner) links.push({ src: l.src.map((x) => x + s0), tgt: l.tgt.map((x) => x + t0) });
  }
  return { paragraphs, source: src, target: tgt, links };
}
