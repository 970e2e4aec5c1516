import type { DocumentRule, Draft, Span } from '../types.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { findRenderings, renderingsOf, termsIn } from '../terms.ts';

// One newsroom term rendered two accepted ways in one document (二级制裁 here, 次级制裁
// there). Each link whose source has the term votes for the renderings its target uses; the
// majority is the document's choice and the others are flagged with it as the fix. A short
// form after its full form (军事演习 … 军演) is how Chinese news abbreviates, not a second
// rendering, so it counts as the full form.

interface Use {
  link: number;
  para: number;
  start: number; // UTF-16
  end: number;
  rendering: string;
  /** What it counts as: the rendering, or the full form it abbreviates. */
  as: string;
  source: Span;
}

export const termInconsistent: DocumentRule = {
  id: 'term-inconsistent',
  category: 'Terminology/Inconsistent',
  severity: 'minor',
  description: 'A term from the newsroom term list rendered in two different accepted ways in one document; the less used rendering is flagged, with the majority one as the fix.',
  docs: {
    bad: {
      source: 'The talk of secondary sanctions grows. Secondary sanctions would hurt.',
      target: '关于二级制裁的讨论不断增加。次级制裁会造成伤害。',
    },
    good: {
      source: 'The talk of secondary sanctions grows. Secondary sanctions would hurt.',
      target: '关于二级制裁的讨论不断增加。二级制裁会造成伤害。',
    },
  },
  scope: 'document',
  defaultOptions: {},
  fixable: true,
  check({ pairs, reference }) {
    const out: Draft[] = [];
    // Each source paragraph is read once for every term; a document without any has nothing to compare.
    const hits = pairs.map((pair) => pair.source.map((p) => termsIn(p.text, reference.terms)));
    if (hits.every((link) => link.every((h) => h.length === 0))) return out;
    for (const [ti, term] of reference.terms.entries()) {
      const renderings = renderingsOf(term);
      if (renderings.length < 2) continue;
      const uses: Use[] = [];
      pairs.forEach((pair, link) => {
        let source: Span | undefined;
        for (const [k, p] of pair.source.entries()) {
          const hit = hits[link]![k]![ti];
          if (hit) {
            const index = new CodePointIndex(p.text);
            source = { para: p.index, start: index.cp(hit.start), end: index.cp(hit.end) };
            break;
          }
        }
        if (!source) return;
        for (const p of pair.target) {
          for (const h of findRenderings(p.text, renderings)) uses.push({ link, para: p.index, ...h, as: h.rendering, source });
        }
      });
      for (const [k, u] of uses.entries()) {
        const full = uses.slice(0, k).find((e) => e.as !== u.as && abbreviates(u.rendering, e.as));
        if (full) u.as = full.as;
      }
      const links = new Map<string, Set<number>>();
      for (const u of uses) links.set(u.as, (links.get(u.as) ?? new Set()).add(u.link));
      if (links.size < 2) continue;
      const votes = (r: string) => links.get(r)?.size ?? 0;
      // Ties go to the house rendering, then to the one used first.
      const order = [...links.keys()].sort((a, b) => votes(b) - votes(a) || Number(b === term.chinese) - Number(a === term.chinese));
      const majority = order[0]!;
      const tally = order.map((r) => `${r} ${votes(r)}`).join(', ');
      for (const u of uses) {
        if (u.as === majority) continue;
        const text = pairs[u.link]!.target.find((p) => p.index === u.para)!.text;
        const index = new CodePointIndex(text);
        out.push({
          target: { para: u.para, start: index.cp(u.start), end: index.cp(u.end) },
          source: u.source,
          message: `"${term.english}" is rendered ${u.rendering} here but ${majority} elsewhere in the document (links: ${tally})`,
          confidence: 0.75,
          suggestion: majority,
        });
      }
    }
    return out;
  },
};

/** True when short is a shortening of full: its characters in order, starting with full's first (军演 ⊂ 军事演习). */
function abbreviates(short: string, full: string): boolean {
  const s = Array.from(short);
  const f = Array.from(full);
  if (s.length >= f.length || s[0] !== f[0]) return false;
  let j = 0;
  for (const ch of f) if (ch === s[j]) j++;
  return j === s.length;
}
