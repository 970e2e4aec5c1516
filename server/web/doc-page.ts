import { paragraphLinks, type ParagraphPair } from '../align/document-links.ts';
import { codePointLength } from '../text/codepoints.ts';
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

export interface DocPageOptions {
  /** Who decided which finding (store/finding-review.ts decisionsOf). */
  decisions?: ReadonlyMap<number, { by: string; at: string }>;
  /** The paragraph links, when the caller has them already (e.g. from a cache). */
  links?: ParagraphPair[];
}

export function buildDocPage(doc: DocumentView, t: Translate, opts: DocPageOptions = {}): DocPage {
  const decisions = opts.decisions ?? new Map<number, { by: string; at: string }>();
  const texts: Record<Side, string[]> = { source: doc.source, target: doc.target };
  const live = doc.annotations.filter((a) => !a.stale);

  const item = (a: AnnotationRow): AnnotationItem => {
    const para = texts[a.side][a.para];
    const placed =
      para !== undefined && (isWhole(a) || spanFits(a.start ?? -1, a.end ?? -1, codePointLength(para))) && !a.stale;
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

  // Marks grouped by side and paragraph once, not searched again for every paragraph.
  const bySpot = new Map<string, { here: AnnotationRow[]; spans: Span[] }>();
  const spot = (side: Side, para: number | null) => {
    const key = `${side}:${para}`;
    let s = bySpot.get(key);
    if (!s) bySpot.set(key, (s = { here: [], spans: [] }));
    return s;
  };
  for (const a of live) {
    const s = spot(a.side, a.para);
    s.here.push(a);
    if (a.start !== null && a.end !== null) s.spans.push({ id: a.id, start: a.start, end: a.end, className: severityClass(a.severity), title: describe(a, t) });
  }
  // Dismissed findings are a reviewer's "no": they stay in the list, not in the text.
  for (const f of doc.findings) {
    if (f.status === 'dismissed' || f.stale) continue;
    const title = `${f.ruleId} · ${t(`sev.${f.severity as Severity}`)}: ${f.message}`;
    const className = severityClass(f.severity as Severity);
    if (f.start !== null && f.end !== null) spot('target', f.para).spans.push({ id: f.id, kind: 'finding', start: f.start, end: f.end, className, title });
    if (f.srcPara !== null && f.srcStart !== null && f.srcEnd !== null) {
      spot('source', f.srcPara).spans.push({ id: f.id, kind: 'finding', start: f.srcStart, end: f.srcEnd, className, title });
    }
  }

  const cell = (side: Side, index: number): ParagraphCell => {
    const { here, spans } = bySpot.get(`${side}:${index}`) ?? { here: [], spans: [] };
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

  const rows = (opts.links ?? paragraphLinks(doc)).map((link) => ({
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
