import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readMqmRows } from '../../scripts/lib/mqm-rows.ts';
import { escapeRegExp } from '../../server/text/regexp.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinda-mqm-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const ROW = { doc_id: 'news.1', seg_index: 2, system: 'sysA', source: 'Talks resumed.', target: '会谈恢复。', errors: [] };
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readMqmRows', () => {
  it('reads every row in file order, blank lines and CRLF aside, other fields kept', () => {
    const path = file('good.jsonl', `${JSON.stringify(ROW)}\r\n\n${JSON.stringify({ ...ROW, seg_index: 1, target: '会谈重启。' })}\n`);
    const rows = readMqmRows(path);
    expect(rows.map((r) => [r.seg_index, r.target])).toEqual([
      [2, '会谈恢复。'],
      [1, '会谈重启。'],
    ]);
    expect(rows[0]).toEqual(ROW);
  });

  it.each([
    ['not JSON', 'nope', /:2: not JSON \(/],
    ['no target', JSON.stringify({ ...ROW, target: undefined }), /:2: a row needs doc_id, seg_index \(a whole number\), system, source and target/],
    ['no seg_index', JSON.stringify({ ...ROW, seg_index: undefined }), /:2: a row needs doc_id, seg_index/],
    ['a seg_index in words', JSON.stringify({ ...ROW, seg_index: 'two' }), /:2: a row needs doc_id, seg_index/],
  ])('refuses a line with %s: exit status 2, naming the file and line', (name, line, message) => {
    const path = file(`${name}.jsonl`, `${JSON.stringify(ROW)}\n${line}\n`);
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => readMqmRows(path)).toThrow('exit 2');
    expect(exit).toHaveBeenCalledWith(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(new RegExp(`^${escapeRegExp(path)}`));
    expect(String(err.mock.calls[0]?.[0])).toMatch(message);
  });
});
