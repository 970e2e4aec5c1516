import type { ImportDoc } from '../model.ts';
import { alignParagraphs } from '../align/paragraphs.ts';
import { checkCorpus } from '../checks/engine.ts';
import type { ResolvedConfig } from '../checks/config.ts';
import type { Reference } from '../checks/reference.ts';
import type { CheckDocument, Finding } from '../checks/types.ts';
import { InputError } from '../ingest/input-error.ts';

export interface LintedDocument {
  doc: CheckDocument;
  file: string;
  line?: number;
  system: string;
  findings: Finding[];
}

/**
 * Parsed documents → aligned check documents → findings, in input order. Files state
 * their pairing (XLIFF, TMX, segment rows) or are aligned here.
 */
export function lintDocs(
  inputs: readonly ImportDoc[],
  config: ResolvedConfig,
  reference: Reference,
  dismissed?: ReadonlySet<string>,
): { linted: LintedDocument[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const linted: LintedDocument[] = [];
  for (const d of inputs) {
    if (!d.source) {
      errors.push(new InputError(d.origin.file, 'translation without its source: lint needs both sides in the input (or import both and lint with --db)', d.origin.line !== undefined ? { line: d.origin.line } : {}));
      continue;
    }
    for (const t of d.translations) {
      const source = d.source.paragraphs;
      const links = t.pairedWithSource ? t.paragraphs.map((_, i) => ({ src: [i], tgt: [i] })) : alignParagraphs(source, t.paragraphs);
      linted.push({
        doc: { key: `${d.source.key ?? d.origin.file}/${t.system}`, source, target: t.paragraphs, links },
        file: d.origin.file,
        ...(d.origin.line !== undefined && { line: d.origin.line }),
        system: t.system,
        findings: [],
      });
    }
  }
  const findings = checkCorpus(
    linted.map((l) => l.doc),
    { config, reference, ...(dismissed && { dismissed }) },
  );
  const byKey = new Map(linted.map((l) => [l.doc.key, l]));
  for (const f of findings) byKey.get(f.docKey)?.findings.push(f);
  return { linted, errors };
}
