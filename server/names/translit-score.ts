import { VOWELS, asciiLetters, chineseKeys, latinKeys } from './phonetic-key.ts';
import { endingAgreement, placeEnding } from './endings.ts';
import { TextMemo } from '../text/memo.ts';

// How well a Chinese rendering sounds like a Latin name: a weighted edit distance between the
// Latin name's phonemes and the pinyin of the rendering (phonetic-key.ts), normalised to 0..1.
//
// The weights say what transliteration does to a name. Chinese adds a vowel after almost every
// consonant (Mardan → ma-er-dan), so vowels are cheap to add or drop and cheap to swap;
// consonants carry the name and cost a full point, except for the changes Chinese makes as a
// matter of course: voiced and voiceless stops merge (b/p, d/t, g/k), v becomes f or w (夫, 娃,
// 维), r becomes l (鲁, 里), k and g before i become j/q (基, 吉), s and sh before i become x (西,
// 希), the zh of Jomart becomes r (若), English th becomes t or s (索恩伯里 for Thornberry).

const PAIRS: [string, string, number][] = [
  ['b', 'p', 0.2], ['d', 't', 0.2], ['g', 'k', 0.2], ['k', 'h', 0.45], ['g', 'h', 0.5], ['H', 'h', 0.1], ['H', 'k', 0.3],
  ['H', 'g', 0.5], ['f', 'v', 0.1], ['v', 'w', 0.15], ['f', 'w', 0.3], ['f', 'p', 0.6], ['l', 'r', 0.2], ['r', 'R', 0.5],
  ['Z', 'R', 0.2], ['G', 'R', 0.3], ['y', 'R', 0.6], ['s', 'z', 0.2], ['s', 'c', 0.3], ['z', 'c', 0.2], ['s', 'S', 0.3],
  ['s', 'X', 0.25], ['S', 'X', 0.15], ['Z', 'J', 0.3], ['Z', 'z', 0.3], ['Z', 'S', 0.4], ['S', 'C', 0.4], ['C', 'Q', 0.2],
  ['C', 'c', 0.3], ['C', 'J', 0.4], ['c', 'Q', 0.3], ['k', 'J', 0.35], ['g', 'J', 0.3], ['G', 'J', 0.15], ['G', 'Z', 0.3],
  ['G', 'Q', 0.25], ['k', 'Q', 0.4], ['h', 'X', 0.5], ['H', 'X', 0.5], ['G', 'y', 0.5], ['G', 'g', 0.6], ['n', 'm', 0.5],
  ['n', 'l', 0.6], ['y', 'i', 0.2], ['w', 'u', 0.2], ['w', 'o', 0.35], ['y', 'e', 0.35], ['z', 'X', 0.4], ['C', 'X', 0.5],
  ['S', 'Q', 0.5], ['c', 'X', 0.5], ['t', 'c', 0.6], ['d', 'z', 0.6], ['k', 'X', 0.6], ['t', 'Q', 0.7], ['h', 'J', 0.6],
  ['T', 't', 0.1], ['T', 's', 0.2], ['T', 'd', 0.3], ['T', 'X', 0.4], ['T', 'S', 0.5],
  // Russian soft t and d before e and i: 捷, 季, 杰 (Vitebsk 维捷布斯克).
  ['t', 'J', 0.4], ['d', 'J', 0.4],
  // Pinyin's j and q, zh and ch differ as b and p do, by aspiration only (乔 for the jo of Sagarejo).
  ['J', 'Q', 0.2], ['Z', 'C', 0.2],
];
// Costs as tables indexed by character code (the phoneme alphabet is ASCII), built once: the
// scorer runs for every stretch of every run against every name of a link.
const SIZE = 128;
const SUB = new Float64Array(SIZE * SIZE).fill(1);
const DEL_LATIN = new Float64Array(SIZE).fill(1);
const INS_CHINESE = new Float64Array(SIZE).fill(1);
const WEIGHT = new Float64Array(SIZE).fill(1);

// Consonants whose loss is ordinary: h is often silent, y and w are glides, r after a vowel
// and n before a consonant are often folded into the Chinese syllable.
const DROP_LATIN: Record<string, number> = { h: 0.4, y: 0.3, w: 0.5, r: 0.7, n: 0.6 };
const DROP_CHINESE: Record<string, number> = { y: 0.3, w: 0.3, n: 0.5, r: 0.7 };
const VOWEL_INDEL = 0.2;
const VOWEL_SUB = 0.2;

