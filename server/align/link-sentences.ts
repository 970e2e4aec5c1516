import { splitSentences, type Lang, type Sentence } from '../text/sentences.ts';
import { chineseNumbers, englishNumbers } from '../text/numbers.ts';
import { chineseLength, lengthCost, PRIOR, RATIO } from './paragraphs.ts';
import { prefixSums, range } from './ranges.ts';

// Sentence links inside one paragraph link, by length (Gale–Church, with the paragraph
// aligner's length model) plus shared numbers, for the rules that look for sentences with no
// counterpart (checks/gaps.ts). The full aligner is sentence-align.ts / align-document.ts.

/** A sentence of one side of a link: which paragraph it is in, and where (UTF-16). */
export interface ParaSentence extends Sentence {
  para: number;
}

/** Indices into the link's source and target sentence lists; either side may be empty. */
export interface SentenceLink {
  src: number[];
  tgt: number[];
}

export interface LinkSentences {
  source: ParaSentence[];
  target: ParaSentence[];
  links: SentenceLink[];
}

/**
 * −log prior of each link type: the paragraph aligner's, plus the wider merges that long
 * English sentences rendered as several Chinese ones (and the reverse) need.
 */
const MOVES: readonly (readonly [number, number, number])[] = [
  [1, 1, PRIOR['1-1']!],
  [1, 0, PRIOR['1-0']!],
  [0, 1, PRIOR['0-1']!],
  [2, 1, PRIOR['2-1']!],
  [1, 2, PRIOR['1-2']!],
  [3, 1, 4.5],
  [1, 3, 4.5],
  [2, 2, 4.5],
];
const NUMBER_BONUS = 1.5;
/** Numbers are anchors in sentences, not in runaway text (which would only cost time). */
const ANCHOR_MAX_CHARS = 2000;
/** Band half-width (in sentences) once a link is too big for the full table. */
const BAND = 40;
const FULL_TABLE_CELLS = 250_000;

function sentencesOf(paras: readonly { index: number; text: string }[], lang: Lang): ParaSentence[] {
  const out: ParaSentence[] = [];
  // Written out, not spread: spreading a small object is V8's slow path, and this runs for
  // every sentence of every link.
  for (const p of paras) for (const s of splitSentences(p.text, lang)) out.push({ start: s.start, end: s.end, text: s.text, para: p.index });
  return out;
}

/** Every sentence of a document given as paragraphs, each with its paragraph's index. */
export function documentSentences(paras: readonly string[], lang: Lang): ParaSentence[] {
  return sentencesOf(
    paras.map((text, index) => ({ index, text })),
    lang,
  );
}

/**
 * enScale: how much longer this translation runs than the calibrated ratio (1 = as calibrated).
 * Length and numbers only, on purpose: the omission and addition rules read a 1-0 link as a
 * dropped sentence, and the full aligner's priors (calibrated on literary translation, where a
 * Chinese sentence often becomes two English ones) would fold a dropped sentence into a 1-2 link.
 */
export function alignLinkSentences(source: readonly { index: number; text: string }[], target: readonly { index: number; text: string }[], enScale = 1): LinkSentences {
  const src = sentencesOf(source, 'en');
  const tgt = sentencesOf(target, 'zh');
  return { source: src, target: tgt, links: alignSentencesByLength(src.map((s) => s.text), tgt.map((s) => s.text), enScale) };
}

/** Monotone links covering every sentence of both sides in order. */
export function alignSentencesByLength(source: readonly string[], target: readonly string[], enScale = 1): SentenceLink[] {
  const n = source.length;
  const m = target.length;
  const enCum = prefixSums(source.map((s) => s.length * enScale));
  const zhCum = prefixSums(target.map(chineseLength));
  const enNum = source.map((s) => (s.length <= ANCHOR_MAX_CHARS ? englishNumbers(s).map((x) => x.value) : []));
  // A number is an anchor only when both sides have one: without English numbers the
  // Chinese ones are not read.
  const anyEn = enNum.some((v) => v.length > 0);
  const zhNum = target.map((s) => (anyEn && s.length <= ANCHOR_MAX_CHARS ? chineseNumbers(s).map((x) => x.value) : []));

  const cost = (i: number, j: number, di: number, dj: number, prior: number): number => {
    const en = enCum[i + di]! - enCum[i]!;
    const zh = zhCum[j + dj]! - zhCum[j]!;
    if (di === 0 || dj === 0) return prior + 0.02 * Math.sqrt(en + zh / RATIO);
    let shared = 0;
    for (let b = j; b < j + dj; b++) {
      for (const v of zhNum[b]!) {
        for (let a = i; a < i + di; a++) {
          if (enNum[a]!.includes(v)) {
            shared++;
            break;
          }
        }
      }
    }
    return prior + lengthCost(en, zh) - NUMBER_BONUS * Math.min(shared, 3);
  };

  // Row i holds columns lo[i]..hi[i]; the band follows the diagonal of proportional length.
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const totalEn = enCum[n]!;
  const totalZh = zhCum[m]!;
  let c = 0;
  for (let i = 0; i <= n; i++) {
    if (n * m <= FULL_TABLE_CELLS) {
      lo[i] = 0;
      hi[i] = m;
      continue;
    }
    const want = totalEn > 0 ? (enCum[i]! / totalEn) * totalZh : 0;
    while (c < m && zhCum[c + 1]! <= want) c++;
    lo[i] = Math.max(0, c - BAND);
    hi[i] = Math.min(m, c + BAND);
  }
  lo[0] = 0;
  hi[n] = m;
  // Every row must overlap the one above, or the table would have no path through it.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, hi[i - 1]!);

  const best: Float64Array[] = [];
  const back: Int8Array[] = [];
  for (let i = 0; i <= n; i++) {
    best.push(new Float64Array(hi[i]! - lo[i]! + 1).fill(Number.POSITIVE_INFINITY));
    back.push(new Int8Array(hi[i]! - lo[i]! + 1).fill(-1));
  }
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = best[i]![j - lo[i]!]!;
      if (here === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj, prior] = MOVES[k]!;
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
        const v = here + cost(i, j, di, dj, prior);
        const row = best[ni]!;
        if (v < row[nj - lo[ni]!]!) {
          row[nj - lo[ni]!] = v;
          back[ni]![nj - lo[ni]!] = k;
        }
      }
    }
  }

  const links: SentenceLink[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[i]![j - lo[i]!]!;
    const [di, dj] = MOVES[k]!;
    links.push({ src: range(i - di, i), tgt: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return links.reverse();
}
