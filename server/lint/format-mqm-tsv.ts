import type { Finding } from '../checks/types.ts';
import type { LintedDocument } from '../pipeline/lint-docs.ts';
import { occurrences } from './occurrences.ts';
import { writeMqmTsv, type MqmDocument, type MqmError } from '../report/mqm-tsv.ts';

// `xinda lint --format mqm-tsv`: findings as WMT MQM rows by the rater "xinda", written by
// the shared writer (report/mqm-tsv.ts; format in docs/formats.md). xinda vouches for every
// segment it checked, so clean segments get a No-error row.

export const MQM_RATER = 'xinda';

/** xinda checks English news translated into Chinese. */
const SOURCE_LANG = 'en';
const TARGET_LANG = 'zh-Hans';

export function formatMqmTsv(docs: readonly LintedDocument[]): string {
  return writeMqmTsv(docs.map(toMqmDocument));
}

function toMqmDocument(d: LintedDocument): MqmDocument {
  return {
    system: d.system,
    doc: d.sourceKey,
    sourceLang: SOURCE_LANG,
    targetLang: TARGET_LANG,
    source: d.doc.source,
    target: d.doc.target,
    links: d.doc.links,
    errors: d.findings.flatMap((f) => errorsOf(f, d.doc.target[f.target.para] ?? '')),
    cleanRater: MQM_RATER,
  };
}

/**
 * One error per occurrence. An omission flags nothing in the Chinese (its target span is
 * empty): its span is the English that was left out.
 */
function errorsOf(f: Finding, targetParagraph: string): MqmError[] {
  const base = { rater: MQM_RATER, category: f.category, severity: f.severity, note: `${f.ruleId}: ${f.message}` };
  if (f.target.start === f.target.end && f.source !== undefined) {
    const s = f.source;
    return Array.from({ length: Math.max(1, f.count) }, () => ({ ...base, side: 'source', para: s.para, start: s.start, end: s.end }));
  }
  const at = occurrences(targetParagraph, f.text, f.target.start, f.count);
  // Should the text not recur (it always does for grouped findings), the count still shows.
  while (at.length < f.count) at.push(at[0]!);
  return at.map((span) => ({ ...base, side: 'target', para: f.target.para, ...span }));
}
