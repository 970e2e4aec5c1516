import { createHash } from 'node:crypto';
import type { ParagraphPair } from '../align/document-links.ts';
import type { NamesReference } from '../names/entities.ts';
import { Lru } from './lru.ts';
import { buildNamesPanel, type NamesPanel } from './names-panel.ts';

/**
 * The names panel of each text. The analysis (mentions, links by sound, entities) costs several
 * times the rest of a review page, and depends only on the two texts, their paragraph links and
 * the reference data — not on findings, annotations or edits, whose writes re-render the page.
 * So it is kept per text (a hash of both sides and the links, the reference being this cache's
 * own) and computed again only when an import changes the text.
 */
export class NamesCache {
  private readonly entries: Lru<NamesPanel>;

  constructor(
    private readonly reference: NamesReference,
    max = 256,
  ) {
    this.entries = new Lru(max);
  }

  panelOf(doc: { source: readonly string[]; target: readonly string[] }, links: readonly ParagraphPair[]): NamesPanel {
    const key = createHash('sha256').update(JSON.stringify([doc.source, doc.target, links])).digest('base64');
    return this.entries.get(key, () => buildNamesPanel({ key, source: doc.source, target: doc.target, links }, this.reference));
  }
}
