import { createHash } from 'node:crypto';
import type { ParagraphPair } from '../align/document-links.ts';
import type { NamesReference } from '../names/entities.ts';
import { buildNamesPanel, type NamesPanel } from './names-panel.ts';

/**
 * The names panel of each text. The analysis (mentions, links by sound, entities) costs several
 * times the rest of a review page, and depends only on the two texts, their paragraph links and
 * the reference data — not on findings, annotations or edits, whose writes re-render the page.
 * So it is kept per text (a hash of both sides and the links, the reference being this cache's
 * own) and computed again only when an import changes the text.
 */
export class NamesCache {
  private readonly entries = new Map<string, NamesPanel>();

  constructor(
    private readonly reference: NamesReference,
    private readonly max = 256,
  ) {}

  panelOf(doc: { source: readonly string[]; target: readonly string[] }, links: readonly ParagraphPair[]): NamesPanel {
    const key = createHash('sha256').update(JSON.stringify([doc.source, doc.target, links])).digest('base64');
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: re-inserting marks it recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const panel = buildNamesPanel({ key, source: doc.source, target: doc.target, links }, this.reference);
    this.entries.set(key, panel);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return panel;
  }
}
