import type { LintedDocument } from '../pipeline/lint-docs.ts';

/** The documented JSON output (docs/formats.md, "lint JSON"): code-point offsets throughout. */
export function formatJson(docs: readonly LintedDocument[], signature: string): string {
  const out = {
    signature,
    documents: docs.map((d) => ({
      key: d.doc.key,
      file: d.file,
      ...(d.line !== undefined && { line: d.line }),
      system: d.system,
      findings: d.findings.map((f) => ({
        rule: f.ruleId,
        category: f.category,
        severity: f.severity,
        confidence: Number(f.confidence.toFixed(3)),
        message: f.message,
        target: { para: f.target.para, start: f.target.start, end: f.target.end, text: f.text },
        ...(f.source && { source: { para: f.source.para, start: f.source.start, end: f.source.end, text: f.source.text } }),
        ...(f.suggestion !== undefined && { suggestion: f.suggestion }),
        count: f.count,
      })),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
