// npm run eval:align-mt [-- --data FILE] [--show N]
//
// The News-MT alignment test of issue 6 on an MT-evaluation set (default
// ../shared/data/mqm-enzh-dev): for each (doc_id, system) the rows' segments are joined into
// running text, a few segments a paragraph on both sides; xinda segments and aligns it, and so
// does the classic Gale–Church baseline; a row is correct when its sentences are linked only
// within the row (scripts/lib/row-pairing.ts). Prints both row accuracies and every row xinda
// gets wrong, with the links that touch it.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alignDocument } from '../server/align/align-document.ts';
import { galeChurchDocument } from '../server/align/gale-church.ts';
import { wholeNumberOption } from './lib/args.ts';
import { MQM_DEV_FILE, readMqmRows, type MqmSegmentRow } from './lib/mqm-rows.ts';
import { buildDocument, correctRows, PARAGRAPH_SIZES, rowsOfSentences, type BuiltDocument } from './lib/row-pairing.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, show: { type: 'string' } } });
const file = resolve(values.data ?? MQM_DEV_FILE);
if (!existsSync(file)) {
  console.error(`eval:align-mt: ${file} not found (the MQM dev set lives in ../shared/data/mqm-enzh-dev)`);
  process.exit(2);
}
const show = wholeNumberOption('eval:align-mt', 'show', values.show, Number.POSITIVE_INFINITY, 0);

const groups = new Map<string, MqmSegmentRow[]>();
for (const row of readMqmRows(file)) {
  const key = `${row.doc_id}\t${row.system}`;
  const list = groups.get(key) ?? [];
  list.push(row);
  groups.set(key, list);
}

const excerpt = (s: string, n = 50) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Rows counted, and how many of them each aligner pairs correctly. */
interface Tally {
  rows: number;
  xinda: number;
  gc: number;
}
const tally = (): Tally => ({ rows: 0, xinda: 0, gc: 0 });
function count(t: Tally, xindaOk: boolean, gcOk: boolean): void {
  t.rows++;
  if (xindaOk) t.xinda++;
  if (gcOk) t.gc++;
}

/**
 * Both aligners on one built document: the rows each pairs correctly, and xinda's alignment
 * with the rows of its sentences (for the report of its mistakes) and the time it took.
 */
function alignBoth(doc: BuiltDocument, rowCount: number, dropped?: ReadonlySet<number>) {
  const t = performance.now();
  const xa = alignDocument(doc.source, doc.target);
  const ms = performance.now() - t;
  const srcRows = rowsOfSentences(xa.source, doc.spans, 'src');
  const tgtRows = rowsOfSentences(xa.target, doc.spans, 'tgt');
  const ga = galeChurchDocument(doc.source, doc.target);
  // Both aligners cut sentences alike (documentSentences), offsets included.
  const gcSrcRows = rowsOfSentences(ga.source, doc.spans, 'src');
  const gcTgtRows = rowsOfSentences(ga.target, doc.spans, 'tgt');
  return {
    xa,
    ms,
    srcRows,
    tgtRows,
    xOk: correctRows(rowCount, srcRows, tgtRows, xa.links, dropped),
    gOk: correctRows(rowCount, gcSrcRows, gcTgtRows, ga.links, dropped),
  };
}

const all = tally();
/** Rows that no sentence shares with another row: the others no aligner can get right. */
const attainable = tally();
let bothWrong = 0;
const wrong: string[] = [];
const started = performance.now();
let xindaMs = 0;
for (const [key, list] of groups) {
  list.sort((a, b) => a.seg_index - b.seg_index);
  const { xa, ms, srcRows, tgtRows, xOk, gOk } = alignBoth(buildDocument(list), list.length);
  xindaMs += ms;
  const blocked = new Set<number>();
  for (const rs of [...srcRows, ...tgtRows]) if (rs.length > 1) for (const r of rs) blocked.add(r);
  xOk.forEach((ok, r) => {
    const gcOk = gOk[r] === true;
    count(all, ok, gcOk);
    if (!blocked.has(r)) count(attainable, ok, gcOk);
    if (!ok && !gcOk) bothWrong++;
    if (ok || wrong.length >= show) return;
    const touching = xa.links.filter((l) => l.src.some((s) => srcRows[s]!.includes(r)) || l.tgt.some((x) => tgtRows[x]!.includes(r)));
    const lines = touching.map(
      (l) =>
        `      [${l.src.join(',')}]:[${l.tgt.join(',')}]  ${l.src.map((s) => `"${excerpt(xa.source[s]!.text)}" (rows ${srcRows[s]!.join('+')})`).join(' ')}  ⇄  ${l.tgt
          .map((x) => `"${excerpt(xa.target[x]!.text, 30)}" (rows ${tgtRows[x]!.join('+')})`)
          .join(' ')}`,
    );
    wrong.push(`  ${key.replace('\t', ' / ')} row ${r} (seg_index ${list[r]!.seg_index})${gcOk ? '' : '  [Gale–Church wrong too]'}\n${lines.join('\n')}`);
  });
}

const rows = all.rows;
const straddled = rows - attainable.rows;
const pct = (n: number) => (n / rows).toFixed(4);
console.log(`News-MT row pairing on ${file}`);
console.log(`${groups.size} documents (doc_id × system), ${rows} rows, paragraphs of ${PARAGRAPH_SIZES.join(', ')} segments in turn`);
console.log('');
console.log(`xinda          row accuracy ${pct(all.xinda)}  (${all.xinda}/${rows}, ${rows - all.xinda} wrong)`);
console.log(`Gale–Church    row accuracy ${pct(all.gc)}  (${all.gc}/${rows}, ${rows - all.gc} wrong)`);
console.log(`wrong for both: ${bothWrong}`);
console.log(
  `${straddled} rows share a sentence with the next or previous row (a segment without a final mark runs into the next one), ` +
    `so no aligner can pair them; on the other ${attainable.rows}: xinda ${(attainable.xinda / attainable.rows).toFixed(4)}, Gale–Church ${(attainable.gc / attainable.rows).toFixed(4)}`,
);
console.log(`xinda alignment time ${(xindaMs / 1000).toFixed(2)} s, total ${((performance.now() - started) / 1000).toFixed(2)} s`);

// A harder variant: the translation of every fifth row (2, 7, 12 …) is removed, as if the MT
// had dropped a sentence inside a paragraph. Such a row is right when none of its sentences is
// linked; the others as above.
const withDrops = tally();
const droppedOnly = tally();
for (const list of groups.values()) {
  const dropped = new Set(list.map((_, i) => i).filter((i) => i % 5 === 2));
  const doc = buildDocument(list.map((r, i) => ({ source: r.source, target: dropped.has(i) ? '' : r.target })));
  const { xOk, gOk } = alignBoth(doc, list.length, dropped);
  xOk.forEach((ok, r) => {
    count(withDrops, ok, gOk[r] === true);
    if (dropped.has(r)) count(droppedOnly, ok, gOk[r] === true);
  });
}
console.log('');
console.log('Harder variant, the translation of every fifth row removed:');
console.log(`xinda          row accuracy ${(withDrops.xinda / withDrops.rows).toFixed(4)}  (dropped rows left unlinked: ${droppedOnly.xinda}/${droppedOnly.rows})`);
console.log(`Gale–Church    row accuracy ${(withDrops.gc / withDrops.rows).toFixed(4)}  (dropped rows left unlinked: ${droppedOnly.gc}/${droppedOnly.rows})`);

if (wrong.length > 0) {
  console.log('');
  console.log('Rows xinda gets wrong (links touching the row; rows per sentence):');
  console.log(wrong.join('\n'));
}
