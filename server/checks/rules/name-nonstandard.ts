import type { DocumentRule, Draft } from '../types.ts';
import { documentNames } from '../../names/entities.ts';
import { clustersOf } from '../../names/consistency.ts';
import { accepts, suggestionFor } from '../../names/authority.ts';

// A name or outlet rendered one way throughout the translation, but not the way the
// newsroom's authority files (corpus/names.tsv, corpus/outlets.tsv) have it. An entity
// rendered two ways is name-inconsistent's or outlet-inconsistent's (with the same fix), and a
// name left in Latin script is name-untranslated's, so each wrong rendering is reported once.

export const nameNonstandard: DocumentRule = {
  id: 'name-nonstandard',
  category: 'Terminology/Wrong term',
  severity: 'minor',
  description: 'A name or outlet rendered otherwise than corpus/names.tsv or corpus/outlets.tsv has it; the standard rendering is the fix.',
  docs: {
    bad: { source: 'Kassym-Jomart Tokayev spoke in Astana.', target: '卡西姆·若马尔特·托卡耶夫在阿斯塔纳发表讲话。' },
    good: { source: 'Kassym-Jomart Tokayev spoke in Astana.', target: '卡瑟姆-若马尔特·托卡耶夫在阿斯塔纳发表讲话。' },
  },
  scope: 'document',
  defaultOptions: {},
  fixable: true,
  check({ doc, reference }) {
    const out: Draft[] = [];
    for (const e of documentNames(doc, reference).entities) {
      const entry = e.authority;
      if (!entry || clustersOf(e.renderings).length > 1) continue;
      for (const r of e.renderings) {
        if (r.how === 'latin' || accepts(entry, r.text)) continue;
        for (const o of r.occurrences) {
          out.push({
            target: { para: o.para, start: o.start, end: o.end },
            source: { para: o.source.para, start: o.source.start, end: o.source.end },
            message: `"${o.source.text}" is rendered ${r.text}; the ${entry.outlet ? 'outlets' : 'names'} file has ${entry.standard}`,
            confidence: Math.min(0.9, 0.5 + 0.4 * o.score),
            suggestion: suggestionFor(entry, r.text),
          });
        }
      }
    }
    return out;
  },
};
