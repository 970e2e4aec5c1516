import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readInputsTolerant } from '../ingest/read-inputs.ts';
import { readJsonl } from '../ingest/jsonl.ts';
import { InputError } from '../ingest/input-error.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { loadReference } from '../checks/reference-load.ts';
import { EMPTY_REFERENCE } from '../checks/reference.ts';
import { signature } from '../checks/signature.ts';
import type { ResolvedConfig } from '../checks/config.ts';
import type { FindingSeverity } from '../checks/types.ts';
import { lintDocs } from '../pipeline/lint-docs.ts';
import { formatJson } from '../lint/format-json.ts';
import { formatStylish } from '../lint/format-stylish.ts';
import { atOrAbove } from '../lint/threshold.ts';
import type { ImportDoc } from '../model.ts';
import { VERSION } from '../version.ts';
import { loadConfig } from './check-setup.ts';
import { UsageError, str, type Command } from './command.ts';

const FORMATS = ['stylish', 'json'] as const;
const SEVERITIES: readonly FindingSeverity[] = ['minor', 'major', 'critical'];

export const lintCommand: Command = {
  name: 'lint',
  summary:
    'Aligns and checks documents and prints the findings. PATHs are files or folders in any import\n' +
    'format, or - for JSONL on standard input. Exit status: 0 clean, 1 findings at or above\n' +
    '--max-severity, 2 bad input or usage (the readable documents are still checked).',
  usage: 'lint [options] PATH...',
  help:
    `  -f, --format F        ${FORMATS.join(' or ')} (default stylish)\n` +
    '  --max-severity S      minor, major or critical: findings at or above it exit 1 (default major)\n' +
    '  --rule ID             run only this rule (repeatable)\n' +
    '  --config FILE         check configuration (default ./xinda.config.json when present)\n' +
    '  --corpus DIR          folder of the reference files: names, outlets, terms (default corpus)\n' +
    '  -o, --out FILE        write the report here instead of standard output\n' +
    '  -q, --quiet           print only findings at or above --max-severity\n',
  options: {
    format: { type: 'string', short: 'f' },
    'max-severity': { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    corpus: { type: 'string' },
    out: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
  },
  allowPositionals: true,
  run(values, paths) {
    if (paths.length === 0) throw new UsageError('give at least one file or folder to lint, or - for standard input');
    const format = str(values.format) ?? 'stylish';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const threshold = (str(values['max-severity']) ?? 'major') as FindingSeverity;
    if (!SEVERITIES.includes(threshold)) throw new UsageError('--max-severity must be minor, major or critical');
    const config = onlyRules(loadConfig(str(values.config)), values.rule as string[] | undefined);
    const corpus = str(values.corpus) ?? 'corpus';
    const reference = existsSync(corpus) ? loadReference(corpus) : EMPTY_REFERENCE;

    const errors: InputError[] = [];
    const docs: ImportDoc[] = [];
    const files = paths.filter((p) => p !== '-');
    if (paths.includes('-')) docs.push(...readStdin());
    if (files.length) {
      const read = readInputsTolerant(files);
      docs.push(...read.docs);
      errors.push(...read.errors);
    }
    const result = lintDocs(docs, config, reference);
    errors.push(...result.errors);
    let linted = result.linted;
    if (values.quiet === true) linted = linted.map((d) => ({ ...d, findings: d.findings.filter((f) => atOrAbove(f.severity, threshold)) }));

    const sig = signature(VERSION, config);
    const text = format === 'json' ? formatJson(linted, sig) : formatStylish(linted, process.stdout.isTTY === true && str(values.out) === undefined) + `${sig}\n`;
    writeOut(text, str(values.out));
    for (const e of errors) process.stderr.write(`xinda lint: ${e.message}\n`);
    if (errors.length) return 2;
    return linted.some((d) => d.findings.some((f) => atOrAbove(f.severity, threshold))) ? 1 : 0;
  },
};

function onlyRules(config: ResolvedConfig, ids: string[] | undefined): ResolvedConfig {
  if (!ids || ids.length === 0) return config;
  const known = new Set(config.rules.map((r) => r.rule.id));
  for (const id of ids) if (!known.has(id)) throw new UsageError(`unknown or disabled rule "${id}"`);
  const rules = config.rules.filter((r) => ids.includes(r.rule.id));
  return { ...config, rules };
}

function readStdin(): ImportDoc[] {
  const bytes = readFileSync(0);
  return readJsonl('<stdin>', decodeBytes('<stdin>', bytes).text);
}

function writeOut(text: string, out: string | undefined): void {
  if (out !== undefined) writeFileSync(out, text);
  else process.stdout.write(text);
}
