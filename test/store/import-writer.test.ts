import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, schemaVersion, type Db } from '../../server/store/db.ts';
import { MIGRATIONS } from '../../server/store/migrations.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import { loadDocument } from '../../server/store/documents.ts';
import type { ImportDoc, ImportAnnotation } from '../../server/model.ts';

function doc(target: string[], opts: { key?: string; source?: string[]; system?: string; annotations?: ImportAnnotation[] } = {}): ImportDoc {
  return {
    origin: { file: 'test.jsonl', line: 1 },
    source: { key: opts.key ?? 'a1', lang: 'en', title: 'T', paragraphs: opts.source ?? ['One.', 'Two.', 'Three.'] },
    translations: [{ system: opts.system ?? 'mt1', lang: 'zh-Hans', paragraphs: target, annotations: opts.annotations ?? [] }],
    warnings: [],
  };
}

const ann = (para: number, text: string, author = 'r1'): ImportAnnotation => ({
  side: 'target', para, start: 0, end: 1, text, category: 'Accuracy/Mistranslation', severity: 'minor', author,
});

function reviewerAnnotation(db: Db, translationId: number, para: number, comment: string): void {
  db.prepare(
    `INSERT INTO annotations (translation_id, side, para, start, end, text, category, severity, comment, author, origin, created_at)
     VALUES (?, 'target', ?, 0, 1, 'x', 'Style', 'minor', ?, 'editor', 'review', 'now')`,
  ).run(translationId, para, comment);
}

describe('store schema', () => {
  it('migrates a new database to the latest version with WAL and foreign keys', () => {
    const db = openDb(':memory:');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    for (const t of ['sources', 'translations', 'alignment_links', 'findings', 'annotations', 'segment_edits', 'users', 'sessions', 'audit_log']) {
      expect(tables).toContain(t);
    }
  });

  it('refuses a database from a newer xinda and leaves it alone', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'xinda-')), 'x.db');
    const db = openDb(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDb(path)).toThrow(/schema version \d+ is newer than this xinda/);
  });

  it('opening twice does not re-run migrations', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'xinda-')), 'x.db');
    openDb(path).close();
    const db = openDb(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });
});

