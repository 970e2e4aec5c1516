import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readEach } from '../ingest/read-inputs.ts';
import { readJsonl } from '../ingest/jsonl.ts';
import { InputError } from '../ingest/input-error.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { corpusReference } from './corpus-reference.ts';
import type { FindingSeverity } from '../checks/types.ts';
import { unitsFromImports } from '../pipeline/lint-docs.ts';
import { lintUnits, startLint, type LintRunResult, type LintSetup } from '../pipeline/lint-run.ts';
import { unitsFromStore } from '../pipeline/stored-units.ts';
import { abortError } from '../pipeline/lint-pool.ts';
import { openDb } from '../store/db.ts';
import { dismissedKeys } from '../store/findings.ts';
import { formatJson } from '../lint/format-json.ts';
import { formatStylish } from '../lint/format-stylish.ts';
import { formatCsv } from '../lint/format-csv.ts';
import { formatMqmTsv } from '../lint/format-mqm-tsv.ts';
import { formatHtml } from '../lint/format-html.ts';
import { atOrAbove } from '../lint/threshold.ts';
import type { ImportDoc } from '../model.ts';
import { configRecipe } from './config-recipe-cli.ts';
import { UsageError, jobsOption, str, type Command } from './command.ts';
import { progress } from './progress.ts';
import { defaultJobs, defaultPool } from './default-jobs.ts';
import { plural } from './plural.ts';

const FORMATS = ['stylish', 'json', 'csv', 'mqm-tsv', 'html'] as const;
type Format = (typeof FORMATS)[number];
const SEVERITIES: readonly FindingSeverity[] = ['minor', 'major', 'critical'];

/** Exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;

export const lintCommand: Command = {
  name: 'lint',
  summary:
    'Aligns and checks documents and prints the findings. PATHs are files or folders in any import\n' +
    'format, or - for JSONL on standard input; --db FILE checks the documents in a store instead.\n' +
    'Exit status: 0 clean, 1 findings at or above --max-severity, 2 bad input or usage (the readable\n' +
    'documents are still checked), 130 interrupted (nothing written).',
  usage: 'lint [options] PATH...   |   lint --db FILE [--save] [options]',
  help:
    `  -f, --format F        ${FORMATS.join(', ')} (default stylish); see docs/formats.md\n` +
    '  --max-severity S      minor, major or critical: findings at or above it exit 1 (default major)\n' +
    '  --rule ID             run only this rule (repeatable)\n' +
    '  --config FILE         check configuration (default ./xinda.config.json when present)\n' +
    '  --corpus DIR          folder of the reference files: names, outlets, terms (default corpus)\n' +
    '  -j, --jobs N          threads: this one and N − 1 workers (default: the number of cores, 1 below 2,000 segment pairs); same output for any N\n' +
    '  --db FILE             check the documents stored in FILE (unchanged ones come from its cache)\n' +
    '  --save                with --db: store the findings for the review site\n' +
    '  --recheck             with --db: check every document again, even unchanged ones\n' +
    '  -o, --out FILE        write the output here instead of standard output\n' +
    '  --title TEXT          title of the html report\n' +
    '  -q, --quiet           no progress, and print only findings at or above --max-severity\n' +
    '  --verbose             say on standard error what is read, cached, checked and saved\n',
  options: {
    format: { type: 'string', short: 'f' },
    'max-severity': { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    corpus: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    db: { type: 'string' },
    save: { type: 'boolean' },
    recheck: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    verbose: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(values, paths) {
    const dbPath = str(values.db);
    if (dbPath === undefined && paths.length === 0) throw new UsageError('give at least one file or folder to lint, - for standard input, or --db FILE');
    if (dbPath !== undefined && paths.length > 0) throw new UsageError('give either PATHs or --db FILE, not both (import the files first to lint them with the store)');
    if (dbPath === undefined && (values.save === true || values.recheck === true)) throw new UsageError('--save and --recheck need --db FILE: import the files, then lint the store');
    if (dbPath !== undefined && !existsSync(dbPath)) throw new UsageError(`no store at ${dbPath}`);
    const format = (str(values.format) ?? 'stylish') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const threshold = (str(values['max-severity']) ?? 'major') as FindingSeverity;
    if (!SEVERITIES.includes(threshold)) throw new UsageError('--max-severity must be minor, major or critical');
    const jobsGiven = jobsOption(values.jobs);
    const quiet = values.quiet === true;
    const verbose = values.verbose === true;
    const say = (msg: string) => verbose && process.stderr.write(`xinda lint: ${msg}\n`);

    const { recipe, config } = configRecipe(str(values.config), values.rule as string[] | undefined);
    const errors: InputError[] = [];
    const { reference } = corpusReference(str(values.corpus), (e) => errors.push(e));

    const describe = (s: { documents: number; cached: number; threads: number }, db: boolean) =>
      say(
        `${db ? `${s.cached.toLocaleString('en-US')} unchanged since the last check; ` : ''}checking ${plural(s.documents - s.cached, 'document')} ` +
          (s.threads === 1 ? 'in the main thread' : `in ${s.threads} threads (the main thread and ${plural(s.threads - 1, 'worker')})`),
      );
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once('SIGINT', onSigint);
    let result: LintRunResult;
    try {
      if (dbPath !== undefined) {
        const db = openDb(dbPath);
        try {
          const units = unitsFromStore(db);
          say(`${plural(units.length, 'document')} in ${dbPath}`);
          const bar = progress('linting', quiet);
          try {
            result = await lintUnits(
              units,
              { recipe, config, reference, dismissed: dismissedKeys(db) },
              {
                jobs: jobsGiven ?? defaultJobs(units.map((u) => u.job)),
                db,
                save: values.save === true,
                useCache: values.recheck !== true,
                signal: abort.signal,
                onStart: (s) => describe(s, true),
                onProgress: (done, total) => bar.update(done, total),
              },
            );
          } finally {
            bar.done();
          }
          if (values.save === true) say(`findings of ${plural(result.saved, 'document')} saved, ${(units.length - result.saved).toLocaleString('en-US')} already stored`);
        } finally {
          db.close();
        }
      } else {
        result = await lintFiles(paths, { recipe, config, reference, dismissed: new Set() }, { jobsGiven, quiet, signal: abort.signal, errors, say, describe });
      }
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') {
        process.stderr.write('xinda lint: interrupted; nothing was written\n');
        return INTERRUPTED;
      }
      throw e;
    } finally {
      process.removeListener('SIGINT', onSigint);
    }

    let linted = result.linted;
    if (quiet) linted = linted.map((d) => ({ ...d, findings: d.findings.filter((f) => atOrAbove(f.severity, threshold)) }));
    const sig = result.signature;
    const out = str(values.out);
    const title = str(values.title);
    const text = render(format, linted, sig, process.stdout.isTTY === true && out === undefined && !process.env.NO_COLOR, title);
    if (out !== undefined) writeFileSync(out, text);
    else process.stdout.write(text);
    for (const e of errors) process.stderr.write(`xinda lint: ${e.message}\n`);
    if (errors.length) return 2;
    return linted.some((d) => d.findings.some((f) => atOrAbove(f.severity, threshold))) ? 1 : 0;
  },
};

interface FileRunOptions {
  jobsGiven: number | undefined;
  quiet: boolean;
  signal: AbortSignal;
  /** Refused inputs are added here, the unreadable files first, in input order. */
  errors: InputError[];
  say: (msg: string) => void;
  describe: (s: { documents: number; cached: number; threads: number }, db: boolean) => void;
}

