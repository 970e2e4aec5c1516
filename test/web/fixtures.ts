import type { ImportAnnotation, ImportDoc } from '../../server/model.ts';
import { codePointLength, toCodePoint } from '../../server/text/codepoints.ts';

/** Code-point offsets of the first occurrence of `text` in `para`, as the store keeps them. */
export function span(para: string, text: string): Pick<ImportAnnotation, 'start' | 'end' | 'text'> {
  const at = para.indexOf(text);
  if (at < 0) throw new Error(`"${text}" not in "${para}"`);
  const start = toCodePoint(para, at);
  return { start, end: start + codePointLength(text), text };
}

const EN = [
  'Negotiators from both countries met in Geneva on Friday for a second round of talks.',
  'The delegation was led by Foreign Minister Anna Berg, who said progress was possible.',
  'A joint statement is expected next week.',
];
const ZH = ['两国谈判代表周五在日内瓦举行了第二轮会谈。', '𠮷代表团由外交部长安娜·贝里率领，她表示有可能取得进展。', '预计下周将发表联合声明。'];

// Test documents. The Chinese paragraph with the annotation starts with 𠮷 (outside the BMP),
// so a highlighter that counted UTF-16 units instead of code points would mark the wrong text.

export const NEWS: ImportDoc = {
  origin: { file: 'news.jsonl', line: 1 },
  source: {
    key: 'news-1',
    title: 'Talks resume in Geneva',
    outlet: 'Example Times',
    url: 'https://example.com/talks',
    published: '2025-02-28',
    lang: 'en',
    paragraphs: EN,
  },
  translations: [
    {
      system: 'mt-alpha',
      lang: 'zh-Hans',
      paragraphs: ZH,
      annotations: [
        {
          side: 'target',
          para: 1,
          ...span(ZH[1]!, '安娜·贝里'),
          category: 'Accuracy/Mistranslation',
          severity: 'major',
          author: 'rater1',
          comment: 'name rendered inconsistently',
        },
        {
          side: 'target',
          para: 2,
          start: null,
          end: null,
          text: '预计下周将发表联合声明。',
          category: 'Fluency/Style',
          severity: 'minor',
          author: 'rater2',
        },
        {
          side: 'source',
          para: 0,
          ...span(EN[0]!, 'Geneva'),
          category: 'Accuracy/Source',
          severity: 'neutral',
          author: 'rater1',
        },
      ],
    },
  ],
  warnings: [],
};

export const SECOND_SYSTEM: ImportDoc = {
  origin: { file: 'news.jsonl', line: 2 },
  sourceKey: 'news-1',
  translations: [
    {
      system: 'mt-beta',
      lang: 'zh-Hans',
      paragraphs: ['两国谈判人员周五在日内瓦会面，举行第二轮谈判。', '代表团由外长安娜·伯格带领。', '联合声明预计下周发表。'],
      annotations: [],
    },
  ],
  warnings: [],
};

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_ATTR = '"><img src=x onerror=alert(1)>';
export const XSS_TEXTAREA = '</textarea>';

const HOSTILE_EN = `Officials said ${XSS_SCRIPT} and ${XSS_ATTR} then ${XSS_TEXTAREA} in a statement on Monday.`;
const HOSTILE_ZH = `官员周一在声明中说 ${XSS_SCRIPT} 以及 ${XSS_ATTR} 然后 ${XSS_TEXTAREA}。`;

export const HOSTILE: ImportDoc = {
  origin: { file: 'hostile.jsonl', line: 1 },
  source: {
    key: 'hostile-1',
    title: `Breaking ${XSS_SCRIPT}`,
    outlet: XSS_ATTR,
    url: 'javascript:alert(1)',
    lang: 'en',
    paragraphs: [HOSTILE_EN],
  },
  translations: [
    {
      system: `sys${XSS_TEXTAREA}`,
      lang: 'zh-Hans',
      paragraphs: [HOSTILE_ZH],
      annotations: [
        {
          side: 'target',
          para: 0,
          // covers "<script>" exactly, so the mark sits around escaped tag text
          ...span(HOSTILE_ZH, '<script>'),
          category: `Accuracy${XSS_ATTR}`,
          severity: 'critical',
          author: XSS_TEXTAREA,
          comment: XSS_SCRIPT,
        },
      ],
    },
  ],
  warnings: [],
};

/** Three English paragraphs against two Chinese ones: the aligner leaves a paragraph without a partner. */
export const UNEVEN: ImportDoc = {
  origin: { file: 'uneven.jsonl', line: 1 },
  source: {
    key: 'uneven-1',
    title: 'A statement is expected',
    lang: 'en',
    paragraphs: [
      'Negotiators from both countries met in Geneva on Friday for a second round of talks.',
      'Photo: Reuters / Denis Balibouse. All rights reserved by the agency and its licensors worldwide.',
      'A joint statement is expected next week, officials said after the meeting ended late at night.',
    ],
  },
  translations: [
    {
      system: 'mt-alpha',
      lang: 'zh-Hans',
      paragraphs: ['两国谈判代表周五在日内瓦举行了第二轮会谈。', '官员在会议于深夜结束后表示，预计下周将发表联合声明。'],
      annotations: [],
    },
  ],
  warnings: [],
};

/** Two paragraphs with English left in brackets, for findings the untranslated-bracket rule raises. */
export const BRACKETED: ImportDoc = {
  origin: { file: 'bracketed.jsonl', line: 1 },
  source: {
    key: 'bracketed-1',
    title: 'Border talks stall',
    lang: 'en',
    paragraphs: [
      '"Every republic has its own interests and many border issues," he said.',
      'The ministers said the talks would resume in spring.',
    ],
  },
  translations: [
    {
      system: 'mt-alpha',
      lang: 'zh-Hans',
      paragraphs: ['“每个共和国都有自己的利益 [and] 许多边界问题，”他说。', '部长们说，会谈将于 [spring] 恢复。'],
      annotations: [],
    },
  ],
  warnings: [],
};
