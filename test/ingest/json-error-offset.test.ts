import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from '../../server/ingest/json-error-offset.ts';

describe('lineColumn', () => {
  it.each([
    ['{"a": x}', { line: 1, column: 7 }],
    ['{\n  "a": x\n}', { line: 2, column: 8 }],
    // An astral character before the error is one column, not two UTF-16 units.
    ['{"😀": x}', { line: 1, column: 7 }],
    ['{\r\n"名字": 1,\n"😀😀": tru}', { line: 3, column: 7 }],
  ])('%j', (text, where) => {
    const at = jsonErrorOffset(text);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lineColumn(text, at)).toEqual(where);
  });
});
