import { describe, expect, it } from 'vitest';
import { dismissalKey } from '../../server/checks/engine.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import type { ImportDoc } from '../../server/model.ts';
import { resolveRecipe, type ConfigRecipe } from '../../server/pipeline/config-recipe.ts';
import { unitsFromImports } from '../../server/pipeline/lint-docs.ts';
import { runJobs } from '../../server/pipeline/lint-pool.ts';
import { lintUnits, startLint, type LintSetup } from '../../server/pipeline/lint-run.ts';
import { unitsFromStore } from '../../server/pipeline/stored-units.ts';
import { openDb } from '../../server/store/db.ts';
import { findingsOf } from '../../server/store/findings.ts';
import { writeImport } from '../../server/store/import-writer.ts';

// Documents with something for several rules to find: a bracketed English gloss, half-width
// commas between Chinese, a doubled 的, English left in the text.
function docs(n: number, variant = ''): ImportDoc[] {
  return Array.from({ length: n }, (_, i) => ({
    origin: { file: `mem/doc${i}.jsonl`, line: 1 },
    source: {
      key: `doc${i}`,
      lang: 'en',
      paragraphs: [`The minister spoke on day ${i + 1}.`, 'He said talks would resume, and officials agreed.', 'Closed doors were the rule.'],
    },
    translations: [
      {
        system: i % 2 ? 'mt-a' : 'mt-b',
        lang: 'zh-Hans',
        paragraphs: [`部长在第${i + 1}天讲话${variant}。`, '他说会谈将恢复,官员们的的同意了。', '会谈behind closed doors举行 [and] 结束。'],
        annotations: [],
      },
    ],
    warnings: [],
  }));
}

function setup(recipe: ConfigRecipe = {}, dismissed: ReadonlySet<string> = new Set()): LintSetup {
  return { recipe, config: resolveRecipe(recipe), reference: EMPTY_REFERENCE, dismissed };
}