describe('writeImport', () => {
  it('stores sources, translations, paragraphs and annotations', () => {
    const db = openDb(':memory:');
    const s = writeImport(db, [doc(['一。', '二。', '三。'], { annotations: [ann(1, '二')] })], { paths: ['t'] });
    expect(s).toMatchObject({ sourcesNew: 1, translationsNew: 1, annotationsNew: 1 });
    expect(db.prepare('SELECT text FROM translation_paragraphs ORDER BY idx').pluck().all()).toEqual(['一。', '二。', '三。']);
    expect(db.prepare('SELECT text FROM source_paragraphs ORDER BY idx').pluck().all()).toEqual(['One.', 'Two.', 'Three.']);
    expect(db.prepare('SELECT para, text, author, origin FROM annotations').get()).toEqual({ para: 1, text: '二', author: 'r1', origin: 'import' });
    const log = db.prepare('SELECT actor, action, after FROM audit_log').all() as { actor: string; action: string; after: string }[];
    expect(log.map((l) => [l.actor, l.action])).toEqual([['cli', 'import']]);
    expect(JSON.parse(log[0]!.after)).toMatchObject({ paths: ['t'], translationsNew: 1, annotationsNew: 1 });
  });

  it('is idempotent: the same batch twice changes nothing', () => {
    const db = openDb(':memory:');
    const batch = [doc(['一。', '二。', '三。'], { annotations: [ann(0, '一'), ann(0, '一')] })];
    writeImport(db, batch, { paths: ['t'] });
    const before = db.prepare('SELECT * FROM annotations ORDER BY id').all();
    const s = writeImport(db, batch, { paths: ['t'] });
    expect(s).toMatchObject({ sourcesNew: 0, translationsNew: 0, translationsChanged: 0, translationsUnchanged: 1, annotationsNew: 0 });
    expect(db.prepare('SELECT * FROM annotations ORDER BY id').all()).toEqual(before);
    // Two identical marks by one rater are two marks, not one.
    expect(before).toHaveLength(2);
  });

  it('keeps one source for identical source text under one key, and one translation per system', () => {
    const db = openDb(':memory:');
    writeImport(db, [doc(['一。'], { system: 'a' }), doc(['壹。'], { system: 'b' })], { paths: ['t'] });
    expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(1);
    expect(db.prepare('SELECT system FROM translations ORDER BY system').pluck().all()).toEqual(['a', 'b']);
  });

  it('re-import of a changed translation keeps reviewer work on unchanged paragraphs and marks the rest stale', () => {
    const db = openDb(':memory:');
    writeImport(db, [doc(['一。', '二。', '三。'])], { paths: ['t'] });
    const tid = db.prepare('SELECT id FROM translations').pluck().get() as number;
    reviewerAnnotation(db, tid, 0, 'on one');
    reviewerAnnotation(db, tid, 1, 'on two');
    reviewerAnnotation(db, tid, 2, 'on three');
    db.prepare(
      `INSERT INTO segment_edits (translation_id, para, base_text, text, version, author, created_at) VALUES (?, 1, '二。', '贰。', 1, 'editor', 'now')`,
    ).run(tid);
    // A paragraph inserted at the front and the old second one changed.
    const s = writeImport(db, [doc(['零。', '一。', '二改。', '三。'])], { paths: ['t'] });
    expect(s).toMatchObject({ translationsChanged: 1, markedStale: 2 });
    const rows = db.prepare("SELECT comment, para, stale, stale_context AS ctx FROM annotations WHERE origin = 'review' ORDER BY id").all();
    expect(rows).toEqual([
      { comment: 'on one', para: 1, stale: 0, ctx: null },
      { comment: 'on two', para: 1, stale: 1, ctx: '二。' },
      { comment: 'on three', para: 3, stale: 0, ctx: null },
    ]);
    expect(db.prepare('SELECT stale FROM segment_edits').pluck().get()).toBe(1);
    expect(db.prepare('SELECT version FROM translations').pluck().get()).toBe(2);
    expect(db.prepare("SELECT count(*) FROM annotations").pluck().get()).toBe(3);
  });

  it('moves edits of consecutive paragraphs when a paragraph is inserted before them', () => {
    const db = openDb(':memory:');
    writeImport(db, [doc(['一。', '二。', '三。'])], { paths: ['t'] });
    const tid = db.prepare('SELECT id FROM translations').pluck().get() as number;
    const edit = db.prepare(
      "INSERT INTO segment_edits (translation_id, para, base_text, text, version, author, created_at) VALUES (?, ?, ?, ?, 1, 'editor', 'now')",
    );
    edit.run(tid, 0, '一。', '壹。');
    edit.run(tid, 1, '二。', '贰。');
    edit.run(tid, 2, '三。', '叁。');
    writeImport(db, [doc(['零。', '一。', '二。', '三改。'])], { paths: ['t'] });
    expect(db.prepare('SELECT text, para, stale FROM segment_edits ORDER BY id').all()).toEqual([
      { text: '壹。', para: 1, stale: 0 },
      { text: '贰。', para: 2, stale: 0 },
      { text: '叁。', para: -3, stale: 1 },
    ]);
    // And again: a second change must not collide with the parked stale edit either.
    writeImport(db, [doc(['零。', '一。', '二。', '三又改。'])], { paths: ['t'] });
    expect(db.prepare('SELECT count(*) FROM segment_edits WHERE stale = 0').pluck().get()).toBe(2);
  });

  it('a changed source marks source-side annotations of its paragraphs stale', () => {
    const db = openDb(':memory:');
    const side = (para: number): ImportAnnotation => ({ ...ann(para, 'x'), side: 'source' });
    writeImport(db, [doc(['一。', '二。', '三。'], { annotations: [side(0), side(2)] })], { paths: ['t'] });
    const s = writeImport(db, [doc(['一。', '二。', '三。'], { source: ['One.', 'Two.', 'Three!'] })], { paths: ['t'] });
    expect(s.sourcesChanged).toBe(1);
    expect(db.prepare("SELECT para, stale FROM annotations ORDER BY para").all()).toEqual([
      { para: 0, stale: 0 },
      { para: 2, stale: 1 },
    ]);
  });

  it('stores the pairing a file states, and restores it after the source changes', () => {
    const db = openDb(':memory:');
    const paired = (source: string[]): ImportDoc => {
      const d = doc(['甲。', '乙。', '丙。'], { source });
      d.translations[0]!.pairedWithSource = true;
      return d;
    };
    writeImport(db, [paired(['A.', 'B.', 'C.'])], { paths: ['t'] });
    const tid = db.prepare('SELECT id FROM translations').pluck().get() as number;
    expect(loadDocument(db, tid)!.storedLinks).toEqual([0, 1, 2].map((i) => ({ src: [i], tgt: [i] })));
    writeImport(db, [paired(['A.', 'B!', 'C.'])], { paths: ['t'] });
    expect(db.prepare('SELECT count(*) FROM alignment_links').pluck().get()).toBe(3);
    // A file that states no pairing leaves the links to the aligner.
    writeImport(db, [doc(['一。'], { key: 'free' })], { paths: ['t'] });
    const free = db.prepare("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = 'free'").pluck().get() as number;
    expect(loadDocument(db, free)!.storedLinks).toBeNull();
  });

  it('finds the source of a translation that comes without one', () => {
    const db = openDb(':memory:');
    writeImport(
      db,
      [
        doc(['x'], { key: 'kaz', source: ['Tokayev spoke in Astana on August 9 to 240,000 viewers of CSTO TV.'] }),
        doc(['y'], { key: 'other', source: ['The 2.5 billion euro budget was approved by 12 votes in Brussels.'] }),
      ],
      { paths: ['t'] },
    );
    const orphan: ImportDoc = {
      origin: { file: 'orphan.zh.txt' },
      translations: [{ system: 'mt2', lang: 'zh-Hans', paragraphs: ['托卡耶夫8月9日在阿斯塔纳向24万CSTO TV观众发表讲话。'], annotations: [] }],
      warnings: [],
    };
    const s = writeImport(db, [orphan], { paths: ['t'] });
    expect(s.matches).toHaveLength(1);
    expect(s.matches[0]).toMatchObject({ key: 'kaz', runnerUp: { key: 'other' } });
    expect(s.matches[0]!.score).toBeGreaterThan(s.matches[0]!.runnerUp!.score);
    expect(db.prepare("SELECT s.key FROM translations t JOIN sources s ON s.id = t.source_id WHERE t.system = 'mt2'").pluck().get()).toBe('kaz');
  });

  it('refuses to guess between two equally likely sources and names both', () => {
    const db = openDb(':memory:');
    const text = ['Tokayev spoke in Astana on August 9.'];
    writeImport(db, [doc(['x'], { key: 'first', source: text }), doc(['y'], { key: 'second', source: text })], { paths: ['t'] });
    const before = db.prepare('SELECT count(*) FROM translations').pluck().get();
    const orphan: ImportDoc = {
      origin: { file: 'orphan.zh.txt' },
      translations: [{ system: 'mt2', lang: 'zh-Hans', paragraphs: ['托卡耶夫8月9日在阿斯塔纳发表讲话。'], annotations: [] }],
      warnings: [],
    };
    expect(() => writeImport(db, [orphan], { paths: ['t'] })).toThrow(/orphan\.zh\.txt.*"first".*"second"/);
    expect(db.prepare('SELECT count(*) FROM translations').pluck().get()).toBe(before);
  });

  it('refuses a translation that matches no source well', () => {
    const db = openDb(':memory:');
    writeImport(db, [doc(['x'], { key: 'k', source: ['The 2.5 billion euro budget was approved by 12 votes in Brussels on May 3.'] })], { paths: ['t'] });
    const orphan: ImportDoc = {
      origin: { file: 'o.zh.txt' },
      translations: [{ system: 'mt2', lang: 'zh-Hans', paragraphs: ['今天天气很好，我们去公园散步吧，看看花开了没有，再买一些水果回家。'.repeat(8)], annotations: [] }],
      warnings: [],
    };
    expect(() => writeImport(db, [orphan], { paths: ['t'] })).toThrow(/o\.zh\.txt: no stored source matches/);
  });

  it('names a stored source by key, and refuses an unknown key', () => {
    const db = openDb(':memory:');
    writeImport(db, [doc(['x'], { key: 'k' })], { paths: ['t'] });
    const named = (key: string): ImportDoc => ({
      origin: { file: 'n.jsonl', line: 4 },
      sourceKey: key,
      translations: [{ system: 'mt9', lang: 'zh-Hans', paragraphs: ['一。'], annotations: [] }],
      warnings: [],
    });
    expect(writeImport(db, [named('k')], { paths: ['t'] }).translationsNew).toBe(1);
    expect(() => writeImport(db, [named('nope')], { paths: ['t'] })).toThrow('n.jsonl:4: names source "nope"');
  });
});
