import { alignParagraphs } from './paragraphs.ts';

export interface ParagraphPair {
  src: number[];
  tgt: number[];
}

/** The paragraph links of a document: those the store holds, else the aligner's. */
export function paragraphLinks(doc: { source: string[]; target: string[]; storedLinks: ParagraphPair[] | null }): ParagraphPair[] {
  return doc.storedLinks ?? alignParagraphs(doc.source, doc.target);
}
