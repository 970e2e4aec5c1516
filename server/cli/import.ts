import { openDb, DEFAULT_DB_PATH } from '../store/db.ts';
import { readInputs, DEFAULT_MAX_BYTES } from '../ingest/read-inputs.ts';
import { parseEncodingName } from '../ingest/decode.ts';
import { writeImport, type ImportSummary } from '../store/import-writer.ts';
import { UsageError, intOption, str, type Command } from './command.ts';
import { progress } from './progress.ts';

export const importCommand: Command = {
  name: 'import',
  summary:
    'Imports source articles and their translations into the store. PATHs are files or folders;\n' +
    'formats: NAME.en.txt + NAME.zh.txt (+ NAME.meta.json), JSONL documents, JSONL segment rows\n' +
    '(doc_id, seg_index, system, source, target), WMT MQM TSV (.tsv with the MQM header line),\n' +
    'XLIFF 1.2/2.0, TMX 1.4. See docs/formats.md.\n' +
    'All files are read and checked before anything is written; one bad file leaves the store as it was.',
  usage: 'import [options] PATH...',
  help:
    `  --db FILE             the store (default ${DEFAULT_DB_PATH})\n` +
    '  --system NAME         MT system for XLIFF/TMX files that do not name one\n' +
    '  --encoding NAME       force an encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk), big5\n' +
    `  --max-size MB         refuse files larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})\n` +
    '  -q, --quiet           print nothing but errors\n',
  options: {
    db: { type: 'string' },
    system: { type: 'string' },
    encoding: { type: 'string' },
    'max-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  allowPositionals: true,
  run(values, paths) {
    if (paths.length === 0) throw new UsageError('give at least one file or folder to import');
    const enc = str(values.encoding);
    const encoding = enc === undefined ? undefined : parseEncodingName(enc);
    if (enc !== undefined && !encoding) throw new UsageError(`unknown encoding "${enc}"`);
    const quiet = values.quiet === true;
    const bar = progress('reading', quiet);
    const read = readInputs(paths, {
      maxBytes: intOption('max-size', values['max-size'], DEFAULT_MAX_BYTES / 1024 / 1024) * 1024 * 1024,
      ...(encoding && { encoding }),
      ...(str(values.system) !== undefined && { system: str(values.system)! }),
      onFile: (_p, i, total) => bar.update(i, total),
    });
    bar.done();
    const db = openDb(str(values.db) ?? DEFAULT_DB_PATH);
    try {
      const summary = writeImport(db, read.docs, { paths });
      if (!quiet) {
        for (const d of read.docs) for (const w of d.warnings) process.stderr.write(`warning: ${w}\n`);
        process.stdout.write(describe(summary, read.files));
      }
    } finally {
      db.close();
    }
    return 0;
  },
};

export function describe(s: ImportSummary, files: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = s.matches.map(
    (m) =>
      `matched ${m.file} to source "${m.key}" (score ${m.score.toFixed(2)}` +
      (m.runnerUp ? `; next best "${m.runnerUp.key}" at ${m.runnerUp.score.toFixed(2)})` : ')'),
  );
  const total = s.translationsNew + s.translationsChanged + s.translationsUnchanged;
  lines.push(
    `read ${n(files)} file${files === 1 ? '' : 's'}: ${n(total)} translation${total === 1 ? '' : 's'} — ${n(s.translationsNew)} new, ` +
      `${n(s.translationsChanged)} changed, ${n(s.translationsUnchanged)} unchanged; ` +
      `${n(s.sourcesNew)} new source${s.sourcesNew === 1 ? '' : 's'}, ${n(s.sourcesChanged)} changed; ${n(s.annotationsNew)} new annotation${s.annotationsNew === 1 ? '' : 's'}` +
      (s.annotationsWholeParagraph > 0 ? ` (${n(s.annotationsWholeParagraph)} without offsets, kept as whole-paragraph annotations)` : ''),
  );
  if (s.markedStale > 0) lines.push(`${n(s.markedStale)} reviewer items on changed paragraphs marked stale (kept, not deleted)`);
  return lines.join('\n') + '\n';
}
