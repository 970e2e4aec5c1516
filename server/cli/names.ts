import { existsSync, writeFileSync } from 'node:fs';
import { InputError } from '../ingest/input-error.ts';
import { readInputsTolerant } from '../ingest/read-inputs.ts';
import { corpusReference } from './corpus-reference.ts';
import { alignParagraphs } from '../align/paragraphs.ts';
import { paragraphLinks } from '../align/document-links.ts';
import type { NamesDocument } from '../names/entities.ts';
import { corpusEntities, corpusVariants, type CorpusEntity } from '../names/corpus-entities.ts';
import { verdicts } from '../names/verdicts.ts';
import { endingGender } from '../names/endings.ts';
import { asciiLetters } from '../names/phonetic-key.ts';
import { UsageError, str, type Command } from './command.ts';

const FORMATS = ['text', 'json', 'tsv'] as const;

export const namesCommand: Command = {
  name: 'names',
  summary:
    'Lists the names and outlets of the documents and how each translation renders them: per\n' +
    'entity the English forms, every Chinese rendering with its count and documents, the\n' +
    'authority form (corpus/names.tsv, outlets.tsv) and a verdict. --format tsv writes suggested\n' +
    'names.tsv rows for names the file lacks, for an editor to review and merge.',
  usage: 'names [options] PATH...   |   names --db [FILE]',
  help:
    `  -f, --format F        ${FORMATS.join(', ')} (default text)\n` +
    '  --by B                corpus (one table for all documents, default) or document\n' +
    '  --db [FILE]           read the store (default data/xinda.db) instead of files\n' +
    '  --corpus DIR          folder of the reference files (default corpus)\n' +
    '  --all                 also list names no translation renders\n' +
    '  -o, --out FILE        write here instead of standard output\n',
  options: {
    format: { type: 'string', short: 'f' },
    by: { type: 'string' },
    db: { type: 'string' },
    corpus: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
  },
  allowPositionals: true,
  async run(values, paths) {
    const format = str(values.format) ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    const by = str(values.by) ?? 'corpus';
    if (by !== 'corpus' && by !== 'document') throw new UsageError('--by must be corpus or document');
    const dbPath = str(values.db);
    if (dbPath === undefined && paths.length === 0) throw new UsageError('give files or folders, or --db');
    if (dbPath !== undefined && paths.length > 0) throw new UsageError('give files or --db, not both');
    const errors: InputError[] = [];
    const { reference } = corpusReference(str(values.corpus), (e) => errors.push(e));
    const docs = dbPath !== undefined ? await fromStore(dbPath === '' ? undefined : dbPath) : fromFiles(paths, errors);
    const groups = by === 'corpus' ? [{ title: '', docs }] : docs.map((d) => ({ title: d.key, docs: [d] }));
    const all = values.all === true;
    const tables = groups.map((g) => ({ title: g.title, entities: corpusEntities(g.docs, reference).filter((e) => all || e.uses.some((u) => u.entity.renderings.length > 0)) }));
    const text =
      format === 'json'
        ? `${JSON.stringify(tables.map((t) => ({ ...(t.title && { document: t.title }), entities: t.entities.map(toJson) })), null, 2)}\n`
        : format === 'tsv'
          ? toTsv(tables.flatMap((t) => t.entities))
          : tables.map((t) => (t.title ? `${t.title}\n` : '') + t.entities.map(toText).join('')).join('\n');
    const out = str(values.out);
    if (out !== undefined) writeFileSync(out, text);
    else process.stdout.write(text);
    for (const e of errors) process.stderr.write(`xinda names: ${e.message}\n`);
    return errors.length ? 2 : 0;
  },
};

function fromFiles(paths: readonly string[], errors: InputError[]): NamesDocument[] {
  const read = readInputsTolerant(paths);
  errors.push(...read.errors);
  const docs: NamesDocument[] = [];
  for (const d of read.docs) {
    if (!d.source) {
      errors.push(new InputError(d.origin.file, 'translation without its source: names needs both sides (or import both and use --db)', d.origin.line !== undefined ? { line: d.origin.line } : {}));
      continue;
    }
    for (const t of d.translations) {
      const source = d.source.paragraphs;
      const links = t.pairedWithSource ? t.paragraphs.map((_, i) => ({ src: [i], tgt: [i] })) : alignParagraphs(source, t.paragraphs);
      docs.push({ key: `${d.source.key ?? d.origin.file}/${t.system}`, source, target: t.paragraphs, links });
    }
  }
  return docs;
}

