import type { Reference } from './reference.ts';
import type { ResolvedConfig, ResolvedRule } from './config.ts';
import type { AnyRule, CheckDocument, Draft, Finding, HouseStyle, Pair } from './types.ts';
import { sliceCodePoints } from '../text/codepoints.ts';

/**
 * Runs the configured rules over documents. Pure: documents, config, reference data and
 * the dismissals come in, findings go out, in a stable order.
 */
export interface EngineInput {
  config: ResolvedConfig;
  reference: Reference;
  /** Keys of dismissed findings (see dismissalKey): not raised again on the same text. */
  dismissed?: ReadonlySet<string>;
  /** When given, each rule's milliseconds are added here by rule id (npm run bench:rules). */
  timings?: Map<string, number>;
}

/**
 * What a dismissal remembers: the rule, the document and the flagged text. A finding that
 * flags nothing in the target (an omission) is remembered by the source text it is about,
 * so dismissing one dropped paragraph does not hide the others.
 */
export function dismissalKey(ruleId: string, docKey: string, text: string, sourceText = ''): string {
  return `${ruleId}\u0000${docKey}\u0000${text !== '' ? text : `\u0001${sourceText}`}`;
}

export function pairsOf(doc: CheckDocument): Pair[] {
  return doc.links.map((l) => ({
    source: l.src.map((i) => ({ index: i, text: doc.source[i] ?? '' })),
    target: l.tgt.map((i) => ({ index: i, text: doc.target[i] ?? '' })),
  }));
}

// One house style per configuration and reference data, however many documents they check:
// rules that prepare something from the style (untranslated-latin's allow list) then do it
// once, by the style's identity. Both inputs are read-only once resolved.
const styles = new WeakMap<HouseStyle, WeakMap<Reference, HouseStyle>>();

function styleWith(input: EngineInput): HouseStyle {
  const s = input.config.style;
  let byReference = styles.get(s);
  if (!byReference) styles.set(s, (byReference = new WeakMap()));
  let style = byReference.get(input.reference);
  if (!style) byReference.set(input.reference, (style = { ...s, allowLatin: [...input.reference.allowLatin, ...s.allowLatin] }));
  return style;
}

/** Segment and document rules over one document. */
export function checkDocument(doc: CheckDocument, input: EngineInput): Finding[] {
  return checkAndSummarize(doc, input).findings;
}

/** What the corpus rules keep of one document: their summaries by rule id. */
export type Summaries = Record<string, unknown>;

/**
 * Segment and document rules over one document, and the corpus rules' summaries of it: all
 * the per-document work, so that it can run in a worker thread or come from a cache.
 */
export function checkAndSummarize(doc: CheckDocument, input: EngineInput): { findings: Finding[]; summaries: Summaries } {
  const pairs = pairsOf(doc);
  const style = styleWith(input);
  const findings: Finding[] = [];
  const summaries: Summaries = {};
  const reference = input.reference;
  const timings = input.timings;
  const byKey = new Map([[doc.key, doc]]);
  for (const r of input.config.rules) {
    const options = r.options;
    const t0 = timings ? performance.now() : 0;
    let drafts: Draft[] = [];
    // Context objects are written out, not spread from a shared base: the spread, once per
    // segment and rule, cost about 3 µs (V8's slow path), more than many rules' own checks.
    if (r.rule.scope === 'segment') {
      for (const pair of pairs) {
        const got = r.rule.check({ options, style, reference, doc, pair });
        for (const d of got) drafts.push(d);
      }
    } else if (r.rule.scope === 'document') {
      drafts = r.rule.check({ options, style, reference, doc, pairs });
    } else {
      summaries[r.rule.id] = r.rule.summarize({ options, style, reference, doc, pairs });
    }
    if (drafts.length) findings.push(...finish(r, drafts, byKey, doc.key));
    if (timings) timings.set(r.rule.id, (timings.get(r.rule.id) ?? 0) + performance.now() - t0);
  }
  return { findings: settle(findings, input.dismissed), summaries };
}

