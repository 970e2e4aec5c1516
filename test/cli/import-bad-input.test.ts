// End to end: `xinda import` on bad input. Each case must give one clear message on
// stderr naming the file (and the line or byte offset where one applies), exit with
// status 2, and leave the store's content exactly as it was.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeRe, lines, runCli } from '../helpers/cli.ts';
import { countRows, dumpDb } from '../helpers/db-dump.ts';

const GOOD_EN = 'Floods hit the coast on Monday.\n\nThousands of residents were moved to shelters overnight.\n';
const GOOD_ZH = '周一，洪水袭击沿海地区。\n\n数千名居民连夜被转移到避难所。\n';

let root: string;
/** A store holding one imported document; each case works on its own copy. */
let template: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xinda-bad-input-'));
  const good = join(root, 'good');
  mkdirSync(good);
  writeFileSync(join(good, 'floods.en.txt'), GOOD_EN);
  writeFileSync(join(good, 'floods.zh.txt'), GOOD_ZH);
  template = join(root, 'template.db');
  const r = await runCli(['import', '--db', template, good]);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/1 new,/);
  expect(countRows(template, 'translations')).toBe(1);
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Case {
  /** A fresh folder for this case's input files. */
  dir: string;
  db: string;
  /** The store's content before the bad import. */
  before: string;
}

function setup(): Case {
  const dir = mkdtempSync(join(root, 'case-'));
  const db = join(dir, 'store.db');
  copyFileSync(template, db);
  const before = dumpDb(db);
  expect(JSON.parse(before).tables.translation_paragraphs).toHaveLength(2);
  return { dir, db, before };
}

function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs a bad import and checks status 2, one message, an untouched store; returns the message. */
async function refused(c: Case, args: string[]): Promise<string> {
  const r = await runCli(['import', '--db', c.db, ...args]);
  expect(r.status, `stderr: ${r.stderr}`).toBe(2);
  expect(r.stdout).toBe('');
  const msg = lines(r.stderr);
  expect(msg, r.stderr).toHaveLength(1);
  expect(msg[0]).toMatch(/^xinda import: /);
  expect(dumpDb(c.db)).toBe(c.before);
  return msg[0]!;
}

