import { describe, expect, it } from 'vitest';
import { migrate, openDb, type Db } from '../../server/store/db.ts';
import { MIGRATIONS } from '../../server/store/migrations.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import { searchTranslations } from '../../server/store/search.ts';
import type { ImportDoc } from '../../server/model.ts';
import Database from 'better-sqlite3';

// The full-text index follows every write to the paragraph tables (triggers), so search
// answers what the store holds now, after imports, re-imports and changes alike.

function doc(key: string, system: string, title: string, en: string[], zh: string[]): ImportDoc {
  return {
    origin: { file: `${key}.jsonl` },
    source: { key, title, lang: 'en', paragraphs: en },
    translations: [{ system, lang: 'zh-Hans', paragraphs: zh, annotations: [] }],
    warnings: [],
  };
}

const A = doc('a', 'mt-1', 'Drought in the Sahel', ['Farmers in Niger wait for rain.', 'Prices of millet doubled.'], ['尼日尔农民在等待降雨。', '小米价格翻了一番。']);
const B = doc('b', 'mt-1', 'Talks in Geneva', ['Negotiators met in Geneva.'], ['谈判代表在日内瓦会面。']);

const ids = (db: Db, q: string) => [...searchTranslations(db, q)].sort((x, y) => x - y);
const idOf = (db: Db, key: string, system = 'mt-1') =>
  db.prepare('SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = ? AND t.system = ?').pluck().get(key, system) as number;

describe('search index', () => {
  it.each([
    ['a Chinese substring of three or more characters', '日内瓦', ['b']],
    ['a two-character Chinese word (scanned, not trigrams)', '农民', ['a']],
    ['a single character', '米', ['a']],
    ['English, any case', 'GENEVA', ['b']],
    ['a title word', 'sahel', ['a']],
    ['two terms that must both match, in different paragraphs', '降雨 millet', ['a']],
    ['two terms matching different documents', '降雨 日内瓦', []],
    ['FTS syntax as plain text', '"Geneva" OR NEAR(', []],
    ['a quote character', 'Niger"', []],
  ])('finds %s', (_what, query, keys) => {
    const db = openDb(':memory:');
    writeImport(db, [A, B], { paths: ['t'] });
    expect(ids(db, query)).toEqual(keys.map((k) => idOf(db, k)).sort((x, y) => x - y));
  });

  it('follows re-imports: changed paragraphs and titles are searchable, replaced ones are not', () => {
    const db = openDb(':memory:');
    writeImport(db, [A, B], { paths: ['t'] });
    const changed = doc('a', 'mt-1', 'Floods in the Sahel', ['Farmers in Niger lost their crops to floods.', 'Prices of millet doubled.'], ['尼日尔农民的庄稼被洪水冲毁。', '小米价格翻了一番。']);
    writeImport(db, [changed], { paths: ['t2'] });
    expect(ids(db, '洪水')).toEqual([idOf(db, 'a')]);
    expect(ids(db, '降雨')).toEqual([]);
    expect(ids(db, 'Drought')).toEqual([]);
    expect(ids(db, 'floods')).toEqual([idOf(db, 'a')]);
    // one index row per title and paragraph, no leftovers
    expect(db.prepare('SELECT count(*) FROM search_rows').pluck().get()).toBe(2 + 3 + 3);
    expect(db.prepare('SELECT count(*) FROM search_text').pluck().get()).toBe(8);
  });

  it('finds a second system through the source it shares', () => {
    const db = openDb(':memory:');
    writeImport(db, [A, { origin: { file: 'x' }, sourceKey: 'a', translations: [{ system: 'mt-2', lang: 'zh-Hans', paragraphs: ['尼日尔的农民盼雨。', '小米涨价一倍。'], annotations: [] }], warnings: [] }], {
      paths: ['t'],
    });
    expect(ids(db, 'millet')).toEqual([idOf(db, 'a'), idOf(db, 'a', 'mt-2')]);
    expect(ids(db, '盼雨')).toEqual([idOf(db, 'a', 'mt-2')]);
  });

  it('indexes what a store held before the search migration', () => {
    const db = new Database(':memory:');
    const upTo = MIGRATIONS.findIndex((m) => m.includes('search_text'));
    for (const sql of MIGRATIONS.slice(0, upTo)) db.exec(sql);
    db.pragma(`user_version = ${upTo}`);
    writeImport(db, [A, B], { paths: ['t'] });
    migrate(db);
    expect(ids(db, '日内瓦')).toEqual([idOf(db, 'b')]);
    expect(ids(db, 'sahel')).toEqual([idOf(db, 'a')]);
    expect(db.prepare('SELECT count(*) FROM search_text').pluck().get()).toBe(2 + 3 + 3);
  });
});
