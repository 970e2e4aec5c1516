import { escapeHtml } from './html.ts';

// Marks annotated spans in a paragraph. Offsets arrive as Unicode code points (DESIGN §3) and
// are turned into string positions here, at the UI boundary. Spans may overlap or cross, so
// the text is cut at every span edge and each piece is wrapped in the marks active over it,
// opened and closed inside the piece: the tags always nest, whatever the spans do. HTML is
// built only from escaped text and escaped attribute values.

export interface Span {
  id: number;
  /** Code points, end exclusive; start === end marks a point (e.g. an omission). */
  start: number;
  end: number;
  /** Extra classes, e.g. the severity class. */
  className: string;
  /** A reviewer's annotation or a finding of the checks; they look different. */
  kind?: 'ann' | 'finding';
  title: string;
}

/** UTF-16 index of each code point boundary: offsets[k] is where code point k starts; offsets[n] is the length. */
export function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}

/** Whether [start, end) is a well-formed code-point range inside a text of `length` code points. */
export function spanFits(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

function openTag(s: Span, point: boolean): string {
  const kind = s.kind ?? 'ann';
  const cls = `${kind} ${s.className}${point ? ` ${kind}-point` : ''}`;
  return `<mark class="${escapeHtml(cls)}" title="${escapeHtml(s.title)}" data-${kind}="${s.id}">`;
}

/** Outer spans first: earlier start, then longer, then lower id, so nesting is the same in every piece. */
function byNesting(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || (a.kind ?? 'ann').localeCompare(b.kind ?? 'ann') || a.id - b.id;
}

/** The paragraph as HTML with the spans that fit marked; spans that do not fit are left out. */
export function highlight(text: string, spans: readonly Span[]): string {
  const offsets = codePointOffsets(text);
  const length = offsets.length - 1;
  const usable = spans.filter((s) => spanFits(s.start, s.end, length)).sort(byNesting);
  const ranges = usable.filter((s) => s.start < s.end);
  const points = usable.filter((s) => s.start === s.end);

  const cuts = new Set<number>([0, length]);
  for (const s of usable) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);

  let html = '';
  for (let k = 0; k < edges.length; k++) {
    const from = edges[k]!;
    for (const p of points) if (p.start === from) html += `${openTag(p, true)}</mark>`;
    const to = edges[k + 1];
    if (to === undefined) break;
    const piece = escapeHtml(text.slice(offsets[from], offsets[to]));
    const active = ranges.filter((s) => s.start <= from && s.end >= to);
    html += active.map((s) => openTag(s, false)).join('') + piece + '</mark>'.repeat(active.length);
  }
  return html;
}
