import { describe, expect, it } from 'vitest';
import { checkAndSummarize, checkCorpus, checkCorpusRules, checkDocument, dismissalKey } from '../../server/checks/engine.ts';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import type { CorpusRule, SegmentRule } from '../../server/checks/types.ts';
import { jsonErrorOffset } from '../../server/ingest/json-error-offset.ts';

// A rule that flags every X in the target, with options, to test the engine, not a rule.
const flagX: SegmentRule<{ letter: string }> = {
  id: 'flag-x',
  category: 'Style/Test',
  severity: 'minor',
  description: 'flags a letter in the target',
  docs: { bad: { source: 'a', target: 'X' }, good: { source: 'a', target: '甲' } },
  scope: 'segment',
  defaultOptions: { letter: 'X' },
  fixable: false,
  check({ pair, options }) {
    return pair.target.flatMap((p) =>
      [...p.text].flatMap((ch, i) => (ch === options.letter ? [{ target: { para: p.index, start: i, end: i + 1 }, message: `a ${ch}`, confidence: 1 }] : [])),
    );
  },
};

const perCorpus: CorpusRule<Record<string, never>, number> = {
  id: 'count-docs',
  category: 'Style/Test',
  severity: 'major',
  description: 'one finding per document, from a corpus view',
  docs: { bad: { source: 'a', target: 'b' }, good: { source: 'a', target: 'b' } },
  scope: 'corpus',
  defaultOptions: {},
  fixable: false,
  summarize({ doc }) {
    return doc.target.length;
  },
  check({ docs }) {
    const paras = docs.reduce((n, d) => n + d.summary, 0);
    return docs.length > 1 ? docs.map((d) => ({ docKey: d.key, target: { para: 0, start: 0, end: 1 }, message: `${docs.length} docs, ${paras} paragraphs`, confidence: 0.5 })) : [];
  },
};

const doc = (key: string, target: string[]) => ({ key, source: target.map(() => 's'), target, links: target.map((_, i) => ({ src: [i], tgt: [i] })) });
const input = (text?: object) => ({ config: resolveConfig([flagX, perCorpus], text ? { path: 'c.json', text: JSON.stringify(text) } : undefined), reference: EMPTY_REFERENCE });

describe('engine', () => {
  it('groups identical findings in a paragraph and orders by position', () => {
    const f = checkDocument(doc('d', ['aXbX', 'X']), input());
    expect(f.map((x) => [x.target.para, x.target.start, x.count, x.text])).toEqual([
      [0, 1, 2, 'X'],
      [1, 0, 1, 'X'],
    ]);
    expect(f[0]).toMatchObject({ ruleId: 'flag-x', category: 'Style/Test', severity: 'minor', docKey: 'd' });
  });

  it('applies severity overrides, options, and off', () => {
    expect(checkDocument(doc('d', ['X']), input({ rules: { 'flag-x': 'critical' } }))[0]!.severity).toBe('critical');
    expect(checkDocument(doc('d', ['XY']), input({ rules: { 'flag-x': { options: { letter: 'Y' } } } })).map((f) => f.text)).toEqual(['Y']);
    expect(checkDocument(doc('d', ['X']), input({ rules: { 'flag-x': 'off' } }))).toEqual([]);
  });

  it('does not raise a dismissed finding again on the same text', () => {
    const dismissed = new Set([dismissalKey('flag-x', 'd', 'X')]);
    expect(checkDocument(doc('d', ['X']), { ...input(), dismissed })).toEqual([]);
    expect(checkDocument(doc('other', ['X']), { ...input(), dismissed })).toHaveLength(1);
  });

  it('runs corpus rules once over all documents\' summaries and attributes findings to documents', () => {
    const f = checkCorpus([doc('a', ['甲']), doc('b', ['乙', '丙'])], input()).filter((x) => x.ruleId === 'count-docs');
    expect(f.map((x) => [x.docKey, x.text, x.message])).toEqual([
      ['a', '甲', '2 docs, 3 paragraphs'],
      ['b', '乙', '2 docs, 3 paragraphs'],
    ]);
  });

  it('summarizes each document for the corpus rules along with its own findings', () => {
    const { findings, summaries } = checkAndSummarize(doc('d', ['X', '甲']), input());
    expect(findings.map((x) => x.ruleId)).toEqual(['flag-x']);
    expect(summaries).toEqual({ 'count-docs': 2 });
    expect(checkAndSummarize(doc('d', ['X']), input({ rules: { 'count-docs': 'off' } })).summaries).toEqual({});
  });

  it('refuses to run a corpus rule over a document without its summary', () => {
    expect(() => checkCorpusRules([{ doc: doc('a', ['甲']), summaries: {} }], input())).toThrow('document "a" has no summary for corpus rule count-docs');
  });

  it('reports code-point spans and text after astral characters', () => {
    const f = checkDocument(doc('d', ['😀𠀀X']), input());
    expect(f[0]).toMatchObject({ target: { para: 0, start: 2, end: 3 }, text: 'X' });
  });
});

describe('config', () => {
  const bad = (text: string) => () => resolveConfig([flagX], { path: 'xinda.config.json', text });
  it.each([
    ['{"rules": {"nope": "off"}}', 'xinda.config.json: unknown rule "nope"'],
    ['{"rules": {"flag-x": "loud"}}', 'severity must be off, minor, major or critical'],
    ['{"rules": {"flag-x": {"options": {"colour": 1}}}}', 'rule "flag-x" has no option "colour"'],
    ['{"style": {"fullWidthPunctuation": "yes"}}', '"style.fullWidthPunctuation" must be true or false'],
    ['{"style": {"allowLatin": "GDP"}}', '"style.allowLatin" must be an array of strings'],
    ['{"rulez": {}}', 'unknown key "rulez"'],
    ['{\n  "rules": {\n    "flag-x": ,\n  }\n}', 'xinda.config.json:3: malformed JSON'],
  ])('refuses %s', (text, message) => {
    expect(bad(text)).toThrow(message);
  });

  it('defaults to Chinese news house style and hashes the effective settings', () => {
    const a = resolveConfig([flagX]);
    expect(a.style.fullWidthPunctuation).toBe(true);
    expect(a.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(resolveConfig([flagX], { path: 'c', text: '{"rules":{"flag-x":"major"}}' }).hash).not.toBe(a.hash);
    expect(resolveConfig([flagX], { path: 'c', text: '{}' }).hash).toBe(a.hash);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', -1],
    ['{"a": ,}', 6],
    ['[1, 2', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\n"}', 8],
    ['{"a": 1} x', 9],
    ['', 0],
  ])('%j → %d', (text, at) => expect(jsonErrorOffset(text)).toBe(at));
});

describe('dismissalKey', () => {
  it('tells apart findings with empty target text by their source text', () => {
    expect(dismissalKey('omission', 'd', '', 'First dropped.')).not.toBe(dismissalKey('omission', 'd', '', 'Second dropped.'));
    expect(dismissalKey('r', 'd', 'x', 'ignored when there is target text')).toBe(dismissalKey('r', 'd', 'x'));
  });
});
