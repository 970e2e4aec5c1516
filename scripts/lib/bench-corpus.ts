// Builds the benchmark corpus: the demo article and the MQM dev set, replicated with varied
// numbers and names until there are enough segment pairs. Deterministic: replica r always
// permutes the same digits and rotates the same names, so two runs lint the same bytes.
//
// Numbers vary by a digit permutation applied to both sides alike (24万 and 240,000 stay
// equal); names by rotating the entries of corpus/names.tsv on both sides (the English
// full name and surname, the Chinese full form and the part after ·).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameEntry } from '../../server/checks/reference.ts';
import { alternation } from '../../server/text/regexp.ts';
import { readMqmRows, type MqmSegmentRow } from './mqm-rows.ts';
import { mulberry32 } from './prng.ts';

export interface BenchSeed {
  /** The demo article: English and Chinese paragraphs (aligned by xinda at lint time). */
  article: { id: string; title: string; system: string; source: string[]; target: string[] };
  /** MT-evaluation rows (one segment pair each), as in mqm-enzh-dev.jsonl. */
  rows: MqmSegmentRow[];
  names: readonly NameEntry[];
}

/** Counts the rows whose source and target are those of a row counted before. */
export class RepeatCounter {
  private readonly seen = new Set<string>();
  repeats = 0;

  add(source: string, target: string): void {
    const pair = `${source}\u0000${target}`;
    if (this.seen.has(pair)) this.repeats++;
    else this.seen.add(pair);
  }
}

export interface BuiltCorpus {
  dir: string;
  files: string[];
  /** XLIFF 1.2 export of the same pairs, for pofilter. */
  xliffDir: string;
  segmentPairs: number;
  documents: number;
  replicas: number;
  /**
   * Segment rows whose source and target are those of an earlier row (a row with no digit and
   * no listed name is the same in every replica): work a memo of texts may be spared, so the
   * bench says how much of the corpus it is.
   */
  repeatedRows: number;
  /** Documents whose every segment (texts and order) is that of an earlier document: lint checks them once (see twin-jobs.ts). */
  repeatedDocuments: number;
}

/** Replica 0 is the data as it is; others permute the digits 1–9 (0 stays, so 240,000 keeps its shape). */
export function digitMap(replica: number): (s: string) => string {
  if (replica === 0) return (s) => s;
  const next = mulberry32(replica * 7919);
  const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
  for (let i = digits.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [digits[i], digits[j]] = [digits[j]!, digits[i]!];
  }
  return (s) => s.replace(/[1-9]/g, (d) => digits[Number(d) - 1]!);
}

/** Rotates names by `replica` places on both sides, consistently. */
export function nameMap(names: readonly NameEntry[], replica: number): { en: (s: string) => string; zh: (s: string) => string } {
  const people = names.filter((n) => n.english.trim() !== '' && n.chinese.trim() !== '');
  if (replica === 0 || people.length < 2) return { en: (s) => s, zh: (s) => s };
  const shift = replica % people.length || 1;
  const en = new Map<string, string>();
  const zh = new Map<string, string>();
  people.forEach((p, i) => {
    const q = people[(i + shift) % people.length]!;
    en.set(p.english, q.english);
    zh.set(p.chinese, q.chinese);
    if (p.kind === 'person' && q.kind === 'person') {
      const pLast = p.english.split(/\s+/).pop()!;
      const qLast = q.english.split(/\s+/).pop()!;
      if (!en.has(pLast)) en.set(pLast, qLast);
      const pShort = p.chinese.split('·').pop()!;
      const qShort = q.chinese.split('·').pop()!;
      if (pShort !== p.chinese && !zh.has(pShort)) zh.set(pShort, qShort);
    }
  });
  return { en: replacer(en, true), zh: replacer(zh, false) };
}

function replacer(map: Map<string, string>, words: boolean): (s: string) => string {
  if (map.size === 0) return (s) => s;
  const keys = alternation(map.keys());
  const re = new RegExp(words ? `\\b(?:${keys})\\b` : keys, 'gu');
  return (s) => s.replace(re, (m) => map.get(m) ?? m);
}

