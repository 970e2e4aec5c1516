// The News-MT alignment test (issue 6): MT-evaluation rows of one (doc_id, system) are joined
// into running text, a few segments a paragraph on both sides, and an aligner's sentence links
// are scored against the known pairing of the rows. A row counts as correct when every
// sentence cut from its source is linked, and only to sentences cut from its own target, and
// the reverse; a sentence that straddles two rows (a segment without a final mark, run into
// the next) belongs to both, so both rows fail.

export interface Row {
  source: string;
  target: string;
}

export interface BuiltDocument {
  /** English paragraphs and Chinese paragraphs, the same rows in each. */
  source: string[];
  target: string[];
  /** Per row: paragraph and UTF-16 span of its segment on each side. */
  spans: { para: number; src: [number, number]; tgt: [number, number] }[];
}

/** Paragraph sizes, in rows, used in turn: a few segments a paragraph, not all the same. */
export const PARAGRAPH_SIZES: readonly number[] = [3, 2, 4];

export function buildDocument(rows: readonly Row[]): BuiltDocument {
  const source: string[] = [];
  const target: string[] = [];
  const spans: BuiltDocument['spans'] = [];
  let r = 0;
  for (let k = 0; r < rows.length; k++) {
    const size = PARAGRAPH_SIZES[k % PARAGRAPH_SIZES.length]!;
    let en = '';
    let zh = '';
    for (const row of rows.slice(r, r + size)) {
      const s = row.source.trim();
      const t = row.target.trim();
      if (en !== '') en += ' ';
      spans.push({ para: source.length, src: [en.length, en.length + s.length], tgt: [zh.length, zh.length + t.length] });
      en += s;
      zh += t;
    }
    source.push(en);
    target.push(zh);
    r += size;
  }
  return { source, target, spans };
}

export interface CutSentence {
  para: number;
  start: number;
  end: number;
}

/** Rows whose segment a sentence overlaps, per sentence. */
export function rowsOfSentences(sents: readonly CutSentence[], spans: BuiltDocument['spans'], side: 'src' | 'tgt'): number[][] {
  return sents.map((s) =>
    spans.flatMap((sp, row) => (sp.para === s.para && sp[side][0] < s.end && s.start < sp[side][1] ? [row] : [])),
  );
}

/**
 * Which rows the links pair correctly (see the header). A row in `dropped` has no translation
 * (the omission variant): it is correct when none of its sentences is linked to anything.
 */
export function correctRows(
  rowCount: number,
  srcRows: readonly number[][],
  tgtRows: readonly number[][],
  links: readonly { src: readonly number[]; tgt: readonly number[] }[],
  dropped: ReadonlySet<number> = new Set(),
): boolean[] {
  const ok = new Array<boolean>(rowCount).fill(true);
  const linkedSrc = new Array<boolean>(srcRows.length).fill(false);
  const linkedTgt = new Array<boolean>(tgtRows.length).fill(false);
  for (const l of links) {
    const rows = new Set<number>();
    for (const s of l.src) for (const r of srcRows[s]!) rows.add(r);
    for (const t of l.tgt) for (const r of tgtRows[t]!) rows.add(r);
    if (l.src.length > 0 && l.tgt.length > 0) {
      for (const s of l.src) linkedSrc[s] = true;
      for (const t of l.tgt) linkedTgt[t] = true;
    }
    // A link that touches two rows mixes them: each of them has a sentence linked outside it.
    if (rows.size > 1) for (const r of rows) ok[r] = false;
  }
  // A sentence left unlinked leaves its row unpaired, unless the row has nothing to pair with;
  // a sentence of such a row that is linked was paired with something that is not its own.
  srcRows.forEach((rows, s) => {
    for (const r of rows) if (dropped.has(r) ? linkedSrc[s] : !linkedSrc[s]) ok[r] = false;
  });
  tgtRows.forEach((rows, t) => {
    if (!linkedTgt[t]) for (const r of rows) ok[r] = false;
  });
  return ok;
}
