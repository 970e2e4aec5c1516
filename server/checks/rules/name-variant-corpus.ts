import type { CorpusRule, Draft } from '../types.ts';
import { documentUses, groupUses, corpusVariants, type CorpusVariant, type EntityUse } from '../../names/corpus-entities.ts';
import { accepts, suggestionFor } from '../../names/authority.ts';
import { isShortForm } from '../../names/consistency.ts';

// The same person, place or outlet rendered one way in some documents of a corpus and another
// way in others (two spellings of one minister in two articles), among one MT system's documents. Each document's main
// rendering is compared; the variant the corpus should use is the authority's, else the one
// most documents use. The first use in each document that differs is flagged, with the counts
// per rendering in the message.

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export const nameVariantCorpus: CorpusRule<Record<string, never>, EntityUse[]> = {
  id: 'name-variant-corpus',
  category: 'Terminology/Inconsistent',
  severity: 'minor',
  description:
    "The same name or outlet rendered differently in different documents of the corpus (one MT system's documents compared with each other, when the input names systems); each rendering is counted, and the documents that differ from the authority (else the majority) are flagged.",
  docs: {
    bad: {
      source: 'Kassym-Jomart Tokayev spoke in Astana.',
      target: '卡西姆-若马尔特·托卡也夫在阿斯塔纳发表讲话。',
      more: [
        { source: 'Kassym-Jomart Tokayev left Astana.', target: '卡西姆-若马尔特·托卡耶夫离开了阿斯塔纳。' },
        { source: 'Tokayev returned on Monday.', target: '托卡耶夫周一返回。' },
      ],
    },
    good: { source: 'Kassym-Jomart Tokayev spoke in Astana.', target: '卡西姆-若马尔特·托卡耶夫在阿斯塔纳发表讲话。' },
  },
  scope: 'corpus',
  defaultOptions: {},
  fixable: true,
  summarize({ doc, reference }) {
    return documentUses(doc, reference);
  },
  check({ docs }) {
    // Each MT system's documents are compared with each other: two systems rendering a name two
    // ways is a difference between systems, not an error of either translation.
    const bySystem = new Map<string | undefined, typeof docs>();
    for (const d of docs) {
      const list = bySystem.get(d.system);
      if (list) list.push(d);
      else bySystem.set(d.system, [d]);
    }
    const out: Draft[] = [];
    for (const group of bySystem.values()) out.push(...variantsIn(group, bySystem.size > 1));
    return out;
  },
};

function variantsIn(docs: readonly { key: string; summary: EntityUse[]; system?: string }[], named: boolean): Draft[] {
  const where = named && docs[0]?.system !== undefined ? `in ${docs[0].system}'s other documents` : 'elsewhere in the corpus';
  const out: Draft[] = [];
  for (const ce of groupUses(docs.map((d) => ({ docKey: d.key, uses: d.summary })))) {
    if (ce.uses.length < 2) continue;
    const variants = corpusVariants(ce);
    if (variants.length < 2) continue;
    const entry = ce.authority;
    const byDocs = (v: CorpusVariant) => new Set(v.docs.map((u) => u.docKey)).size;
    const chosen = entry
      ? variants.find((v) => accepts(entry, v.head))
      : [...variants].sort((a, b) => byDocs(b) - byDocs(a) || b.occurrences - a.occurrences)[0];
    const counts = variants.map((v) => `${v.head}: ${v.occurrences} in ${plural(byDocs(v), 'document')}`).join('; ');
    for (const v of variants) {
      if (v === chosen) continue;
      for (const u of v.docs) {
        const r = u.main!.members.find((m) => m.occurrences.length > 0)!;
        const o = r.occurrences[0]!;
        const fix = entry ? suggestionFor(entry, r.text) : chosen ? sameLength(chosen.head, r.text) : undefined;
        out.push({
          docKey: u.docKey,
          target: { para: o.para, start: o.start, end: o.end },
          source: { para: o.source.para, start: o.source.start, end: o.source.end },
          message: `"${ce.forms[0]}" is rendered ${r.text} in this document but ${chosen ? chosen.head : 'otherwise'} ${where} (${counts})`,
          confidence: 0.6,
          ...(fix !== undefined && fix !== r.text && { suggestion: fix }),
        });
      }
    }
  }
  return out;
}

/** The chosen rendering at the length of the one replaced: its surname for a surname. */
function sameLength(head: string, rendering: string): string {
  const parts = head.split('·');
  if (!rendering.includes('·') && parts.length > 1 && !isShortForm(rendering, head)) return parts[parts.length - 1]!;
  return head;
}
