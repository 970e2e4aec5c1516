// npm run eval:mqm [-- --rule ID ... --data PATH --show BUCKET --limit N]
//
// Runs the registered rules over a human-annotated MQM set (one JSON row per source segment ×
// system) and prints, per error bucket, row-level and span-level precision/recall/F1 against
// the union of raters, each rule's firing rate on the human reference translations, and a
// naive baseline for untranslated text. Rows of one (doc_id, system) become one document with
// one-to-one paragraph links, so document-scope rules see whole documents.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../server/checks/rules/index.ts';
import { resolveConfig } from '../server/checks/config.ts';
import { checkCorpus } from '../server/checks/engine.ts';
import { loadReference } from '../server/checks/reference-load.ts';
import { signature } from '../server/checks/signature.ts';
import type { CheckDocument, Finding } from '../server/checks/types.ts';
import { occurrences, rowScore, spanScore, type GoldSpan, type PredictedSpan, type Prf } from './lib/mqm-score.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_DATA = resolve(ROOT, '../shared/data/mqm-enzh-dev/mqm-enzh-dev.jsonl');
const REFERENCE_BAR = 0.2;

interface MqmError {
  side: 'source' | 'target';
  start: number | null;
  end: number | null;
  text: string;
  category: string;
  category_norm: string;
  severity: string;
  rater: string;
  align: 'exact' | 'relocated' | 'unaligned';
}

interface MqmRow {
  id: string;
  doc_id: string;
  system: string;
  seg_index: number;
  is_reference: boolean;
  source: string;
  target: string;
  raters: string[];
  errors: MqmError[];
}

/**
 * xinda's MQM categories → the data's category_norm buckets. Matched on the normalised path
 * (lower case, "_" as space): first an exact path or prefix, then the last path element, so
 * "Fluency/Punctuation" and "Linguistic conventions/Punctuation" land in the same bucket.
 */
const CATEGORY_BUCKETS: [string, string][] = [
  ['accuracy/untranslated', 'untranslated'],
  ['accuracy/mistranslation', 'mistranslation'],
  ['accuracy/omission', 'omission'],
  ['accuracy/addition', 'addition'],
  ['locale conventions/number format', 'locale_number'],
  ['locale conventions/date format', 'locale_date'],
  ['locale conventions/time format', 'locale_date'],
  ['terminology/inconsistent', 'terminology_inconsistent'],
  ['terminology/wrong term', 'terminology_wrong'],
  ['terminology/inappropriate', 'terminology_wrong'],
  ['style/', 'style'],
  ['*/punctuation', 'punctuation'],
  ['*/spelling', 'spelling'],
  ['*/grammar', 'grammar'],
  ['*/character encoding', 'spelling'],
];

function bucketOf(category: string): string {
  const c = category.toLowerCase().replace(/_/g, ' ');
  for (const [pattern, bucket] of CATEGORY_BUCKETS) {
    if (pattern.startsWith('*/') ? c.endsWith(pattern.slice(1)) : c.startsWith(pattern)) return bucket;
  }
  return `unmapped:${category}`;
}

// ---------------------------------------------------------------------------------------------

interface Args {
  data: string;
  rules: string[];
  show: string | undefined;
  limit: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { data: DEFAULT_DATA, rules: [], show: undefined, limit: 12 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const v = () => {
      const x = argv[++i];
      if (x === undefined) fail(`${k} needs a value`);
      return x!;
    };
    if (k === '--') continue;
    else if (k === '--data') a.data = resolve(v());
    else if (k === '--rule') a.rules.push(v());
    else if (k === '--show') a.show = v();
    else if (k === '--limit') a.limit = Number(v());
    else if (k === '--help' || k === '-h') {
      process.stdout.write('usage: npm run eval:mqm -- [--rule ID]... [--data PATH] [--show BUCKET] [--limit N]\n');
      process.exit(0);
    } else fail(`unknown argument "${k}" (try --help)`);
  }
  if (!Number.isInteger(a.limit) || a.limit < 0) fail('--limit must be a whole number');
  return a;
}

function fail(message: string): never {
  process.stderr.write(`eval-mqm: ${message}\n`);
  process.exit(2);
}

