import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../ingest/input-error.ts';
import { readText } from '../ingest/read-inputs.ts';
import { splitLines } from '../ingest/lines.ts';
import type { Reference } from './reference.ts';

/**
 * Rows of a tab-separated file with a header line. A header without a required column refuses
 * the file; a malformed row (more cells than the header, an empty key) is skipped and, when
 * `warn` is given, reported there with its file and line, so one bad line does not cost the
 * newsroom the rest of its list. Without `warn` a bad row throws.
 */
export function parseTsv(file: string, text: string, required: readonly string[], warn?: (e: InputError) => void): Record<string, string>[] {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '' && !l.text.startsWith('#'));
  const header = lines.shift();
  if (!header) throw new InputError(file, 'file is empty');
  const columns = header.text.split('\t').map((c) => c.trim());
  for (const r of required) {
    if (!columns.includes(r)) throw new InputError(file, `header has no column "${r}" (columns: ${columns.join(', ')})`, { line: header.line });
  }
  const rows: Record<string, string>[] = [];
  for (const { line, text: t } of lines) {
    const cells = t.split('\t');
    const row: Record<string, string> = {};
    columns.forEach((c, i) => (row[c] = (cells[i] ?? '').trim()));
    const empty = required.slice(0, 2).find((r) => row[r] === '');
    const problem =
      cells.length > columns.length ? `${cells.length} cells, the header has ${columns.length}` : empty !== undefined ? `empty "${empty}"` : undefined;
    if (problem === undefined) {
      rows.push(row);
      continue;
    }
    const e = new InputError(file, `${problem}; line skipped`, { line });
    if (!warn) throw e;
    warn(e);
  }
  return rows;
}

const list = (cell: string | undefined) => (cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : []);

/**
 * Reads names.tsv, outlets.tsv, terms.tsv, demonyms.tsv and latin-allowlist.txt from a folder;
 * missing files are empty. Malformed rows are skipped and passed to `warn` (the faces print
 * them and exit 2); without `warn` the first one throws.
 */
export function loadReference(dir: string, warn?: (e: InputError) => void): Reference {
  const read = (name: string, required: readonly string[]) => {
    const path = join(dir, name);
    return existsSync(path) ? parseTsv(path, readText(path), required, warn) : [];
  };
  return {
    names: read('names.tsv', ['english', 'chinese', 'kind']).map((r) => ({
      english: r.english!,
      chinese: r.chinese!,
      kind: r.kind!,
      note: r.note ?? '',
      ...(r.gender === 'f' || r.gender === 'm' ? { gender: r.gender } : {}),
    })),
    outlets: read('outlets.tsv', ['outlet', 'chinese']).map((r) => ({ outlet: r.outlet!, chinese: r.chinese!, aliases: list(r.aliases), kind: r.kind ?? '' })),
    terms: read('terms.tsv', ['english', 'chinese']).map((r) => ({ english: r.english!, chinese: r.chinese!, variants: list(r.variants), note: r.note ?? '' })),
    allowLatin: existsSync(join(dir, 'latin-allowlist.txt'))
      ? splitLines(readText(join(dir, 'latin-allowlist.txt')))
          .map((l) => l.text.trim())
          .filter((t) => t !== '' && !t.startsWith('#'))
      : [],
    demonyms: read('demonyms.tsv', ['english', 'region', 'chinese']).map((r) => ({ english: r.english!, region: r.region!, chinese: list(r.chinese) })),
  };
}
