// npm run bench:names [-- PATH]
//
// Times the names pass (mentions, links, entities) over a set of documents, by phase, in one
// process: what `xinda names` spends beyond starting up. Default input: the MQM dev set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readInputs } from '../server/ingest/read-inputs.ts';
import { loadReference } from '../server/checks/reference-load.ts';
import { corpusEntities } from '../server/names/corpus-entities.ts';
import { alignParagraphs } from '../server/align/paragraphs.ts';
import { MQM_DEV_FILE } from './lib/mqm-rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const input = process.argv[2] ?? MQM_DEV_FILE;
if (!existsSync(input)) {
  process.stdout.write(`skipped: ${input} is absent\n`);
  process.exit(0);
}
const t0 = performance.now();
const read = readInputs([input]);
const t1 = performance.now();
const reference = loadReference(join(ROOT, 'corpus'));
const docs = read.docs.flatMap((d) =>
  d.translations.map((t) => ({
    key: `${d.source!.key}/${t.system}`,
    source: d.source!.paragraphs,
    target: t.paragraphs,
    links: t.pairedWithSource ? t.paragraphs.map((_, i) => ({ src: [i], tgt: [i] })) : alignParagraphs(d.source!.paragraphs, t.paragraphs),
  })),
);
const t2 = performance.now();
const entities = corpusEntities(docs, reference);
const t3 = performance.now();
const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
process.stdout.write(`${docs.length} documents, ${entities.length} entities\nread ${ms(t0, t1)}, prepare ${ms(t1, t2)}, names ${ms(t2, t3)}\n`);
