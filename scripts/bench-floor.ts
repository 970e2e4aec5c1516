// The benchmark's floor: what `xinda lint DIR -f json -o OUT` does except the checks —
// read and decode every file, parse it, build the lint units, write the JSON output (with
// no findings). Run by scripts/bench-lint.ts in its own process, like the lint it is
// compared with.
import { writeFileSync } from 'node:fs';
import { readInputsTolerant } from '../server/ingest/read-inputs.ts';
import { unitsFromImports, type LintedDocument } from '../server/pipeline/lint-docs.ts';
import { formatJson } from '../server/lint/format-json.ts';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  process.stderr.write('usage: tsx scripts/bench-floor.ts DIR OUT\n');
  process.exit(2);
}
const read = readInputsTolerant([dir]);
const { units } = unitsFromImports(read.docs);
const linted: LintedDocument[] = units.map((u) => ({
  doc: { key: u.job.key, source: u.job.source, target: u.job.target, links: u.job.links ?? [] },
  file: u.file,
  sourceKey: u.sourceKey,
  system: u.system,
  findings: [],
}));
writeFileSync(out, formatJson(linted, 'floor'));
process.stdout.write(`${units.length} documents\n`);
