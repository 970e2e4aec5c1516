import { dirname } from 'node:path';
import type { LintedDocument } from '../pipeline/lint-docs.ts';
import { DEFAULT_MQM_WEIGHTS, type MqmWeights } from './mqm-score.ts';
import type { ReportInput } from './model.ts';
import { countParagraphWords } from './source-words.ts';

/** Which corpus a file belongs to: its folder (documents on standard input form their own). */
export function corpusOf(file: string): string {
  if (file === '<stdin>') return file;
  return dirname(file.replace(/:\d+$/, ''));
}

/** A lint run as report input: every finding is open, since nobody has reviewed it. */
export function reportInputFromLint(docs: readonly LintedDocument[], signature: string, opts: { title?: string; weights?: MqmWeights } = {}): ReportInput {
  return {
    title: opts.title ?? 'xinda lint report',
    signatures: [signature],
    weights: opts.weights ?? DEFAULT_MQM_WEIGHTS,
    reviewable: false,
    documents: docs.map((d) => ({
      key: d.doc.key,
      sourceKey: d.sourceKey,
      system: d.system,
      corpus: corpusOf(d.file),
      ...(d.title !== undefined && { title: d.title }),
      sourceWords: countParagraphWords(d.doc.source),
      findings: d.findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        count: f.count,
        text: f.text,
        ...(f.source && { sourceText: f.source.text }),
        ...(f.suggestion !== undefined && { suggestion: f.suggestion }),
        status: 'open' as const,
      })),
    })),
  };
}
