// An import that dies part way through must leave the store exactly as it was:
// writeImport runs the whole batch in one transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportDoc } from '../../server/model.ts';
import { openDb, type Db } from '../../server/store/db.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import { dumpDb } from '../helpers/db-dump.ts';

function doc(key: string, en: string[], zh: string[], annotations: ImportDoc['translations'][number]['annotations'] = []): ImportDoc {
  return {
    origin: { file: `${key}.jsonl`, line: 1 },
    source: { key, title: en[0]!, lang: 'en', paragraphs: en },
    translations: [{ system: 'mt', lang: 'zh-Hans', paragraphs: zh, annotations }],
    warnings: [],
  };
}

const existing = doc('floods', ['Floods hit the coast.'], ['洪水袭击沿海地区。']);
const batch: ImportDoc[] = [
  doc('talks', ['The talks ended.', 'No deal was reached.'], ['会谈结束了。', '未达成协议。'], [
    { side: 'target', para: 1, start: 0, end: 2, text: '未达', category: 'Fluency/Grammar', severity: 'minor', author: 'r1' },
  ]),
  doc('budget', ['The budget passed.'], ['预算获得通过。']),
  doc('storm', ['A storm is coming.'], ['风暴即将来临。']),
];

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xinda-interrupted-'));
  db = openDb(join(dir, 'store.db'));
  writeImport(db, [existing], { paths: ['floods.jsonl'] });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an interrupted import', () => {
  it('propagates the error and leaves the store as it was, without even the first document', () => {
    const before = dumpDb(db);
    const seen: number[] = [];
    expect(() =>
      writeImport(db, batch, {
        paths: ['batch.jsonl'],
        afterDocument: (i) => {
          seen.push(i);
          if (i === 1) throw new Error('simulated crash after the second document');
        },
      }),
    ).toThrow('simulated crash after the second document');
    expect(seen).toEqual([0, 1]);
    expect(dumpDb(db)).toBe(before);
    expect(db.prepare('SELECT key FROM sources ORDER BY key').pluck().all()).toEqual(['floods']);
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1);
  });

  it('leaves the store usable: the same batch imports in full afterwards', () => {
    expect(() =>
      writeImport(db, batch, {
        paths: ['batch.jsonl'],
        afterDocument: (i) => {
          if (i === 1) throw new Error('crash');
        },
      }),
    ).toThrow('crash');
    expect(db.inTransaction).toBe(false);
    const summary = writeImport(db, batch, { paths: ['batch.jsonl'] });
    expect(summary).toMatchObject({ sourcesNew: 3, translationsNew: 3, annotationsNew: 1 });
    expect(db.prepare('SELECT key FROM sources ORDER BY key').pluck().all()).toEqual(['budget', 'floods', 'storm', 'talks']);
  });
});
