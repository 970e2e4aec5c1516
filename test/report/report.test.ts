import { describe, expect, it } from 'vitest';
import type { Finding, FindingSeverity } from '../../server/checks/types.ts';
import type { ImportDoc } from '../../server/model.ts';
import { buildReport } from '../../server/report/build-report.ts';
import { reportInputFromStore } from '../../server/report/from-store.ts';
import { renderReportBody, renderReportPage } from '../../server/report/render-html.ts';
import { reportCountsCsv, reportJson, reportScoresCsv } from '../../server/report/report-files.ts';
import { openDb, type Db } from '../../server/store/db.ts';
import { replaceFindings } from '../../server/store/findings.ts';
import { writeImport } from '../../server/store/import-writer.ts';

// A small store made by hand: two corpora (folders news/ and wire/), two systems, findings
// with known severities, categories, counts and reviewers' decisions, so every figure of
// the report can be worked out on paper (see the comments).

function doc(file: string, key: string, source: string[], systems: string[]): ImportDoc {
  return {
    origin: { file },
    source: { key, lang: 'en', paragraphs: source },
    translations: systems.map((system) => ({ system, lang: 'zh-Hans', paragraphs: source.map((_, i) => `第${i + 1}段译文。`), annotations: [], pairedWithSource: true })),
    warnings: [],
  };
}

interface Made {
  rule: string;
  category: string;
  severity: FindingSeverity;
  count?: number;
  text?: string;
  src?: string;
  suggestion?: string;
  status?: 'confirmed' | 'dismissed';
  stale?: boolean;
}

function store(): Db {
  const db = openDb(':memory:');
  writeImport(
    db,
    [
      doc('news/alpha.jsonl', 'alpha', ['One two three four five six seven eight nine ten.'], ['mt1', 'mt2']), // 10 words
      doc('wire/beta.jsonl', 'beta', ['Alpha beta gamma delta epsilon.', 'Zeta eta theta iota kappa.'], ['mt1']), // 10 words
    ],
    { paths: ['t'] },
  );
  const tid = (key: string, system: string) =>
    db.prepare('SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = ? AND t.system = ?').pluck().get(key, system) as number;
  const put = (key: string, system: string, made: Made[]) => {
    const id = tid(key, system);
    const findings: Finding[] = made.map((m, i) => ({
      ruleId: m.rule,
      category: m.category,
      severity: m.severity,
      confidence: 0.8,
      message: `m${i}`,
      docKey: `${key}/${system}`,
      target: { para: 0, start: i, end: i + 1 },
      text: m.text ?? `t${i}`,
      ...(m.src !== undefined && { source: { para: 0, start: 0, end: 7, text: m.src } }),
      ...(m.suggestion !== undefined && { suggestion: m.suggestion }),
      count: m.count ?? 1,
    }));
    replaceFindings(db, id, findings, 'sig-A');
    made.forEach((m, i) => {
      if (m.status) db.prepare('UPDATE findings SET status = ? WHERE translation_id = ? AND message = ?').run(m.status, id, `m${i}`);
      if (m.stale) db.prepare('UPDATE findings SET stale = 1 WHERE translation_id = ? AND message = ?').run(id, `m${i}`);
    });
  };
  put('alpha', 'mt1', [
    { rule: 'omission', category: 'Accuracy/Omission', severity: 'major' }, // 5
    { rule: 'punctuation-width', category: 'Linguistic conventions/Punctuation', severity: 'minor', count: 2, status: 'confirmed' }, // 2 × 0.1
    { rule: 'name-inconsistent', category: 'Terminology/Inconsistent', severity: 'minor', text: '托卡耶大', src: 'Tokayev', suggestion: '托卡耶夫' }, // 1
    { rule: 'untranslated-latin', category: 'Accuracy/Untranslated', severity: 'major', status: 'dismissed' }, // not counted
    { rule: 'repeated-word', category: 'Linguistic conventions/Grammar', severity: 'minor', stale: true }, // not counted
  ]);
  put('alpha', 'mt2', [
    { rule: 'name-inconsistent', category: 'Terminology/Inconsistent', severity: 'minor', text: '托卡也夫', src: 'tokayev', suggestion: '托卡耶夫' }, // 1
    { rule: 'number-mismatch', category: 'Accuracy/Mistranslation', severity: 'critical', status: 'confirmed' }, // 25
  ]);
  return db;
}