/** Reads the seed data: the demo article from corpus/, the MQM rows from their JSONL file. */
export function loadSeed(corpusDir: string, mqmFile: string | undefined, names: readonly NameEntry[]): BenchSeed {
  const lines = (f: string) => readFileSync(f, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const meta = JSON.parse(readFileSync(join(corpusDir, 'seed-000.meta.json'), 'utf8')) as { id?: string; title?: string; system?: string };
  // Only the segment pair and its place: the rows are written out again, without their ratings.
  const rows: MqmSegmentRow[] = mqmFile
    ? readMqmRows(mqmFile).map((r) => ({ doc_id: r.doc_id, seg_index: r.seg_index, system: r.system, source: r.source, target: r.target }))
    : [];
  return {
    article: {
      id: meta.id ?? 'seed-000',
      title: meta.title ?? '',
      system: meta.system ?? 'unknown',
      source: lines(join(corpusDir, 'seed-000.en.txt')),
      target: lines(join(corpusDir, 'seed-000.zh.txt')),
    },
    rows,
    names,
  };
}

/**
 * Writes replicas until at least `minPairs` segment pairs: per replica one JSONL file of
 * segment rows (the MQM set, paired) and one JSONL document (the article, which xinda
 * aligns), plus an XLIFF 1.2 file of the same pairs. A pair of the article counts as one
 * per paragraph of its longer side.
 */
export function buildCorpus(seed: BenchSeed, dir: string, minPairs: number): BuiltCorpus {
  const xliffDir = join(dir, '..', 'xliff');
  mkdirSync(dir, { recursive: true });
  mkdirSync(xliffDir, { recursive: true });
  const perReplica = seed.rows.length + Math.max(seed.article.source.length, seed.article.target.length);
  const replicas = Math.max(1, Math.ceil(minPairs / perReplica));
  const files: string[] = [];
  let documents = 0;
  const groups = new Set(seed.rows.map((r) => `${r.doc_id}\u0000${r.system}`)).size;
  const repeats = new RepeatCounter();
  const docRepeats = new RepeatCounter();
  for (let r = 0; r < replicas; r++) {
    const digits = digitMap(r);
    const names = nameMap(seed.names, r);
    const en = (s: string) => digits(names.en(s));
    const zh = (s: string) => digits(names.zh(s));
    const tag = String(r).padStart(4, '0');
    const xliffUnits: string[] = [];
    if (seed.rows.length) {
      // Each document's segment pairs, to count the documents that repeat an earlier one.
      const docs = new Map<string, string[]>();
      const out = seed.rows.map((row) => {
        const source = en(row.source);
        const target = zh(row.target);
        repeats.add(source, target);
        const key = `${row.doc_id}\u0000${row.system}`;
        const pairs = docs.get(key);
        if (pairs) pairs.push(`${source}\u0000${target}`);
        else docs.set(key, [`${source}\u0000${target}`]);
        xliffUnits.push(unit(`r${tag}-${row.doc_id}-${row.system}-${row.seg_index}`, source, target));
        return JSON.stringify({ doc_id: `r${tag}-${row.doc_id}`, seg_index: row.seg_index, system: row.system, source, target });
      });
      for (const pairs of docs.values()) docRepeats.add(pairs.join('\u0001'), '');
      const f = join(dir, `r${tag}-segments.jsonl`);
      writeFileSync(f, out.join('\n') + '\n');
      files.push(f);
      documents += groups;
    }
    const a = seed.article;
    const source = a.source.map(en);
    const target = a.target.map(zh);
    docRepeats.add(JSON.stringify(source), JSON.stringify(target));
    const doc = { id: `r${tag}-${a.id}`, source: { title: en(a.title), paragraphs: source }, translations: [{ system: a.system, paragraphs: target }] };
    const f = join(dir, `r${tag}-article.jsonl`);
    writeFileSync(f, JSON.stringify(doc) + '\n');
    files.push(f);
    documents += 1;
    // pofilter checks units, not documents: pair the article's paragraphs by position.
    for (let i = 0; i < Math.max(source.length, target.length); i++) xliffUnits.push(unit(`r${tag}-${a.id}-${i}`, source[i] ?? '', target[i] ?? ''));
    writeFileSync(join(xliffDir, `r${tag}.xlf`), xliff(`r${tag}`, xliffUnits));
  }
  return { dir, files, xliffDir, segmentPairs: replicas * perReplica, documents, replicas, repeatedRows: repeats.repeats, repeatedDocuments: docRepeats.repeats };
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// approved="yes": Translate Toolkit reads an XLIFF 1.2 unit without it as fuzzy, and pofilter
// would then skip it (or only report it as fuzzy) instead of running its checks.
function unit(id: string, source: string, target: string): string {
  return `<trans-unit id="${xmlEscape(id).replace(/"/g, '&quot;')}" approved="yes"><source>${xmlEscape(source)}</source><target state="translated">${xmlEscape(target)}</target></trans-unit>`;
}

function xliff(original: string, units: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
    `<file original="${original}" source-language="en" target-language="zh-CN" datatype="plaintext"><body>\n` +
    units.join('\n') +
    '\n</body></file></xliff>\n'
  );
}
