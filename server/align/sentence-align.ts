import { dictionary } from './dictionary.ts';
import { chineseSentence, englishSentence, type EnSentence, type ZhSentence } from './sentence-features.ts';
import { wantedNames } from './pinyin-names.ts';
import { documentRatio, linkCostModel, type CostParams, type LinkCostModel } from './link-cost.ts';
import { ALIGN_PARAMS, type AlignParams } from './align-params.ts';
import { range } from './ranges.ts';

// Sentence alignment of one aligned stretch of text (a paragraph group, or a whole document
// given one sentence a line). The search works like the best aligners do: first the links
// the evidence makes near-certain (a Chinese and an English sentence that are each other's
// best lexical match by a margin), then a dynamic programme over every link type, confined to
// a band around the path through those anchors. The band keeps the cost near linear in the
// length of the text; between two anchors far apart it widens, so a long gap is still searched.

export interface ZhEnLink {
  zh: number[];
  en: number[];
}

/** Link types the search may use, [Chinese, English] sentence counts. */
function moves(priors: Readonly<Record<string, number>>): [number, number, number][] {
  return Object.entries(priors).map(([t, c]) => {
    const [a, b] = t.split('-').map(Number) as [number, number];
    return [a, b, c];
  });
}

/** Both sides of a text, analysed once; any stretch of it can then be aligned. */
export interface PreparedText {
  en: EnSentence[];
  zh: ZhSentence[];
  ratio: number;
  params: AlignParams;
}

/**
 * Analyses every sentence of a document. Word weights and the length ratio are the
 * document's, so that a short paragraph group is scored with what the whole text says.
 */
export function prepareText(en: readonly string[], zh: readonly string[], params: AlignParams = ALIGN_PARAMS): PreparedText {
  const dict = dictionary();
  const enF = en.map((s) => englishSentence(s, dict));
  const wanted = wantedNames(enF.flatMap((s) => s.names.filter((x) => x !== '')));
  const zhF = zh.map((s) => chineseSentence(s, dict, wanted));
  weigh(enF, zhF, params);
  return { en: enF, zh: zhF, ratio: documentRatio(zhF, enF), params };
}

/** Links covering Chinese sentences [z0, z1) and English sentences [e0, e1) of a prepared text, in order. */
export function alignStretch(t: PreparedText, z0: number, z1: number, e0: number, e1: number): ZhEnLink[] {
  const n = z1 - z0;
  const m = e1 - e0;
  if (n === 0) return range(e0, e1).map((e) => ({ zh: [], en: [e] }));
  if (m === 0) return range(z0, z1).map((z) => ({ zh: [z], en: [] }));
  const model = linkCostModel(t.zh.slice(z0, z1), t.en.slice(e0, e1), t.params.cost, t.ratio);
  const band = searchBand(model, n, m, t.params);
  return bandDp(model, n, m, band, t.params.cost).map((l) => ({ zh: l.zh.map((z) => z + z0), en: l.en.map((e) => e + e0) }));
}

/** Sentence alignment of a whole text given as sentences. */
export function alignZhEn(en: readonly string[], zh: readonly string[], params: AlignParams = ALIGN_PARAMS): ZhEnLink[] {
  if (en.length === 0 || zh.length === 0) return alignStretch({ en: [], zh: [], ratio: 0, params }, 0, zh.length, 0, en.length);
  const t = prepareText(en, zh, params);
  return alignStretch(t, 0, zh.length, 0, en.length);
}

/**
 * Rare words are better evidence than common ones: a word's weight is its inverse document
 * frequency among the sentences of this text (how many sentences carry it), so 说 and "said",
 * which a novel has on every page, count for little and a name or a rare noun counts a lot.
 */
