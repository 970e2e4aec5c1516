// The checks of `xinda lint --jobs 1` over a corpus folder, in this one thread and with nothing
// else (no worker, no progress, no output file): what scripts/bench-instructions.ts counts.
// Prints the number of documents and findings, so that two counted runs can be seen to have
// done the same work.

import { join } from 'node:path';
import { loadReference } from '../../server/checks/reference-load.ts';
import { resolveConfig } from '../../server/checks/config.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { readInputs } from '../../server/ingest/read-inputs.ts';
import { unitsFromImports } from '../../server/pipeline/lint-docs.ts';
import { runJob } from '../../server/pipeline/lint-job.ts';

const [folder, root] = process.argv.slice(2);
if (!folder || !root) {
  process.stderr.write('usage: lint-in-process FOLDER PROJECT_ROOT\n');
  process.exit(2);
}
const input = { config: resolveConfig(RULES), reference: loadReference(join(root, 'corpus')), dismissed: new Set<string>() };
const { units } = unitsFromImports(readInputs([folder]).docs);
let findings = 0;
for (const u of units) findings += runJob(u.job, input).findings.length;
process.stdout.write(`${units.length} documents, ${findings} findings\n`);
