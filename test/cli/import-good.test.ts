// End to end: `xinda import` and `xinda export` on good input, through the real bin.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, escapeRe, lines, runCli } from '../helpers/cli.ts';
import { countRows } from '../helpers/db-dump.ts';
import { legacyEncoder } from '../helpers/legacy-encode.ts';

const MQM = resolve(ROOT, '../shared/data/mqm-enzh-dev/mqm-enzh-dev.jsonl');

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'xinda-import-good-'));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

interface StoredTranslation {
  key: string;
  system: string;
  source: string[];
  target: string[];
}

/** Every stored translation with its source and target paragraphs, ordered by key and system. */
function storedTranslations(dbPath: string): StoredTranslation[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT t.id, t.source_id AS sourceId, s.key, t.system FROM translations t JOIN sources s ON s.id = t.source_id ORDER BY s.key, t.system')
      .all() as { id: number; sourceId: number; key: string; system: string }[];
    const src = db.prepare('SELECT text FROM source_paragraphs WHERE source_id = ? ORDER BY idx').pluck();
    const tgt = db.prepare('SELECT text FROM translation_paragraphs WHERE translation_id = ? ORDER BY idx').pluck();
    return rows.map((r) => ({ key: r.key, system: r.system, source: src.all(r.sourceId) as string[], target: tgt.all(r.id) as string[] }));
  } finally {
    db.close();
  }
}

/**
 * XLIFF export writes one unit per Chinese paragraph, paired with its English through the
 * paragraph alignment: English paragraphs of a 2-1 link are joined with a space into one
 * unit, a second Chinese paragraph of a 1-2 link gets an empty source, and an English
 * paragraph the MT dropped gets a unit with an empty target, which the importer keeps as
 * an empty paragraph. So the paragraph boundaries may move; what must survive is every
 * Chinese paragraph, in order and verbatim, and the whole English text, in order.
 * Each translation comes back as an article of its own, keyed "source key/system".
 */
