// The MT-evaluation rows the benchmark and evaluation scripts read: one JSON object a line,
// one segment pair each (../shared/data/mqm-enzh-dev/mqm-enzh-dev.jsonl, WMT's MQM ratings of
// English→Chinese MT). One reader, so that every script refuses a bad line alike instead of
// timing or scoring a corpus with holes in it.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The MQM dev set, beside the project (absent in a bare checkout: each script says what it skips). */
export const MQM_DEV_FILE = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/data/mqm-enzh-dev/mqm-enzh-dev.jsonl');

/** The fields every script relies on; a row's other fields (its errors) stay on the object. */
export interface MqmSegmentRow {
  doc_id: string;
  seg_index: number;
  system: string;
  source: string;
  target: string;
}

/**
 * Every row of a JSONL file of segment rows, in file order. A line that is not JSON, or a row
 * without doc_id, seg_index (the scripts order a document's rows by it), system, source and
 * target, ends the script with exit status 2, naming the file and line.
 */
export function readMqmRows(file: string): MqmSegmentRow[] {
  const rows: MqmSegmentRow[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: Partial<Record<keyof MqmSegmentRow, unknown>>;
      try {
        row = JSON.parse(line) as typeof row;
      } catch (e) {
        return badRow(file, i + 1, `not JSON (${(e as Error).message})`);
      }
      const { doc_id, seg_index, system, source, target } = row;
      if (typeof doc_id !== 'string' || !Number.isInteger(seg_index) || typeof system !== 'string' || typeof source !== 'string' || typeof target !== 'string') {
        badRow(file, i + 1, 'a row needs doc_id, seg_index (a whole number), system, source and target');
      }
      rows.push(row as MqmSegmentRow);
    });
  return rows;
}

function badRow(file: string, line: number, why: string): never {
  process.stderr.write(`${file}:${line}: ${why}\n`);
  process.exit(2);
}
