import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../server/checks/engine.ts';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE, type Reference } from '../../server/checks/reference.ts';
import type { AnyRule, CheckDocument, Finding, HouseStyle } from '../../server/checks/types.ts';

// The ESLint RuleTester shape: a table of cases the rule must leave alone and cases it must
// flag, each with the exact findings expected. Runs the rule through the real engine.

export interface Case {
  name?: string;
  /** One string per paragraph; a plain string is one paragraph. */
  source: string | string[];
  target: string | string[];
  /** Paragraph links; default one to one (the sides must then have the same length). */
  links?: { src: number[]; tgt: number[] }[];
  /** The MT system of the first document, when it matters (corpus rules compare a system's documents). */
  system?: string;
  /** More documents, for corpus rules. */
  more?: { key: string; source: string | string[]; target: string | string[]; system?: string }[];
  options?: Record<string, unknown>;
  style?: Partial<HouseStyle>;
  reference?: Partial<Reference>;
}

export interface Expected {
  /** The flagged target text (code-point span of the finding). */
  text: string;
  para?: number;
  start?: number;
  severity?: Finding['severity'];
  suggestion?: string | null;
  count?: number;
  message?: RegExp | string;
  sourceText?: string;
  docKey?: string;
}

export interface InvalidCase extends Case {
  findings: Expected[];
}

const arr = (s: string | string[]) => (typeof s === 'string' ? [s] : s);

function toDoc(key: string, source: string | string[], target: string | string[], links?: Case['links'], system?: string): CheckDocument {
  const src = arr(source);
  const tgt = arr(target);
  const l =
    links ??
    (() => {
      if (src.length !== tgt.length) throw new Error(`case "${key}": sides differ in length, give links`);
      return src.map((_, i) => ({ src: [i], tgt: [i] }));
    })();
  return { key, source: src, target: tgt, links: l, ...(system !== undefined && { system }) };
}

export function runRule(rule: AnyRule, c: Case): Finding[] {
  const file = c.options || c.style ? { path: 'test-config.json', text: JSON.stringify({ rules: c.options ? { [rule.id]: { options: c.options } } : {}, style: c.style ?? {} }) } : undefined;
  const config = resolveConfig([rule], file);
  const reference = { ...EMPTY_REFERENCE, ...c.reference };
  const docs = [toDoc('doc', c.source, c.target, c.links, c.system), ...(c.more ?? []).map((m) => toDoc(m.key, m.source, m.target, undefined, m.system))];
  return checkCorpus(docs, { config, reference });
}

/** docsReference: reference data the rule's docs examples need (term rules read the term list). */
export function ruleTester(rule: AnyRule, cases: { valid: Case[]; invalid: InvalidCase[]; docsReference?: Partial<Reference> }): void {
  describe(rule.id, () => {
    it('describes itself', () => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.category).toMatch(/^[A-Z][A-Za-z_ ]*(\/[A-Z][A-Za-z_ ]*)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      const reference = cases.docsReference;
      const more = rule.docs.bad.more?.map((m, i) => ({ key: `docs-${i + 2}`, ...m }));
      expect(runRule(rule, { source: rule.docs.bad.source, target: rule.docs.bad.target, ...(reference && { reference }), ...(more && { more }) }).length, 'docs.bad is flagged').toBeGreaterThan(0);
      expect(runRule(rule, { source: rule.docs.good.source, target: rule.docs.good.target, ...(reference && { reference }) }), 'docs.good is not').toEqual([]);
    });

    for (const [i, c] of cases.valid.entries()) {
      it(`valid: ${c.name ?? arr(c.target).join(' / ').slice(0, 60) ?? i}`, () => {
        expect(runRule(rule, c)).toEqual([]);
      });
    }

    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid: ${c.name ?? arr(c.target).join(' / ').slice(0, 60) ?? i}`, () => {
        const got = runRule(rule, c);
        expect(got.map((f) => f.text), 'flagged texts').toEqual(c.findings.map((e) => e.text));
        c.findings.forEach((e, k) => {
          const f = got[k]!;
          if (e.para !== undefined) expect(f.target.para).toBe(e.para);
          if (e.start !== undefined) expect(f.target.start).toBe(e.start);
          if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
          if (e.suggestion !== undefined) expect(f.suggestion ?? null).toBe(e.suggestion);
          if (e.count !== undefined) expect(f.count).toBe(e.count);
          if (e.sourceText !== undefined) expect(f.source?.text).toBe(e.sourceText);
          if (e.docKey !== undefined) expect(f.docKey).toBe(e.docKey);
          if (e.message !== undefined) expect(f.message).toMatch(e.message);
          expect(f.confidence).toBeGreaterThan(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
        });
      });
    }
  });
}
