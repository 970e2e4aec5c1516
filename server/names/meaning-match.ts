import { wordChar } from './chinese-mentions.ts';
import { wordMeanings } from './cedict-words.ts';

// Names translated word by word: Uzbekistan Railways → 乌兹别克斯坦铁路, Sun Metals → 太阳金属,
// Armenian Parliament → 亚美尼亚议会. Each word is written as one of the headwords the dictionary
// glosses it with, in the English order; one character of neither may stand between two words
// or, after a name or a country, first (肯尼亚电力: power's 力 after 电).

/**
 * A name's words after its proper part, each as its translations alone (`one`) and as the
 * first of a two-word phrase the dictionary glosses as one (`two`: Art Gallery → 美术馆, coast
 * guard → 海警), longest first.
 */
export type MeaningWords = readonly { readonly one: readonly string[]; readonly two: readonly string[] }[];

const longestFirst = (heads: readonly string[]) => [...heads].sort((a, b) => b.length - a.length);

/**
 * The translations of each word, or undefined when the words cannot all be read: a word with
 * no translation (a name, or one the dictionary does not gloss) that is in no glossed phrase.
 */
export function meaningWords(words: readonly string[]): MeaningWords | undefined {
  const out = words.map((w, i) => ({
    one: longestFirst(wordMeanings(w)),
    two: i + 1 < words.length ? longestFirst(wordMeanings(`${w} ${words[i + 1]}`)) : [],
  }));
  // Reachable[k]: words 0..k−1 can be read, one by one or in phrases.
  const reachable = words.map((_, k) => k === 0);
  reachable.push(false);
  out.forEach((w, k) => {
    if (!reachable[k]) return;
    if (w.one.length > 0) reachable[k + 1] = true;
    if (w.two.length > 0) reachable[k + 2] = true;
  });
  return words.length > 0 && reachable[words.length] ? out : undefined;
}

/** The translations the reading may start with. */
export function firstMeanings(words: MeaningWords): string[] {
  return [...words[0]!.one, ...words[0]!.two];
}

/** The translations the reading may end with: the last word's, or its phrase's with the word before. */
export function lastMeanings(words: MeaningWords): string[] {
  return [...words[words.length - 1]!.one, ...(words[words.length - 2]?.two ?? [])];
}

/**
 * Where a word-by-word translation of `words` that starts at `from` ends (exclusive), or -1:
 * the longest reading, each word (or phrase) one of its translations, with at most one other
 * character between two of them or, when `anchored` (a name or country stands before), before the first.
 */
export function meaningEnd(text: string, from: number, words: MeaningWords, anchored: boolean): number {
  const n = words.length;
  const read = (k: number, at: number, gapLeft: boolean): number => {
    if (k === n) return at;
    let best = step(k, at, gapLeft);
    if (best < 0 && gapLeft && (k > 0 || anchored) && wordChar(text[at])) best = step(k, at + 1, false);
    return best;
  };
  const step = (k: number, at: number, gapLeft: boolean): number => {
    let best = -1;
    for (const h of words[k]!.one) if (text.startsWith(h, at)) best = Math.max(best, read(k + 1, at + h.length, gapLeft));
    if (k + 2 <= n) for (const h of words[k]!.two) if (text.startsWith(h, at)) best = Math.max(best, read(k + 2, at + h.length, gapLeft));
    return best;
  };
  return n === 0 ? -1 : read(0, from, true);
}
