import type { Draft, Para, SegmentRule, Span } from '../types.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { wholeParagraph } from '../gaps.ts';
import { findRenderings, renderingsOf, termsIn } from '../terms.ts';

// A newsroom term in the source whose house rendering (or an accepted variant) appears
// nowhere in the aligned translation. Where the term was rendered instead cannot be told
// without a dictionary, so the target span is the whole target paragraph that most likely
// holds it (in an n-m link, the one at the same relative position as the term in the
// source) — a reviewer reads that paragraph — and there is no suggestion.

export const termMismatch: SegmentRule = {
  id: 'term-mismatch',
  category: 'Terminology/Wrong term',
  severity: 'minor',
  description: 'A term from the newsroom term list whose expected Chinese rendering (or an accepted variant) is missing from the aligned translation.',
  docs: {
    bad: { source: 'The talk of secondary sanctions grows.', target: '关于附带制裁的讨论不断增加。' },
    good: { source: 'The talk of secondary sanctions grows.', target: '关于二级制裁的讨论不断增加。' },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: false,
  check({ pair, reference }) {
    const targets = pair.target.filter((p) => /[\p{L}\p{N}]/u.test(p.text));
    // A link with nothing translated is an omission, not a terminology error.
    if (targets.length === 0 || reference.terms.length === 0) return [];
    // The translation is read only for a term the source holds, which most links have none of.
    const hits = pair.source.map((p) => termsIn(p.text, reference.terms));
    if (hits.every((h) => h.length === 0)) return [];
    let joined: string | undefined;
    const srcTotal = pair.source.reduce((s, p) => s + p.text.length, 0);
    const out: Draft[] = [];
    for (const [ti, term] of reference.terms.entries()) {
      const renderings = renderingsOf(term);
      if (renderings.length === 0) continue;
      let first: { para: Para; start: number; end: number; offset: number } | undefined;
      let before = 0;
      for (const [k, p] of pair.source.entries()) {
        const hit = hits[k]![ti];
        if (hit) {
          first = { para: p, ...hit, offset: before + hit.start };
          break;
        }
        before += p.text.length;
      }
      if (!first) continue;
      joined ??= targets.map((p) => p.text).join('\n');
      if (findRenderings(joined, renderings).length > 0) continue;
      const index = new CodePointIndex(first.para.text);
      const source: Span = { para: first.para.index, start: index.cp(first.start), end: index.cp(first.end) };
      const alternatives = renderings.slice(1);
      out.push({
        target: wholeParagraph(guessParagraph(targets, srcTotal > 0 ? first.offset / srcTotal : 0)),
        source,
        message: `"${first.para.text.slice(first.start, first.end)}" should be rendered ${renderings[0]}${alternatives.length ? ` (or ${alternatives.join(', ')})` : ''}; not found in the translation`,
        confidence: 0.7,
      });
    }
    return out;
  },
};

/** The target paragraph at the same relative position in the link as the term in the source. */
function guessParagraph(targets: Para[], at: number): Para {
  const total = targets.reduce((s, p) => s + p.text.length, 0);
  let acc = 0;
  for (const p of targets) {
    acc += p.text.length;
    if (acc > at * total) return p;
  }
  return targets[targets.length - 1]!;
}
