import { chineseNumbers, englishNumbers } from '../text/numbers.ts';
import { contentKeys } from '../text/english-words.ts';
import { countriesInChinese, countriesInEnglish } from '../text/country-names.ts';
import { HAN } from '../text/scripts.ts';
import { chineseLength } from './paragraphs.ts';
import type { Dictionary } from './dictionary.ts';
import { namesRead, pinyinSyllables, type WantedNames } from './pinyin-names.ts';

// What the aligner knows about each sentence: its length, its content words as dictionary
// keys (English words directly, Chinese words through their glosses), and the anchors that
// survive translation — numbers as values, Latin tokens copied through, pinyin names, country
// names, questions and quotations. Computed once per sentence; scoring a link only combines them.

export interface EnSentence {
  len: number;
  /** Key ids of the content words, one per word (repeats kept). */
  keys: Int32Array;
  /** Each word's weight (rarer words in the document weigh more); filled by weigh(). */
  weights: Float64Array;
  /** Pinyin syllables of the word at the same index, "qing yang", or '' when it is no pinyin name. */
  names: string[];
  keySet: Set<number>;
  anchors: Set<string>;
}

export interface ZhSentence {
  len: number;
  /** Content words: the key ids of each word's glosses. */
  words: (readonly number[])[];
  /** The words as text, for document frequencies. */
  wordText: string[];
  weights: Float64Array;
  /** Every gloss key of the sentence and the words that gloss it, for the English words to look up. */
  keyWords: Map<number, number[]>;
  /** The pinyin names of the English text that this sentence's characters can be read as. */
  names: Set<string>;
  anchors: Set<string>;
}

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'’.][A-Za-z0-9]+)*/g;
const EN_WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
/** Anchors of form: a question, an exclamation, a quotation. */
const QUESTION_EN = /\?/;
const QUESTION_ZH = /[？?]/;
const QUOTE_EN = /["“”]/;
const QUOTE_ZH = /[“”「」『』"]/;

/** Does a Latin token in Chinese text (or a capitalised English one) say something of its own? */
const latinAnchor = (t: string) => t.length >= 2 && (/[A-Z]/.test(t) || /\d/.test(t));

function numberAnchors(values: readonly { value: string; kind: string }[], out: Set<string>): void {
  for (const v of values) {
    // Single digits and bare months recur everywhere; they prove nothing about a link.
    if (v.kind !== 'date' && /^\d$/.test(v.value)) continue;
    out.add(`#${v.value}`);
  }
}

export function englishSentence(text: string, dict: Dictionary): EnSentence {
  const keys: number[] = [];
  const names: string[] = [];
  for (const m of text.matchAll(EN_WORD)) {
    const word = m[0];
    const py = /^\p{Lu}/u.test(word) ? pinyinSyllables(word, dict) : null;
    if (py) {
      // A pinyin name is one word, whatever its hyphens.
      const name = py.join(' ');
      keys.push(dict.keyId(`name:${name}`));
      names.push(name);
      continue;
    }
    for (const k of contentKeys(word.replace(/-/g, ' '))) {
      keys.push(dict.keyId(k));
      names.push('');
    }
  }
  const anchors = new Set<string>();
  numberAnchors(englishNumbers(text), anchors);
  for (const m of text.matchAll(LATIN_WORD)) if (latinAnchor(m[0])) anchors.add(`L${m[0].toLowerCase()}`);
  for (const c of countriesInEnglish(text)) anchors.add(`C${c}`);
  if (QUESTION_EN.test(text)) anchors.add('?');
  if (QUOTE_EN.test(text)) anchors.add('"');
  const k = Int32Array.from(keys);
  return { len: text.trim().length, keys: k, weights: new Float64Array(k.length).fill(1), names, keySet: new Set(keys), anchors };
}

export function chineseSentence(text: string, dict: Dictionary, wanted: WantedNames): ZhSentence {
  const words: (readonly number[])[] = [];
  const wordText: string[] = [];
  const keyWords = new Map<number, number[]>();
  for (const w of segmentChinese(text, dict)) {
    const keys = dict.keys(w);
    if (keys.length === 0) continue;
    for (const k of keys) {
      const list = keyWords.get(k);
      if (list) list.push(words.length);
      else keyWords.set(k, [words.length]);
    }
    words.push(keys);
    wordText.push(w);
  }
  const anchors = new Set<string>();
  numberAnchors(chineseNumbers(text), anchors);
  for (const m of text.matchAll(LATIN_WORD)) {
    if (!latinAnchor(m[0])) continue;
    anchors.add(`L${m[0].toLowerCase()}`);
  }
  for (const c of countriesInChinese(text)) anchors.add(`C${c}`);
  if (QUESTION_ZH.test(text)) anchors.add('?');
  if (QUOTE_ZH.test(text)) anchors.add('"');
  return {
    len: chineseLength(text.trim()),
    words,
    wordText,
    weights: new Float64Array(words.length).fill(1),
    keyWords,
    names: namesRead(text, wanted, dict),
    anchors,
  };
}

/**
 * Cuts Chinese text into dictionary words, fewest words first (a shortest path over the
 * headwords, with every single character allowed), so 那天晚上 is 那天 + 晚上, not 那 + 天晚 + 上.
 * Only Han runs are cut; other characters are skipped.
 */
export function segmentChinese(text: string, dict: Dictionary): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!HAN.test(text[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && HAN.test(text[j]!)) j++;
    out.push(...cutRun(text.slice(i, j), dict));
    i = j;
  }
  return out;
}

function cutRun(run: string, dict: Dictionary): string[] {
  const n = run.length;
  const cost = new Int32Array(n + 1).fill(1 << 30);
  const from = new Int32Array(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i]! >= 1 << 30) continue;
    // Single characters are always allowed; longer dictionary words only where the next
    // character pair can start one, which rules out most positions at once.
    if (cost[i]! + 1 < cost[i + 1]!) {
      cost[i + 1] = cost[i]! + 1;
      from[i + 1] = i;
    }
    if (i + 1 >= n || !dict.startsWord(run.slice(i, i + 2))) continue;
    for (const k of dict.lengthsFrom(run[i]!)) {
      if (k < 2 || k > n - i || !dict.has(run.slice(i, i + k))) continue;
      if (cost[i]! + 1 < cost[i + k]!) {
        cost[i + k] = cost[i]! + 1;
        from[i + k] = i;
      }
    }
  }
  const words: string[] = [];
  for (let e = n; e > 0; e = from[e]!) words.push(run.slice(from[e]!, e));
  return words.reverse();
}