describe('worker threads', () => {
  it('give the same results in the same order for --jobs 1 and --jobs 2', async () => {
    const { units } = unitsFromImports(docs(12));
    const s = setup();
    let threads = -1;
    const one = await lintUnits(units, s, { jobs: 1 });
    const two = await lintUnits(units, s, { jobs: 2, onStart: (x) => (threads = x.threads) });
    expect(threads).toBe(2);
    expect(two.linted.map((d) => d.doc.key)).toEqual(units.map((u) => u.job.key));
    expect(one.linted.reduce((n, d) => n + d.findings.length, 0)).toBeGreaterThan(12);
    expect(JSON.stringify(two.linted)).toBe(JSON.stringify(one.linted));
  });

  it('stop when the run is aborted, and say so', async () => {
    const { units } = unitsFromImports(docs(40));
    const s = setup();
    const abort = new AbortController();
    const run = runJobs(
      units.map((u) => u.job),
      { recipe: s.recipe, signature: 'x', reference: s.reference, dismissed: [] },
      s.config,
      { jobs: 2, signal: abort.signal, onStart: () => abort.abort() },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuse to run with a configuration other than the main thread resolved', async () => {
    const { units } = unitsFromImports(docs(8));
    const s = setup();
    const run = runJobs(
      units.map((u) => u.job),
      { recipe: s.recipe, signature: 'xinda:0|config:not-this-one|rules:', reference: s.reference, dismissed: [] },
      s.config,
      { jobs: 2 },
    );
    await expect(run).rejects.toThrow(/another configuration/);
  });
});

describe('a run fed while its input is read (lint of files)', () => {
  // 800 documents of three paragraphs: more segment pairs than the workers wait for before
  // they start, and rules cheap enough for a test.
  const fast = () => setup({ only: ['untranslated-bracket', 'punctuation-width', 'repeated-word'] });
  const parts = () => {
    const { units } = unitsFromImports(docs(800));
    return [units.slice(0, 400), units.slice(400, 700), units.slice(700)];
  };

  it('starts checking before the last units arrive, and gives what lintUnits gives, in input order', async () => {
    const s = fast();
    const one = await lintUnits(unitsFromImports(docs(800)).units, s, { jobs: 1 });
    let progressBeforeFinish = 0;
    let threads = -1;
    let finishing = false;
    const run = startLint(s, {
      jobs: 2,
      onProgress: (done) => {
        if (!finishing) progressBeforeFinish = done;
      },
      onStart: (x) => (threads = x.threads),
    });
    const [a, b, c] = parts();
    run.add(a!);
    run.add(b!);
    // The worker answers while "reading" goes on: wait for its first batches.
    for (let waited = 0; progressBeforeFinish === 0 && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(progressBeforeFinish).toBeGreaterThan(0);
    run.add(c!);
    finishing = true;
    const streamed = await run.finish();
    expect(threads).toBe(2);
    expect(streamed.linted.map((d) => d.doc.key)).toEqual(one.linted.map((d) => d.doc.key));
    expect(one.linted.reduce((n, d) => n + d.findings.length, 0)).toBeGreaterThan(800);
    expect(JSON.stringify(streamed.linted)).toBe(JSON.stringify(one.linted));
    expect(streamed.signature).toBe(one.signature);
  });

  it('checks a small input in this thread alone when the number of threads is left to it', async () => {
    let threads = -1;
    const run = startLint(fast(), { jobs: 2, minPairs: 2000, onStart: (x) => (threads = x.threads) });
    run.add(unitsFromImports(docs(20)).units);
    const r = await run.finish();
    expect(threads).toBe(1);
    expect(r.linted).toHaveLength(20);
  });

  it('stops its workers when aborted or abandoned while the input is read', async () => {
    const abort = new AbortController();
    const aborted = startLint(fast(), { jobs: 2, signal: abort.signal });
    const [a, b] = parts();
    aborted.add(a!);
    aborted.add(b!);
    abort.abort();
    await expect(aborted.finish()).rejects.toMatchObject({ name: 'AbortError' });

    const abandoned = startLint(fast(), { jobs: 2 });
    abandoned.add(a!);
    abandoned.add(b!);
    abandoned.dispose();
    await expect(abandoned.finish()).rejects.toThrow(/abandoned/);
  });
});

// One minister in eight articles: six spell him 托卡耶夫, two 托卡也夫 — a corpus finding that
// needs every document, wherever each was checked.
function ministerDocs(): ImportDoc[] {
  return Array.from({ length: 8 }, (_, i) => ({
    origin: { file: `mem/m${i}.jsonl`, line: 1 },
    source: { key: `m${i}`, lang: 'en', paragraphs: [`Kassym-Jomart Tokayev spoke on day ${i + 1}.`, 'Tokayev returned home.'] },
    translations: [
      {
        system: 'mt',
        lang: 'zh-Hans',
        paragraphs: i % 4 === 3 ? [`卡西姆-若马尔特·托卡也夫在第${i + 1}天讲话。`, '托卡也夫回国了。'] : [`卡西姆-若马尔特·托卡耶夫在第${i + 1}天讲话。`, '托卡耶夫回国了。'],
        annotations: [],
      },
    ],
    warnings: [],
  }));
}

describe('corpus rules', () => {
  const variant = (r: Awaited<ReturnType<typeof lintUnits>>) =>
    r.linted.flatMap((d) => d.findings.filter((f) => f.ruleId === 'name-variant-corpus').map((f) => `${d.doc.key}:${f.text}`));

  it('compare documents checked in different threads, and documents from the cache', async () => {
    const only = setup({ only: ['name-variant-corpus'] });
    const one = await lintUnits(unitsFromImports(ministerDocs()).units, only, { jobs: 1 });
    expect(variant(one)).toEqual(['m3/mt:卡西姆-若马尔特·托卡也夫', 'm7/mt:卡西姆-若马尔特·托卡也夫']);
    const two = await lintUnits(unitsFromImports(ministerDocs()).units, only, { jobs: 2 });
    expect(JSON.stringify(two.linted)).toBe(JSON.stringify(one.linted));

    const db = openDb(':memory:');
    await lintUnits(unitsFromImports(ministerDocs()).units, only, { jobs: 1, db });
    // Half the corpus changes: the cached half still takes part in the comparison.
    const units = unitsFromImports(ministerDocs()).units;
    for (const u of units.slice(4)) u.job.target = u.job.target.map((t) => t.replaceAll('托卡耶夫', '托卡也夫'));
    const mixed = await lintUnits(units, only, { jobs: 1, db });
    expect([mixed.checked, mixed.cached]).toEqual([3, 5]);
    // Now most documents write 托卡也夫: the three cached ones that do not are the ones flagged.
    expect(variant(mixed)).toEqual(['m0/mt:卡西姆-若马尔特·托卡耶夫', 'm1/mt:卡西姆-若马尔特·托卡耶夫', 'm2/mt:卡西姆-若马尔特·托卡耶夫']);
  });

  it('check again a cached document stored without the corpus rules\' summaries (an older xinda)', async () => {
    const only = setup({ only: ['name-variant-corpus'] });
    const db = openDb(':memory:');
    const first = await lintUnits(unitsFromImports(ministerDocs()).units, only, { jobs: 1, db });
    db.prepare("UPDATE lint_cache SET result = json_remove(result, '$.summaries') WHERE doc_key = 'm3/mt'").run();
    const again = await lintUnits(unitsFromImports(ministerDocs()).units, only, { jobs: 1, db });
    expect([again.checked, again.cached]).toEqual([1, 7]);
    expect(variant(again)).toEqual(variant(first));
  });
});

describe('the lint cache in the store', () => {
  it('checks unchanged documents once, and again when text, rules or dismissals change', async () => {
    const db = openDb(':memory:');
    const first = await lintUnits(unitsFromImports(docs(6)).units, setup(), { jobs: 1, db });
    expect([first.checked, first.cached]).toEqual([6, 0]);

    const again = await lintUnits(unitsFromImports(docs(6)).units, setup(), { jobs: 1, db });
    expect([again.checked, again.cached]).toEqual([0, 6]);
    expect(JSON.stringify(again.linted)).toBe(JSON.stringify(first.linted));

    // One document's text changes: only it is checked.
    const changed = unitsFromImports(docs(6)).units;
    changed[2]!.job.target[0] += '又';
    const third = await lintUnits(changed, setup(), { jobs: 1, db });
    expect([third.checked, third.cached]).toEqual([1, 5]);

    // Another rule set is another signature: everything is checked.
    const fewer = await lintUnits(unitsFromImports(docs(6)).units, setup({ only: ['untranslated-bracket'] }), { jobs: 1, db });
    expect([fewer.checked, fewer.cached]).toEqual([6, 0]);
    expect(new Set(fewer.linted.flatMap((d) => d.findings.map((f) => f.ruleId)))).toEqual(new Set(['untranslated-bracket']));

    // A dismissal for one document: that one is checked again, and the finding is gone.
    const units = unitsFromImports(docs(6)).units;
    const key = units[0]!.job.key;
    const dismissed = new Set([dismissalKey('untranslated-bracket', key, '[and]')]);
    const fourth = await lintUnits(units, setup({ only: ['untranslated-bracket'] }, dismissed), { jobs: 1, db });
    expect([fourth.checked, fourth.cached]).toEqual([1, 5]);
    expect(fourth.linted[0]!.findings).toEqual([]);
    expect(fourth.linted[1]!.findings.map((f) => f.text)).toEqual(['[and]']);

    // --recheck ignores the cache.
    const forced = await lintUnits(unitsFromImports(docs(6)).units, setup(), { jobs: 1, db, useCache: false });
    expect(forced.checked).toBe(6);
  });

  it('saves the findings of stored translations with --save', async () => {
    const db = openDb(':memory:');
    writeImport(db, docs(3), { paths: ['mem'] });
    const units = unitsFromStore(db);
    expect(units.map((u) => u.job.key)).toEqual(['doc0/mt-b', 'doc1/mt-a', 'doc2/mt-b']);
    const run = await lintUnits(units, setup(), { jobs: 1, db, save: true });
    expect(run.saved).toBe(3);
    const stored = findingsOf(db, units[1]!.translationId!);
    expect(stored.map((f) => f.ruleId).sort()).toEqual(run.linted[1]!.findings.map((f) => f.ruleId).sort());
    expect(stored.length).toBeGreaterThan(0);
    // The second run comes from the cache and leaves the stored rows (and their ids) alone.
    const again = await lintUnits(unitsFromStore(db), setup(), { jobs: 1, db, save: true });
    expect([again.cached, again.saved]).toEqual([3, 0]);
    expect(findingsOf(db, units[1]!.translationId!)).toEqual(stored);
    // A reviewer's decision stays, and the document is still up to date.
    db.prepare('UPDATE findings SET status = ? WHERE id = ?').run('confirmed', stored[0]!.id);
    const third = await lintUnits(unitsFromStore(db), setup(), { jobs: 1, db, save: true });
    expect(third.saved).toBe(0);
    expect(findingsOf(db, units[1]!.translationId!).map((f) => [f.id, f.status])).toEqual(stored.map((f, i) => [f.id, i === 0 ? 'confirmed' : 'open']));
    // Open findings deleted behind its back (as another run with other rules would): written again.
    db.prepare("DELETE FROM findings WHERE status = 'open'").run();
    const fourth = await lintUnits(unitsFromStore(db), setup(), { jobs: 1, db, save: true });
    expect([fourth.cached, fourth.saved]).toEqual([3, 3]);
    expect(findingsOf(db, units[1]!.translationId!)).toHaveLength(stored.length);
  });
});
