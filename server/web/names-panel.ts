import { clustersOf } from '../names/consistency.ts';
import { corpusEntities, type CorpusEntity } from '../names/corpus-entities.ts';
import type { Entity, NamesDocument, NamesReference, Occurrence, Rendering } from '../names/entities.ts';
import { isNonstandard, isUntranslated, verdicts, type Verdict } from '../names/verdicts.ts';
import type { MessageKey } from './i18n.ts';

// The review page's names panel: each English name of the article with every Chinese rendering
// the translation gives it, judged as `xinda names --by document` judges it (same entities, same
// verdicts). Language-free data with the keys of its labels: the maps below are exhaustive, so a
// new kind or verdict in names/ fails the type check instead of a page.

type Shown = Exclude<Verdict, 'ok' | 'not rendered'>;

const KIND_LABEL: Record<Entity['kind'], MessageKey> = {
  person: 'names.kind.person',
  place: 'names.kind.place',
  org: 'names.kind.org',
  outlet: 'names.kind.outlet',
  acronym: 'names.kind.acronym',
  name: 'names.kind.name',
};
const HOW_LABEL: Record<Rendering['how'], MessageKey> = {
  sound: 'names.how.sound',
  meaning: 'names.how.meaning',
  latin: 'names.how.latin',
  standard: 'names.how.standard',
};
const VERDICT_LABEL: Record<Shown, MessageKey> = {
  inconsistent: 'names.verdict.inconsistent',
  variant: 'names.verdict.variant',
  nonstandard: 'names.verdict.nonstandard',
  untranslated: 'names.verdict.untranslated',
};

export interface NamePlace {
  /** Target paragraph, from 0. */
  para: number;
  /** Occurrences of the rendering in that paragraph. */
  count: number;
  /** The English mentions they render, for the link's title. */
  source: string[];
}

export interface PanelRendering {
  text: string;
  how: Rendering['how'];
  howLabel: MessageKey;
  count: number;
  /** Which way of rendering it (1, 2, …) when the entity is rendered in two or more ways; 0 otherwise and for Latin. */
  way: number;
  nonstandard: boolean;
  untranslated: boolean;
  places: NamePlace[];
}

export interface PanelEntity {
  forms: string[];
  kind: Entity['kind'];
  kindLabel: MessageKey;
  /** The authority file's standard form, if it lists the name. */
  authority: string | null;
  /** What is wrong, with its label; empty when nothing is. */
  verdicts: { verdict: Shown; label: MessageKey }[];
  inconsistent: boolean;
  renderings: PanelRendering[];
}

/** An English name for which no Chinese rendering was found (dropped, or not recognised). */
export interface UnrenderedName {
  forms: string[];
  kind: Entity['kind'];
  kindLabel: MessageKey;
  /** Source paragraphs, from 0. */
  paras: number[];
}

export interface NamesPanel {
  entities: PanelEntity[];
  unrendered: UnrenderedName[];
  inconsistent: number;
}

export function buildNamesPanel(doc: NamesDocument, ref: NamesReference): NamesPanel {
  const entities: PanelEntity[] = [];
  const unrendered: UnrenderedName[] = [];
  for (const ce of corpusEntities([doc], ref)) {
    const v = verdicts(ce);
    if (v.includes('not rendered')) {
      const paras = [...new Set(ce.uses.flatMap((u) => u.entity.mentions.map((m) => m.para)))].sort((a, b) => a - b);
      unrendered.push({ forms: ce.forms, kind: ce.kind, kindLabel: KIND_LABEL[ce.kind], paras });
      continue;
    }
    const inconsistent = v.includes('inconsistent');
    entities.push({
      forms: ce.forms,
      kind: ce.kind,
      kindLabel: KIND_LABEL[ce.kind],
      authority: ce.authority?.standard ?? null,
      verdicts: v.filter((x): x is Shown => x !== 'ok' && x !== 'not rendered').map((verdict) => ({ verdict, label: VERDICT_LABEL[verdict] })),
      inconsistent,
      renderings: renderingsOf(ce, inconsistent),
    });
  }
  // Inconsistent names first, then the others with a problem, then the rest; each in text order.
  const rank = (e: PanelEntity) => (e.inconsistent ? 0 : e.verdicts.length > 0 ? 1 : 2);
  entities.sort((a, b) => rank(a) - rank(b));
  return { entities, unrendered, inconsistent: entities.filter((e) => e.inconsistent).length };
}

/** The entity's renderings, one row per distinct rendering, grouped by the way of rendering it. */
function renderingsOf(ce: CorpusEntity, inconsistent: boolean): PanelRendering[] {
  // One document, but the corpus grouping may have joined two of its entities (a surname the
  // document's own grouping left alone): their renderings are merged by key.
  const byKey = new Map<string, Rendering>();
  for (const u of ce.uses) {
    for (const r of u.entity.renderings) {
      const seen = byKey.get(r.key);
      byKey.set(r.key, seen ? { ...seen, occurrences: [...seen.occurrences, ...r.occurrences] } : r);
    }
  }
  const all = [...byKey.values()];
  const clusters = clustersOf(all);
  const wayOf = new Map<Rendering, number>();
  clusters.forEach((c, i) => c.members.forEach((m) => wayOf.set(m, i + 1)));
  const order = (r: Rendering) => wayOf.get(r) ?? clusters.length + 1;
  return all
    .sort((a, b) => order(a) - order(b) || b.occurrences.length - a.occurrences.length)
    .map((r) => ({
      text: r.text,
      how: r.how,
      howLabel: HOW_LABEL[r.how],
      count: r.occurrences.length,
      way: inconsistent ? (wayOf.get(r) ?? 0) : 0,
      nonstandard: isNonstandard(ce.authority, r),
      untranslated: isUntranslated(ce.kind, r),
      places: placesOf(r.occurrences),
    }));
}

function placesOf(occurrences: readonly Occurrence[]): NamePlace[] {
  const byPara = new Map<number, NamePlace>();
  for (const o of occurrences) {
    const p = byPara.get(o.para);
    if (!p) byPara.set(o.para, { para: o.para, count: 1, source: [o.source.text] });
    else {
      p.count++;
      if (!p.source.includes(o.source.text)) p.source.push(o.source.text);
    }
  }
  return [...byPara.values()].sort((a, b) => a.para - b.para);
}