function expectSameText(after: StoredTranslation[], before: StoredTranslation[]): void {
  const normalise = (t: StoredTranslation) => ({
    key: t.key,
    system: t.system,
    source: t.source.filter((p) => p !== '').join(' '),
    target: t.target.filter((p) => p !== ''),
  });
  const expected = before
    .map((t) => normalise({ ...t, key: `${t.key}/${t.system}`, system: 'from-xliff' }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  expect(after.map(normalise)).toEqual(expected);
}

function summaryLine(stdout: string): string {
  const line = lines(stdout).find((l) => l.startsWith('read '));
  if (!line) throw new Error(`no summary line in:\n${stdout}`);
  return line;
}

describe('the demo corpus folder', () => {
  let db: string;

  it('imports: one new translation', async () => {
    db = join(root, 'corpus.db');
    const r = await runCli(['import', '--db', db, 'corpus']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(summaryLine(r.stdout)).toMatch(/: 1 translation — 1 new, 0 changed, 0 unchanged; 1 new source,/);
    const [t] = storedTranslations(db);
    expect(t).toMatchObject({ key: 'seed-000', system: 'unknown-mt' });
    expect(t!.target[0]).toBe('哈萨克斯坦总统呼吁中亚安全合作背后的寓意');
  });

  it('imports again: nothing new', async () => {
    const r = await runCli(['import', '--db', db, 'corpus']);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(/: 1 translation — 0 new, 0 changed, 1 unchanged; 0 new sources, 0 changed; 0 new annotations$/);
    expect(countRows(db, 'translations')).toBe(1);
  });

  it('exports as XLIFF that re-imports with --system, keeping the paragraphs', async () => {
    const xlf = join(root, 'corpus.xlf');
    const out = await runCli(['export', '--db', db, '--format', 'xliff', '--out', xlf]);
    expect(out.status, out.stderr).toBe(0);
    const fresh = join(root, 'corpus-from-xliff.db');
    const r = await runCli(['import', '--db', fresh, '--system', 'from-xliff', xlf]);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(/: 1 translation — 1 new,/);
    // The English paragraph the MT dropped comes back as a unit without translation: a warning naming the file.
    for (const w of lines(r.stderr)) {
      expect(w).toMatch(new RegExp(`^warning: ${escapeRe(xlf)}: seed-000/unknown-mt: \\d+ of \\d+ units have no translation \\(line `));
    }
    expectSameText(storedTranslations(fresh), storedTranslations(db));
  });
});

describe('legacy and UTF-16 encodings', () => {
  const SIMPLIFIED = [
    '新华社北京3月5日电，第十四届全国人民代表大会第二次会议今天上午在人民大会堂开幕。',
    '国务院总理作政府工作报告，提出今年经济增长预期目标为百分之五左右。',
  ];
  const TRADITIONAL = [
    '中央社台北5日電，行政院今天召開院會，通過明年度中央政府總預算案。',
    '總規模較去年增加百分之五，將送立法院審議。',
  ];
  const EN = 'The session opened on Tuesday morning.\n\nThe report set a growth target of about 5 percent.\n';
  let db: string;
  let stored: StoredTranslation[];

  beforeAll(async () => {
    const dir = join(root, 'encodings');
    mkdirSync(dir);
    const text = (paras: string[]) => paras.join('\r\n\r\n') + '\r\n';
    for (const name of ['gbk', 'big5', 'utf16']) writeFileSync(join(dir, `${name}.en.txt`), EN);
    writeFileSync(join(dir, 'gbk.zh.txt'), legacyEncoder('gb18030')(text(SIMPLIFIED)));
    writeFileSync(join(dir, 'big5.zh.txt'), legacyEncoder('big5')(text(TRADITIONAL)));
    writeFileSync(join(dir, 'utf16.zh.txt'), Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text(SIMPLIFIED), 'utf16le')]));
    db = join(root, 'encodings.db');
    const r = await runCli(['import', '--db', db, dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(/: 3 translations — 3 new,/);
    stored = storedTranslations(db);
  }, 60_000);

  it('GB18030 (GBK) bytes are stored as the right Chinese text', () => {
    expect(stored.find((t) => t.key === 'gbk')?.target).toEqual(SIMPLIFIED);
  });

  it('Big5 bytes are stored as the right Chinese text', () => {
    expect(stored.find((t) => t.key === 'big5')?.target).toEqual(TRADITIONAL);
  });

  it('UTF-16LE with a BOM is stored as the right Chinese text', () => {
    expect(stored.find((t) => t.key === 'utf16')?.target).toEqual(SIMPLIFIED);
  });
});

describe.skipIf(!existsSync(MQM))(existsSync(MQM) ? 'the MQM dev set' : `the MQM dev set (skipped: ${MQM} is absent)`, () => {
  const db = () => join(root, 'mqm.db');
  const TOTALS = /: 170 translations — 170 new, 0 changed, 0 unchanged; \d+ new sources, 0 changed; 1,865 new annotations \(75 without offsets, kept as whole-paragraph annotations\)$/;

  it('imports 170 translations and 1,865 annotations, 75 without offsets', async () => {
    const r = await runCli(['import', '--db', db(), MQM]);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(TOTALS);
    expect(countRows(db(), 'translations')).toBe(170);
    expect(countRows(db(), 'annotations')).toBe(1865);
  });

  it('a second import adds nothing', async () => {
    const r = await runCli(['import', '--db', db(), MQM]);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(/: 170 translations — 0 new, 0 changed, 170 unchanged; 0 new sources, 0 changed; 0 new annotations$/);
    expect(countRows(db(), 'annotations')).toBe(1865);
  });

  it('its JSONL export re-imports into a fresh store with the same counts', async () => {
    const jsonl = join(root, 'mqm-export.jsonl');
    const out = await runCli(['export', '--db', db(), '--format', 'jsonl', '--out', jsonl]);
    expect(out.status, out.stderr).toBe(0);
    const fresh = join(root, 'mqm-from-jsonl.db');
    const r = await runCli(['import', '--db', fresh, jsonl]);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(TOTALS);
    expect(countRows(fresh, 'translations')).toBe(170);
    expect(countRows(fresh, 'annotations')).toBe(1865);
    expect(storedTranslations(fresh)).toEqual(storedTranslations(db()));
  });

  it('its XLIFF export re-imports with --system, keeping every paragraph', async () => {
    const xlf = join(root, 'mqm-export.xlf');
    const out = await runCli(['export', '--db', db(), '--format', 'xliff', '--out', xlf]);
    expect(out.status, out.stderr).toBe(0);
    const fresh = join(root, 'mqm-from-xliff.db');
    const r = await runCli(['import', '--db', fresh, '--system', 'from-xliff', xlf]);
    expect(r.status, r.stderr).toBe(0);
    expect(summaryLine(r.stdout)).toMatch(/: 170 translations — 170 new,/);
    expectSameText(storedTranslations(fresh), storedTranslations(db()));
    // Segment rows pair source and target one to one, and the export keeps that pairing,
    // so here the paragraphs come back exactly, not just the text.
    const exact = storedTranslations(db())
      .map((t) => ({ ...t, key: `${t.key}/${t.system}`, system: 'from-xliff' }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    expect(storedTranslations(fresh)).toEqual(exact);
  });
});
