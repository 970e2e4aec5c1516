import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReference } from '../../server/checks/reference-load.ts';
import { InputError } from '../../server/ingest/input-error.ts';

function folder(names: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinda-ref-'));
  writeFileSync(join(dir, 'names.tsv'), names);
  return dir;
}

describe('loadReference with a malformed names.tsv', () => {
  const text = ['english\tchinese\tkind\tgender\tnote', 'Luca Anceschi\t卢卡·安切斯基\tperson\tm\t', 'Bad Row\t坏\tperson\tm\tnote\textra cell', '\t无名\tperson\t\t', 'Fuad Shahbazov\t福阿德·沙赫巴佐夫\tperson\tm\t'].join('\n');

  it('skips the bad lines, names file and line, and loads the rest', () => {
    const dir = folder(text);
    const warnings: InputError[] = [];
    const ref = loadReference(dir, (e) => warnings.push(e));
    expect(ref.names.map((n) => n.english)).toEqual(['Luca Anceschi', 'Fuad Shahbazov']);
    expect(warnings.map((w) => w.message)).toEqual([
      `${join(dir, 'names.tsv')}:3: 6 cells, the header has 5; line skipped`,
      `${join(dir, 'names.tsv')}:4: empty "english"; line skipped`,
    ]);
  });

  it('throws on the first bad line when nobody collects warnings', () => {
    expect(() => loadReference(folder(text))).toThrow(/names\.tsv:3: 6 cells/);
  });

  it('still refuses a file whose header lacks a column', () => {
    expect(() => loadReference(folder('english\tkind\nX\tperson\n'), () => {})).toThrow(/header has no column "chinese"/);
  });

  it('loads the shipped corpus files without a warning', () => {
    const warnings: InputError[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'xinda-ref-'));
    for (const f of ['names.tsv', 'outlets.tsv', 'terms.tsv', 'demonyms.tsv', 'latin-allowlist.txt']) copyFileSync(new URL(`../../corpus/${f}`, import.meta.url), join(dir, f));
    const ref = loadReference(dir, (e) => warnings.push(e));
    expect(warnings).toEqual([]);
    expect(ref.names.length).toBeGreaterThan(0);
  });
});