/**
 * Reads the inputs a file at a time and hands each file's documents to the lint run at once,
 * so that the workers check the first files while the later ones are read.
 */
async function lintFiles(paths: readonly string[], setup: LintSetup, o: FileRunOptions): Promise<LintRunResult> {
  let reading = true;
  let bar = progress('reading', o.quiet);
  const pool = defaultPool(o.jobsGiven);
  const run = startLint(setup, {
    ...pool,
    signal: o.signal,
    onStart: (s) => o.describe({ ...s, cached: 0 }, false),
    // Lint progress is drawn once the reading (and its own bar) is over.
    onProgress: (done, total) => {
      if (!reading) bar.update(done, total);
    },
  });
  const refused: InputError[] = [];
  let documents = 0;
  const take = (docs: ImportDoc[]) => {
    const made = unitsFromImports(docs);
    refused.push(...made.errors);
    documents += made.units.length;
    run.add(made.units);
  };
  try {
    if (paths.includes('-')) take(readStdin());
    const files = paths.filter((p) => p !== '-');
    if (files.length) {
      for (const docs of readEach(files, { onFile: (_p, i, total) => bar.update(i + 1, total) }, (e) => o.errors.push(e))) {
        take(docs);
        // A turn for the event loop: the workers' finished batches are answered with new ones, and Ctrl-C is heard.
        await new Promise((r) => setImmediate(r));
        if (o.signal.aborted) throw abortError();
      }
    }
  } catch (e) {
    run.dispose();
    bar.done();
    throw e;
  }
  bar.done();
  reading = false;
  o.errors.push(...refused);
  o.say(`${plural(documents, 'document')} read${o.errors.length ? `, ${plural(o.errors.length, 'input')} refused` : ''}`);
  bar = progress('linting', o.quiet);
  try {
    return await run.finish();
  } finally {
    bar.done();
  }
}

function render(format: Format, linted: Parameters<typeof formatJson>[0], sig: string, colour: boolean, title: string | undefined): string {
  switch (format) {
    case 'json':
      return formatJson(linted, sig);
    case 'csv':
      return formatCsv(linted);
    case 'mqm-tsv':
      return formatMqmTsv(linted);
    case 'html':
      return formatHtml(linted, sig, title !== undefined ? { title } : {});
    case 'stylish':
      return formatStylish(linted, colour) + `${sig}\n`;
  }
}

function readStdin(): ImportDoc[] {
  const bytes = readFileSync(0);
  return readJsonl('<stdin>', decodeBytes('<stdin>', bytes).text);
}