function readRows(path: string): { rows: MqmRow[]; sha256: string } {
  if (!existsSync(path)) fail(`no data file at ${path}\n  (the MQM dev set lives in ../shared/data/mqm-enzh-dev/; pass another file with --data PATH)`);
  const bytes = readFileSync(path);
  const rows: MqmRow[] = [];
  bytes
    .toString('utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: MqmRow;
      try {
        row = JSON.parse(line) as MqmRow;
      } catch (e) {
        return fail(`${path}:${i + 1}: not JSON (${(e as Error).message})`);
      }
      if (typeof row.source !== 'string' || typeof row.target !== 'string' || !Array.isArray(row.errors) || typeof row.doc_id !== 'string') {
        fail(`${path}:${i + 1}: a row needs doc_id, system, source, target and errors`);
      }
      rows.push(row);
    });
  return { rows, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** One document per (doc_id, system), paragraphs in seg_index order, linked one to one. */
function documents(rows: readonly MqmRow[]): { docs: CheckDocument[]; rowsOf: Map<string, MqmRow[]> } {
  const rowsOf = new Map<string, MqmRow[]>();
  for (const r of rows) {
    const key = `${r.doc_id}|${r.system}`;
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), r]);
  }
  const docs: CheckDocument[] = [];
  for (const [key, rs] of rowsOf) {
    rs.sort((a, b) => a.seg_index - b.seg_index);
    docs.push({ key, source: rs.map((r) => r.source), target: rs.map((r) => r.target), links: rs.map((_, i) => ({ src: [i], tgt: [i] })), system: rs[0]!.system });
  }
  return { docs, rowsOf };
}

// ---------------------------------------------------------------------------------------------

const pct = (x: number) => x.toFixed(2);

