import { describe, expect, it } from 'vitest';
import { readXliff } from '../../server/ingest/xliff.ts';
import { readTmx } from '../../server/ingest/tmx.ts';
import { writeXliff2, type ExportDoc } from '../../server/export/xliff-writer.ts';
import { InputError } from '../../server/ingest/input-error.ts';

const src = (d: { source?: { paragraphs: string[] } }) => d.source!.paragraphs;
const tgt = (d: { translations: { paragraphs: string[] }[] }) => d.translations[0]!.paragraphs;

/** Runs fn and returns the InputError it throws, so tests can check line and message. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('XLIFF 1.2', () => {
  const xlf12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en-US" target-language="zh-CN" original="news/quake.html" datatype="html" tool-id="mt1">
    <header><tool tool-id="other" tool-name="Other"/><tool tool-id="mt1" tool-name="DeepL"/></header>
    <body>
      <group id="g1">
        <trans-unit id="1">
          <source>The <g id="1">quake</g> hit<x id="2"/> at dawn.</source>
          <target>地震<g id="1">在黎明</g>袭来<x id="2"/>。</target>
        </trans-unit>
        <group id="g2">
          <trans-unit id="2" translate="no">
            <source>Reuters<ph id="3">&lt;br/&gt;</ph></source>
            <target>Reuters<ph id="3">&lt;br/&gt;</ph></target>
          </trans-unit>
        </group>
      </group>
      <trans-unit id="3">
        <source><bpt id="4">&lt;b&gt;</bpt>Bold<ept id="4">&lt;/b&gt;</ept> and <mrk mtype="term">term</mrk><it id="5" pos="open">&lt;i&gt;</it></source>
        <target><bpt id="4">&lt;b&gt;</bpt>粗体<ept id="4">&lt;/b&gt;</ept>和<mrk mtype="term">术语</mrk><bx id="6"/><ex id="6"/></target>
        <alt-trans><target>not this one</target></alt-trans>
      </trans-unit>
    </body>
  </file>
</xliff>`;

  it('reads groups and inline tags', () => {
    const docs = readXliff('q.xlf', xlf12, {});
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.origin).toEqual({ file: 'q.xlf', line: 3 });
    expect(d.source!.key).toBe('news/quake.html');
    expect(d.source!.title).toBe('news/quake.html');
    expect(d.source!.lang).toBe('en-US');
    expect(src(d)).toEqual(['The quake hit at dawn.', 'Reuters', 'Bold and term']);
    expect(d.translations[0]!.lang).toBe('zh-CN');
    expect(d.translations[0]!.system).toBe('DeepL');
    expect(tgt(d)).toEqual(['地震在黎明袭来。', 'Reuters', '粗体和术语']);
    expect(d.translations[0]!.annotations).toEqual([]);
    expect(d.warnings).toEqual([]);
  });

  it('lets opts.system override the tool', () => {
    expect(readXliff('q.xlf', xlf12, { system: 'gpt' })[0]!.translations[0]!.system).toBe('gpt');
  });

  it('reads multiple files, falls back to path#index, warns about missing targets', () => {
    const text = `<xliff version="1.2">
  <file source-language="en" target-language="zh-TW" original="one" tool="Google">
    <body><trans-unit id="a"><source>One</source><target>一</target></trans-unit></body>
  </file>
  <file source-language="en-GB" target-language="zh-Hant" datatype="plaintext">
    <body>
      <trans-unit id="a"><source>Two</source></trans-unit>
      <trans-unit id="b"><source>Three</source><target>三</target></trans-unit>
      <trans-unit id="c"><source>Four</source><target/></trans-unit>
    </body>
  </file>
</xliff>`;
    const docs = readXliff('dir/batch.xlf', text, {});
    expect(docs.map((d) => d.source!.key)).toEqual(['one', 'batch.xlf#2']);
    expect(docs.map((d) => d.translations[0]!.system)).toEqual(['Google', 'unknown']);
    expect(docs.map((d) => d.translations[0]!.lang)).toEqual(['zh-TW', 'zh-Hant']);
    expect(docs.map((d) => d.origin.line)).toEqual([2, 5]);
    expect(src(docs[1]!)).toEqual(['Two', 'Three', 'Four']);
    expect(tgt(docs[1]!)).toEqual(['', '三', '']);
    expect(docs[0]!.warnings).toEqual([]);
    expect(docs[1]!.warnings).toEqual(['dir/batch.xlf: batch.xlf#2: 2 of 3 units have no translation (line 7, 9)']);
  });

  it('reads entities and CDATA in Chinese text', () => {
    const text = `<xliff version="1.2"><file source-language="en" target-language="zh" original="e">
<body><trans-unit id="1">
<source>Tom &amp; Jerry &lt;3 &quot;cats&quot; &#x263A;</source>
<target><![CDATA[汤姆 & 杰瑞 <3]]>和“猫”&#x4E2D;&apos;</target>
</trans-unit></body></file></xliff>`;
    const d = readXliff('e.xlf', text, {})[0]!;
    expect(src(d)).toEqual(['Tom & Jerry <3 "cats" ☺']);
    expect(tgt(d)).toEqual(['汤姆 & 杰瑞 <3和“猫”中\'']);
  });

  it('rejects a file without target language, with its line', () => {
    const text = `<xliff version="1.2">\n<file source-language="en" original="x"><body>
<trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>`;
    const e = inputError(() => readXliff('t.xlf', text, {}));
    expect(e.line).toBe(2);
    expect(e.message).toBe('t.xlf:2: no target language declared');
  });

  it('rejects wrong languages, empty files, wrong versions', () => {
    const file = (attrs: string, body: string) =>
      `<xliff version="1.2"><file ${attrs} original="x"><body>${body}</body></file></xliff>`;
    const unit = '<trans-unit id="1"><source>a</source><target>b</target></trans-unit>';
    expect(() => readXliff('t.xlf', file('source-language="fr" target-language="zh"', unit), {})).toThrow(
      /t\.xlf:1: source language is "fr"; only English/,
    );
    expect(() => readXliff('t.xlf', file('source-language="en" target-language="ja"', unit), {})).toThrow(
      /t\.xlf:1: target language is "ja"; only Chinese/,
    );
    expect(() => readXliff('t.xlf', file('source-language="en" target-language="zh"', ''), {})).toThrow(
      't.xlf:1: <file> "x" has no translation units',
    );
    expect(() => readXliff('t.xlf', '<xliff version="1.0"/>', {})).toThrow('unsupported XLIFF version "1.0"');
    // A start tag spread over lines is reported at the line of its name.
    const multi = '<xliff version="1.2">\n<file\n  source-language="en"\n  target-language="de"/></xliff>';
    expect(() => readXliff('t.xlf', multi, {})).toThrow('t.xlf:2: target language is "de"');
  });
});

describe('XLIFF 2.0', () => {
  const xlf20 = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans">
  <file id="f1" original="a.txt">
    <group id="g">
      <unit id="u1">
        <segment><source>First <pc id="1">sentence</pc>.</source><target>第一<pc id="1">句</pc>。</target></segment>
        <ignorable><source> </source></ignorable>
        <segment><source>Second<ph id="2"/> one<sc id="3"/>!<ec startRef="3"/></source><target>第二<ph id="2"/>句<sc id="3"/>！<ec startRef="3"/></target></segment>
      </unit>
    </group>
    <unit id="u2" translate="no"><segment><source>A <mrk id="m1" type="term">term</mrk></source><target>一个<mrk id="m1" type="term">术语</mrk></target></segment></unit>
  </file>
  <file id="f2">
    <unit id="u1"><segment><source>Only source</source></segment></unit>
    <unit id="u2"><segment><source>Both</source><target>两者</target></segment></unit>
  </file>
</xliff>`;

  it('joins segments and ignorables of a unit, reads inline tags and several files', () => {
    const docs = readXliff('b.xlf', xlf20, {});
    expect(docs.map((d) => d.source!.key)).toEqual(['a.txt', 'f2']);
    expect(docs.map((d) => d.origin.line)).toEqual([3, 13]);
    expect(docs.map((d) => [d.source!.lang, d.translations[0]!.lang, d.translations[0]!.system])).toEqual([
      ['en', 'zh-Hans', 'unknown'],
      ['en', 'zh-Hans', 'unknown'],
    ]);
    expect(src(docs[0]!)).toEqual(['First sentence. Second one!', 'A term']);
    // The ignorable has no target, so its source (the space) is reused.
    expect(tgt(docs[0]!)).toEqual(['第一句。 第二句！', '一个术语']);
    expect(src(docs[1]!)).toEqual(['Only source', 'Both']);
    expect(tgt(docs[1]!)).toEqual(['', '两者']);
    expect(docs[1]!.warnings).toEqual(['b.xlf: f2: 1 of 2 units have no translation (line 14)']);
  });

  it('rejects a document without trgLang', () => {
    const text = `<xliff version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>`;
    expect(() => readXliff('n.xlf', text, {})).toThrow('n.xlf:1: no target language declared');
  });
});

describe('XML errors', () => {
  it('reports where XML is not well-formed', () => {
    const text = `<xliff version="1.2">
<file source-language="en" target-language="zh" original="x">
<body>
<trans-unit id="1"><source>a</target></trans-unit>
</body></file></xliff>`;
    const e = inputError(() => readXliff('bad.xlf', text, {}));
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/^bad\.xlf:4: XML is not well-formed: unexpected close tag/);
  });

  it('reports an unknown entity and an unclosed document', () => {
    expect(() => readXliff('b.xlf', '<xliff>\n\n&nbsp;</xliff>', {})).toThrow(/^b\.xlf:3: XML is not well-formed: /);
    expect(() => readTmx('b.tmx', '<tmx>\n<body>', {})).toThrow(/^b\.tmx:2: XML is not well-formed: /);
  });

  it('rejects the wrong root element', () => {
    expect(() => readXliff('r.xlf', '<?xml version="1.0"?>\n<html><body/></html>', {})).toThrow(
      'r.xlf:2: root element is <html>, expected <xliff>',
    );
    expect(() => readTmx('r.tmx', '<xliff version="1.2"/>', {})).toThrow('r.tmx:1: root element is <xliff>, expected <tmx>');
  });
});

describe('TMX', () => {
  it('reads a memory with srclang *all*, old lang attributes and inline codes', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="MemoQ" creationtoolversion="9" segtype="paragraph" o-tmf="x" adminlang="en" srclang="*all*" datatype="plaintext"/>
  <body>
    <tu tuid="1">
      <tuv xml:lang="zh-CN"><seg>你好，<bpt i="1">&lt;b&gt;</bpt>世界<ept i="1">&lt;/b&gt;</ept> &amp; 朋友</seg></tuv>
      <tuv xml:lang="en-US"><note>n</note><seg>Hello, <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept> &amp; friends</seg></tuv>
    </tu>
    <tu>
      <tuv lang="EN"><seg>See <hi type="b">this</hi><ph x="1">&lt;br/&gt;</ph><it pos="begin">&lt;i&gt;</it></seg></tuv>
      <tuv lang="fr"><seg>Voir</seg></tuv>
      <tuv lang="zh-cn"><seg><![CDATA[看 <这个>]]><ph x="1">&lt;br/&gt;</ph></seg></tuv>
    </tu>
  </body>
</tmx>`;
    const docs = readTmx('mem/news-01.tmx', text, {});
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.origin).toEqual({ file: 'mem/news-01.tmx' });
    expect(d.source!.key).toBe('news-01');
    expect(d.source!.lang).toBe('en-US');
    expect(src(d)).toEqual(['Hello, world & friends', 'See this']);
    expect(d.translations[0]!.lang).toBe('zh-CN');
    expect(d.translations[0]!.system).toBe('MemoQ');
    expect(tgt(d)).toEqual(['你好，世界 & 朋友', '看 <这个>']);
    expect(readTmx('m.tmx', text, { system: 'mine' })[0]!.translations[0]!.system).toBe('mine');
  });

  it('uses header srclang to choose among English variants', () => {
    const text = `<tmx version="1.4"><header srclang="en-GB"/><body><tu>
<tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv><tuv xml:lang="zh"><seg>颜色</seg></tuv>
</tu></body></tmx>`;
    const d = readTmx('c.tmx', text, {})[0]!;
    expect([d.source!.lang, src(d), d.translations[0]!.system]).toEqual(['en-GB', ['colour'], 'unknown']);
  });

  it('names the tu that lacks a side, and rejects a memory without tu', () => {
    const text = `<tmx version="1.4">
<header srclang="en"/>
<body>
<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>
<tu>
  <tuv xml:lang="en"><seg>b</seg></tuv><tuv xml:lang="ja"><seg>ビ</seg></tuv>
</tu>
</body></tmx>`;
    const e = inputError(() => readTmx('s.tmx', text, {}));
    expect(e.line).toBe(5);
    expect(e.message).toBe('s.tmx:5: <tu> #2 has no Chinese <tuv> (languages: en, ja)');
    expect(() => readTmx('s.tmx', text.replace('xml:lang="en"><seg>b', 'xml:lang="de"><seg>b'), {})).toThrow(
      's.tmx:5: <tu> #2 has no English <tuv> (languages: de, ja)',
    );
    expect(() => readTmx('s.tmx', '<tmx version="1.4">\n<header/>\n<body>\n</body></tmx>', {})).toThrow(
      's.tmx:3: no translation units (<tu>)',
    );
  });
});

describe('XLIFF 2.0 export', () => {
  const docs: ExportDoc[] = [
    {
      key: 'news/2024 quake.html',
      title: 'Quake & aftershocks',
      system: 'DeepL',
      targetLang: 'zh-TW',
      paragraphs: [
        {
          source: 'Tom & Jerry <3 "cats"',
          mt: '汤姆与杰瑞',
          edited: '汤姆 & 杰瑞 <3 “猫”',
          notes: [
            {
              category: 'Accuracy/Mistranslation',
              severity: 'major',
              author: 'li',
              comment: 'names',
              start: 0,
              end: 2,
              text: '汤姆',
              side: 'target',
            },
            { category: 'Fluency', severity: 'minor', author: 'li', start: null, end: null, text: '', side: 'source' },
          ],
        },
        { source: '', mt: '无对应\u0007原文', notes: [] },
        { source: 'two\r\nlines\tand tab', mt: '两行\r\n', notes: [] },
      ],
    },
    { key: 'b', system: 'x', targetLang: 'zh-CN', paragraphs: [{ source: 'B', mt: '乙', notes: [] }] },
  ];

  it('writes states and notes', () => {
    const xml = writeXliff2(docs);
    expect(xml).toContain('version="2.0" srcLang="en" trgLang="zh-TW"');
    expect(xml).toContain('<file id="f1" original="news/2024 quake.html">');
    expect(xml).toContain('<unit id="p3">');
    expect(xml).toContain('<segment state="reviewed">');
    expect(xml).toContain('<segment state="translated">');
    expect(xml).toContain(
      '<note category="mqm:Accuracy/Mistranslation" priority="3" appliesTo="target">[li] major: names (span 0–2: &quot;汤姆&quot;)</note>',
    );
    expect(xml).toContain(
      '<note category="mqm:Fluency" priority="7" appliesTo="source">[li] minor (whole source paragraph)</note>',
    );
    expect(xml).not.toContain('\u0007');
  });

  it('round-trips through readXliff', () => {
    const back = readXliff('out.xlf', writeXliff2(docs), {});
    expect(back.map((d) => d.source!.key)).toEqual(['news/2024 quake.html', 'b']);
    expect(back.map((d) => d.translations[0]!.lang)).toEqual(['zh-TW', 'zh-TW']);
    expect(src(back[0]!)).toEqual(docs[0]!.paragraphs.map((p) => p.source));
    expect(tgt(back[0]!)).toEqual(['汤姆 & 杰瑞 <3 “猫”', '无对应原文', '两行\r\n']);
    expect(src(back[1]!)).toEqual(['B']);
    expect(tgt(back[1]!)).toEqual(['乙']);
  });

  it('defaults trgLang to zh-CN', () => {
    expect(writeXliff2([])).toContain('trgLang="zh-CN"');
  });
});
