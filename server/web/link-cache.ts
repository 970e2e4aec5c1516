import { createHash } from 'node:crypto';
import { paragraphLinks, type ParagraphPair } from '../align/document-links.ts';
import { Lru } from './lru.ts';

/**
 * Paragraph links for the review page. Documents without stored links are aligned on the fly,
 * which costs more than the rest of the page; the aligner is deterministic, so its answer is
 * kept per text (a hash of both sides), and a re-import with new text simply misses the cache.
 */
export class LinkCache {
  private readonly entries: Lru<ParagraphPair[]>;

  constructor(max = 256) {
    this.entries = new Lru(max);
  }

  linksOf(doc: { source: string[]; target: string[]; storedLinks: ParagraphPair[] | null }): ParagraphPair[] {
    if (doc.storedLinks) return doc.storedLinks;
    const key = createHash('sha256').update(JSON.stringify([doc.source, doc.target])).digest('base64');
    return this.entries.get(key, () => paragraphLinks(doc));
  }
}
