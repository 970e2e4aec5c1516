import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RepeatCounter, buildCorpus, digitMap, nameMap, type BenchSeed } from '../../scripts/lib/bench-corpus.ts';
import { readInputs } from '../../server/ingest/read-inputs.ts';

const NAMES = [
  { english: 'Kassym-Jomart Tokayev', chinese: '卡瑟姆-若马尔特·托卡耶夫', kind: 'person', note: '' },
  { english: 'Vladimir Putin', chinese: '弗拉基米尔·普京', kind: 'person', note: '' },
];

const SEED: BenchSeed = {
  article: { id: 'story', title: 'Tokayev Speaks', system: 'mt', source: ['Tokayev said 240,000 people came on August 9.', 'Putin did not.'], target: ['托卡耶夫说，8月9日有24万人前来。', '普京没有。'] },
  rows: [
    { doc_id: 'd1', seg_index: 0, system: 'a', source: 'It rose 12%.', target: '上涨了12%。' },
    { doc_id: 'd1', seg_index: 1, system: 'a', source: 'Then 3 more.', target: '然后又有3个。' },
  ],
  names: NAMES,
};

const tmp = mkdtempSync(join(tmpdir(), 'xinda-bench-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the benchmark corpus', () => {
  it('permutes digits alike on both sides, keeping zeros', () => {
    const d = digitMap(3);
    expect(d('240,000')).toMatch(/^[1-9][1-9]0,000$/);
    expect(d('24万')).toBe(`${d('240,000').slice(0, 2)}万`);
    expect(digitMap(0)('123')).toBe('123');
  });

  it('rotates names on both sides, full names and short forms', () => {
    const m = nameMap(NAMES, 1);
    expect(m.en('Kassym-Jomart Tokayev met Putin; Tokayev left.')).toBe('Vladimir Putin met Tokayev; Putin left.');
    expect(m.zh('卡瑟姆-若马尔特·托卡耶夫会见了普京。')).toBe('弗拉基米尔·普京会见了托卡耶夫。');
  });

  it('is deterministic, reaches the size asked for, and reads as lint input', () => {
    const a = buildCorpus(SEED, join(tmp, 'a', 'corpus'), 20);
    const b = buildCorpus(SEED, join(tmp, 'b', 'corpus'), 20);
    expect(a.segmentPairs).toBeGreaterThanOrEqual(20);
    expect(a.replicas).toBe(5); // 2 rows + 2 article paragraphs per replica
    const files = readdirSync(a.dir).sort();
    expect(files).toEqual(readdirSync(b.dir).sort());
    for (const f of files) expect(readFileSync(join(a.dir, f), 'utf8')).toBe(readFileSync(join(b.dir, f), 'utf8'));
    const read = readInputs([a.dir]);
    expect(read.docs.flatMap((d) => d.translations)).toHaveLength(10);
    expect(readdirSync(a.xliffDir)).toHaveLength(5);
  });

  it('counts the segment rows that repeat an earlier one', () => {
    // No listed name and the same digits after every permutation: one row the same in all replicas.
    const seed: BenchSeed = { ...SEED, rows: [SEED.rows[0]!, { doc_id: 'd1', seg_index: 1, system: 'a', source: 'No change.', target: '没有变化。' }] };
    const c = buildCorpus(seed, join(tmp, 'c', 'corpus'), 20);
    expect(c.replicas).toBe(5);
    expect(c.repeatedRows).toBe(4);
  });

  it('counts a row as a repeat only when source and target both are', () => {
    const r = new RepeatCounter();
    for (const [source, target] of [['A.', '甲。'], ['A.', '甲。'], ['A.', '乙。'], ['B.', '甲。'], ['A.', '甲。']]) r.add(source!, target!);
    expect(r.repeats).toBe(2);
  });
});
