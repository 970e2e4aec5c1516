import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintedDocument } from '../../server/pipeline/lint-docs.ts';
import type { ImportAnnotation, ImportDoc } from '../../server/model.ts';
import { formatMqmTsv } from '../../server/lint/format-mqm-tsv.ts';
import { loadReviewDocs, mqmTsv } from '../../server/export/review-export.ts';
import { readInputs } from '../../server/ingest/read-inputs.ts';
import { readJsonl } from '../../server/ingest/jsonl.ts';
import { readMqmTsv } from '../../server/ingest/mqm-tsv.ts';
import { openDb } from '../../server/store/db.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import { addAnnotation } from '../../server/store/review-annotations.ts';
import { setReviewed } from '../../server/store/review-status.ts';
import { addUser } from '../../server/users/accounts.ts';
import { cellText } from '../../server/text/mqm-tsv-cells.ts';
import { sliceCodePoints } from '../../server/text/codepoints.ts';
import { findingsWith } from '../helpers/lint-findings.ts';

// What `xinda lint --format mqm-tsv` and the review site's mqm.tsv write must read back through
// xinda's own MQM segment-row reader with every span, category and severity intact.

/** The text an annotation's offsets point at; none for an annotation without offsets. */
const slice = (text: string, start: number | null, end: number | null) => (start === null || end === null ? '' : sliceCodePoints(text, start, end));

type Seen = [side: string, para: number, start: number | null, end: number | null, text: string, category: string, severity: string, author: string, comment: string | undefined];

function seen(doc: ImportDoc): Seen[] {
  const t = doc.translations[0]!;
  return t.annotations.map((a) => {
    const paragraph = (a.side === 'source' ? doc.source!.paragraphs : t.paragraphs)[a.para] ?? '';
    // the span text must be what the offsets point at in the paragraph read back
    expect(slice(paragraph, a.start, a.end)).toBe(a.text);
    return [a.side, a.para, a.start, a.end, a.text, a.category, a.severity, a.author, a.comment];
  });
}

describe('xinda lint --format mqm-tsv → reader', () => {
  const { finding, omission } = findingsWith({ ruleId: 'rule-x', category: 'Style/Awkward', message: 'msg', docKey: 'story/mt' });
  // Paragraphs 0 and 1 are one link (a merged segment); target 3 has no English and folds
  // into segment 3; English 3 was dropped; 4 is clean. Target 2 holds a literal "<v>" and a tab.
  const LINTED: LintedDocument = {
    doc: {
      key: 'story/mt',
      source: ['😀 Leaders met in Geneva.', 'They spoke for hours.', 'Talks end 👍🏽', 'A dropped paragraph.', 'Nothing wrong here.'],
      target: ['😀领导人在日内瓦会面，', '他们谈了几个小时，他们很累。', '会谈<v>结束\t了👍🏽', '（本文有删节）', '这里没问题。'],
      links: [
        { src: [0, 1], tgt: [0, 1] },
        { src: [2], tgt: [2] },
        { src: [], tgt: [3] },
        { src: [3], tgt: [] },
        { src: [4], tgt: [4] },
      ],
    },
    file: 'in/story.jsonl',
    sourceKey: 'story',
    system: 'mt',
    findings: [
      finding({ target: { para: 0, start: 0, end: 1 }, text: '😀' }),
      finding({ ruleId: 'pronoun', category: 'Accuracy/Addition', severity: 'major', target: { para: 1, start: 0, end: 2 }, text: '他们', count: 2 }),
      finding({ target: { para: 2, start: 2, end: 5 }, text: '<v>', message: 'markup left in the text' }),
      finding({ target: { para: 2, start: 9, end: 11 }, text: '👍🏽' }),
      finding({ ruleId: 'added', category: 'Accuracy/Addition', severity: 'critical', target: { para: 3, start: 4, end: 7 }, text: '删节）' }),
      omission({ para: 2, at: 11 }, { para: 3, text: 'A dropped paragraph.' }),
    ],
  };
  let dir: string;
  let docs: ImportDoc[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xinda-mqm-roundtrip-'));
    const file = join(dir, 'lint.mqm.tsv');
    writeFileSync(file, formatMqmTsv([LINTED]));
    docs = readInputs([file]).docs; // through collect: the .tsv is recognised by its header
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back one translation of the segments, clean ones included', () => {
    expect(docs).toHaveLength(1);
    expect(docs[0]!.source!.title).toBe('story');
    expect(docs[0]!.translations[0]!.system).toBe('mt');
    expect(docs[0]!.source!.paragraphs).toEqual(['😀 Leaders met in Geneva. They spoke for hours.', 'Talks end 👍🏽', 'A dropped paragraph.', 'Nothing wrong here.']);
    expect(docs[0]!.translations[0]!.paragraphs).toEqual(['😀领导人在日内瓦会面，他们谈了几个小时，他们很累。', '会谈＜v>结束 了👍🏽（本文有删节）', '', '这里没问题。']);
  });

  it('keeps every span (code points, astral characters, very start and end), category, severity and rule', () => {
    expect(seen(docs[0]!)).toEqual<Seen[]>([
      ['target', 0, 0, 1, '😀', 'Style/Awkward', 'minor', 'xinda', 'rule-x: msg'],
      ['target', 0, 11, 13, '他们', 'Accuracy/Addition', 'major', 'xinda', 'pronoun: msg'],
      ['target', 0, 20, 22, '他们', 'Accuracy/Addition', 'major', 'xinda', 'pronoun: msg'],
      ['target', 1, 2, 5, '＜v>', 'Style/Awkward', 'minor', 'xinda', 'rule-x: markup left in the text'],
      ['target', 1, 9, 11, '👍🏽', 'Style/Awkward', 'minor', 'xinda', 'rule-x: msg'],
      ['target', 1, 15, 18, '删节）', 'Accuracy/Addition', 'critical', 'xinda', 'added: msg'],
      ['source', 2, 0, 20, 'A dropped paragraph.', 'Accuracy/Omission', 'major', 'xinda', 'omission: msg'],
    ]);
  });
});

