import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { corpusReference } from './corpus-reference.ts';
import type { InputError } from '../ingest/input-error.ts';
import { lintUnits } from '../pipeline/lint-run.ts';
import { unitsFromStore } from '../pipeline/stored-units.ts';
import { buildReport } from '../report/build-report.ts';
import { reportInputFromStore } from '../report/from-store.ts';
import { DEFAULT_MQM_WEIGHTS, parseWeights, type MqmWeights } from '../report/mqm-score.ts';
import { renderReportPage } from '../report/render-html.ts';
import { reportCountsCsv, reportJson, reportScoresCsv } from '../report/report-files.ts';
import { DEFAULT_DB_PATH, openDb } from '../store/db.ts';
import { dismissedKeys } from '../store/findings.ts';
import { UsageError, jobsOption, str, type Command } from './command.ts';
import { configRecipe } from './config-recipe-cli.ts';
import { progress } from './progress.ts';
import { defaultJobs } from './default-jobs.ts';
import { plural } from './plural.ts';

const DEFAULT_OUT = 'xinda-report';

export const reportCommand: Command = {
  name: 'report',
  summary:
    'Writes an error report of the store: per corpus, MT system and document, counts by MQM category,\n' +
    'severity and rule, MQM-style scores, the worst documents, entities rendered inconsistently and\n' +
    "reviewers' verdicts. Documents changed since their last check are checked first and their\n" +
    'findings saved (as lint --db --save does). Writes OUT.html, OUT.csv, OUT.counts.csv and OUT.json.',
  usage: 'report [options]',
  help:
    `  --db FILE             the store (default ${DEFAULT_DB_PATH})\n` +
    `  -o, --out OUT         where to write, without extension (default ${DEFAULT_OUT})\n` +
    '  --title TEXT          the report\'s title\n' +
    '  --weights W           MQM weights, e.g. minor=1,major=5,critical=25,minor-punctuation=0.1 (the defaults)\n' +
    '  --as-stored           report the stored findings as they are, without checking anything\n' +
    '  --config FILE         check configuration (default ./xinda.config.json when present)\n' +
    '  --corpus DIR          folder of the reference files (default corpus)\n' +
    '  -j, --jobs N          threads for the check: this one and N − 1 workers (default: the number of cores, 1 below 2,000 segment pairs)\n' +
    '  -q, --quiet           no progress, print nothing but errors\n',
  options: {
    db: { type: 'string' },
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    weights: { type: 'string' },
    'as-stored': { type: 'boolean' },
    config: { type: 'string' },
    corpus: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    quiet: { type: 'boolean', short: 'q' },
  },
  allowPositionals: false,
  async run(values) {
    const dbPath = str(values.db) ?? DEFAULT_DB_PATH;
    let weights: MqmWeights = DEFAULT_MQM_WEIGHTS;
    const w = str(values.weights);
    if (w !== undefined) {
      try {
        weights = parseWeights(w);
      } catch (e) {
        throw new UsageError(`--weights: ${(e as Error).message}`);
      }
    }
    if (!existsSync(dbPath)) throw new UsageError(`no store at ${dbPath}: import documents first (xinda import PATH)`);
    const jobsGiven = jobsOption(values.jobs);
    const quiet = values.quiet === true;
    const out = str(values.out) ?? DEFAULT_OUT;
    const title = str(values.title);

    const db = openDb(dbPath);
    const errors: InputError[] = [];
    let runSignature: string | undefined;
    try {
      if (values['as-stored'] !== true) {
        const { recipe, config } = configRecipe(str(values.config), undefined);
        const { reference } = corpusReference(str(values.corpus), (e) => errors.push(e));
        const bar = progress('checking', quiet);
        const units = unitsFromStore(db);
        const run = await lintUnits(units, { recipe, config, reference, dismissed: dismissedKeys(db) }, {
          jobs: jobsGiven ?? defaultJobs(units.map((u) => u.job)),
          db,
          save: true,
          onProgress: (done, total) => bar.update(done, total),
        });
        bar.done();
        runSignature = run.signature;
        if (!quiet) process.stdout.write(`checked ${plural(run.checked, 'document')}, ${run.cached.toLocaleString('en-US')} unchanged since their last check\n`);
      }
      const report = buildReport(reportInputFromStore(db, { weights, ...(title !== undefined && { title }), ...(runSignature !== undefined && { runSignature }) }));
      if (dirname(out) !== '.') mkdirSync(dirname(out), { recursive: true });
      const files: [string, string][] = [
        [`${out}.html`, renderReportPage(report)],
        [`${out}.csv`, reportScoresCsv(report)],
        [`${out}.counts.csv`, reportCountsCsv(report)],
        [`${out}.json`, reportJson(report)],
      ];
      for (const [path, text] of files) writeFileSync(path, text);
      if (!quiet) {
        const t = report.total;
        process.stdout.write(
          `${plural(t.documents, 'document')}, ${plural(t.findings, 'finding')} (${t.bySeverity.critical} critical, ${t.bySeverity.major} major, ${t.bySeverity.minor} minor), ` +
            `penalty ${t.score.per100Words === null ? '—' : t.score.per100Words.toFixed(2)} per 100 source words\n` +
            `wrote ${files.map(([p]) => p).join(', ')}\n` +
            report.signatures.map((s) => `${s}\n`).join(''),
        );
      }
    } finally {
      db.close();
    }
    // A bad line in the reference files was skipped, not trusted: the report stands, and says so.
    for (const e of errors) process.stderr.write(`xinda report: ${e.message}\n`);
    return errors.length ? 2 : 0;
  },
};