/** Every rule over a corpus: segment and document rules per document, corpus rules once. */
export function checkCorpus(docs: CheckDocument[], input: EngineInput): Finding[] {
  const per = docs.map((doc) => ({ doc, ...checkAndSummarize(doc, input) }));
  return per.flatMap((d) => d.findings).concat(checkCorpusRules(per, input));
}

/**
 * Only the corpus-scope rules, over every document's summaries at once. Split from
 * checkCorpus so that per-document work can run in worker threads (or come from a cache)
 * while the rules that compare documents still see all of them.
 */
export function checkCorpusRules(docs: readonly { doc: CheckDocument; summaries: Summaries }[], input: EngineInput): Finding[] {
  if (!input.config.rules.some((r) => r.rule.scope === 'corpus')) return [];
  const style = styleWith(input);
  const byKey = new Map(docs.map((d) => [d.doc.key, d.doc]));
  const corpus: Finding[] = [];
  for (const r of input.config.rules) {
    if (r.rule.scope !== 'corpus') continue;
    const id = r.rule.id;
    const summaries = docs.map((d) => {
      if (!(id in d.summaries)) throw new Error(`document "${d.doc.key}" has no summary for corpus rule ${id}`);
      return { key: d.doc.key, summary: d.summaries[id], ...(d.doc.system !== undefined && { system: d.doc.system }) };
    });
    const t0 = performance.now();
    const drafts = r.rule.check({ options: r.options, style, reference: input.reference, docs: summaries });
    corpus.push(...finish(r, drafts, byKey, undefined));
    input.timings?.set(id, (input.timings.get(id) ?? 0) + performance.now() - t0);
  }
  return settle(corpus, input.dismissed);
}

function finish(r: ResolvedRule, drafts: Draft[], docs: Map<string, CheckDocument>, defaultKey: string | undefined): Finding[] {
  const rule: AnyRule = r.rule;
  return drafts.map((d) => {
    const docKey = d.docKey ?? defaultKey;
    const doc = docKey !== undefined ? docs.get(docKey) : undefined;
    if (!doc || docKey === undefined) throw new Error(`rule ${rule.id} reported a finding for an unknown document "${String(d.docKey)}"`);
    const text = sliceCodePoints(doc.target[d.target.para] ?? '', d.target.start, d.target.end);
    return {
      ruleId: rule.id,
      category: rule.category,
      // A configured severity replaces the rule's default; a finding's own severity is relative to it only when not configured.
      severity: d.severity && r.severity === rule.severity ? d.severity : r.severity,
      confidence: Math.max(0, Math.min(1, d.confidence)),
      message: d.message,
      docKey,
      target: d.target,
      text,
      ...(d.source && { source: { ...d.source, text: sliceCodePoints(doc.source[d.source.para] ?? '', d.source.start, d.source.end) } }),
      ...(d.suggestion !== undefined && { suggestion: d.suggestion }),
      count: 1,
    };
  });
}

/** Drops dismissed findings, groups identical ones per paragraph, and orders the rest by position. */
function settle(findings: Finding[], dismissed: ReadonlySet<string> | undefined): Finding[] {
  const grouped = new Map<string, Finding>();
  // Most runs dismiss nothing: no key is built for a finding then.
  const any = dismissed !== undefined && dismissed.size > 0;
  for (const f of findings) {
    if (any && dismissed.has(dismissalKey(f.ruleId, f.docKey, f.text, f.source?.text))) continue;
    // Lengths before the fields that may hold anything keep two different findings' keys apart.
    const key = `${f.docKey.length}:${f.docKey}|${f.ruleId.length}:${f.ruleId}|${f.target.para}|${f.message.length}:${f.message}|${f.text}`;
    const prior = grouped.get(key);
    if (prior) prior.count++;
    else grouped.set(key, { ...f });
  }
  return [...grouped.values()].sort(
    (a, b) =>
      a.docKey.localeCompare(b.docKey) ||
      a.target.para - b.target.para ||
      a.target.start - b.target.start ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