// Each case has its own folder and store, so the cases run side by side: spawning node is
// most of their cost.
describe.concurrent('xinda import refuses bad input', () => {
  it('an empty Chinese file beside its English file', async () => {
    const c = setup();
    write(c.dir, 'x.en.txt', GOOD_EN);
    const zh = write(c.dir, 'x.zh.txt', '');
    expect(await refused(c, [c.dir])).toBe(`xinda import: ${zh}: file is empty`);
  });

  it('an empty JSONL file', async () => {
    const c = setup();
    const f = write(c.dir, 'empty.jsonl', '');
    expect(await refused(c, [f])).toBe(`xinda import: ${f}: file is empty`);
  });

  it('an English file without its Chinese file', async () => {
    const c = setup();
    const en = write(c.dir, 'lonely.en.txt', GOOD_EN);
    expect(await refused(c, [c.dir])).toBe(
      `xinda import: ${en}: no translation beside it: expected lonely.zh.txt in the same folder`,
    );
  });

  it('malformed JSON on line 3 of a JSONL file', async () => {
    const c = setup();
    const rec = (id: string) =>
      JSON.stringify({ id, source: { paragraphs: ['A short report.'] }, translations: [{ system: 'mt', paragraphs: ['一则短讯。'] }] });
    const f = write(c.dir, 'docs.jsonl', `${rec('a')}\n${rec('b')}\n{"id": "c", "source": {\n${rec('d')}\n`);
    const msg = await refused(c, [f]);
    expect(msg).toContain(`${f}:3: malformed JSON`);
  });

  it('a segment row without "source"', async () => {
    const c = setup();
    const row = { doc_id: 'd1', seg_index: 0, system: 'mt', source: 'The talks ended.', target: '会谈结束了。' };
    const { source: _s, ...noSource } = { ...row, seg_index: 1 };
    const f = write(c.dir, 'rows.jsonl', `${JSON.stringify(row)}\n${JSON.stringify(noSource)}\n`);
    expect(await refused(c, [f])).toBe(`xinda import: ${f}:2: missing field "source"`);
  });

  it('a segment row without "target"', async () => {
    const c = setup();
    const row = (i: number) => ({ doc_id: 'd1', seg_index: i, system: 'mt', source: `Sentence ${i}.`, target: `第${i}句。` });
    const { target: _t, ...noTarget } = row(2);
    const f = write(c.dir, 'rows.jsonl', [row(0), row(1), noTarget].map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect(await refused(c, [f])).toBe(`xinda import: ${f}:3: missing field "target"`);
  });

  it('XLIFF that is not well-formed', async () => {
    const c = setup();
    const f = write(
      c.dir,
      'broken.xlf',
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        '  <file source-language="en" target-language="zh-CN" original="a" datatype="plaintext">',
        '    <body>',
        '      <trans-unit id="1">',
        '        <source>The talks ended.</source>',
        '        <target>会谈结束了。</source>',
        '      </trans-unit>',
        '    </body>',
        '  </file>',
        '</xliff>',
        '',
      ].join('\n'),
    );
    const msg = await refused(c, [f]);
    expect(msg).toMatch(new RegExp(`^xinda import: ${escapeRe(f)}:7: XML is not well-formed: `));
  });

  it('XLIFF with no target language', async () => {
    const c = setup();
    const f = write(
      c.dir,
      'nolang.xliff',
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        '  <file source-language="en" original="a" datatype="plaintext">',
        '    <body><trans-unit id="1"><source>The talks ended.</source><target>会谈结束了。</target></trans-unit></body>',
        '  </file>',
        '</xliff>',
        '',
      ].join('\n'),
    );
    expect(await refused(c, [f])).toBe(`xinda import: ${f}:3: no target language declared`);
  });

  it('a binary file named like a corpus file', async () => {
    const c = setup();
    write(c.dir, 'bin.en.txt', GOOD_EN);
    // A PNG signature and the start of its IHDR chunk: the first NUL is at byte 8.
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const zh = write(c.dir, 'bin.zh.txt', png);
    expect(await refused(c, [c.dir])).toBe(`xinda import: ${zh} (byte offset 8): looks like a binary file, not text (NUL byte)`);
  });

  it('invalid UTF-8: one stray 0xFF in Chinese text, reported at its byte offset', async () => {
    const c = setup();
    write(c.dir, 'stray.en.txt', GOOD_EN);
    const before = Buffer.from('周一，洪水袭击沿海地区。\n\n数千名居民', 'utf8');
    const zh = write(c.dir, 'stray.zh.txt', Buffer.concat([before, Buffer.of(0xff), Buffer.from('连夜被转移到避难所。\n', 'utf8')]));
    expect(before.length).toBe(53);
    expect(await refused(c, [c.dir])).toBe(`xinda import: ${zh} (byte offset 53): invalid UTF-8`);
  });

  it('a 200 MB file, refused by size before it is read', async () => {
    const c = setup();
    const f = write(c.dir, 'big.jsonl', '');
    truncateSync(f, 200 * 1024 * 1024); // sparse: costs no disk
    expect(await refused(c, [f])).toBe(
      `xinda import: ${f}: file is 200.0 MB, above the import limit of 64.0 MB; split it or raise --max-size`,
    );
  });

  it('--max-size 1 refuses a 2 MB file', async () => {
    const c = setup();
    const f = write(c.dir, 'two.jsonl', '');
    truncateSync(f, 2 * 1024 * 1024);
    expect(await refused(c, ['--max-size', '1', f])).toBe(
      `xinda import: ${f}: file is 2.0 MB, above the import limit of 1.0 MB; split it or raise --max-size`,
    );
  });

  it('a symlink in the folder that leads outside it', async () => {
    const c = setup();
    const outside = join(c.dir, 'outside');
    const corpus = join(c.dir, 'corpus');
    mkdirSync(outside);
    mkdirSync(corpus);
    const secret = write(outside, 'secret.zh.txt', GOOD_ZH);
    write(corpus, 'leak.en.txt', GOOD_EN);
    const link = join(corpus, 'leak.zh.txt');
    symlinkSync(secret, link);
    expect(await refused(c, [corpus])).toBe(
      `xinda import: ${link}: symbolic link leads outside the given folder (to ${realpathSync(secret)}); refusing to read it`,
    );
  });

  it('an unknown file given explicitly lists the known formats', async () => {
    const c = setup();
    const f = write(c.dir, 'notes.docx', 'PK\u0003\u0004 not really a docx');
    const msg = await refused(c, [f]);
    expect(msg).toMatch(new RegExp(`^xinda import: ${escapeRe(f)}: unknown format: expected `));
    for (const format of ['NAME.en.txt + NAME.zh.txt', 'NAME.meta.json', '.jsonl', '.xliff', '.tmx']) expect(msg).toContain(format);
  });

  it('a path that does not exist', async () => {
    const c = setup();
    const f = join(c.dir, 'nosuch.jsonl');
    expect(await refused(c, [f])).toBe(`xinda import: ${f}: no such file or directory`);
  });

  it('a failure while writing rolls back the documents already written', async () => {
    // Line 1 is a good new document; line 2 names a source the store does not hold,
    // which is only found out inside the write transaction.
    const c = setup();
    const good = { id: 'talks', source: { paragraphs: ['The talks ended.'] }, translations: [{ system: 'mt', paragraphs: ['会谈结束了。'] }] };
    const orphan = { source_id: 'nosuch', translations: [{ system: 'mt', paragraphs: ['会谈结束了。'] }] };
    const f = write(c.dir, 'mixed.jsonl', `${JSON.stringify(good)}\n${JSON.stringify(orphan)}\n`);
    expect(await refused(c, [f])).toBe(`xinda import: ${f}:2: names source "nosuch", which is not in the store`);
  });
});

