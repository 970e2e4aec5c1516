import type { FindingSeverity } from '../checks/types.ts';
import { combineScores, mqmScore } from './mqm-score.ts';
import type {
  CorpusReport,
  DocumentReport,
  EntityReport,
  Report,
  ReportDocument,
  ReportFinding,
  ReportInput,
  ReviewCounts,
  ReviewReport,
  SystemReport,
  Tally,
} from './model.ts';

/** How many documents the "worst documents" list shows. */
export const WORST_DOCUMENTS = 10;

/**
 * Rules whose findings mean "one entity, several renderings": the names and outlets rules
 * (name-*, outlet-*) and term-inconsistent. Their findings are read as: source text = the
 * entity, flagged target text = a rendering, suggestion = the rendering preferred instead.
 */
export function isEntityRule(ruleId: string): boolean {
  return ruleId.startsWith('name-') || ruleId.startsWith('outlet-') || ruleId.startsWith('term-inconsistent');
}

/** Aggregates a report input: pure, deterministic (everything sorted by name where order is free). */
export function buildReport(input: ReportInput): Report {
  const docs = input.documents.map((d) => documentReport(d, input));
  const corpora: CorpusReport[] = groupBy(docs, (d) => d.corpus).map(([corpus, inCorpus]) => {
    const systems: SystemReport[] = groupBy(inCorpus, (d) => d.system).map(([system, documents]) => ({
      system,
      documents,
      tally: combine(documents.map((d) => d.tally)),
    }));
    return { corpus, systems, tally: combine(systems.map((s) => s.tally)) };
  });
  const worst = docs
    .filter((d) => d.tally.findings > 0 && d.tally.score.per100Words !== null)
    .sort((a, b) => b.tally.score.per100Words! - a.tally.score.per100Words! || b.tally.score.penalty - a.tally.score.penalty || a.key.localeCompare(b.key))
    .slice(0, WORST_DOCUMENTS);
  return {
    title: input.title,
    signatures: [...input.signatures].sort(),
    weights: input.weights,
    total: combine(corpora.map((c) => c.tally)),
    corpora,
    worst,
    entities: entities(input.documents),
    ...(input.reviewable && { reviews: reviews(input.documents) }),
  };
}

function counted(f: ReportFinding): boolean {
  return f.status !== 'dismissed';
}

function documentReport(d: ReportDocument, input: ReportInput): DocumentReport {
  const live = d.findings.filter(counted);
  const tally = emptyTally(1);
  for (const f of live) {
    tally.findings += f.count;
    tally.bySeverity[f.severity] += f.count;
    add(tally.byCategory, f.category, f.count);
    add(tally.byRule, f.ruleId, f.count);
  }
  tally.score = mqmScore(live, d.sourceWords, input.weights);
  return { key: d.key, sourceKey: d.sourceKey, system: d.system, corpus: d.corpus, ...(d.title !== undefined && { title: d.title }), tally };
}

function emptyTally(documents: number): Tally {
  return {
    documents,
    findings: 0,
    bySeverity: { critical: 0, major: 0, minor: 0 },
    byCategory: {},
    byRule: {},
    score: { errors: 0, penalty: 0, words: 0, per100Words: null },
  };
}

function combine(parts: readonly Tally[]): Tally {
  const t = emptyTally(0);
  for (const p of parts) {
    t.documents += p.documents;
    t.findings += p.findings;
    for (const s of Object.keys(p.bySeverity) as FindingSeverity[]) t.bySeverity[s] += p.bySeverity[s];
    for (const [k, n] of Object.entries(p.byCategory)) add(t.byCategory, k, n);
    for (const [k, n] of Object.entries(p.byRule)) add(t.byRule, k, n);
  }
  t.byCategory = sortedRecord(t.byCategory);
  t.byRule = sortedRecord(t.byRule);
  t.score = combineScores(parts.map((p) => p.score));
  return t;
}

function add(r: Record<string, number>, k: string, n: number): void {
  r[k] = (r[k] ?? 0) + n;
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Latin entity names compare without case (Secondary sanctions = secondary sanctions). */
function entityKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function entities(docs: readonly ReportDocument[]): EntityReport[] {
  interface Acc {
    label: string;
    rules: Set<string>;
    flagged: Map<string, number>;
    preferred: Set<string>;
    documents: Set<string>;
    systems: Set<string>;
  }
  const by = new Map<string, Acc>();
  for (const d of docs) {
    for (const f of d.findings) {
      if (!counted(f) || !isEntityRule(f.ruleId)) continue;
      // Without a source span the preferred rendering is the best name the entity has.
      const label = f.sourceText ?? f.suggestion ?? f.text;
      if (label.trim() === '') continue;
      const k = entityKey(label);
      let a = by.get(k);
      if (!a) {
        a = { label: label.trim(), rules: new Set(), flagged: new Map(), preferred: new Set(), documents: new Set(), systems: new Set() };
        by.set(k, a);
      }
      a.rules.add(f.ruleId);
      if (f.text !== '') a.flagged.set(f.text, (a.flagged.get(f.text) ?? 0) + f.count);
      if (f.suggestion !== undefined && f.suggestion !== '') a.preferred.add(f.suggestion);
      a.documents.add(d.key);
      a.systems.add(d.system);
    }
  }
  const out: EntityReport[] = [...by.values()].map((a) => ({
    entity: a.label,
    rules: [...a.rules].sort(),
    flagged: [...a.flagged.entries()].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : 1)),
    preferred: [...a.preferred].sort(),
    documents: a.documents.size,
    systems: [...a.systems].sort(),
  }));
  const flaggedTotal = (e: EntityReport) => e.flagged.reduce((s, r) => s + r.count, 0);
  return out.sort((x, y) => flaggedTotal(y) - flaggedTotal(x) || y.documents - x.documents || (x.entity < y.entity ? -1 : 1));
}

function reviewCounts(findings: readonly ReportFinding[]): ReviewCounts {
  const c = { confirmed: 0, dismissed: 0, open: 0 };
  // A reviewer decides on a finding row, so rows are counted here, not occurrences.
  for (const f of findings) c[f.status]++;
  const decided = c.confirmed + c.dismissed;
  return { ...c, precision: decided > 0 ? c.confirmed / decided : null };
}

function reviews(docs: readonly ReportDocument[]): ReviewReport {
  const all = docs.flatMap((d) => d.findings);
  const byRule = groupBy(all, (f) => f.ruleId).map(([ruleId, fs]) => ({ ruleId, ...reviewCounts(fs) }));
  return { overall: reviewCounts(all), byRule };
}