describe('review export mqm.tsv → reader', () => {
  const EN = ['🎉 Talks resumed in Geneva.', 'The minister said "</v>" twice.', 'Nothing else happened.'];
  const ZH = ['🎉会谈在日内瓦恢复。', '部长说了两次"</v>"。', '没有发生别的事。'];
  const imported: ImportAnnotation[] = [
    { side: 'target', para: 0, start: 0, end: 1, text: '🎉', category: 'Style/Awkward', severity: 'minor', author: 'rater1', comment: 'emoji kept' },
    { side: 'source', para: 0, start: 19, end: 25, text: 'Geneva', category: 'Source', severity: 'neutral', author: 'rater2' },
    { side: 'target', para: 1, start: 7, end: 11, text: '</v>', category: 'Fluency/Markup', severity: 'major', author: 'rater1' },
    // a span that cuts the literal marker in two
    { side: 'target', para: 1, start: 6, end: 10, text: '"</v', category: 'Fluency/Spelling', severity: 'minor', author: 'rater2' },
    { side: 'target', para: 1, start: null, end: null, text: '', category: 'Fluency/Grammar', severity: 'critical', author: 'rater2' },
  ];
  let text: string;
  beforeAll(() => {
    const db = openDb(':memory:');
    writeImport(
      db,
      [
        {
          origin: { file: 'story.jsonl', line: 1 },
          source: { key: 'story', lang: 'en', paragraphs: EN },
          translations: [{ system: 'mt', lang: 'zh-Hans', paragraphs: ZH, annotations: imported, pairedWithSource: true }],
          warnings: [],
        },
      ],
      { paths: ['story.jsonl'] },
    );
    const id = db.prepare('SELECT id FROM translations').pluck().get() as number;
    const { user } = addUser(db, 'rita', 'reviewer', 'test');
    const end = Array.from(ZH[1]!).length;
    expect(addAnnotation(db, { translationId: id, side: 'target', para: 1, start: end - 1, end, category: 'Fluency/Punctuation', severity: 'minor', comment: 'line\none\ttab', user })).toMatchObject({ kind: 'added' });
    setReviewed(db, id, true, user);
    text = mqmTsv(loadReviewDocs(db, [id]));
    db.close();
  });

  it('reads back the segments, the clean one through its No-error row', () => {
    const [doc] = readMqmTsv('export.mqm.tsv', text);
    expect(doc!.source!.paragraphs).toEqual(EN.map(cellText));
    expect(doc!.translations[0]!.paragraphs).toEqual(ZH.map(cellText));
    expect(ZH.map(cellText)[1]).toBe('部长说了两次"＜/v>"。');
  });

  it('keeps every annotation: side, code-point span, category, severity, rater and comment', () => {
    const [doc] = readMqmTsv('export.mqm.tsv', text);
    // rows of one segment come in the store's order: compare as sets
    const sorted = (rows: Seen[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(seen(doc!))).toEqual(sorted([
      ['target', 0, 0, 1, '🎉', 'Style/Awkward', 'minor', 'rater1', 'emoji kept'],
      ['source', 0, 19, 25, 'Geneva', 'Source', 'neutral', 'rater2', undefined],
      ['target', 1, 7, 11, '＜/v>', 'Fluency/Markup', 'major', 'rater1', undefined],
      ['target', 1, 6, 10, '"＜/v', 'Fluency/Spelling', 'minor', 'rater2', undefined],
      // no offsets: a row without markers, read as the whole target segment
      ['target', 1, null, null, '', 'Fluency/Grammar', 'critical', 'rater2', undefined],
      ['target', 1, 12, 13, '。', 'Fluency/Punctuation', 'minor', 'rita', 'line\none\ttab'],
    ]));
  });
});

const MQM = fileURLToPath(new URL('../../../shared/data/mqm-enzh-dev/mqm-enzh-dev.jsonl', import.meta.url));
const present = existsSync(MQM);
if (!present) console.warn(`skipping the mqm-enzh-dev MQM TSV round trip: ${MQM} is absent`);

describe.skipIf(!present)('mqm-enzh-dev → store → review export mqm.tsv → reader', () => {
  it('gives back every segment and every located error span of the real data', () => {
    const original = readJsonl(MQM, readFileSync(MQM, 'utf8'));
    const db = openDb(':memory:');
    writeImport(db, original, { paths: [MQM] });
    const { user } = addUser(db, 'checker', 'reviewer', 'test');
    const ids = db.prepare('SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id ORDER BY s.key, t.system').pluck().all() as number[];
    // Marked reviewed, so error-free segments are written as No-error rows and come back too.
    for (const id of ids) setReviewed(db, id, true, user);
    const back = readMqmTsv('export.mqm.tsv', mqmTsv(loadReviewDocs(db, ids)));
    db.close();

    const key = (title: string, system: string) => `${title} ${system}`;
    const byKey = new Map(back.map((d) => [key(d.source!.title!, d.translations[0]!.system), d]));
    expect(back).toHaveLength(original.length);
    let located = 0;
    for (const o of original) {
      const t = o.translations[0]!;
      const b = byKey.get(key(o.source!.key!, t.system))!;
      expect(b, key(o.source!.key!, t.system)).toBeDefined();
      expect(b.source!.paragraphs).toEqual(o.source!.paragraphs.map(cellText));
      expect(b.translations[0]!.paragraphs).toEqual(t.paragraphs.map(cellText));
      // Errors without offsets come back without them (and, unmarked, on the target side).
      const norm = (a: ImportAnnotation, paragraphs: { source: string[]; target: string[] }) =>
        a.start === null
          ? JSON.stringify(['unlocated', a.para, a.category, a.severity, a.author])
          : JSON.stringify([a.side, a.para, a.start, a.end, slice(paragraphs[a.side][a.para]!, a.start, a.end), a.category, a.severity, a.author]);
      const want = t.annotations.map((a) => norm(a, { source: o.source!.paragraphs, target: t.paragraphs })).sort();
      const got = b.translations[0]!.annotations.map((a) => norm(a, { source: b.source!.paragraphs, target: b.translations[0]!.paragraphs })).sort();
      expect(got).toEqual(want);
      located += t.annotations.filter((a) => a.start !== null).length;
    }
    // The data set's own figures: 1,865 spans, 75 of them unaligned (no offsets).
    expect(located).toBe(1865 - 75);
  }, 60_000);
});
