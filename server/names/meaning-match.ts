import { wordChar } from './chinese-mentions.ts';
import { wordMeanings } from './cedict-words.ts';

// Names translated word by word: Uzbekistan Railways → 乌兹别克斯坦铁路, Sun Metals → 太阳金属,
// Armenian Parliament → 亚美尼亚议会. Each word is written as one of the headwords the dictionary
// glosses it with, in the English order; one character of neither may stand between two words
// or, after a name or a country, first (肯尼亚电力: power's 力 after 电).

/** A name's words after its proper part, each as its translations, longest first. */
export type MeaningWords = readonly (readonly string[])[];

/**
 * The translations of each word, or undefined when a word has none (it is a name, or the
 * dictionary does not gloss it). A word without a gloss of its own takes its phrase's with the
 * word after it (coast guard → 海警), which then stands for both.
 */
export function meaningWords(words: readonly string[]): MeaningWords | undefined {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    let heads = wordMeanings(words[i]!);
    if (heads.length === 0 && i + 1 < words.length) {
      heads = wordMeanings(`${words[i]} ${words[i + 1]}`);
      i++;
    }
    if (heads.length === 0) return undefined;
    out.push([...heads].sort((a, b) => b.length - a.length));
  }
  return out;
}

/**
 * Where a word-by-word translation of `words` that starts at `from` ends (exclusive), or -1:
 * the longest reading, each word one of its translations, with at most one other character
 * between two of them or, when `anchored` (a name or country stands before), before the first.
 */
export function meaningEnd(text: string, from: number, words: MeaningWords, anchored: boolean): number {
  const read = (k: number, at: number, gapLeft: boolean): number => {
    if (k === words.length) return at;
    let best = -1;
    for (const h of words[k]!) if (text.startsWith(h, at)) best = Math.max(best, read(k + 1, at + h.length, gapLeft));
    if (best < 0 && gapLeft && (k > 0 || anchored) && wordChar(text[at])) best = readAfterGap(k, at + 1);
    return best;
  };
  const readAfterGap = (k: number, at: number): number => {
    let best = -1;
    for (const h of words[k]!) if (text.startsWith(h, at)) best = Math.max(best, read(k + 1, at + h.length, false));
    return best;
  };
  return words.length === 0 ? -1 : read(0, from, true);
}
