import { paragraphLinks } from '../align/document-links.ts';
import type { Severity, Side } from '../model.ts';
import type { AnnotationRow, DocumentView, EditRow } from '../store/documents.ts';
import type { StoredFinding } from '../store/findings.ts';
import { diffHtml } from './diff-html.ts';
import { highlight, spanFits, type Span } from './highlight.ts';
import type { Translate } from './i18n.ts';

// Turns a stored document into what the document page shows: aligned rows of highlighted
// paragraphs, the list of live annotations and the list of stale ones.

export interface WholeMark {
  className: string;
  title: string;
}

export interface EditView extends EditRow {
  /** The edit against the MT, character by character, as HTML from escaped pieces (diff-html.ts). */
  diffHtml: string;
}

export interface ParagraphCell {
  index: number;
  /** Highlighted HTML built from escaped pieces (see highlight.ts). */
  html: string;
  whole: WholeMark | null;
  edit: EditView | null;
  /** What the edit box starts from: the newest edit, else the MT (target cells only). */
  currentText: string;
  /** The version an edit is made on: the newest edit's, 0 when there is none. */
  version: number;
}

export interface AlignedRow {
  source: ParagraphCell[];
  target: ParagraphCell[];
}

export interface AnnotationItem {
  id: number;
  side: Side;
  para: number;
  text: string;
  category: string;
  severity: Severity;
  author: string;
  origin: 'import' | 'review';
  comment: string | null;
  title: string;
  whole: boolean;
  /** False when the offsets or paragraph do not fit the current text, so nothing is marked. */
  placed: boolean;
  staleContext: string | null;
}

export interface FindingItem extends StoredFinding {
  /** Where the finding is marked: the Chinese paragraph, or the English one for an omission. */
  anchor: string;
  /** Who confirmed or dismissed it, when. */
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface DocPage {
  rows: AlignedRow[];
  annotations: AnnotationItem[];
  stale: AnnotationItem[];
  findings: FindingItem[];
}

const RANK: Record<Severity, number> = { neutral: 0, minor: 1, major: 2, critical: 3 };

export function severityClass(s: Severity): string {
  return `sev-${s}`;
}

function describe(a: AnnotationRow, t: Translate): string {
  const head = `${a.category} · ${t(`sev.${a.severity}`)} · ${a.author}`;
  return a.comment ? `${head}: ${a.comment}` : head;
}

function isWhole(a: AnnotationRow): boolean {
  return a.start === null || a.end === null;
}

export function buildDocPage(
  doc: DocumentView,
  t: Translate,
  decisions: ReadonlyMap<number, { by: string; at: string }> = new Map(),
): DocPage {
  const texts: Record<Side, string[]> = { source: doc.source, target: doc.target };
  const live = doc.annotations.filter((a) => !a.stale);

  const item = (a: AnnotationRow): AnnotationItem => {
    const para = texts[a.side][a.para];
    const placed =
      para !== undefined && (isWhole(a) || spanFits(a.start ?? -1, a.end ?? -1, Array.from(para).length)) && !a.stale;
    return {
      id: a.id,
      side: a.side,
      para: a.para,
      text: a.text,
      category: a.category,
      severity: a.severity,
      author: a.author,
      origin: a.origin,
      comment: a.comment,
      title: describe(a, t),
      whole: isWhole(a),
      placed,
      staleContext: a.staleContext,
    };
  };

  const cell = (side: Side, index: number): ParagraphCell => {
    const here = live.filter((a) => a.side === side && a.para === index);
    const spans: Span[] = here.flatMap((a) =>
      a.start === null || a.end === null
        ? []
        : [{ id: a.id, start: a.start, end: a.end, className: severityClass(a.severity), title: describe(a, t) }],
    );
    // Dismissed findings are a reviewer's "no": they stay in the list, not in the text.
    const shown = doc.findings.filter((f) => f.status !== 'dismissed' && !f.stale);
    for (const f of shown) {
      const at = side === 'target' ? { para: f.para, start: f.start, end: f.end } : { para: f.srcPara, start: f.srcStart, end: f.srcEnd };
      if (at.para !== index || at.start === null || at.end === null) continue;
      spans.push({ id: f.id, kind: 'finding', start: at.start, end: at.end, className: severityClass(f.severity as Severity), title: `${f.ruleId} · ${t(`sev.${f.severity as Severity}`)}: ${f.message}` });
    }
    const wholes = here.filter(isWhole);
    const worst = wholes.reduce<AnnotationRow | undefined>((w, a) => (!w || RANK[a.severity] > RANK[w.severity] ? a : w), undefined);
    const text = texts[side][index] ?? '';
    const edit = side === 'target' ? doc.edits.get(index) : undefined;
    return {
      index,
      html: highlight(text, spans),
      whole: worst ? { className: severityClass(worst.severity), title: wholes.map((a) => describe(a, t)).join('\n') } : null,
      edit: edit ? { ...edit, diffHtml: diffHtml(edit.baseText, edit.text).html } : null,
      currentText: edit?.text ?? text,
      version: edit?.version ?? 0,
    };
  };

  const rows = paragraphLinks(doc).map((link) => ({
    source: link.src.map((i) => cell('source', i)),
    target: link.tgt.map((i) => cell('target', i)),
  }));
  return {
    rows,
    annotations: live.map(item),
    stale: doc.annotations.filter((a) => a.stale).map(item),
    findings: doc.findings
      .filter((f) => !f.stale)
      .map((f) => {
        const decided = decisions.get(f.id);
        const inSource = f.start === f.end && f.srcPara !== null;
        return {
          ...f,
          anchor: inSource ? `source-${f.srcPara! + 1}` : `target-${f.para + 1}`,
          decidedBy: decided?.by ?? null,
          decidedAt: decided?.at ?? null,
        };
      }),
  };
}
