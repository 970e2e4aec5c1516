import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import type { ImportDoc } from '../model.ts';
import { InputError } from './input-error.ts';
import { collect, type CollectedFile } from './collect.ts';
import { decodeBytes, type Encoding } from './decode.ts';
import { readJsonl } from './jsonl.ts';
import { readPairedText, type PairedFiles } from './paired-text.ts';
import { readXliff } from './xliff.ts';
import { readTmx } from './tmx.ts';
import { readMqmTsv } from './mqm-tsv.ts';

export interface ReadOptions {
  /** Files above this many bytes are refused (the whole batch is parsed before anything is written). */
  maxBytes?: number;
  encoding?: Encoding;
  /** MT system name for formats that do not carry one (XLIFF, TMX). */
  system?: string;
  /** Called before each file is read, for progress. */
  onFile?: (path: string, index: number, total: number) => void;
}

export interface ReadResult {
  docs: ImportDoc[];
  files: number;
  skipped: string[];
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Reads every input into memory as parsed documents; throws InputError on the first bad file. */
export function readInputs(paths: readonly string[], opts: ReadOptions = {}): ReadResult {
  return readAll(paths, opts, (e) => {
    throw e;
  });
}

export interface TolerantResult extends ReadResult {
  errors: InputError[];
}

/**
 * Reads what can be read: a bad file (or pair) is reported and skipped, the rest is
 * returned. For linting, where one corrupt file of a hundred must not hide the others.
 */
export function readInputsTolerant(paths: readonly string[], opts: ReadOptions = {}): TolerantResult {
  const errors: InputError[] = [];
  const result = readAll(paths, opts, (e) => errors.push(e));
  return { ...result, errors };
}

function readAll(paths: readonly string[], opts: ReadOptions, onError: (e: InputError) => void): ReadResult {
  const docs: ImportDoc[] = [];
  const each = readEach(paths, opts, onError);
  for (let r = each.next(); ; r = each.next()) {
    if (r.done) return { docs, ...r.value };
    for (const d of r.value) docs.push(d);
  }
}

/**
 * The documents of the inputs a file at a time, in the order readInputs returns them (paired
 * text, whose two files may lie apart, at the end), so that a caller can start on one file's
 * documents while the next is read. Bad files go to `onError`; the return value counts the
 * files and lists those skipped.
 */
export function* readEach(paths: readonly string[], opts: ReadOptions, onError: (e: InputError) => void): Generator<ImportDoc[], Omit<ReadResult, 'docs'>> {
  const { files, skipped } = collect(paths);
  const pairs = new Map<string, PairedFiles>();
  const guard = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof InputError) onError(e);
      else throw e;
      return undefined;
    }
  };
  const broken = new Set<string>();
  for (const [i, f] of files.entries()) {
    opts.onFile?.(f.path, i, files.length);
    const got = guard(() => {
      if (f.format !== 'paired-text') return readOne(f, readText(f.path, opts), opts);
      const { dir, name, part } = f.pair!;
      const key = dir + name;
      const group = pairs.get(key) ?? { name };
      pairs.set(key, group);
      try {
        group[part] = { path: f.path, text: readText(f.path, opts) };
      } catch (e) {
        // One bad file spoils its pair: report it once, not the pair's other complaints too.
        broken.add(key);
        throw e;
      }
      return undefined;
    });
    if (got?.length) yield got;
  }
  for (const [key, group] of pairs) {
    if (broken.has(key)) continue;
    const doc = guard(() => readPairedText(group));
    if (doc) yield [doc];
  }
  return { files: files.length, skipped };
}

function readOne(f: CollectedFile, text: string, opts: ReadOptions): ImportDoc[] {
  const system = opts.system !== undefined ? { system: opts.system } : {};
  switch (f.format) {
    case 'jsonl':
      return readJsonl(f.path, text);
    case 'xliff':
      return readXliff(f.path, text, system);
    case 'tmx':
      return readTmx(f.path, text, system);
    case 'mqm-tsv':
      return readMqmTsv(f.path, text);
    case 'paired-text':
      throw new Error('paired text is read in pairs');
  }
}

/** Reads and decodes one file, refusing it before reading when it is over the size limit. */
export function readText(path: string, opts: Pick<ReadOptions, 'maxBytes' | 'encoding'> = {}): string {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > max) {
      throw new InputError(
        path,
        `file is ${formatMb(size)}, above the import limit of ${formatMb(max)}; split it or raise --max-size`,
      );
    }
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeBytes(path, bytes.subarray(0, read), opts.encoding).text;
  } finally {
    closeSync(fd);
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