for (let a = 0; a < SIZE; a++) SUB[a * SIZE + a] = 0;
for (const a of VOWELS) {
  for (const b of VOWELS) if (a !== b) SUB[a.charCodeAt(0) * SIZE + b.charCodeAt(0)] = VOWEL_SUB;
  DEL_LATIN[a.charCodeAt(0)] = VOWEL_INDEL;
  INS_CHINESE[a.charCodeAt(0)] = VOWEL_INDEL;
  WEIGHT[a.charCodeAt(0)] = VOWEL_INDEL;
}
for (const [a, b, c] of PAIRS) {
  SUB[a.charCodeAt(0) * SIZE + b.charCodeAt(0)] = c;
  SUB[b.charCodeAt(0) * SIZE + a.charCodeAt(0)] = c;
}
for (const [k, v] of Object.entries(DROP_LATIN)) DEL_LATIN[k.charCodeAt(0)] = v;
for (const [k, v] of Object.entries(DROP_CHINESE)) INS_CHINESE[k.charCodeAt(0)] = v;

const codes = (s: string) => Array.from(s, (c) => Math.min(SIZE - 1, c.charCodeAt(0)));

/**
 * Cost of turning the Latin phonemes into one reading of the Chinese syllables (the cheapest
 * reading of each character), and the weight of the Chinese side for normalising.
 */
let buffers: Float64Array[] = [];

function distance(latin: readonly number[], syllables: readonly (readonly string[])[]): { cost: number; chineseWeight: number } {
  const n = latin.length;
  // Four rows, reused between calls: the scorer runs thousands of times per document.
  if (!buffers[0] || buffers[0].length < n + 1) buffers = [0, 1, 2, 3].map(() => new Float64Array(Math.max(64, n + 1)));
  let [row, best, prev, next] = buffers as [Float64Array, Float64Array, Float64Array, Float64Array];
  row[0] = 0;
  for (let i = 1; i <= n; i++) row[i] = row[i - 1]! + DEL_LATIN[latin[i - 1]!]!;
  let chineseWeight = 0;
  for (const alternatives of syllables) {
    for (let i = 0; i <= n; i++) best[i] = Infinity;
    let lightest = Infinity;
    for (const reading of alternatives) {
      for (let i = 0; i <= n; i++) prev[i] = row[i]!;
      let w = 0;
      for (let k = 0; k < reading.length; k++) {
        const c = Math.min(SIZE - 1, reading.charCodeAt(k));
        w += WEIGHT[c]!;
        const ins = INS_CHINESE[c]!;
        next[0] = prev[0]! + ins;
        for (let i = 1; i <= n; i++) {
          const a = latin[i - 1]!;
          const x = prev[i]! + ins;
          const y = next[i - 1]! + DEL_LATIN[a]!;
          const z = prev[i - 1]! + SUB[a * SIZE + c]!;
          next[i] = x < y ? (x < z ? x : z) : y < z ? y : z;
        }
        const t = prev;
        prev = next;
        next = t;
      }
      lightest = Math.min(lightest, w);
      for (let i = 0; i <= n; i++) if (prev[i]! < best[i]!) best[i] = prev[i]!;
    }
    if (alternatives.length) {
      const t = row;
      row = best;
      best = t;
      chineseWeight += lightest;
    }
  }
  return { cost: row[n]!, chineseWeight };
}

/** Cost of one phoneme standing for another (0 same … 1 unrelated). */
export function phonemeCost(a: string, b: string): number {
  return SUB[Math.min(SIZE - 1, a.charCodeAt(0)) * SIZE + Math.min(SIZE - 1, b.charCodeAt(0))]!;
}

/** Similarity 0..1 of a Latin phoneme key and Chinese syllable keys. */
function keySimilarity(latin: string, syllables: readonly (readonly string[])[]): number {
  if (latin === '' || syllables.length === 0) return 0;
  const lc = codes(latin);
  const { cost, chineseWeight } = distance(lc, syllables);
  let latinWeight = 0;
  for (const c of lc) latinWeight += WEIGHT[c]!;
  const norm = Math.max(latinWeight, chineseWeight);
  return norm === 0 ? 0 : Math.max(0, 1 - cost / norm);
}

