import { describe, expect, it } from 'vitest';
import type { LintedDocument } from '../../server/pipeline/lint-docs.ts';
import { CSV_COLUMNS, formatCsv } from '../../server/lint/format-csv.ts';
import { formatMqmTsv } from '../../server/lint/format-mqm-tsv.ts';
import { MQM_TSV_HEADER } from '../../server/report/mqm-tsv.ts';
import { formatHtml } from '../../server/lint/format-html.ts';
import { formatJson } from '../../server/lint/format-json.ts';
import { findingsWith } from '../helpers/lint-findings.ts';

// Hand-made lint results (no rules run), so every expected cell is known exactly.

const SIG = 'xinda:0.0.0|config:abcdef123456|rules:a,b';

const { finding, omission } = findingsWith({
  ruleId: 'punctuation-width',
  category: 'Linguistic conventions/Punctuation',
  message: 'half-width comma between Chinese characters',
  docKey: 'story/deepl',
});

// Paragraph 1 of the target starts with an astral character (𠮷, two UTF-16 units), so
// code-point offsets differ from UTF-16 offsets after it.
const STORY: LintedDocument = {
  doc: {
    key: 'story/deepl',
    source: ['Tokayev spoke.', 'He said "yes, no", then left.', 'A third paragraph.'],
    target: ['托卡耶夫讲话。', '𠮷他说,是,然后离开了。'],
    links: [
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2], tgt: [] },
    ],
  },
  file: 'in/story.jsonl',
  line: 3,
  sourceKey: 'story',
  title: 'A story',
  system: 'deepl',
  findings: [
    finding({ target: { para: 1, start: 3, end: 4 }, text: ',', count: 2, suggestion: '，' }),
    omission({ para: 1, at: 12 }, { para: 2, text: 'A third paragraph.' }, { message: 'Source paragraph not translated: "A third, "quoted" paragraph."' }),
  ],
};

const CLEAN: LintedDocument = {
  doc: { key: 'other/human', source: ['Fine.'], target: ['很好。'], links: [{ src: [0], tgt: [0] }] },
  file: 'in/other.jsonl',
  sourceKey: 'other',
  system: 'human',
  findings: [],
};

