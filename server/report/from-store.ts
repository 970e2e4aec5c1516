import type { FindingSeverity } from '../checks/types.ts';
import type { Db } from '../store/db.ts';
import { docKeyOf } from '../store/findings.ts';
import { corpusOf } from './from-lint.ts';
import { DEFAULT_MQM_WEIGHTS, type MqmWeights } from './mqm-score.ts';
import type { ReportDocument, ReportFinding, ReportInput, ReviewStatus } from './model.ts';
import { countParagraphWords } from './source-words.ts';

export interface StoreReportOptions {
  title?: string;
  weights?: MqmWeights;
  /** The signature of the run that just brought the findings up to date, if one did. */
  runSignature?: string;
}

/**
 * The store as report input: every translation with its current (not stale) findings and
 * their reviewers' status. A translation's corpus is the folder it was imported from.
 */
export function reportInputFromStore(db: Db, opts: StoreReportOptions = {}): ReportInput {
  const translations = db
    .prepare(
      `SELECT t.id, t.system, t.origin, s.key AS sourceKey, s.title, s.id AS sourceId FROM translations t
       JOIN sources s ON s.id = t.source_id ORDER BY s.key, t.system`,
    )
    .all() as { id: number; system: string; origin: string; sourceKey: string; title: string | null; sourceId: number }[];
  const paragraphs = db.prepare('SELECT text FROM source_paragraphs WHERE source_id = ? ORDER BY idx').pluck();
  const findings = db.prepare(
    `SELECT f.rule_id AS ruleId, f.category, f.severity, f.count, f.text, f.src_text AS srcText, f.suggestion, f.status, f.signature
     FROM findings f WHERE f.translation_id = ? AND f.stale = 0 AND f.severity <> 'neutral' ORDER BY f.para, f.start, f.id`,
  );
  const words = new Map<number, number>();
  const signatures = new Set<string>();
  const documents: ReportDocument[] = translations.map((t) => {
    let w = words.get(t.sourceId);
    if (w === undefined) {
      w = countParagraphWords(paragraphs.all(t.sourceId) as string[]);
      words.set(t.sourceId, w);
    }
    const rows = findings.all(t.id) as {
      ruleId: string; category: string; severity: FindingSeverity; count: number; text: string;
      srcText: string | null; suggestion: string | null; status: ReviewStatus; signature: string | null;
    }[];
    for (const r of rows) if (r.status === 'open' && r.signature !== null) signatures.add(r.signature);
    return {
      key: docKeyOf(t.sourceKey, t.system),
      sourceKey: t.sourceKey,
      system: t.system,
      corpus: corpusOf(t.origin),
      ...(t.title !== null && { title: t.title }),
      sourceWords: w,
      findings: rows.map(
        (r): ReportFinding => ({
          ruleId: r.ruleId,
          category: r.category,
          severity: r.severity,
          count: r.count,
          text: r.text,
          ...(r.srcText !== null && { sourceText: r.srcText }),
          ...(r.suggestion !== null && { suggestion: r.suggestion }),
          status: r.status,
        }),
      ),
    };
  });
  if (opts.runSignature !== undefined) signatures.add(opts.runSignature);
  return {
    title: opts.title ?? 'xinda error report',
    signatures: [...signatures],
    weights: opts.weights ?? DEFAULT_MQM_WEIGHTS,
    reviewable: true,
    documents,
  };
}
