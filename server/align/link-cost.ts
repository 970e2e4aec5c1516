import type { EnSentence, ZhSentence } from './sentence-features.ts';

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

/** Chinese length per English character when a text gives no better estimate (MQM dev set: 0.273). */
export const DEFAULT_RATIO = 0.273;

/**
 * The document's own ratio of Chinese to English length: literary translation, news MT and
 * biomedical abstracts differ, and the whole document is at hand. Bounded, so that a document
 * with a side mostly missing still gets a plausible one.
 */
export function documentRatio(zh: readonly { len: number }[], en: readonly { len: number }[]): number {
  const z = zh.reduce((s, x) => s + x.len, 0);
  const e = en.reduce((s, x) => s + x.len, 0);
  if (z === 0 || e === 0) return DEFAULT_RATIO;
  return Math.min(DEFAULT_RATIO * 2, Math.max(DEFAULT_RATIO / 2, z / e));
}

export function linkCostModel(zh: readonly ZhSentence[], en: readonly EnSentence[], p: CostParams, ratio = documentRatio(zh, en)): LinkCostModel {
  const zhCum = prefix(zh.map((s) => s.len));
  const enCum = prefix(en.map((s) => s.len));

  const lengthCost = (enLen: number, zhLen: number) => {
    const mean = (enLen + zhLen / ratio) / 2;
    const delta = (zhLen - enLen * ratio) / Math.sqrt(Math.max(mean, 1) * p.variance);
    return (delta * delta) / 2;
  };

  // Which words of z are matched by e, and which words of e by z, as bit masks: computed once
  // per sentence pair, so that scoring a many-to-many link only ORs a few masks.
  const pairs = new Map<number, { zhMask: Uint32Array; enMask: Uint32Array }>();
  const pair = (z: number, e: number) => {
    const key = z * (en.length + 1) + e;
    let hit = pairs.get(key);
    if (hit) return hit;
    const zs = zh[z]!;
    const es = en[e]!;
    const zhMask = new Uint32Array((zs.words.length + 31) >>> 5);
    for (let w = 0; w < zs.words.length; w++) {
      const keys = zs.words[w]!;
      for (let k = 0; k < keys.length; k++) {
        if (es.keySet.has(keys[k]!)) {
          zhMask[w >>> 5]! |= 1 << (w & 31);
          break;
        }
      }
    }
    const enMask = new Uint32Array((es.keys.length + 31) >>> 5);
    for (let w = 0; w < es.keys.length; w++) {
      const name = es.names[w]!;
      if (name !== '' ? zs.names.has(name) : zs.keySet.has(es.keys[w]!)) enMask[w >>> 5]! |= 1 << (w & 31);
    }
    hit = { zhMask, enMask };
    pairs.set(key, hit);
    return hit;
  };
  const longest = Math.max(0, ...zh.map((x) => x.words.length), ...en.map((x) => x.keys.length));
  const scratch = new Uint32Array((longest + 31) >>> 5);
  const maskWeight = (mask: Uint32Array, weights: Float64Array, words: number) => {
    let sum = 0;
    for (let i = 0; i < words; i++) {
      let x = mask[i]!;
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
      const s = zh[z]!;
      const words = (s.words.length + 31) >>> 5;
      if (words === 0) continue;
      if (e1 - e0 === 1) {
        matched += maskWeight(pair(z, e0).zhMask, s.weights, words);
        continue;
      }
      scratch.fill(0, 0, words);
      for (let e = e0; e < e1; e++) {
        const m = pair(z, e).zhMask;
        for (let i = 0; i < words; i++) scratch[i]! |= m[i]!;
      }
      matched += maskWeight(scratch, s.weights, words);
    }
    for (let e = e0; e < e1; e++) {
      const s = en[e]!;
      const words = (s.keys.length + 31) >>> 5;
      if (words === 0) continue;
      if (z1 - z0 === 1) {
        matched += maskWeight(pair(z0, e).enMask, s.weights, words);
        continue;
      }
      scratch.fill(0, 0, words);
      for (let z = z0; z < z1; z++) {
        const m = pair(z, e).enMask;
        for (let i = 0; i < words; i++) scratch[i]! |= m[i]!;
      }
      matched += maskWeight(scratch, s.weights, words);
    }
    return matched;
  };

  const anchors = (z0: number, z1: number, e0: number, e1: number): number => {
    let any = false;
    for (let z = z0; z < z1 && !any; z++) any = zh[z]!.anchors.size > 0;
    if (!any) return 0;
    if (z1 - z0 === 1 && e1 - e0 === 1) {
      let n = 0;
      for (const a of zh[z0]!.anchors) if (en[e0]!.anchors.has(a)) n++;
      return n;
    }
    const zs = new Set<string>();
    for (let z = z0; z < z1; z++) for (const a of zh[z]!.anchors) zs.add(a);
    let n = 0;
    const seen = new Set<string>();
    for (let e = e0; e < e1; e++) {
      for (const a of en[e]!.anchors) {
        if (zs.has(a) && !seen.has(a)) {
          seen.add(a);
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
      return prior + p.lengthWeight * lengthCost(enLen, zhLen) - p.lexWeight * matched - p.simWeight * (matched / total) - p.anchorWeight * anchors(z0, z1, e0, e1);
    },
    pairSimilarity(z, e) {
      const total = zhTotal[z]! + enTotal[e]!;
      return (lexical(z, z + 1, e, e + 1) + anchors(z, z + 1, e, e + 1)) / Math.max(total, 1);
    },
  };
}

function prefix(xs: readonly number[]): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) out[i + 1] = out[i]! + xs[i]!;
  return out;
}
