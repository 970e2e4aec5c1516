import type { Db } from '../store/db.ts';
import { listTranslations, loadDocument, type AnnotationRow, type DocumentView } from '../store/documents.ts';
import type { ExportDoc } from './xliff-writer.ts';
import { paragraphLinks } from '../align/document-links.ts';

/** Loads the documents to export: every translation, or those of one source key. */
export function loadForExport(db: Db, sourceKey?: string): DocumentView[] {
  return listTranslations(db, sourceKey !== undefined ? { sourceKey } : {}).map((t) => loadDocument(db, t.id)!);
}

function annotationJson(a: AnnotationRow) {
  return {
    side: a.side,
    para: a.para,
    start: a.start,
    end: a.end,
    text: a.text,
    category: a.category,
    severity: a.severity,
    author: a.author,
    ...(a.comment !== null && { comment: a.comment }),
    ...(a.stale ? { stale_context: a.staleContext } : {}),
  };
}

/**
 * JSONL, one source per line with all its translations: the same shape `xinda import`
 * reads, so an export re-imports into another store. Edits and stale annotations ride
 * along in fields the importer leaves alone.
 */
export function toJsonl(docs: DocumentView[]): string {
  const bySource = new Map<number, DocumentView[]>();
  for (const d of docs) {
    const list = bySource.get(d.translation.sourceId) ?? [];
    list.push(d);
    bySource.set(d.translation.sourceId, list);
  }
  const lines: string[] = [];
  for (const group of bySource.values()) {
    const first = group[0]!;
    const t0 = first.translation;
    lines.push(
      JSON.stringify({
        id: t0.sourceKey,
        source: {
          ...(t0.title !== null && { title: t0.title }),
          ...(t0.outlet !== null && { outlet: t0.outlet }),
          ...(first.url !== null && { url: first.url }),
          ...(t0.published !== null && { published: t0.published }),
          lang: first.sourceLang,
          paragraphs: first.source,
        },
        translations: group.map((d) => ({
          system: d.translation.system,
          lang: d.translation.lang,
          paragraphs: d.target,
          edited_paragraphs: d.target.map((p, i) => d.edits.get(i)?.text ?? p),
          edits: [...d.edits.values()].map((e) => ({ para: e.para, text: e.text, version: e.version, author: e.author, created_at: e.createdAt })),
          annotations: d.annotations.filter((a) => !a.stale).map(annotationJson),
          stale_annotations: d.annotations.filter((a) => a.stale).map(annotationJson),
        })),
      }),
    );
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * One XLIFF file element per translation, one unit per Chinese paragraph, paired with its
 * English through the paragraph alignment. Each English paragraph appears exactly once: on the
 * first unit of its link, or in a unit of its own with an empty target when the MT dropped it.
 */
export function toExportDocs(docs: DocumentView[]): ExportDoc[] {
  return docs.map((d) => {
    const paragraphs: ExportDoc['paragraphs'] = [];
    for (const link of paragraphLinks(d)) {
      const source = link.src.map((i) => d.source[i]!).join(' ');
      if (link.tgt.length === 0) paragraphs.push({ source, mt: '', notes: [] });
      link.tgt.forEach((i, k) => {
        const edit = d.edits.get(i);
        paragraphs.push({
          source: k === 0 ? source : '',
          mt: d.target[i]!,
          ...(edit && { edited: edit.text }),
          notes: d.annotations
            .filter((a) => !a.stale && a.para === i && a.side === 'target')
            .map((a) => ({
              category: a.category,
              severity: a.severity,
              author: a.author,
              ...(a.comment !== null && { comment: a.comment }),
              start: a.start,
              end: a.end,
              text: a.text,
              side: a.side,
            })),
        });
      });
    }
    return {
      key: `${d.translation.sourceKey}/${d.translation.system}`,
      ...(d.translation.title !== null && { title: d.translation.title }),
      system: d.translation.system,
      targetLang: d.translation.lang,
      paragraphs,
    };
  });
}
