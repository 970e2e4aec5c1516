import type { LintedDocument } from '../pipeline/lint-docs.ts';
import { buildReport } from '../report/build-report.ts';
import { reportInputFromLint } from '../report/from-lint.ts';
import type { MqmWeights } from '../report/mqm-score.ts';
import { renderReportPage } from '../report/render-html.ts';

/** `xinda lint --format html`: the error report of the documents just linted. */
export function formatHtml(docs: readonly LintedDocument[], signature: string, opts: { title?: string; weights?: MqmWeights } = {}): string {
  return renderReportPage(buildReport(reportInputFromLint(docs, signature, opts)));
}
