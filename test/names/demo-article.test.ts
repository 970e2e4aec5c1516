import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { RULES } from '../../server/checks/rules/index.ts';
import { resolveConfig } from '../../server/checks/config.ts';
import { checkCorpus } from '../../server/checks/engine.ts';
import { loadReference } from '../../server/checks/reference-load.ts';
import { EMPTY_REFERENCE, type Reference } from '../../server/checks/reference.ts';
import { alignParagraphs } from '../../server/align/paragraphs.ts';

// The bars on the demo article: with empty authority files the outlet rendered two
// ways is one outlet-inconsistent finding and the channel left in Latin is reported; with the
// files, the standard forms are the suggestions.

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const lines = (f: string) => readFileSync(join(CORPUS, f), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const source = lines('seed-000.en.txt');
const target = lines('seed-000.zh.txt');
const doc = { key: 'seed-000', source, target, links: alignParagraphs(source, target) };
const config = resolveConfig(RULES.filter((r) => /^(?:name|outlet)-/.test(r.id)), undefined);
const corpus = loadReference(CORPUS);
const run = (reference: Reference) => checkCorpus([{ ...doc }], { config, reference }).map((f) => ({ rule: f.ruleId, text: f.text, suggestion: f.suggestion }));

describe('names on the demo article', () => {
  it('with empty authority files: one outlet-inconsistent finding and the channel left in Latin', () => {
    const got = run({ ...EMPTY_REFERENCE, demonyms: corpus.demonyms, allowLatin: corpus.allowLatin });
    expect(got).toEqual([
      { rule: 'name-untranslated', text: 'Khod Mysley', suggestion: undefined },
      { rule: 'outlet-inconsistent', text: '《希望报》', suggestion: undefined },
    ]);
  });
  it('with the authority files: the standard forms are the suggestions', () => {
    const got = run(corpus);
    expect(got).toContainEqual({ rule: 'outlet-inconsistent', text: '《希望报》', suggestion: 'Haqqin.az网站' });
    expect(got).toContainEqual({ rule: 'outlet-inconsistent', text: '《哈钦报》', suggestion: 'Haqqin.az网站' });
    expect(got).toContainEqual({ rule: 'name-nonstandard', text: '卡西姆·若马尔特·托卡耶夫', suggestion: '卡瑟姆-若马尔特·托卡耶夫' });
  });
});