/** A Latin name prepared once for scoring against many Chinese candidates. */
export interface LatinName {
  readonly name: string;
  readonly ascii: string;
  readonly keys: readonly string[];
  /** Its place ending (see placeEnding), worked out once. */
  readonly place: ReturnType<typeof placeEnding>;
}

// Bounded memos. A name recurs in every link that mentions it, and in every system's
// translation of one source; the stretches it is scored against recur with it.
const latinMemo = new TextMemo<LatinName>(20_000);
const keyMemo = new TextMemo<string[][]>(50_000);
// Per name, then per Chinese stretch: a key made by joining the two would be a new string to
// hash on every call, and the scorer is called for every stretch of every run.
const scoreMemos = new WeakMap<LatinName, TextMemo<number>>();

export function prepareLatin(name: string): LatinName {
  return latinMemo.get(name, () => {
    const ascii = asciiLetters(name);
    return { name, ascii, keys: latinKeys(name), place: placeEnding(name, ascii) };
  });
}

/** chineseKeys, remembered: the same stretches come up for every name of a link. */
export function cachedKeys(chinese: string): string[][] {
  return keyMemo.get(chinese, chineseKeys);
}

/**
 * Similarity 0..1 of a Latin (or Cyrillic) name and a Chinese rendering, by sound: the best of
 * the name's readings, nudged by whether the surname endings agree (-ova ~ 娃 up, -ova ~ 夫 down).
 */
export function translitSimilarity(latin: string | LatinName, chinese: string): number {
  const name = typeof latin === 'string' ? prepareLatin(latin) : latin;
  let memo = scoreMemos.get(name);
  if (!memo) scoreMemos.set(name, (memo = new TextMemo(1_000)));
  return memo.get(chinese, () => {
    const syllables = cachedKeys(chinese);
    let best = 0;
    for (const k of name.keys) best = Math.max(best, keySimilarity(k, syllables));
    if (best === 0) return 0;
    let scored = Math.max(0, Math.min(1, best + 0.05 * endingAgreement(name.ascii, chinese)));
    const end = name.place?.chinese.find((c) => chinese.endsWith(c) && chinese.length > c.length);
    if (end) scored = Math.max(scored, translitSimilarity(name.place!.stem, chinese.slice(0, -end.length)));
    return glideWritten(name.ascii, chinese) ? Math.max(scored, translitSimilarity(name, chinese.slice(0, -1)) - GLIDE_COST) : scored;
  });
}

/**
 * A final glide written as a syllable of its own (Semey 塞梅伊, Orhei 奥尔海伊, Urmia 乌尔米耶,
 * Nicholia 尼科利亚) costs little: a little less than the name without it, so that it is taken
 * where it ends the run (by the whole part's bonus) and left where the run goes on (迪拜|伊斯兰).
 */
const GLIDE_COST = 0.02;

function glideWritten(ascii: string, chinese: string): boolean {
  if ([...chinese].length < 3) return false;
  const last = chinese.slice(-1);
  if (last === '伊') return /[aeou][iy]$/.test(ascii);
  return (last === '耶' || last === '亚') && /i[ay]?a$|ya$/.test(ascii);
}

/**
 * Whether the name begins (or ends) with the sound of one Chinese character: a stretch that
 * starts or ends with a function word (在, 对) is a rendering only if the name has that syllable
 * there (Yousafzai … 扎伊, not Hyderabad … 海得拉巴对).
 */
export function soundsAtEdge(latin: LatinName, ch: string, edge: 'start' | 'end'): boolean {
  const syllable = cachedKeys(ch);
  const size = syllable[0]?.reduce((m, k) => Math.max(m, k.length), 0) ?? 0;
  if (size === 0) return false;
  return latin.keys.some((k) => {
    if (k.length <= size) return false;
    if (edge === 'end') return keySimilarity(k.slice(-size), syllable) >= 0.8;
    if (keySimilarity(k.slice(0, size), syllable) >= 0.8) return true;
    // 于 (yu) is a bare u to the key, its y only spelling: a name's y or w before a vowel is that spelling too (Jürgen read yurgen).
    return (k[0] === 'y' || k[0] === 'w') && VOWELS.has(k[1]!) && keySimilarity(k.slice(1, 1 + size), syllable) >= 0.8;
  });
}
