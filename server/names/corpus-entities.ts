import type { AuthorityEntry } from './authority.ts';
import { englishKey } from './authority.ts';
import { clustersOf, sameRendering, type Cluster } from './consistency.ts';
import { documentNames, type Entity, type NamesDocument, type NamesReference, type Rendering } from './entities.ts';

// One entity across the documents of a corpus: the same authority row, else the same English
// name (a surname alone joins the one full name that ends with it anywhere in the corpus).
// Each document's main rendering is what the corpus compares: a document that contradicts
// itself is name-inconsistent's business already.

/** One entity of one document, as the corpus compares it: plain data, so it can be computed in a worker and cached. */
export interface EntityUse {
  entity: Entity;
  clusters: Cluster[];
  /** The document's most used rendering cluster. */
  main: Cluster | undefined;
}

export interface DocUse extends EntityUse {
  docKey: string;
}

export interface CorpusEntity {
  key: string;
  forms: string[];
  kind: Entity['kind'];
  authority?: AuthorityEntry;
  uses: DocUse[];
}

/** The per-document half: each entity of the document with its rendering clusters. */
export function documentUses(doc: NamesDocument, ref: NamesReference): EntityUse[] {
  return documentNames(doc, ref).entities.map((entity) => {
    const clusters = clustersOf(entity.renderings);
    const main = clusters.reduce<Cluster | undefined>((best, c) => (!best || c.count > best.count ? c : best), undefined);
    return { entity, clusters, main };
  });
}

export function corpusEntities(docs: readonly NamesDocument[], ref: NamesReference): CorpusEntity[] {
  return groupUses(docs.map((d) => ({ docKey: d.key, uses: documentUses(d, ref) })));
}

/** The corpus half: documents' entities joined into corpus entities, in first-seen order. */
export function groupUses(docs: readonly { docKey: string; uses: readonly EntityUse[] }[]): CorpusEntity[] {
  const byKey = new Map<string, CorpusEntity>();
  const order: CorpusEntity[] = [];
  // Each corpus entity's forms as a set too: a country's entity gathers thousands of uses.
  const formSets = new Map<CorpusEntity, Set<string>>();
  for (const doc of docs) {
    for (const use of doc.uses) {
      const e = use.entity;
      const key = e.authority ? `authority:${e.authority.english}` : e.id;
      let ce = byKey.get(key);
      if (!ce) {
        ce = { key, forms: [], kind: e.kind, ...(e.authority && { authority: e.authority }), uses: [] };
        byKey.set(key, ce);
        order.push(ce);
        formSets.set(ce, new Set());
      }
      const seen = formSets.get(ce)!;
      for (const f of e.forms) {
        if (seen.has(f)) continue;
        seen.add(f);
        ce.forms.push(f);
      }
      ce.uses.push({ docKey: doc.docKey, ...use });
    }
  }
  // Tokayev in one article, Kassym-Jomart Tokayev in another: one person. The full names are
  // indexed by their last word once (a corpus has thousands of entities; a scan of them all per
  // surname was the slowest step after the last document).
  const hasSpace = (f: string) => /\s/.test(f);
  const bySurname = new Map<string, CorpusEntity[]>();
  for (const o of order) {
    if (o.authority || !o.forms.some(hasSpace)) continue;
    const surnames = new Set(o.forms.filter(hasSpace).map((f) => englishKey(f).split(' ').pop()!));
    for (const k of surnames) {
      const list = bySurname.get(k);
      if (list) list.push(o);
      else bySurname.set(k, [o]);
    }
  }
  const merged = new Set<CorpusEntity>();
  for (const c of order) {
    if (c.authority || c.forms.some(hasSpace)) continue;
    const owners = bySurname.get(englishKey(c.forms[0]!));
    if (owners?.length !== 1) continue;
    const o = owners[0]!;
    for (const f of c.forms) if (!o.forms.includes(f)) o.forms.push(f);
    // One by one: a spread of a surname's uses in a large corpus would pass too many arguments.
    for (const u of c.uses) o.uses.push(u);
    merged.add(c);
  }
  const kept = merged.size ? order.filter((c) => !merged.has(c)) : order;
  for (const c of kept) c.forms.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return kept;
}

/** Documents' main renderings grouped where one is a short form of another. */
export interface CorpusVariant {
  head: string;
  /** The rendering the head is the text of (the longest among the documents' main ones). */
  rendering: Rendering;
  docs: DocUse[];
  occurrences: number;
}

export function corpusVariants(ce: CorpusEntity): CorpusVariant[] {
  const variants: CorpusVariant[] = [];
  const uses = ce.uses.filter((u) => u.main).sort((a, b) => b.main!.head.key.length - a.main!.head.key.length);
  for (const u of uses) {
    const r = u.main!.head;
    const v = variants.find((x) => sameRendering(x.rendering, r) || sameRendering(r, x.rendering));
    if (v) {
      v.docs.push(u);
      v.occurrences += u.main!.count;
    } else variants.push({ head: r.text, rendering: r, docs: [u], occurrences: u.main!.count });
  }
  return variants;
}