async function fromStore(path: string | undefined): Promise<NamesDocument[]> {
  // The store is only opened on request, so reading files needs no SQLite.
  const { openDb, DEFAULT_DB_PATH } = await import('../store/db.ts');
  const { listTranslations, loadDocument } = await import('../store/documents.ts');
  const { docKeyOf } = await import('../store/findings.ts');
  const file = path ?? DEFAULT_DB_PATH;
  if (!existsSync(file)) throw new UsageError(`no store at ${file}`);
  const db = openDb(file);
  try {
    return listTranslations(db).map((t) => {
      const view = loadDocument(db, t.id)!;
      return { key: docKeyOf(t.sourceKey, t.system), source: view.source, target: view.target, links: paragraphLinks(view) };
    });
  } finally {
    db.close();
  }
}

interface RenderingRow {
  text: string;
  how: string;
  count: number;
  documents: string[];
}

function renderingRows(e: CorpusEntity): RenderingRow[] {
  const rows = new Map<string, RenderingRow>();
  for (const u of e.uses) {
    for (const r of u.entity.renderings) {
      const row = rows.get(r.key) ?? { text: r.text, how: r.how, count: 0, documents: [] };
      row.count += r.occurrences.length;
      if (!row.documents.includes(u.docKey)) row.documents.push(u.docKey);
      rows.set(r.key, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.count - a.count);
}

function toJson(e: CorpusEntity) {
  return {
    english: e.forms,
    kind: e.kind,
    authority: e.authority?.standard ?? null,
    verdict: verdicts(e),
    renderings: renderingRows(e),
    occurrences: e.uses.flatMap((u) => u.entity.renderings.flatMap((r) => r.occurrences.map((o) => ({ document: u.docKey, rendering: r.text, para: o.para, start: o.start, end: o.end, method: o.method, source: o.source })))),
  };
}

function toText(e: CorpusEntity): string {
  const head = `${e.forms.join(' / ')}  (${e.kind})${e.authority ? `  authority: ${e.authority.standard}` : ''}  [${verdicts(e).join(', ')}]\n`;
  const rows = renderingRows(e).map((r) => `    ${r.text}  ×${r.count}  ${r.how}  ${r.documents.slice(0, 5).join(' ')}${r.documents.length > 5 ? ` … (${r.documents.length} documents)` : ''}\n`);
  return head + rows.join('');
}

const KIND: Partial<Record<CorpusEntity['kind'], string>> = { person: 'person', place: 'place', org: 'org' };

/** names.tsv rows an editor can review: names the file lacks, with their main rendering. */
function toTsv(entities: readonly CorpusEntity[]): string {
  const lines = ['english\tchinese\tkind\tgender\tnote'];
  for (const e of entities) {
    if (e.authority || e.kind === 'outlet' || e.kind === 'acronym') continue;
    // The full rendering of the variant most documents use (卡西姆·若马尔特·托卡耶夫, not its surname).
    const variants = corpusVariants(e).sort((a, b) => b.docs.length - a.docs.length || b.occurrences - a.occurrences);
    const best = variants[0];
    if (!best) continue;
    const gender = e.kind === 'person' ? (endingGender(asciiLetters(e.forms[0]!)) ?? '') : '';
    const others = variants.slice(1).map((v) => `${v.head} in ${v.docs.length}`);
    const note = `suggested by xinda names: ${best.occurrences} uses in ${best.docs.length} document${best.docs.length === 1 ? '' : 's'}${others.length ? `; also ${others.join(', ')}` : ''}`;
    const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ');
    lines.push([e.forms[0]!, best.head.replace(/[《》]/g, ''), KIND[e.kind] ?? '', gender, note].map(clean).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
