import { describe, expect, it } from 'vitest';
import { dismissalKey } from '../../server/checks/engine.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import type { ImportDoc } from '../../server/model.ts';
import { resolveRecipe } from '../../server/pipeline/config-recipe.ts';
import { unitsFromImports } from '../../server/pipeline/lint-docs.ts';
import type { LintJob } from '../../server/pipeline/lint-job.ts';
import { lintUnits, startLint } from '../../server/pipeline/lint-run.ts';
import { TwinJobs } from '../../server/pipeline/twin-jobs.ts';

const job = (key: string, target: string, links: LintJob['links'] = null): LintJob => ({ key, source: ['He left [and] came back.'], target: [target], links });

describe('TwinJobs', () => {
  it('keeps a job whose source, target and pairing were met before out of the jobs to check', () => {
    const t = new TwinJobs(new Set());
    const fresh = t.add([job('a', '他走了[and]回来了。'), job('b', '他走了。'), job('c', '他走了[and]回来了。')]);
    expect(fresh.map((j) => j.key)).toEqual(['a', 'b']);
    // Same texts, another pairing: not a twin.
    expect(t.add([job('d', '他走了。', [{ src: [0], tgt: [0] }])]).map((j) => j.key)).toEqual(['d']);
    expect(t.distinct.map((j) => j.key)).toEqual(['a', 'b', 'd']);
    expect(t.size).toBe(4);
  });

  it('tells paragraphs apart from the text they would make joined', () => {
    const t = new TwinJobs(new Set());
    const split: LintJob = { key: 's', source: ['A.', 'B.'], target: ['甲。', '乙。'], links: null };
    const joined: LintJob = { key: 'j', source: ['A.B.'], target: ['甲。乙。'], links: null };
    expect(t.add([split, joined])).toHaveLength(2);
  });

  it('never lets a document with dismissals stand for another, nor be stood for', () => {
    const t = new TwinJobs(new Set(['b']));
    expect(t.add([job('a', '他走了。'), job('b', '他走了。'), job('c', '他走了。')]).map((j) => j.key)).toEqual(['a', 'b']);
  });

  it('gives each job its twin\'s result under its own key', () => {
    const t = new TwinJobs(new Set());
    t.add([job('a', 'x'), job('c', 'x')]);
    const finding = { ruleId: 'r', category: 'c', severity: 'minor' as const, confidence: 1, message: 'm', docKey: 'a', target: { para: 0, start: 0, end: 1 }, text: 'x', count: 1 };
    const [a, c] = t.expand([{ links: [], findings: [finding], summaries: {} }]);
    expect(a!.findings[0]!.docKey).toBe('a');
    expect(c!.findings[0]!.docKey).toBe('c');
    expect(c!.findings[0]).toEqual({ ...finding, docKey: 'c' });
  });
});

function twinDocs(): ImportDoc[] {
  const doc = (key: string, system: string): ImportDoc => ({
    origin: { file: `mem/${key}.jsonl`, line: 1 },
    source: { key, lang: 'en', paragraphs: ['He said talks would resume, and officials agreed.', 'Closed doors were the rule.'] },
    translations: [{ system, lang: 'zh-Hans', paragraphs: ['他说会谈将恢复,官员们的的同意了。', '会谈behind closed doors举行 [and] 结束。'], annotations: [] }],
    warnings: [],
  });
  return [doc('wire-1', 'mt'), doc('wire-2', 'mt'), doc('wire-3', 'other')];
}

describe('a lint run over identical documents', () => {
  const setup = (dismissed: ReadonlySet<string> = new Set()) => ({ recipe: {}, config: resolveRecipe({}), reference: EMPTY_REFERENCE, dismissed });

  it('reports each one\'s findings under its own key, as when each is checked alone', async () => {
    const { units } = unitsFromImports(twinDocs());
    const run = await lintUnits(units, setup(), { jobs: 1 });
    const alone = await Promise.all(units.map((u) => lintUnits([u], setup(), { jobs: 1 })));
    expect(run.linted.map((d) => d.findings.length)).toEqual(alone.map((r) => r.linted[0]!.findings.length));
    expect(run.linted[0]!.findings.length).toBeGreaterThan(1);
    run.linted.forEach((d, i) => {
      expect(d.findings.every((f) => f.docKey === units[i]!.job.key)).toBe(true);
      expect(JSON.stringify(d.findings)).toBe(JSON.stringify(alone[i]!.linted[0]!.findings));
    });
    const streamed = startLint(setup(), { jobs: 1 });
    streamed.add(units);
    expect(JSON.stringify((await streamed.finish()).linted)).toBe(JSON.stringify(run.linted));
  });

  it('keeps a dismissal to the document it was made in', async () => {
    const { units } = unitsFromImports(twinDocs());
    const dismissed = new Set([dismissalKey('untranslated-bracket', units[1]!.job.key, '[and]')]);
    const run = await lintUnits(units, setup(dismissed), { jobs: 1 });
    const brackets = run.linted.map((d) => d.findings.filter((f) => f.ruleId === 'untranslated-bracket').length);
    expect(brackets).toEqual([1, 0, 1]);
  });
});
