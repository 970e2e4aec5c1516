// XLIFF 2.0 export of reviewed translations, so CAT tools can take the edits and
// reviewer findings back. readXliff reads this output to the same paragraphs.

export interface ExportNote {
  category: string;
  severity: string;
  author: string;
  comment?: string;
  start: number | null;
  end: number | null;
  text: string;
  side: 'source' | 'target';
}

export interface ExportDoc {
  key: string;
  title?: string;
  system: string;
  targetLang: string;
  paragraphs: {
    /** '' when the paragraph has no aligned source. */
    source: string;
    mt: string;
    edited?: string;
    notes: ExportNote[];
  }[];
}

// XLIFF 2.0 priority runs 1 (highest) to 10; spread severities so tools can sort.
const PRIORITY: Record<string, number> = { critical: 1, major: 3, minor: 7, neutral: 9 };

export function writeXliff2(docs: ExportDoc[]): string {
  const trgLang = docs[0]?.targetLang ?? 'zh-CN';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${escAttr(trgLang)}">`,
  ];
  docs.forEach((doc, d) => {
    // file/@id must be an NMTOKEN and keys may hold spaces or slashes, so the key
    // goes in `original`, which readXliff takes as the key.
    out.push(`  <file id="f${d + 1}" original="${escAttr(doc.key)}">`);
    out.push('    <notes>');
    if (doc.title !== undefined) out.push(`      <note category="title">${esc(doc.title)}</note>`);
    out.push(`      <note category="system">${esc(doc.system)}</note>`);
    out.push('    </notes>');
    doc.paragraphs.forEach((p, i) => {
      out.push(`    <unit id="p${i + 1}">`);
      // Schema order: <notes> precede the segments.
      if (p.notes.length > 0) {
        out.push('      <notes>');
        for (const n of p.notes) out.push(`        ${note(n)}`);
        out.push('      </notes>');
      }
      const edited = p.edited !== undefined;
      out.push(`      <segment state="${edited ? 'reviewed' : 'translated'}">`);
      out.push(`        <source>${esc(p.source)}</source>`);
      out.push(`        <target>${esc(edited ? p.edited! : p.mt)}</target>`);
      out.push('      </segment>');
      out.push('    </unit>');
    });
    out.push('  </file>');
  });
  out.push('</xliff>', '');
  return out.join('\n');
}

function note(n: ExportNote): string {
  const category = n.category.startsWith('mqm:') ? n.category : `mqm:${n.category}`;
  const priority = PRIORITY[n.severity];
  const where =
    n.start === null || n.end === null
      ? `whole ${n.side} paragraph`
      : `${n.side === 'source' ? 'source ' : ''}span ${n.start}–${n.end}: "${n.text}"`;
  const body = `[${n.author}] ${n.severity}${n.comment ? `: ${n.comment}` : ''} (${where})`;
  const prio = priority === undefined ? '' : ` priority="${priority}"`;
  return `<note category="${escAttr(category)}"${prio} appliesTo="${n.side}">${esc(body)}</note>`;
}

/**
 * Escapes markup and drops code points XML 1.0 cannot carry at all (C0 controls
 * other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). CR is written as a
 * reference because parsers would otherwise fold CRLF into LF.
 */
function esc(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

// Attribute values have tab/LF normalized to spaces by parsers unless written as references.
function escAttr(s: string): string {
  return esc(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