function table(head: string[], rows: (string | number)[][], right: Set<number> = new Set()): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, c) => Math.max(...cells.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((x, c) => {
        const pad = ' '.repeat(width[c]! - [...x].length);
        return right.has(c) ? pad + x : x + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const prfCells = (s: Prf) => [pct(s.precision), pct(s.recall), pct(s.f1)];

/** The naive detector the issue compares against: any all-lower-case Latin word of two letters or more. */
const LOWER_WORD = /(?<!\p{Script=Latin})\p{Ll}{2,}(?!\p{Script=Latin})/u;
const baselineFires = (target: string) => [...target.matchAll(new RegExp(LOWER_WORD.source, 'gu'))].some((m) => /^\p{Script=Latin}+$/u.test(m[0]));

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { rows, sha256 } = readRows(args.data);
  const known = new Set(RULES.map((r) => r.id));
  for (const id of args.rules) if (!known.has(id)) fail(`unknown rule "${id}" (known: ${[...known].join(', ')})`);
  const rules = args.rules.length ? RULES.filter((r) => args.rules.includes(r.id)) : RULES;
  const config = resolveConfig(rules);
  const reference = loadReference(join(ROOT, 'corpus'));
  const { docs, rowsOf } = documents(rows);

  const t0 = performance.now();
  const findings = checkCorpus(docs, { config, reference });
  const ms = performance.now() - t0;

  const rowOf = (f: Finding) => rowsOf.get(f.docKey)?.[f.target.para];
  const refRows = rows.filter((r) => r.is_reference);

  // Gold: union of raters. Rows count any span; span scoring leaves out unaligned spans and those without offsets.
  const goldRows = new Map<string, Set<string>>();
  const goldTargetRows = new Map<string, Set<string>>();
  const goldSpans = new Map<string, GoldSpan[]>();
  for (const r of rows) {
    const seen = new Set<string>();
    for (const e of r.errors) {
      const b = e.category_norm;
      add(goldRows, b, r.id);
      if (e.align === 'unaligned' || e.start === null || e.end === null) continue;
      if (e.side === 'target') add(goldTargetRows, b, r.id);
      const k = `${b}|${e.side}|${e.start}|${e.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      goldSpans.set(b, [...(goldSpans.get(b) ?? []), { row: r.id, side: e.side, start: e.start, end: e.end }]);
    }
  }

  const predRows = new Map<string, Set<string>>();
  const predSpans = new Map<string, PredictedSpan[]>();
  const byRule = new Map<string, { bucket: string; findings: number; occurrences: number; rows: Set<string>; refRows: Set<string> }>();
  for (const r of rules) byRule.set(r.id, { bucket: bucketOf(r.category), findings: 0, occurrences: 0, rows: new Set(), refRows: new Set() });
  for (const f of findings) {
    const row = rowOf(f);
    if (!row) continue;
    const b = bucketOf(f.category);
    add(predRows, b, row.id);
    const spans = occurrences(row.target, f.text, f.target.start, f.count).map((t, i) => ({
      row: row.id,
      target: t,
      // Later copies of a grouped finding have no known source position.
      ...(i === 0 && f.source && { source: { start: f.source.start, end: f.source.end } }),
    }));
    predSpans.set(b, [...(predSpans.get(b) ?? []), ...spans]);
    const s = byRule.get(f.ruleId)!;
    s.findings++;
    s.occurrences += f.count;
    s.rows.add(row.id);
    if (row.is_reference) s.refRows.add(row.id);
  }

  const out: string[] = [];
  out.push(`eval-mqm  ${signature(version(), config)}|data:${sha256.slice(0, 12)}`);
  out.push(`data      ${args.data}`);
  out.push(`          ${rows.length} rows (${refRows.length} human references), ${docs.length} documents; ${findings.length} findings in ${(ms / 1000).toFixed(1)} s`);
  out.push('');
  out.push('Per bucket: rows (union of raters) and spans (overlap >= 1 code point; unaligned spans left out)');
  const buckets = [...new Set([...goldRows.keys(), ...predRows.keys()])].sort((a, b) => (goldRows.get(b)?.size ?? 0) - (goldRows.get(a)?.size ?? 0) || a.localeCompare(b));
  out.push(
    table(
      ['bucket', 'gold rows', 'fired rows', 'row P', 'row R', 'row F1', 'gold spans', 'pred spans', 'span P', 'span R', 'span F1'],
      buckets.map((b) => {
        const rs = rowScore(goldRows.get(b) ?? new Set(), predRows.get(b) ?? new Set());
        const ss = spanScore(goldSpans.get(b) ?? [], predSpans.get(b) ?? []);
        return [b, rs.tp + rs.fn, rs.tp + rs.fp, ...prfCells(rs), ss.gold, ss.pred, ...prfCells(ss)];
      }),
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    ),
  );

  out.push('');
  out.push('Buckets with findings, against rows whose gold has an aligned TARGET-side span (what a target check can see)');
  out.push(
    table(
      ['bucket', 'gold rows', 'fired rows', 'row P', 'row R', 'row F1'],
      [...predRows.keys()].sort().map((b) => {
        const rs = rowScore(goldTargetRows.get(b) ?? new Set(), predRows.get(b)!);
        return [b, rs.tp + rs.fn, rs.tp + rs.fp, ...prfCells(rs)];
      }),
      new Set([1, 2, 3, 4, 5]),
    ),
  );

  out.push('');
  out.push(`Per rule (reference rows: ${refRows.length}; bar: no rule on more than ${REFERENCE_BAR * 100}% of them)`);
  out.push(
    table(
      ['rule', 'bucket', 'findings', 'occurrences', 'rows', 'ref rows', 'ref rate', 'bar'],
      [...byRule].map(([id, s]) => {
        const rate = refRows.length ? s.refRows.size / refRows.length : 0;
        return [id, s.bucket, s.findings, s.occurrences, s.rows.size, s.refRows.size, `${(rate * 100).toFixed(1)}%`, rate > REFERENCE_BAR ? 'OVER' : 'ok'];
      }),
      new Set([2, 3, 4, 5, 6]),
    ),
  );

  out.push('');
  const ut = goldRows.get('untranslated') ?? new Set();
  const base = rowScore(ut, new Set(rows.filter((r) => baselineFires(r.target)).map((r) => r.id)));
  const ours = rowScore(ut, predRows.get('untranslated') ?? new Set());
  out.push('Untranslated, row level: xinda against the naive baseline');
  out.push(
    table(
      ['detector', 'tp', 'fp', 'fn', 'P', 'R', 'F1'],
      [
        ['xinda rules in Accuracy/Untranslated', ours.tp, ours.fp, ours.fn, ...prfCells(ours)],
        ['baseline: any lower-case Latin word', base.tp, base.fp, base.fn, ...prfCells(base)],
      ],
      new Set([1, 2, 3, 4, 5, 6]),
    ),
  );
  const tgtOnly = ut.size - [...ut].filter((id) => goldTargetRows.get('untranslated')?.has(id)).length;
  const visible = ut.size - tgtOnly;
  out.push(`  ${ut.size} gold rows; ${tgtOnly} of them have no aligned target-side span (text missing from the target, marked on the source).`);
  out.push(`  A perfect detector of what is left in the target fires on the other ${visible}: row F1 at most ${pct((2 * visible) / (visible + ut.size))}.`);

  out.push('');
  out.push('Rater agreement on rows two raters annotated (row-level F1 of one against the other; a ceiling)');
  out.push(table(['bucket', 'shared rows', 'A', 'B', 'both', 'F1'], agreement(rows, buckets), new Set([1, 2, 3, 4, 5])));

  if (args.show) out.push('', ...disagreements(args.show, rows, findings, rowOf, goldRows, args.limit));
  process.stdout.write(`${out.join('\n')}\n`);
}

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
}

function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function agreement(rows: readonly MqmRow[], buckets: readonly string[]): (string | number)[][] {
  const shared = rows.filter((r) => r.raters.length === 2);
  return buckets
    .map((b) => {
      let a = 0;
      let bb = 0;
      let both = 0;
      for (const r of shared) {
        const [ra, rb] = r.raters;
        const ha = r.errors.some((e) => e.category_norm === b && e.rater === ra);
        const hb = r.errors.some((e) => e.category_norm === b && e.rater === rb);
        if (ha) a++;
        if (hb) bb++;
        if (ha && hb) both++;
      }
      return [b, shared.length, a, bb, both, a + bb ? pct((2 * both) / (a + bb)) : '-'];
    })
    .filter((r) => r[2] !== 0 || r[3] !== 0);
}

function disagreements(bucket: string, rows: readonly MqmRow[], findings: readonly Finding[], rowOf: (f: Finding) => MqmRow | undefined, goldRows: Map<string, Set<string>>, limit: number): string[] {
  const gold = goldRows.get(bucket) ?? new Set<string>();
  const fired = new Map<string, Finding[]>();
  for (const f of findings) {
    const row = rowOf(f);
    if (row && bucketOf(f.category) === bucket) fired.set(row.id, [...(fired.get(row.id) ?? []), f]);
  }
  const clip = (s: string, n = 160) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);
  const describe = (r: MqmRow) => {
    const lines = [`  ${r.id}${r.is_reference ? '  [human reference]' : ''}`, `    src: ${clip(r.source)}`, `    tgt: ${clip(r.target)}`];
    for (const f of fired.get(r.id) ?? []) lines.push(`    xinda ${f.ruleId} ${f.severity}: "${clip(f.text, 60)}"${f.count > 1 ? ` ×${f.count}` : ''}`);
    for (const e of r.errors.filter((e) => e.category_norm === bucket)) lines.push(`    gold  ${e.side} ${e.severity} ${e.align}: "${clip(e.text, 60)}" (${e.rater})`);
    return lines.join('\n');
  };
  const fp = rows.filter((r) => fired.has(r.id) && !gold.has(r.id));
  const fn = rows.filter((r) => gold.has(r.id) && !fired.has(r.id));
  const tp = rows.filter((r) => gold.has(r.id) && fired.has(r.id));
  return [
    `Disagreements for ${bucket}: ${fp.length} false-positive rows, ${fn.length} missed rows, ${tp.length} agreed (showing up to ${limit} of each)`,
    '', 'False positives (xinda fired, no rater marked it):', ...fp.slice(0, limit).map(describe),
    '', 'Missed (a rater marked it, xinda did not fire):', ...fn.slice(0, limit).map(describe),
    '', 'Agreed:', ...tp.slice(0, limit).map(describe),
  ];
}

main();
