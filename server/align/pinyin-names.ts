import type { Dictionary } from './dictionary.ts';

// Chinese names written in pinyin in the English (Chen Qingyang, Wei Xiaobao, Bao-yu) are
// found again in the Chinese by their sound: the Latin word is cut into pinyin syllables, and
// a run of Chinese characters whose readings give the same syllables in order matches it.
// Only names of two syllables or more: one syllable (Chen, Li) matches too many characters.

const MAX_SYLLABLES = 4;

/** Pinyin syllables of a capitalised Latin word ("Qingyang" → qing yang), or null when it is not pinyin. */
export function pinyinSyllables(word: string, dict: Dictionary): string[] | null {
  const s = word.toLowerCase().replace(/['’\-]/g, '').replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(s) || s.length < 4) return null;
  // Fewest syllables wins (xian, not xi an), so prefer the longest syllable at each step that
  // still lets the rest parse.
  const best: (string[] | null)[] = new Array(s.length + 1).fill(null);
  best[s.length] = [];
  for (let i = s.length - 1; i >= 0; i--) {
    for (let k = Math.min(6, s.length - i); k >= 1; k--) {
      const syl = s.slice(i, i + k);
      const rest = best[i + k];
      if (rest === null || rest === undefined || !dict.syllables.has(syl)) continue;
      const cand = [syl, ...rest];
      if (best[i] === null || cand.length < best[i]!.length) best[i] = cand;
    }
  }
  const out = best[0];
  return out && out.length >= 2 && out.length <= MAX_SYLLABLES ? out : null;
}

/** Names to look for, grouped by their first syllable. */
export type WantedNames = ReadonlyMap<string, readonly string[][]>;

export function wantedNames(names: Iterable<string>): WantedNames {
  const out = new Map<string, string[][]>();
  for (const n of new Set(names)) {
    const syl = n.split(' ');
    const list = out.get(syl[0]!);
    if (list) list.push(syl);
    else out.set(syl[0]!, [syl]);
  }
  return out;
}

/** The wanted names ("qing yang") that consecutive Han characters of the text can be read as. */
export function namesRead(text: string, wanted: WantedNames, dict: Dictionary): Set<string> {
  const out = new Set<string>();
  if (wanted.size === 0) return out;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    for (const r of dict.readings(chars[i]!)) {
      for (const syl of wanted.get(r) ?? []) {
        let k = 1;
        while (k < syl.length && i + k < chars.length && dict.readings(chars[i + k]!).includes(syl[k]!)) k++;
        if (k === syl.length) out.add(syl.join(' '));
      }
    }
  }
  return out;
}