function weigh(en: EnSentence[], zh: ZhSentence[], params: AlignParams): void {
  const enDf = new Map<number, number>();
  for (const s of en) for (const k of s.keySet) enDf.set(k, (enDf.get(k) ?? 0) + 1);
  const zhDf = new Map<string, number>();
  for (const s of zh) for (const w of new Set(s.wordText)) zhDf.set(w, (zhDf.get(w) ?? 0) + 1);
  const idf = (df: number, n: number) => Math.max(0, Math.log((Math.max(n, params.idfMinSentences) + 1) / df) - params.idfFloor);
  for (const s of en) s.keys.forEach((k, i) => (s.weights[i] = idf(enDf.get(k) ?? 1, en.length)));
  for (const s of zh) s.wordText.forEach((w, i) => (s.weights[i] = idf(zhDf.get(w) ?? 1, zh.length)));
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** The band of English positions each Chinese position may take, around the anchor path. */
function searchBand(model: LinkCostModel, n: number, m: number, params: AlignParams): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  if ((n + 1) * (m + 1) <= params.fullTableCells) {
    hi.fill(m);
    return { lo, hi };
  }
  const anchors = findAnchors(model, n, m, params);
  // Path points: (0,0), each anchor (the position before its sentences), (n,m).
  const pts: [number, number][] = [[0, 0], ...anchors.map(([z, e]) => [z, e] as [number, number]), [n, m]];
  for (let k = 0; k + 1 < pts.length; k++) {
    const [z0, e0] = pts[k]!;
    const [z1, e1] = pts[k + 1]!;
    for (let z = z0; z <= z1; z++) {
      const t = z1 === z0 ? 1 : (z - z0) / (z1 - z0);
      const centre = e0 + t * (e1 - e0);
      // Uncertainty grows with the distance from the nearest anchor.
      const w = Math.min(params.bandMax, params.bandWidth + params.bandGrowth * Math.min(z - z0, z1 - z, Math.abs(e1 - e0)));
      const a = Math.max(0, Math.floor(centre - w));
      const b = Math.min(m, Math.ceil(centre + w));
      if (z === z0 && k > 0) {
        lo[z] = Math.min(lo[z]!, a);
        hi[z] = Math.max(hi[z]!, b);
      } else {
        lo[z] = a;
        hi[z] = b;
      }
    }
  }
  // Between two anchors far apart the text may have lost or gained a block the diagonal does
  // not foresee: search the whole rectangle between them when it is affordable.
  for (let k = 0; k + 1 < pts.length; k++) {
    const [z0, e0] = pts[k]!;
    const [z1, e1] = pts[k + 1]!;
    if (Math.max(z1 - z0, e1 - e0) <= params.bandWidth || (z1 - z0 + 1) * (e1 - e0 + 1) > params.gapCells) continue;
    for (let z = z0; z <= z1; z++) {
      lo[z] = Math.min(lo[z]!, e0);
      hi[z] = Math.max(hi[z]!, e1);
    }
  }
  lo[0] = 0;
  hi[n] = m;
  // A monotone path never uses a cell left of the row above's first cell, nor one right of
  // the row below's last; trimming those makes both bounds non-decreasing. Then every row
  // overlapping the one above is enough for a path from (0,0) to (n,m) to exist.
  for (let z = n - 1; z >= 0; z--) hi[z] = Math.min(hi[z]!, hi[z + 1]!);
  for (let z = 1; z <= n; z++) lo[z] = Math.min(Math.max(lo[z]!, lo[z - 1]!), hi[z - 1]!);
  return { lo, hi };
}

/**
 * Near-certain 1-1 anchors: pairs that are each other's best match within a window around the
 * length diagonal, by a margin over the runner-up, kept when they form one increasing chain.
 * Returns (z, e) positions before the anchored sentences.
 */
