import type { ImportDoc } from '../model.ts';
import { checkCorpusRules, type EngineInput } from '../checks/engine.ts';
import type { CheckDocument, Finding } from '../checks/types.ts';
import { InputError } from '../ingest/input-error.ts';
import type { JobResult, LintJob } from './lint-job.ts';

export interface LintedDocument {
  doc: CheckDocument;
  file: string;
  line?: number;
  sourceKey: string;
  title?: string;
  system: string;
  findings: Finding[];
}

/** A document to lint and where it came from; translationId when it is a stored translation. */
export interface LintUnit {
  job: LintJob;
  file: string;
  line?: number;
  sourceKey: string;
  title?: string;
  system: string;
  translationId?: number;
}

/**
 * Parsed documents → one unit per translation, in input order. Files that state their
 * pairing (XLIFF, TMX, segment rows) keep it; the others are aligned by the job.
 */
export function unitsFromImports(inputs: readonly ImportDoc[]): { units: LintUnit[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const units: LintUnit[] = [];
  for (const d of inputs) {
    if (!d.source) {
      errors.push(new InputError(d.origin.file, 'translation without its source: lint needs both sides in the input (or import both and lint with --db)', d.origin.line !== undefined ? { line: d.origin.line } : {}));
      continue;
    }
    const sourceKey = d.source.key ?? d.origin.file;
    for (const t of d.translations) {
      const source = d.source.paragraphs;
      units.push({
        job: { key: `${sourceKey}/${t.system}`, source, target: t.paragraphs, links: t.pairedWithSource ? t.paragraphs.map((_, i) => ({ src: [i], tgt: [i] })) : null },
        file: d.origin.file,
        ...(d.origin.line !== undefined && { line: d.origin.line }),
        sourceKey,
        ...(d.source.title !== undefined && { title: d.source.title }),
        system: t.system,
      });
    }
  }
  return { units, errors };
}

/**
 * Joins per-document results with the corpus rules' findings (run here, over every
 * document's summary, because they compare documents), in input order.
 */
export function assemble(units: readonly LintUnit[], results: readonly JobResult[], input: EngineInput): LintedDocument[] {
  const linted: LintedDocument[] = units.map((u, i) => {
    const r = results[i]!;
    return {
      doc: { key: u.job.key, source: u.job.source, target: u.job.target, links: r.links },
      file: u.file,
      ...(u.line !== undefined && { line: u.line }),
      sourceKey: u.sourceKey,
      ...(u.title !== undefined && { title: u.title }),
      system: u.system,
      findings: [...r.findings],
    };
  });
  const corpus = checkCorpusRules(
    linted.map((l, i) => ({ doc: { ...l.doc, system: l.system }, summaries: results[i]!.summaries })),
    input,
  );
  if (corpus.length) {
    const byKey = new Map<string, LintedDocument>();
    for (const l of linted) if (!byKey.has(l.doc.key)) byKey.set(l.doc.key, l);
    for (const f of corpus) byKey.get(f.docKey)?.findings.push(f);
  }
  return linted;
}
