// The segments of one translation in WMT MQM TSV, built from its paragraph links.
//
// WMT's doc_id is the segment's number inside its document, the same for every system
// (MQM Viewer pairs systems by doc and doc_id); mqm-enzh-dev numbers segments after the
// source segment they hold, with gaps where a system lacks one. A link's paragraphs differ
// between systems, so a segment is numbered after its first English paragraph (from 1): where
// two systems are aligned alike their numbers match, and a link that merges paragraphs leaves
// a gap. WMT segments always have a source, so a link without English (paragraphs the MT
// added) is folded into the segment before it (the first segment, when it comes first).

import { codePointLength } from '../text/codepoints.ts';

export interface ParagraphLink {
  src: readonly number[];
  tgt: readonly number[];
}

export interface MqmSegment {
  /** The doc_id column: 1 + the first English paragraph of the segment. */
  docSegId: number;
  source: string;
  target: string;
  /** Code-point offset of each paragraph of the segment in `source` / `target`. */
  sourceStart: Map<number, number>;
  targetStart: Map<number, number>;
}

export interface SegmentInput {
  source: readonly string[];
  target: readonly string[];
  sourceLang: string;
  targetLang: string;
  /** Paragraph links in order; paragraphs they miss still get a segment (see `groups`). */
  links: readonly ParagraphLink[];
}

export function mqmSegments(doc: SegmentInput): MqmSegment[] {
  const joinSource = joinerFor(doc.sourceLang);
  const joinTarget = joinerFor(doc.targetLang);
  return groups(doc.links, doc.source.length, doc.target.length).map((g) => {
    const s = joinParagraphs(g.src, doc.source, joinSource);
    const t = joinParagraphs(g.tgt, doc.target, joinTarget);
    return { docSegId: (g.src[0] ?? 0) + 1, source: s.text, target: t.text, sourceStart: s.starts, targetStart: t.starts };
  });
}

interface Group {
  src: number[];
  tgt: number[];
}

/**
 * Links → segments: each link with English starts one, links without fold into the one
 * before. Links are meant to cover every paragraph once; a paragraph they miss is not
 * dropped (its errors would be): English becomes a segment of its own, Chinese joins the
 * segment holding the Chinese paragraph before it.
 */
function groups(links: readonly ParagraphLink[], nSource: number, nTarget: number): Group[] {
  const seenSource = new Set<number>();
  const seenTarget = new Set<number>();
  // A paragraph out of range or already in an earlier link is left out of later ones.
  const fresh = (seen: Set<number>, n: number) => (i: number) => {
    if (i < 0 || i >= n || seen.has(i)) return false;
    seen.add(i);
    return true;
  };
  const out: Group[] = [];
  let leading: number[] = [];
  for (const l of links) {
    const src = l.src.filter(fresh(seenSource, nSource));
    const tgt = l.tgt.filter(fresh(seenTarget, nTarget));
    const last = out[out.length - 1];
    if (src.length > 0) {
      out.push({ src, tgt: [...leading, ...tgt] });
      leading = [];
    } else if (last) last.tgt.push(...tgt);
    else leading.push(...tgt);
  }
  for (let i = 0; i < nSource; i++) if (!seenSource.has(i)) out.push({ src: [i], tgt: [] });
  if (out.length === 0 && nTarget > 0) out.push({ src: [], tgt: [] });
  for (const g of out) g.src.sort((a, b) => a - b);
  out.sort((a, b) => (a.src[0] ?? -1) - (b.src[0] ?? -1));
  out[0]?.tgt.push(...leading);
  for (let j = 0; j < nTarget; j++) {
    if (seenTarget.has(j)) continue;
    let home = out[0]!;
    for (const g of out) if (g.tgt.some((t) => t < j)) home = g;
    home.tgt.push(j);
  }
  for (const g of out) g.tgt.sort((a, b) => a - b);
  return out;
}

type Joiner = (before: string, after: string) => string;

/**
 * Chinese and Japanese run sentences together without spaces, so their paragraphs are joined
 * with nothing, unless that would glue two Latin words or numbers into one; other languages
 * with one space.
 */
export function joinerFor(lang: string): Joiner {
  if (!/^(zh|ja|cmn|yue)(-|$)/i.test(lang)) return () => ' ';
  return (before, after) => (/[\p{Script=Latin}\d]$/u.test(before) && /^[\p{Script=Latin}\d]/u.test(after) ? ' ' : '');
}

function joinParagraphs(indices: readonly number[], paras: readonly string[], joiner: Joiner): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  let text = '';
  let at = 0;
  indices.forEach((i, k) => {
    const p = paras[i] ?? '';
    if (k > 0) {
      const sep = joiner(text, p);
      text += sep;
      at += codePointLength(sep);
    }
    starts.set(i, at);
    text += p;
    at += codePointLength(p);
  });
  return { text, starts };
}