/** Minimal RFC 4180 reader, to check the writer against a reader rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csv', () => {
  const text = formatCsv([STORY, CLEAN]);
  const rows = parseCsv(text);

  it('has the documented header and one row per finding, CRLF line ends', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
  });

  it('writes code-point offsets and quotes fields holding commas and quotes', () => {
    const get = (r: string[], col: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(col)];
    const comma = rows[1]!;
    expect(get(comma, 'file')).toBe('in/story.jsonl');
    expect(get(comma, 'line')).toBe('3');
    expect(get(comma, 'document')).toBe('story/deepl');
    expect(get(comma, 'start')).toBe('3');
    expect(get(comma, 'text')).toBe(',');
    expect(get(comma, 'count')).toBe('2');
    expect(get(comma, 'suggestion')).toBe('，');
    expect(text).toContain(',",",'); // the flagged comma is a quoted field
    const omission = rows[2]!;
    expect(get(omission, 'message')).toBe('Source paragraph not translated: "A third, "quoted" paragraph."');
    expect(get(omission, 'source_text')).toBe('A third paragraph.');
    expect(get(omission, 'source_end')).toBe('18');
    expect(get(omission, 'suggestion')).toBe('');
  });
});

describe('mqm-tsv', () => {
  const lines = formatMqmTsv([STORY, CLEAN]).trimEnd().split('\n');
  const rows = lines.map((l) => l.split('\t'));

  it('has the WMT columns plus metadata, rater xinda, ten cells a row', () => {
    expect(rows[0]).toEqual([...MQM_TSV_HEADER]);
    expect(rows[0]!.slice(0, 9)).toEqual(['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity']);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(rows.slice(1).every((r) => r[4] === 'xinda')).toBe(true);
  });

  it('numbers doc_id by English paragraph within the source and seg_id per (doc, doc_id) over the file', () => {
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['deepl', 'story', '1', '1'],
      ['deepl', 'story', '2', '2'],
      ['deepl', 'story', '2', '2'],
      ['deepl', 'story', '3', '3'],
      ['human', 'other', '1', '4'],
    ]);
  });

  it('writes a No-error row with empty metadata for each segment without findings', () => {
    const noError = rows.filter((r) => r[7] === 'No-error');
    expect(noError.map((r) => [r[0], r[2], r[6], r[8], r[9]])).toEqual([
      ['deepl', '1', '托卡耶夫讲话。', 'No-error', '{}'],
      ['human', '1', '很好。', 'No-error', '{}'],
    ]);
  });

  it('wraps each occurrence of a grouped finding in <v>…</v> at code-point offsets, the rule and message as note', () => {
    const punct = rows.filter((r) => r[7] === 'Linguistic conventions/Punctuation');
    expect(punct.map((r) => r[6])).toEqual(['𠮷他说<v>,</v>是,然后离开了。', '𠮷他说,是<v>,</v>然后离开了。']);
    expect(punct.every((r) => r[8] === 'Minor' && r[2] === '2')).toBe(true);
    expect(punct[0]![5]).toBe('He said "yes, no", then left.');
    expect(JSON.parse(punct[0]![9]!)).toEqual({ note: 'punctuation-width: half-width comma between Chinese characters' });
  });

  it('marks an omission in the source of the segment that holds it', () => {
    const om = rows.find((r) => r[7] === 'Accuracy/Omission')!;
    // The dropped source paragraph is link 3, which has no target paragraph at all.
    expect([om[2], om[5], om[6], om[8]]).toEqual(['3', '<v>A third paragraph.</v>', '', 'Major']);
  });
});

describe('json', () => {
  it('follows the documented schema: documents → findings with code-point spans', () => {
    const out = JSON.parse(formatJson([STORY, CLEAN], SIG)) as {
      signature: string;
      documents: { key: string; file: string; line?: number; system: string; findings: Record<string, unknown>[] }[];
    };
    expect(out.signature).toBe(SIG);
    expect(out.documents.map((d) => d.key)).toEqual(['story/deepl', 'other/human']);
    expect(out.documents[0]).toMatchObject({ file: 'in/story.jsonl', line: 3, system: 'deepl' });
    expect(out.documents[0]!.findings[0]).toEqual({
      rule: 'punctuation-width',
      category: 'Linguistic conventions/Punctuation',
      severity: 'minor',
      confidence: 0.9,
      message: 'half-width comma between Chinese characters',
      target: { para: 1, start: 3, end: 4, text: ',' },
      suggestion: '，',
      count: 2,
    });
    expect(out.documents[0]!.findings[1]).toMatchObject({ source: { para: 2, start: 0, end: 18, text: 'A third paragraph.' } });
    expect(out.documents[1]!.findings).toEqual([]);
  });
});

describe('html', () => {
  const hostile: LintedDocument = {
    ...STORY,
    doc: { ...STORY.doc, key: '<script>alert(1)</script>/deepl' },
    sourceKey: '<script>alert(1)</script>',
    system: '"><img src=x onerror=alert(1)>',
    findings: [
      {
        ...STORY.findings[0]!,
        ruleId: 'name-inconsistent',
        text: '<b>托卡耶夫</b>',
        source: { para: 0, start: 0, end: 7, text: 'Tokayev & <i>co</i>' },
        suggestion: '托卡耶夫',
      },
    ],
  };
  const html = formatHtml([hostile, CLEAN], SIG, { title: 'Nightly <run>' });

  it('is one self-contained page: no script, no external reference', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\s(?:src|href)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain('<svg');
    expect(html).toContain('@media print');
  });

  it('escapes every text that came from a document', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Nightly &lt;run&gt;');
    expect(html).toContain('Tokayev &amp; &lt;i&gt;co&lt;/i&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>托卡耶夫</b>');
  });

  it('carries the signature and the weights, and lists the entity with its renderings', () => {
    expect(html).toContain(SIG);
    expect(html).toContain('minor=1,major=5,critical=25,minor-punctuation=0.1');
    expect(html).toMatch(/Tokayev &amp; &lt;i&gt;co&lt;\/i&gt;<\/td><td>&lt;b&gt;托卡耶夫&lt;\/b&gt; ×2<\/td><td>托卡耶夫<\/td>/);
  });
});
