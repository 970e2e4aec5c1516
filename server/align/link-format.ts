import { InputError } from '../ingest/input-error.ts';
import { splitLines } from '../ingest/lines.ts';

// The common text format of sentence alignments (Vecalign, Bertalign, the MAC gold files):
// one link a line, `[i,j]:[k]`, 0-based line numbers of the two files, `[]` for an empty side.

export interface Link {
  src: number[];
  tgt: number[];
}

export function formatLink(l: Link): string {
  return `[${l.src.join(',')}]:[${l.tgt.join(',')}]`;
}

export function formatLinks(links: readonly Link[]): string {
  return links.map((l) => `${formatLink(l)}\n`).join('');
}

const LINE = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/;

/**
 * Reads an alignment file. With the sentence counts given, indices must fall inside them and
 * no sentence may be linked twice; the message names the file and line.
 */
export function parseLinks(text: string, file: string, counts?: { src: number; tgt: number }): Link[] {
  const out: Link[] = [];
  const seen = counts ? { src: new Uint8Array(counts.src), tgt: new Uint8Array(counts.tgt) } : null;
  for (const { line: at, text: line } of splitLines(text)) {
    if (line.trim() === '') continue;
    const m = LINE.exec(line);
    if (!m) throw new InputError(file, `not a link "[i,...]:[k,...]": ${JSON.stringify(line.slice(0, 60))}`, { line: at });
    const side = (s: string) => (s.trim() === '' ? [] : s.split(',').map((x) => (/^\s*\d+\s*$/.test(x) ? Number(x) : Number.NaN)));
    const link: Link = { src: side(m[1]!), tgt: side(m[2]!) };
    for (const [key, list] of [['src', link.src], ['tgt', link.tgt]] as const) {
      for (const i of list) {
        if (!Number.isInteger(i)) throw new InputError(file, `empty index in ${JSON.stringify(line.trim())}`, { line: at });
        if (seen && counts) {
          if (i >= counts[key]) {
            throw new InputError(file, `${key === 'src' ? 'source' : 'target'} index ${i} is out of range (the file has ${counts[key]} sentences)`, { line: at });
          }
          if (seen[key][i]) throw new InputError(file, `${key === 'src' ? 'source' : 'target'} sentence ${i} is linked twice`, { line: at });
          seen[key][i] = 1;
        }
      }
    }
    if (link.src.length === 0 && link.tgt.length === 0) throw new InputError(file, 'a link with two empty sides', { line: at });
    out.push(link);
  }
  return out;
}