describe('report of a hand-made store', () => {
  const db = store();
  const report = buildReport(reportInputFromStore(db, { title: 'Test report' }));

  it('groups by corpus (import folder), system and document', () => {
    expect(report.corpora.map((c) => [c.corpus, c.systems.map((s) => [s.system, s.documents.map((d) => d.key)])])).toEqual([
      ['news', [['mt1', ['alpha/mt1']], ['mt2', ['alpha/mt2']]]],
      ['wire', [['mt1', ['beta/mt1']]]],
    ]);
  });

  it('counts findings by severity, category and rule, leaving out dismissed and stale ones', () => {
    expect(report.total.findings).toBe(6);
    expect(report.total.bySeverity).toEqual({ critical: 1, major: 1, minor: 4 });
    expect(report.total.byCategory).toEqual({
      'Accuracy/Mistranslation': 1,
      'Accuracy/Omission': 1,
      'Linguistic conventions/Punctuation': 2,
      'Terminology/Inconsistent': 2,
    });
    expect(report.total.byRule).toEqual({ 'name-inconsistent': 2, 'number-mismatch': 1, omission: 1, 'punctuation-width': 2 });
  });

  it('scores documents, systems and the total per 100 source words', () => {
    const news = report.corpora[0]!;
    const doc = (k: string) => report.corpora.flatMap((c) => c.systems.flatMap((s) => s.documents)).find((d) => d.key === k)!;
    expect(doc('alpha/mt1').tally.score).toEqual({ errors: 4, penalty: 6.2, words: 10, per100Words: 62 });
    expect(doc('alpha/mt2').tally.score).toEqual({ errors: 2, penalty: 26, words: 10, per100Words: 260 });
    expect(doc('beta/mt1').tally.score).toEqual({ errors: 0, penalty: 0, words: 10, per100Words: 0 });
    expect(news.tally.score.per100Words).toBe(161); // 32.2 over 20 words
    expect(report.total.score).toEqual({ errors: 6, penalty: 32.2, words: 30, per100Words: 107.3333 });
    // System mt1 across corpora would be 6.2 / 20; within a corpus each system is its own row.
    expect(report.corpora[1]!.systems[0]!.tally.score.per100Words).toBe(0);
  });

  it('lists the worst documents first and leaves out documents without findings', () => {
    expect(report.worst.map((d) => [d.key, d.tally.score.per100Words])).toEqual([
      ['alpha/mt2', 260],
      ['alpha/mt1', 62],
    ]);
  });

  it('merges renderings of one entity across documents and systems', () => {
    expect(report.entities).toEqual([
      {
        entity: 'Tokayev',
        rules: ['name-inconsistent'],
        flagged: [
          { text: '托卡也夫', count: 1 },
          { text: '托卡耶大', count: 1 },
        ],
        preferred: ['托卡耶夫'],
        documents: 2,
        systems: ['mt1', 'mt2'],
      },
    ]);
  });

  it("reports reviewers' verdicts and the precision they imply", () => {
    expect(report.reviews!.overall).toEqual({ confirmed: 2, dismissed: 1, open: 3, precision: 2 / 3 });
    expect(Object.fromEntries(report.reviews!.byRule.map((r) => [r.ruleId, r.precision]))).toEqual({
      'name-inconsistent': null,
      'number-mismatch': 1,
      omission: null,
      'punctuation-width': 1,
      'untranslated-latin': 0,
    });
  });

  it('carries the signature of the stored findings', () => {
    expect(report.signatures).toEqual(['sig-A']);
  });

  it('writes the same numbers to CSV and JSON', () => {
    const csv = reportScoresCsv(report).trimEnd().split('\r\n');
    expect(csv[0]).toBe('level,corpus,system,document,title,documents,source_words,findings,critical,major,minor,penalty,per_100_words');
    expect(csv[1]).toBe('total,,,,,3,30,6,1,1,4,32.2,107.3333');
    expect(csv).toContain('document,news,mt2,alpha,,1,10,2,1,0,1,26,260');
    expect(csv).toContain('document,wire,mt1,beta,,1,10,0,0,0,0,0,0');
    const counts = reportCountsCsv(report);
    expect(counts).toContain('document,news,mt1,alpha,rule,punctuation-width,2\r\n');
    expect(counts).toContain('total,,,,category,Terminology/Inconsistent,2\r\n');
    const json = JSON.parse(reportJson(report)) as { format: string; version: number; total: { findings: number }; signatures: string[] };
    expect(json).toMatchObject({ format: 'xinda-report', version: 1, total: { findings: 6 }, signatures: ['sig-A'] });
  });

  it('renders the reviews, the entity and the signature in HTML; the body stands alone for the web', () => {
    const body = renderReportBody(report);
    expect(body.startsWith('<div class="xr">')).toBe(true);
    expect(body).toContain('Precision as seen by reviewers: <strong>66.7 %</strong>');
    expect(body).toContain('<td>Tokayev</td>');
    expect(body).toContain('sig-A');
    expect(renderReportPage(report)).toContain(body);
  });
});
