import type { DocumentRule, Draft } from '../types.ts';
import { documentNames, type Entity, type Rendering } from '../../names/entities.ts';
import { chosenCluster, clustersOf, isNewspaperForm, suggestion, tally } from '../../names/consistency.ts';
import { NOT_A_NEWSPAPER } from '../../names/cues.ts';

// An outlet rendered two ways in one translation (Haqqin.az as 《希望报》, a meaning
// translation, in one paragraph and as 《哈钦报》, a sound transliteration, in the next):
// readers see two invented newspapers. Also an outlet the source calls a website, channel,
// broadcaster or news agency rendered as a newspaper 《…报》. When the outlet is rendered two
// ways, that is the one finding (on the renderings the document should not use).

const HOW: Record<Rendering['how'], string> = { sound: 'by sound', meaning: 'by meaning', latin: 'in Latin script', standard: 'as the outlets file has it' };

export const outletInconsistent: DocumentRule = {
  id: 'outlet-inconsistent',
  category: 'Terminology/Inconsistent',
  severity: 'major',
  description:
    'A news outlet rendered two ways in one translation (by meaning in one place, by sound in another), or a website or channel rendered as a newspaper 《…报》.',
  docs: {
    bad: {
      source: 'The private outlet Haqqin.az praised him. Haqqin.az journalist Zuhra Novruzova wrote the article.',
      target: '私营媒体《希望报》对其大加赞扬。《哈钦报》记者祖赫拉·诺夫鲁佐娃撰写了这篇文章。',
    },
    good: {
      source: 'The private outlet Haqqin.az praised him. Haqqin.az journalist Zuhra Novruzova wrote the article.',
      target: '私营媒体Haqqin.az网站对其大加赞扬。Haqqin.az网站记者祖赫拉·诺夫鲁佐娃撰写了这篇文章。',
    },
  },
  scope: 'document',
  defaultOptions: {},
  fixable: true,
  check({ doc, reference }) {
    return documentNames(doc, reference)
      .entities.filter((e) => e.kind === 'outlet')
      .flatMap(outletFindings);
  },
};

function outletFindings(entity: Entity): Draft[] {
  const clusters = clustersOf(entity.renderings);
  if (clusters.length === 0) return [];
  const what = entity.outletKind && NOT_A_NEWSPAPER.has(entity.outletKind) ? entity.outletKind : undefined;
  const out: Draft[] = [];
  if (clusters.length >= 2) {
    const chosen = chosenCluster(entity, clusters);
    // A newspaper's name is no fix for a website's other newspaper name.
    const fixable = !(what && chosen && !entity.authority && isNewspaperForm(chosen.head.text));
    for (const c of clusters) {
      if (c === chosen) continue;
      const others = clusters.filter((k) => k !== c);
      for (const r of c.members) {
        for (const o of r.occurrences) {
          const fix = fixable ? suggestion(entity.authority, chosen, r.text) : undefined;
          const paper = what && clusters.every((k) => isNewspaperForm(k.head.text)) ? `; the source names a ${what}, and both make it a newspaper` : '';
          out.push({
            target: { para: o.para, start: o.start, end: o.end },
            source: { para: o.source.para, start: o.source.start, end: o.source.end },
            message: `Outlet "${entity.forms[0]}" is rendered ${r.text} here (${HOW[r.how]}) but ${others.map((k) => `${k.head.text} (${HOW[k.head.how]})`).join(', ')} elsewhere (${tally(clusters)})${paper}`,
            confidence: Math.min(0.9, 0.45 + 0.4 * o.score),
            ...(fix !== undefined && fix !== r.text && { suggestion: fix }),
          });
        }
      }
    }
    return out;
  }
  if (!what) return out;
  for (const r of clusters[0]!.members) {
    if (!isNewspaperForm(r.text)) continue;
    for (const o of r.occurrences) {
      const fix = entity.authority ? suggestion(entity.authority, undefined, r.text) : undefined;
      out.push({
        target: { para: o.para, start: o.start, end: o.end },
        source: { para: o.source.para, start: o.source.start, end: o.source.end },
        message: `"${entity.forms[0]}" is a ${what}, but ${r.text} makes it a newspaper`,
        confidence: 0.6,
        ...(fix !== undefined && fix !== r.text && { suggestion: fix }),
      });
    }
  }
  return out;
}
