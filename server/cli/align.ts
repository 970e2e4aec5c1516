import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { decodeBytes } from '../ingest/decode.ts';
import { InputError } from '../ingest/input-error.ts';
import { alignLines, chineseSide } from '../align/align-lines.ts';
import { alignMany } from '../align/align-pool.ts';
import { formatLinks } from '../align/link-format.ts';
import { UsageError, intOption, jobsOption, str, type Command } from './command.ts';

/** A line this long is a paragraph or a file without line breaks, not a sentence. */
const DEFAULT_MAX_LINE = 20_000;
const DEFAULT_MAX_LINES = 20_000;

export const alignCommand: Command = {
  name: 'align',
  summary:
    'Aligns two files of sentences, one sentence a line (used as given, never re-split), and prints\n' +
    'one link a line, [i,j]:[k] (0-based line numbers, [] for an empty side). Either file may be the\n' +
    'Chinese one. --dir DIR aligns every DIR/src/NNN with DIR/tgt/NNN and writes OUT/NNN.align.',
  usage: 'align --src FILE --tgt FILE   |   align --dir DIR --out OUT',
  help:
    '  --src FILE            source sentences, one a line\n' +
    '  --tgt FILE            target sentences, one a line\n' +
    '  --dir DIR             a folder with src/ and tgt/ files of the same names (NNN, no extension)\n' +
    '  -o, --out PATH        with --dir: the folder for NNN.align (required); with --src: a file\n' +
    `  --max-lines N         refuse files with more lines (default ${DEFAULT_MAX_LINES})\n` +
    `  --max-line-chars N    refuse lines longer than this (default ${DEFAULT_MAX_LINE})\n` +
    '  -j, --jobs N          with --dir: threads (default: the number of cores); output is the same for any N\n',
  options: {
    src: { type: 'string' },
    tgt: { type: 'string' },
    dir: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'max-lines': { type: 'string' },
    'max-line-chars': { type: 'string' },
    jobs: { type: 'string', short: 'j' },
  },
  allowPositionals: false,
  run(values) {
    const limits = {
      lines: intOption('max-lines', values['max-lines'], DEFAULT_MAX_LINES),
      chars: intOption('max-line-chars', values['max-line-chars'], DEFAULT_MAX_LINE),
    };
    const dir = str(values.dir);
    const src = str(values.src);
    const tgt = str(values.tgt);
    const out = str(values.out);
    if (dir !== undefined) {
      if (src !== undefined || tgt !== undefined) throw new UsageError('give either --dir or --src and --tgt, not both');
      if (out === undefined) throw new UsageError('--dir needs --out OUT, the folder for the .align files');
      const jobs = jobsOption(values.jobs) ?? availableParallelism();
      return alignFolder(dir, out, limits, jobs);
    }
    if (src === undefined || tgt === undefined) throw new UsageError('give --src FILE and --tgt FILE, or --dir DIR --out OUT');
    const text = formatLinks(alignFiles(src, tgt, limits));
    if (out !== undefined) writeFileSync(out, text);
    else process.stdout.write(text);
    return 0;
  },
};

interface Limits {
  lines: number;
  chars: number;
}

/** The sentences of a one-sentence-a-line file, checked against the limits. */
export function readSentenceFile(file: string, limits: Limits): string[] {
  if (!existsSync(file)) throw new InputError(file, 'no such file');
  if (!statSync(file).isFile()) throw new InputError(file, 'not a file');
  const { text } = decodeBytes(file, readFileSync(file));
  const lines = text.split(/\r\n|\n|\r/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.every((l) => l.trim() === '')) throw new InputError(file, 'file has no sentences (only blank lines)');
  if (lines.length > limits.lines) {
    throw new InputError(file, `${lines.length} lines, more than --max-lines ${limits.lines}; split the text into chapters, or raise the limit`);
  }
  lines.forEach((l, i) => {
    if (l.length > limits.chars) {
      throw new InputError(file, `a line of ${l.length} characters, longer than --max-line-chars ${limits.chars}: the file must hold one sentence a line`, { line: i + 1 });
    }
  });
  return lines;
}

interface Pair {
  a: string[];
  b: string[];
  side: 'src' | 'tgt';
}

function readPair(src: string, tgt: string, limits: Limits): Pair {
  const a = readSentenceFile(src, limits);
  const b = readSentenceFile(tgt, limits);
  const side = chineseSide(a, b);
  if (side === null) throw new InputError(`${src}, ${tgt}`, 'one file must be Chinese and the other English; these look like the same language');
  return { a, b, side };
}

function alignFiles(src: string, tgt: string, limits: Limits) {
  const p = readPair(src, tgt, limits);
  return alignLines(p.a, p.b, p.side);
}

async function alignFolder(dir: string, out: string, limits: Limits, jobs: number): Promise<number> {
  for (const sub of ['src', 'tgt']) {
    const p = join(dir, sub);
    if (!existsSync(p) || !statSync(p).isDirectory()) throw new InputError(p, `no such folder (--dir needs ${sub}/ inside ${dir})`);
  }
  // Sentence files are named without an extension (001, 002 …); tokenised copies (001.tok) are not inputs.
  const names = readdirSync(join(dir, 'src'))
    .filter((n) => !n.startsWith('.') && !n.includes('.'))
    .sort();
  if (names.length === 0) throw new InputError(join(dir, 'src'), 'no sentence files (names without an extension) in this folder');
  for (const n of names) if (!existsSync(join(dir, 'tgt', n))) throw new InputError(join(dir, 'tgt', n), `missing: ${join(dir, 'src', n)} has no target file`);
  // Every file is read and checked before anything is written.
  const pairs = names.map((n) => readPair(join(dir, 'src', n), join(dir, 'tgt', n), limits));
  mkdirSync(out, { recursive: true });
  await alignMany(
    pairs.map((p) => ({ src: p.a, tgt: p.b, side: p.side })),
    jobs,
    (k, links) => {
      writeFileSync(join(out, `${names[k]}.align`), formatLinks(links));
      process.stderr.write(`${names[k]}: ${links.length} links\n`);
    },
  );
  return 0;
}
