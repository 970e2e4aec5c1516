import { createHash } from 'node:crypto';
import { paragraphLinks, type ParagraphPair } from '../align/document-links.ts';

/**
 * Paragraph links for the review page. Documents without stored links are aligned on the fly,
 * which costs more than the rest of the page; the aligner is deterministic, so its answer is
 * kept per text (a hash of both sides), and a re-import with new text simply misses the cache.
 */
export class LinkCache {
  private readonly entries = new Map<string, ParagraphPair[]>();

  constructor(private readonly max = 256) {}

  linksOf(doc: { source: string[]; target: string[]; storedLinks: ParagraphPair[] | null }): ParagraphPair[] {
    if (doc.storedLinks) return doc.storedLinks;
    const key = createHash('sha256').update(JSON.stringify([doc.source, doc.target])).digest('base64');
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: re-inserting marks it recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const links = paragraphLinks(doc);
    this.entries.set(key, links);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return links;
  }
}
