import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, isAbsolute, sep } from 'node:path';
import { InputError } from './input-error.ts';
import { isMqmTsvHeader } from './mqm-tsv.ts';

export type FormatName = 'paired-text' | 'jsonl' | 'xliff' | 'tmx' | 'mqm-tsv';

export interface CollectedFile {
  path: string;
  format: FormatName;
  /** For paired text: NAME and which part of the pair this file is. */
  pair?: { dir: string; name: string; part: 'en' | 'zh' | 'meta' };
}

export interface Collected {
  files: CollectedFile[];
  /** Files inside given folders that no reader claims (README.md, names.tsv …). */
  skipped: string[];
}

const PAIRED = /^(.+)\.(en|zh|meta)\.(txt|json)$/;

export function classify(path: string): CollectedFile | undefined {
  const name = basename(path);
  const m = PAIRED.exec(name);
  if (m && ((m[2] === 'meta') === (m[3] === 'json'))) {
    return { path, format: 'paired-text', pair: { dir: path.slice(0, path.length - name.length), name: m[1]!, part: m[2] as 'en' | 'zh' | 'meta' } };
  }
  if (/\.(jsonl|ndjson)$/i.test(name)) return { path, format: 'jsonl' };
  if (/\.(xlf|xliff|xlf2|sdlxliff)$/i.test(name)) return { path, format: 'xliff' };
  if (/\.tmx$/i.test(name)) return { path, format: 'tmx' };
  // Other TSV files (corpus/names.tsv and the like) are reference data, not corpora.
  if (/\.tsv$/i.test(name) && isMqmTsvHeader(firstLine(path))) return { path, format: 'mqm-tsv' };
  return undefined;
}

export const KNOWN_FORMATS = 'NAME.en.txt + NAME.zh.txt (+ NAME.meta.json), .jsonl, .xlf/.xliff, .tmx, .tsv with the WMT MQM header';

/** The start of a file's first line (enough for a header); empty when it cannot be read. */
function firstLine(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    const bytes = Buffer.alloc(256);
    const n = readSync(fd, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, n).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

/**
 * Expands the command-line paths into the files to read, in a stable order. Inside a
 * folder, a symlink may only lead to somewhere inside that folder: importing a corpus
 * must not read files the user did not point at.
 */
export function collect(paths: readonly string[]): Collected {
  const files: CollectedFile[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or directory');
    }
    if (st.isDirectory()) walk(p, realpathSync(p), files, skipped);
    else {
      const c = classify(p);
      if (!c) throw new InputError(p, `unknown format: expected ${KNOWN_FORMATS}`);
      files.push(c);
    }
  }
  return { files, skipped };
}

function walk(dir: string, root: string, files: CollectedFile[], skipped: string[]): void {
  const entries = readdirSync(dir).sort();
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const l = lstatSync(path);
    if (l.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        throw new InputError(path, 'broken symbolic link');
      }
      if (!isInside(root, target)) {
        throw new InputError(path, `symbolic link leads outside the given folder (to ${target}); refusing to read it`);
      }
    }
    const st = statSync(path);
    if (st.isDirectory()) walk(path, root, files, skipped);
    else {
      const c = classify(path);
      if (c) files.push(c);
      else skipped.push(path);
    }
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}
