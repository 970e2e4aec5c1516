import { writeFileSync } from 'node:fs';
import { openDb, DEFAULT_DB_PATH } from '../store/db.ts';
import { loadForExport, toExportDocs, toJsonl } from '../export/export-docs.ts';
import { writeXliff2 } from '../export/xliff-writer.ts';
import { UsageError, str, type Command } from './command.ts';

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Writes the stored documents with reviewer edits and annotations, as JSONL (re-importable)\n' +
    'or XLIFF 2.0 (edited segments marked reviewed, annotations as notes).',
  usage: 'export --format jsonl|xliff [--out FILE] [--doc KEY]',
  help:
    `  --db FILE             the store (default ${DEFAULT_DB_PATH})\n` +
    '  --format F            jsonl or xliff (required)\n' +
    '  -o, --out FILE        write here instead of standard output\n' +
    '  --doc KEY             only the source with this key and its translations\n',
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    doc: { type: 'string' },
  },
  allowPositionals: false,
  run(values) {
    const format = str(values.format);
    if (format !== 'jsonl' && format !== 'xliff') throw new UsageError('--format must be jsonl or xliff');
    const db = openDb(str(values.db) ?? DEFAULT_DB_PATH);
    let text: string;
    try {
      const docs = loadForExport(db, str(values.doc));
      if (docs.length === 0) throw new UsageError(str(values.doc) !== undefined ? `no source with key "${str(values.doc)}"` : 'the store is empty');
      text = format === 'jsonl' ? toJsonl(docs) : writeXliff2(toExportDocs(docs));
    } finally {
      db.close();
    }
    const out = str(values.out);
    if (out !== undefined) writeFileSync(out, text);
    else process.stdout.write(text);
    return 0;
  },
};
