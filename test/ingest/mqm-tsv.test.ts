import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMqmTsvHeader, readMqmTsv } from '../../server/ingest/mqm-tsv.ts';
import { readInputs } from '../../server/ingest/read-inputs.ts';
import { InputError } from '../../server/ingest/input-error.ts';

// Reading WMT MQM TSV (as google/wmt-mqm-human-evaluation publishes it and as xinda writes it)
// into the segment-row path that reads mqm-enzh-dev.

const HEADER9 = 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity';
const HEADER10 = `${HEADER9}\tmetadata`;
const tsv = (...lines: string[]) => lines.join('\n') + '\n';

describe('readMqmTsv', () => {
  // Two systems of one document in WMT's own shape: nine columns, segments numbered in the
  // document, one row per error, No-error rows for clean segments.
  const WMT = tsv(
    HEADER9,
    'sysA\tnews.1\t1\t84\trater1\tThe talks resumed.\t<v>会谈</v>恢复了。\tAccuracy/Mistranslation\tMajor',
    'sysA\tnews.1\t1\t84\trater2\tThe talks resumed.\t会谈恢复了<v>。</v>\tFluency/Punctuation\tminor',
    'sysA\tnews.1\t3\t86\trater1\tThey met in Geneva.\t他们在日内瓦会面。\tNo-error\tNo-error',
    'sysB\tnews.1\t1\t84\trater1\t<v>The talks</v> resumed.\t恢复了。\tAccuracy/Omission\tCritical',
    'sysB\tnews.1\t2\t85\trater3\tA second round.\t第二轮😀。\tNo-error\tNo-error',
  );

  it('groups rows into one translation per (doc, system), segments in doc_id order, errors with code-point spans', () => {
    const docs = readMqmTsv('wmt.tsv', WMT);
    expect(docs.map((d) => [d.source!.title, d.translations[0]!.system, d.source!.paragraphs, d.translations[0]!.paragraphs])).toEqual([
      ['news.1', 'sysA', ['The talks resumed.', 'They met in Geneva.'], ['会谈恢复了。', '他们在日内瓦会面。']],
      ['news.1', 'sysB', ['The talks resumed.', 'A second round.'], ['恢复了。', '第二轮😀。']],
    ]);
    expect(docs[0]!.translations[0]!.annotations).toEqual([
      { side: 'target', para: 0, start: 0, end: 2, text: '会谈', category: 'Accuracy/Mistranslation', severity: 'major', author: 'rater1' },
      { side: 'target', para: 0, start: 5, end: 6, text: '。', category: 'Fluency/Punctuation', severity: 'minor', author: 'rater2' },
    ]);
    expect(docs[1]!.translations[0]!.annotations).toEqual([
      { side: 'source', para: 0, start: 0, end: 9, text: 'The talks', category: 'Accuracy/Omission', severity: 'critical', author: 'rater1' },
    ]);
    expect(docs[0]!.translations[0]!.pairedWithSource).toBe(true);
    // systems with different segments get different source keys, as JSONL segment rows do
    expect(docs[0]!.source!.key).toMatch(/^news\.1~[0-9a-f]{12}$/);
    expect(docs[0]!.source!.key).not.toBe(docs[1]!.source!.key);
  });

  it('reads the metadata column: JSON note, legacy plain note, or nothing', () => {
    const docs = readMqmTsv(
      'm.tsv',
      tsv(
        HEADER10,
        's\td\t1\t1\tr\tA.\t<v>甲</v>。\tStyle\tMinor\t{"note":"a\\tnote","other":1}',
        's\td\t1\t1\tr\tA.\t甲<v>。</v>\tStyle\tMinor\tplain words',
        's\td\t1\t1\tr\tA.\t<v>甲。</v>\tStyle\tMinor\t{}',
        's\td\t1\t1\tr\tA.\t甲。\tNon-translation!\tMajor\t{not json',
      ),
    );
    expect(docs[0]!.translations[0]!.annotations.map((a) => [a.start, a.end, a.comment])).toEqual([
      [0, 1, 'a\tnote'],
      [1, 2, 'plain words'],
      [0, 2, undefined],
      [null, null, '{not json'],
    ]);
  });

  it('skips repeated header lines (concatenated files) and blank lines', () => {
    const docs = readMqmTsv('cat.tsv', tsv(HEADER9, 's\td\t2\t2\tr\tB.\t乙。\tNo-error\tNo-error', '', HEADER10, 's\td\t1\t1\tr\tA.\t甲。\tNo-error\tNo-error'));
    expect(docs[0]!.translations[0]!.paragraphs).toEqual(['甲。', '乙。']);
  });

  it.each([
    ['an empty file', '\n\n', /m\.tsv: file is empty/],
    ['a file without the header', tsv('s\td\t1\t1\tr\tA.\t甲。\tNo-error\tNo-error'), /m\.tsv:1: expected the MQM header line/],
    ['a header without rows', tsv(HEADER9), /m\.tsv: no rows after the header line/],
    ['too few cells', tsv(HEADER9, 's\td\t1\t1\tr\tA.\t甲。\tNo-error'), /m\.tsv:2: expected 9 or 10 tab-separated cells, found 8/],
    ['too many cells (a tab inside a text)', tsv(HEADER9, 's\td\t1\t1\tr\tA.\t甲\t。\tStyle\tMinor\tnote'), /m\.tsv:2: expected 9 or 10 tab-separated cells, found 11/],
    ['an empty system', tsv(HEADER9, '\td\t1\t1\tr\tA.\t甲。\tNo-error\tNo-error'), /m\.tsv:2: empty system or doc/],
    ['a doc_id that is not a segment number', tsv(HEADER9, 's\td\t0\t1\tr\tA.\t甲。\tNo-error\tNo-error'), /m\.tsv:2: doc_id must be .* not "0"/],
    ['unbalanced markers', tsv(HEADER9, 's\td\t1\t1\tr\tA.\t<v>甲。\tStyle\tMinor'), /m\.tsv:2: target: unbalanced <v>…<\/v>/],
    ['two spans in one row', tsv(HEADER9, 's\td\t1\t1\tr\t<v>A</v>.\t<v>甲</v>。\tStyle\tMinor'), /m\.tsv:2: both source and target/],
    [
      'a segment whose rows disagree on the text',
      tsv(HEADER9, 's\td\t1\t1\tr\tA.\t甲。\tNo-error\tNo-error', 's\td\t1\t1\tq\tA.\t<v>乙</v>。\tStyle\tMinor'),
      /m\.tsv:3: segment 1 of d \(s\) has a different target on line 2/,
    ],
    ['an unknown severity', tsv(HEADER9, 's\td\t1\t1\tr\tA.\t<v>甲</v>。\tStyle\tSevere'), /m\.tsv:2: severity must be No-error or one of neutral\/minor\/major\/critical .* not "Severe"/],
  ])('refuses %s, naming the file and line', (_, text, message) => {
    expect(() => readMqmTsv('m.tsv', text)).toThrow(InputError);
    expect(() => readMqmTsv('m.tsv', text)).toThrow(message);
  });
});

