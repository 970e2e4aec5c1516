import type { DocumentRule, Draft } from '../types.ts';
import { documentNames, type Entity } from '../../names/entities.ts';
import { chosenCluster, clustersOf, suggestion, tally } from '../../names/consistency.ts';

// One person, place or organisation rendered two ways in one translation (托卡耶夫 here,
// 托卡也夫 there): readers meet two people. Entities come from the names module, so names no
// file lists are found too; a surname after the full name (托卡耶夫 after
// 卡西姆·若马尔特·托卡耶夫) is a short form, not a second rendering. Outlets are
// outlet-inconsistent's; a name left in Latin script is name-untranslated's.

export const nameInconsistent: DocumentRule = {
  id: 'name-inconsistent',
  category: 'Terminology/Inconsistent',
  severity: 'major',
  description:
    'A person, place or organisation rendered in two different ways in one translation. The renderings the document should not use are flagged, with the names file\'s rendering (else the most used one) as the fix.',
  docs: {
    bad: {
      source: 'Kassym-Jomart Tokayev spoke in Astana. Later, Tokayev left.',
      target: '卡西姆-若马尔特·托卡耶夫在阿斯塔纳发表讲话。随后，托卡也夫离开了。',
    },
    good: {
      source: 'Kassym-Jomart Tokayev spoke in Astana. Later, Tokayev left.',
      target: '卡西姆-若马尔特·托卡耶夫在阿斯塔纳发表讲话。随后，托卡耶夫离开了。',
    },
  },
  scope: 'document',
  defaultOptions: {},
  fixable: true,
  check({ doc, reference }) {
    return documentNames(doc, reference)
      .entities.filter((e) => e.kind !== 'outlet')
      .flatMap(inconsistencies);
  },
};

export function inconsistencies(entity: Entity): Draft[] {
  const clusters = clustersOf(entity.renderings);
  if (clusters.length < 2) return [];
  const chosen = chosenCluster(entity, clusters);
  const out: Draft[] = [];
  for (const c of clusters) {
    if (c === chosen) continue;
    for (const r of c.members) {
      for (const o of r.occurrences) {
        const fix = suggestion(entity.authority, chosen, r.text);
        const other = chosen ? chosen.head.text : clusters.filter((k) => k !== c).map((k) => k.head.text).join('、');
        out.push({
          target: { para: o.para, start: o.start, end: o.end },
          source: { para: o.source.para, start: o.source.start, end: o.source.end },
          message: `"${entity.forms[0]}" is rendered ${r.text} here but ${other} elsewhere in the document (${tally(clusters)})${entity.authority ? `; the names file has ${entity.authority.standard}` : ''}`,
          confidence: Math.min(0.9, 0.5 + 0.4 * o.score),
          ...(fix !== undefined && fix !== r.text && { suggestion: fix }),
        });
      }
    }
  }
  return out;
}
