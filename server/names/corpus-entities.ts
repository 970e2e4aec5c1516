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
  for (const doc of docs) {
    for (const use of doc.uses) {
      const e = use.entity;
      const key = e.authority ? `authority:${e.authority.english}` : e.id;
      let ce = byKey.get(key);
      if (!ce) {
        ce = { key, forms: [], kind: e.kind, ...(e.authority && { authority: e.authority }), uses: [] };
        byKey.set(key, ce);
        order.push(ce);
      }
      for (const f of e.forms) if (!ce.forms.includes(f)) ce.forms.push(f);
      ce.uses.push({ docKey: doc.docKey, ...use });
    }
  }
  // Tokayev in one article, Kassym-Jomart Tokayev in another: one person.
  const multi = order.filter((c) => !c.authority && c.forms.some((f) => /\s/.test(f)));
  for (const c of [...order]) {
    if (c.authority || c.forms.some((f) => /\s/.test(f))) continue;
    const k = englishKey(c.forms[0]!);
    const owners = multi.filter((o) => o.forms.some((f) => /\s/.test(f) && englishKey(f).split(' ').pop() === k));
    if (owners.length !== 1) continue;
    const o = owners[0]!;
    for (const f of c.forms) if (!o.forms.includes(f)) o.forms.push(f);
    o.uses.push(...c.uses);
    order.splice(order.indexOf(c), 1);
  }
  for (const c of order) c.forms.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return order;
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
