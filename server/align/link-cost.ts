import type { EnSentence, ZhSentence } from './sentence-features.ts';
import { lengthCost, RATIO } from './paragraphs.ts';
import { prefixSums } from './ranges.ts';

// The cost of one candidate link: zh sentences [z0, z1) rendered as English sentences
// [e0, e1). Lower is better. It adds
// - the prior of the link type (−log of how often such links occur),
// - the Gale–Church length cost, against this document's own ratio of Chinese to English length,
// - minus the lexical evidence: the weight of Chinese words whose glosses appear among the
//   English words, plus the weight of English words that some Chinese word glosses (and
//   pinyin names whose syllables the Chinese characters read),
// - minus the anchors both sides share (numbers as values, Latin tokens, countries, questions, quotations).

export interface CostParams {
  /** −log prior of each link type, "zh-en" ("1-2": one Chinese sentence, two English ones). */
  priors: Readonly<Record<string, number>>;
  /** Variance of the Gale–Church length difference per character. */
  variance: number;
  lengthWeight: number;
  lexWeight: number;
  /** Reward per link for the share of its words' weight that is matched: several well-matched links beat one merged link. */
  simWeight: number;
  anchorWeight: number;
  /** Cost per English-rate character of a sentence left unlinked, on top of its prior. */
  skipPerChar: number;
}

export interface LinkCostModel {
  /** prior: the link type's −log prior, which the caller looks up once per type. */
  cost(z0: number, z1: number, e0: number, e1: number, prior: number): number;
  /** The lexical and anchor evidence alone, per unit of text, for finding anchors. */
  pairSimilarity(z: number, e: number): number;
}

/** English characters' worth of belief in the calibrated RATIO: a short text moves the ratio little. */
const RATIO_PRIOR_CHARS = 2000;

/**
 * The document's own ratio of Chinese to English length: literary translation, news MT and
 * biomedical abstracts differ, and the whole document is at hand. A short text says little,
 * and a dropped sentence would pull its ratio down until the drop looked normal, so the
 * estimate starts from the paragraph aligner's calibrated RATIO and the text's own lengths
 * outweigh it only when long.
 */
export function documentRatio(zh: readonly { len: number }[], en: readonly { len: number }[]): number {
  const z = zh.reduce((s, x) => s + x.len, 0);
  const e = en.reduce((s, x) => s + x.len, 0);
  const r = (z + RATIO_PRIOR_CHARS * RATIO) / (e + RATIO_PRIOR_CHARS);
  return Math.min(RATIO * 2, Math.max(RATIO / 2, r));
}