export function findAnchors(model: LinkCostModel, n: number, m: number, params: AlignParams): [number, number][] {
  const win = Math.min(params.anchorWindowMax, Math.max(params.anchorWindow, Math.ceil(params.anchorWindowShare * Math.max(n, m))));
  const rowBest = new Int32Array(n).fill(-1);
  const rowScore = new Float64Array(n);
  const rowSecond = new Float64Array(n);
  const colBest = new Int32Array(m).fill(-1);
  const colScore = new Float64Array(m);
  const colSecond = new Float64Array(m);
  for (let z = 0; z < n; z++) {
    const centre = Math.round(((z + 0.5) * m) / n);
    for (let e = Math.max(0, centre - win); e < Math.min(m, centre + win + 1); e++) {
      const s = model.pairSimilarity(z, e);
      if (s > rowScore[z]!) {
        rowSecond[z] = rowScore[z]!;
        rowScore[z] = s;
        rowBest[z] = e;
      } else if (s > rowSecond[z]!) rowSecond[z] = s;
      if (s > colScore[e]!) {
        colSecond[e] = colScore[e]!;
        colScore[e] = s;
        colBest[e] = z;
      } else if (s > colSecond[e]!) colSecond[e] = s;
    }
  }
  const cands: [number, number, number][] = [];
  for (let z = 0; z < n; z++) {
    const e = rowBest[z]!;
    if (e < 0 || colBest[e] !== z) continue;
    const s = rowScore[z]!;
    if (s < params.anchorMin) continue;
    if (s - Math.max(rowSecond[z]!, colSecond[e]!) < params.anchorMargin) continue;
    cands.push([z, e, s]);
  }
  return longestChain(cands).map(([z, e]) => [z, e]);
}

/** The heaviest chain of candidates increasing on both sides (O(k²) on the few candidates, k ≤ n). */
function longestChain(c: [number, number, number][]): [number, number, number][] {
  if (c.length === 0) return [];
  const best = new Float64Array(c.length);
  const prev = new Int32Array(c.length).fill(-1);
  let top = 0;
  for (let i = 0; i < c.length; i++) {
    best[i] = c[i]![2];
    // Candidates are sorted by z; only recent ones can be the best predecessor in practice,
    // but the scan is bounded to keep long documents linear.
    for (let j = i - 1; j >= Math.max(0, i - 200); j--) {
      if (c[j]![0] < c[i]![0] && c[j]![1] < c[i]![1] && best[j]! + c[i]![2] > best[i]!) {
        best[i] = best[j]! + c[i]![2];
        prev[i] = j;
      }
    }
    if (best[i]! > best[top]!) top = i;
  }
  const out: [number, number, number][] = [];
  for (let i = top; i >= 0; i = prev[i]!) out.push(c[i]!);
  return out.reverse();
}

function bandDp(model: LinkCostModel, n: number, m: number, band: Band, p: CostParams): ZhEnLink[] {
  const mv = moves(p.priors);
  const { lo, hi } = band;
  const best: Float64Array[] = [];
  const back: Int8Array[] = [];
  for (let z = 0; z <= n; z++) {
    best.push(new Float64Array(hi[z]! - lo[z]! + 1).fill(Number.POSITIVE_INFINITY));
    back.push(new Int8Array(hi[z]! - lo[z]! + 1).fill(-1));
  }
  best[0]![0] = 0;
  for (let z = 0; z <= n; z++) {
    for (let e = lo[z]!; e <= hi[z]!; e++) {
      const here = best[z]![e - lo[z]!]!;
      if (here === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < mv.length; k++) {
        const [dz, de] = mv[k]!;
        const nz = z + dz;
        const ne = e + de;
        if (nz > n || ne > m || ne < lo[nz]! || ne > hi[nz]!) continue;
        const v = here + model.cost(z, nz, e, ne, mv[k]![2]);
        const row = best[nz]!;
        if (v < row[ne - lo[nz]!]!) {
          row[ne - lo[nz]!] = v;
          back[nz]![ne - lo[nz]!] = k;
        }
      }
    }
  }
  const links: ZhEnLink[] = [];
  let z = n;
  let e = m;
  while (z > 0 || e > 0) {
    const k = back[z]![e - lo[z]!]!;
    if (k < 0) throw new Error(`alignment band has no path at ${z},${e}`);
    const [dz, de] = mv[k]!;
    links.push({ zh: range(z - dz, z), en: range(e - de, e) });
    z -= dz;
    e -= de;
  }
  return links.reverse();
}