describe('isMqmTsvHeader', () => {
  it.each([
    [HEADER9, true],
    [HEADER10, true],
    ['\uFEFF' + HEADER9, true],
    ['SYSTEM\tDoc\tdoc_ID\tseg_id\tRater', true],
    ['system\tdoc\tdoc_id\tseg_id', true],
    ['system\tdoc\tdoc_id', false],
    ['system doc doc_id seg_id', false],
    [' system\tdoc\tdoc_id\tseg_id', false],
    ['english\tchinese\tkind\tgender\tnote', false],
    ['sysA\tnews.1\t1\t84\trater1\tThe talks resumed.', false],
  ])('%j → %s', (line, expected) => {
    expect(isMqmTsvHeader(line)).toBe(expected);
  });
});

describe('collecting .tsv files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xinda-mqm-tsv-'));
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'run.tsv'), tsv(HEADER10, 's\td\t1\t1\tr\tA.\t<v>甲</v>。\tStyle\tMinor\t{}'));
    writeFileSync(join(dir, 'corpus', 'names.tsv'), tsv('english\tchinese\tkind\tgender\tnote', 'Anna Berg\t安娜·贝里\tperson\tf\t'));
    writeFileSync(join(dir, 'bom.tsv'), '\uFEFF' + tsv(HEADER9, 's\td\t1\t1\tr\tA.\t甲。\tNo-error\tNo-error'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a .tsv with the MQM header in a folder and skips other TSV files', () => {
    const r = readInputs([join(dir, 'corpus')]);
    expect(r.docs.map((d) => d.translations[0]!.annotations[0]!.text)).toEqual(['甲']);
    expect(r.skipped).toEqual([join(dir, 'corpus', 'names.tsv')]);
  });

  it('reads a header after a UTF-8 byte-order mark', () => {
    expect(readInputs([join(dir, 'bom.tsv')]).docs[0]!.translations[0]!.paragraphs).toEqual(['甲。']);
  });

  it('refuses an explicitly named .tsv without the MQM header, saying what it expected', () => {
    expect(() => readInputs([join(dir, 'corpus', 'names.tsv')])).toThrow(/names\.tsv: unknown format: expected .*\.tsv with the WMT MQM header/);
  });
});
