// npm run eval:align -- DIR [--test TESTDIR | --baseline gale-church]
//
// Aligns every DIR/src/NNN with DIR/tgt/NNN (one sentence a line, used as given) and scores
// the links against DIR/gold/NNN.align: the "exact" metric and Vecalign's strict/lax
// precision, recall and F1 (../shared/data/align-zhen/README.md), micro-averaged; F1 per
// document; recall per gold link type. With --test TESTDIR it scores TESTDIR/NNN.align (the
// output of another aligner, or of `xinda align --dir`) instead of aligning; with --baseline
// gale-church it scores the classic length-only baseline (server/align/gale-church.ts).
// Also prints the time and memory of the alignment, dictionary load included.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../server/ingest/input-error.ts';
import { alignLines, chineseSide } from '../server/align/align-lines.ts';
import { dictionary } from '../server/align/dictionary.ts';
import { galeChurch } from '../server/align/gale-church.ts';
import { chineseLength } from '../server/align/paragraphs.ts';
import { parseLinks } from '../server/align/link-format.ts';
import { readSentenceFile } from '../server/cli/align.ts';
import { addCounts, emptyCounts, exactPrf, laxPrf, scoreDocument, strictPrf, type Counts, type Prf } from './lib/align-score.ts';

function main(): number {
  const { values, positionals } = parseArgs({ options: { test: { type: 'string' }, baseline: { type: 'string' } }, allowPositionals: true });
  if (values.baseline !== undefined && values.baseline !== 'gale-church') {
    console.error('eval:align: --baseline takes gale-church');
    return 2;
  }
  const dir = positionals[0];
  if (dir === undefined) {
    console.error('usage: npm run eval:align -- DIR [--test TESTDIR]   (DIR holds src/, tgt/ and gold/)');
    return 2;
  }
  for (const sub of ['src', 'tgt', 'gold']) {
    if (!existsSync(join(dir, sub))) {
      console.error(`eval:align: ${join(dir, sub)} not found${dir.includes('shared/data') ? ' (is ../shared/data present?)' : ''}`);
      return 2;
    }
  }
  const names = readdirSync(join(dir, 'src'))
    .filter((n) => !n.startsWith('.') && !n.includes('.'))
    .sort();
  const limits = { lines: 1_000_000, chars: 1_000_000 };
  const docs = names.map((n) => {
    const src = readSentenceFile(join(dir, 'src', n), limits);
    const tgt = readSentenceFile(join(dir, 'tgt', n), limits);
    const goldFile = join(dir, 'gold', `${n}.align`);
    const gold = parseLinks(readFileSync(goldFile, 'utf8'), goldFile, { src: src.length, tgt: tgt.length });
    return { name: n, src, tgt, gold };
  });

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let loadMs = 0;
  const tests = docs.map((d) => {
    if (values.test !== undefined) {
      const f = join(values.test, `${d.name}.align`);
      return parseLinks(readFileSync(f, 'utf8'), f, { src: d.src.length, tgt: d.tgt.length });
    }
    if (values.baseline !== undefined) {
      const side = chineseSide(d.src, d.tgt);
      const len = (lines: string[], zh: boolean) => lines.map((l) => (zh ? chineseLength(l.trim()) : l.trim().length));
      // galeChurch takes English lengths first.
      return side === 'src'
        ? galeChurch(len(d.tgt, false), len(d.src, true)).map((l) => ({ src: l.tgt, tgt: l.src }))
        : galeChurch(len(d.src, false), len(d.tgt, true));
    }
    if (loadMs === 0) {
      const l0 = performance.now();
      dictionary();
      loadMs = performance.now() - l0;
    }
    const side = chineseSide(d.src, d.tgt);
    if (side === null) throw new InputError(join(dir, 'src', d.name), 'neither side looks Chinese');
    return alignLines(d.src, d.tgt, side);
  });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  let total: Counts = emptyCounts();
  const perDoc: string[] = [];
  docs.forEach((d, k) => {
    const c = scoreDocument(d.gold, tests[k]!);
    total = addCounts(total, c);
    perDoc.push(`  ${d.name}  exact F1 ${exactPrf(c).f1.toFixed(3)}  strict F1 ${strictPrf(c).f1.toFixed(3)}  (${c.gold} gold links)`);
  });
  const row = (name: string, m: Prf) => `  ${name.padEnd(7)} P ${m.p.toFixed(4)}  R ${m.r.toFixed(4)}  F1 ${m.f1.toFixed(4)}`;
  const srcSents = docs.reduce((n, d) => n + d.src.length, 0);
  const tgtSents = docs.reduce((n, d) => n + d.tgt.length, 0);
  console.log(`${resolve(dir)}: ${docs.length} documents, ${srcSents} source and ${tgtSents} target sentences, ${total.gold} gold links`);
  console.log(values.test !== undefined ? `scoring ${resolve(values.test)}` : values.baseline !== undefined ? 'aligner: Gale–Church baseline' : 'aligner: xinda');
  console.log('');
  console.log(row('exact', exactPrf(total)));
  console.log(row('strict', strictPrf(total)));
  console.log(row('lax', laxPrf(total)));
  console.log('');
  console.log('Per document:');
  console.log(perDoc.join('\n'));
  console.log('');
  console.log('Recall per gold link type (exact):');
  for (const [type, v] of Object.entries(total.byType).sort((a, b) => b[1].gold - a[1].gold)) {
    console.log(`  ${type.padEnd(5)} ${String(v.found).padStart(5)} / ${String(v.gold).padEnd(5)} ${(v.found / v.gold).toFixed(3)}`);
  }
  if (values.test === undefined && values.baseline === undefined) {
    console.log('');
    console.log(
      `Alignment of all documents: ${(wallMs / 1000).toFixed(2)} s wall (dictionary load ${(loadMs / 1000).toFixed(2)} s), ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  if (e instanceof InputError) {
    console.error(`eval:align: ${e.message}`);
    process.exitCode = 2;
  } else throw e;
}