describe('xinda import warns but imports', () => {
  it('paragraph files of very different lengths', async () => {
    const c = setup();
    const en = write(c.dir, 'uneven.en.txt', Array.from({ length: 10 }, (_, i) => `English paragraph ${i + 1}.`).join('\n\n') + '\n');
    const zh = write(c.dir, 'uneven.zh.txt', '第一段。\n\n第二段。\n');
    const r = await runCli(['import', '--db', c.db, c.dir]);
    expect(r.status, r.stderr).toBe(0);
    const warning = lines(r.stderr);
    expect(warning).toHaveLength(1);
    expect(warning[0]).toBe(
      `warning: ${en}: 10 paragraphs against 2 in ${zh}; check that these files belong together`,
    );
    expect(r.stdout).toContain('1 translation — 1 new,');
    const db = new Database(c.db, { readonly: true });
    try {
      const stored = db
        .prepare(
          `SELECT (SELECT count(*) FROM source_paragraphs p WHERE p.source_id = s.id) AS en,
                  (SELECT count(*) FROM translation_paragraphs p WHERE p.translation_id = t.id) AS zh
             FROM sources s JOIN translations t ON t.source_id = s.id WHERE s.key = 'uneven'`,
        )
        .get();
      expect(stored).toEqual({ en: 10, zh: 2 });
    } finally {
      db.close();
    }
  });
});

describe.concurrent('xinda command line usage', () => {
  it('import with no path: status 2 and the usage', async () => {
    const c = setup();
    const r = await runCli(['import', '--db', c.db]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xinda import: give at least one file or folder to import\n\nUsage: xinda import /);
    expect(dumpDb(c.db)).toBe(c.before);
  });

  it('import with an unknown option: status 2, names the option', async () => {
    const c = setup();
    const r = await runCli(['import', '--db', c.db, '--bogus', c.dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xinda import: Unknown option '--bogus'/);
    expect(r.stderr).toContain('Usage: xinda import ');
    expect(dumpDb(c.db)).toBe(c.before);
  });

  it('import --help: status 0 and the usage with its options', async () => {
    const r = await runCli(['import', '--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: xinda import \[options\] PATH\.\.\./);
    for (const opt of ['--db FILE', '--system NAME', '--encoding NAME', '--max-size MB', '--quiet', '--help']) expect(r.stdout).toContain(opt);
  });

  it('--help lists the commands', async () => {
    const r = await runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    for (const cmd of ['import', 'export', 'serve', 'user']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd} +\\S`, 'm'));
  });

  it('an unknown command: status 2', async () => {
    const r = await runCli(['nosuch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^xinda: unknown command "nosuch"\n/);
  });
});
