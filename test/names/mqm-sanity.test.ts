import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../server/checks/rules/index.ts';
import { resolveConfig } from '../../server/checks/config.ts';
import { checkCorpus } from '../../server/checks/engine.ts';
import { loadReference } from '../../server/checks/reference-load.ts';
import { readInputs } from '../../server/ingest/read-inputs.ts';

const MQM = fileURLToPath(new URL('../../../shared/data/mqm-enzh-dev/mqm-enzh-dev.jsonl', import.meta.url));
const present = existsSync(MQM);
if (!present) console.warn(`skipping the mqm-enzh-dev sanity check: ${MQM} is absent`);

describe.skipIf(!present)('name rules on mqm-enzh-dev', () => {
  it('never fire on a row whose source has no capital letter', () => {
    const docs = readInputs([MQM]).docs.flatMap((d) =>
      d.translations.map((t) => ({ key: `${d.source!.key}/${t.system}`, source: d.source!.paragraphs, target: t.paragraphs, links: t.paragraphs.map((_, i) => ({ src: [i], tgt: [i] })) })),
    );
    const config = resolveConfig(RULES.filter((r) => /^(?:name|outlet)-/.test(r.id)), undefined);
    const findings = checkCorpus(docs, { config, reference: loadReference(fileURLToPath(new URL('../../corpus/', import.meta.url))) });
    const byKey = new Map(docs.map((d) => [d.key, d]));
    const lower = findings.filter((f) => !/\p{Lu}/u.test(byKey.get(f.docKey)!.source[f.target.para] ?? ''));
    expect(findings.length).toBeGreaterThan(0);
    expect(lower).toEqual([]);
  }, 60_000);
});