export function linkCostModel(zh: readonly ZhSentence[], en: readonly EnSentence[], p: CostParams, ratio = documentRatio(zh, en)): LinkCostModel {
  const zhCum = prefixSums(zh.map((s) => s.len));
  const enCum = prefixSums(en.map((s) => s.len));

  // Which words of z are matched by e, and which words of e by z, as bit masks: computed once
  // per sentence pair, so that scoring a many-to-many link only ORs a few masks. The masks
  // live in one growing arena (a typed array per pair would keep the garbage collector busy).
  const zhWords = zh.map((s) => (s.words.length + 31) >>> 5);
  const enWords = en.map((s) => (s.keys.length + 31) >>> 5);
  let arena = new Uint32Array(256);
  let used = 0;
  // Where each pair's masks are: a flat table for texts of ordinary size, a map for huge ones.
  const cells = zh.length * en.length;
  const flat = cells <= 4_000_000 ? new Int32Array(cells).fill(-1) : null;
  const offsets = flat ? null : new Map<number, number>();
  /** Offset of pair (z, e) in the arena: its Chinese mask, then its English mask. */
  const pair = (z: number, e: number): number => {
    const key = z * en.length + e;
    const hit = flat ? flat[key]! : (offsets!.get(key) ?? -1);
    if (hit >= 0) return hit;
    const zs = zh[z]!;
    const es = en[e]!;
    const zw = zhWords[z]!;
    const size = zw + enWords[e]!;
    if (used + size > arena.length) {
      const grown = new Uint32Array(Math.max(arena.length * 2, used + size));
      grown.set(arena.subarray(0, used));
      arena = grown;
    }
    const at = used;
    used += size;
    const enAt = at + zw;
    // Look each English word up among the Chinese glosses: one lookup per English word.
    for (let w = 0; w < es.keys.length; w++) {
      const name = es.names[w]!;
      if (name !== '') {
        if (zs.names.has(name)) arena[enAt + (w >>> 5)]! |= 1 << (w & 31);
        continue;
      }
      const words = zs.keyWords.get(es.keys[w]!);
      if (words === undefined) continue;
      arena[enAt + (w >>> 5)]! |= 1 << (w & 31);
      for (const x of words) arena[at + (x >>> 5)]! |= 1 << (x & 31);
    }
    if (flat) flat[key] = at;
    else offsets!.set(key, at);
    return at;
  };
  let longest = 0;
  for (const x of zh) longest = Math.max(longest, x.words.length);
  for (const x of en) longest = Math.max(longest, x.keys.length);
  const scratch = new Uint32Array((longest + 31) >>> 5);
  const maskWeight = (mask: Uint32Array, from: number, weights: Float64Array, words: number) => {
    let sum = 0;
    for (let i = 0; i < words; i++) {
      let x = mask[from + i]!;
      while (x !== 0) {
        const low = x & -x;
        sum += weights[(i << 5) + 31 - Math.clz32(low)]!;
        x ^= low;
      }
    }
    return sum;
  };

  const zhTotal = zh.map((s) => s.weights.reduce((a, b) => a + b, 0));
  const enTotal = en.map((s) => s.weights.reduce((a, b) => a + b, 0));
  const lexical = (z0: number, z1: number, e0: number, e1: number): number => {
    let matched = 0;
    for (let z = z0; z < z1; z++) {
      const words = zhWords[z]!;
      if (words === 0) continue;
      const weights = zh[z]!.weights;
      if (e1 - e0 === 1) {
        const at = pair(z, e0); // first: pair() may grow the arena
        matched += maskWeight(arena, at, weights, words);
        continue;
      }
      scratch.fill(0, 0, words);
      for (let e = e0; e < e1; e++) {
        const at = pair(z, e);
        for (let i = 0; i < words; i++) scratch[i]! |= arena[at + i]!;
      }
      matched += maskWeight(scratch, 0, weights, words);
    }
    for (let e = e0; e < e1; e++) {
      const words = enWords[e]!;
      if (words === 0) continue;
      const weights = en[e]!.weights;
      if (z1 - z0 === 1) {
        const at = pair(z0, e) + zhWords[z0]!;
        matched += maskWeight(arena, at, weights, words);
        continue;
      }
      scratch.fill(0, 0, words);
      for (let z = z0; z < z1; z++) {
        const at = pair(z, e) + zhWords[z]!;
        for (let i = 0; i < words; i++) scratch[i]! |= arena[at + i]!;
      }
      matched += maskWeight(scratch, 0, weights, words);
    }
    return matched;
  };

  // Anchors as small integers, and two stamp arrays, so that counting the anchors a merged
  // link shares allocates nothing (this runs for every candidate link).
  const anchorIds = new Map<string, number>();
  const intern = (set: ReadonlySet<string>) =>
    Int32Array.from(set, (a) => {
      let id = anchorIds.get(a);
      if (id === undefined) anchorIds.set(a, (id = anchorIds.size));
      return id;
    });
  const zhAnchors = zh.map((x) => intern(x.anchors));
  const enAnchors = en.map((x) => intern(x.anchors));
  const onZh = new Int32Array(anchorIds.size);
  const counted = new Int32Array(anchorIds.size);
  let stamp = 0;
  const anchors = (z0: number, z1: number, e0: number, e1: number): number => {
    let any = false;
    for (let z = z0; z < z1 && !any; z++) any = zhAnchors[z]!.length > 0;
    if (!any) return 0;
    stamp++;
    for (let z = z0; z < z1; z++) for (const a of zhAnchors[z]!) onZh[a] = stamp;
    let n = 0;
    for (let e = e0; e < e1; e++) {
      for (const a of enAnchors[e]!) {
        if (onZh[a] === stamp && counted[a] !== stamp) {
          counted[a] = stamp;
          n++;
        }
      }
    }
    return n;
  };

  return {
    cost(z0, z1, e0, e1, prior) {
      const zhLen = zhCum[z1]! - zhCum[z0]!;
      const enLen = enCum[e1]! - enCum[e0]!;
      if (z1 === z0 || e1 === e0) return prior + p.skipPerChar * (enLen + zhLen / ratio);
      const matched = lexical(z0, z1, e0, e1);
      let total = 1;
      for (let z = z0; z < z1; z++) total += zhTotal[z]!;
      for (let e = e0; e < e1; e++) total += enTotal[e]!;
      return (
        prior +
        p.lengthWeight * lengthCost(enLen, zhLen, ratio, p.variance) -
        p.lexWeight * matched -
        p.simWeight * (matched / total) -
        p.anchorWeight * anchors(z0, z1, e0, e1)
      );
    },
    pairSimilarity(z, e) {
      const total = zhTotal[z]! + enTotal[e]!;
      return (lexical(z, z + 1, e, e + 1) + anchors(z, z + 1, e, e + 1)) / Math.max(total, 1);
    },
  };
}
