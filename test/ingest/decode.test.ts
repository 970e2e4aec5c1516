import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, parseEncodingName, type Encoding } from '../../server/ingest/decode.ts';
import { InputError } from '../../server/ingest/input-error.ts';
import { legacyEncoder } from '../helpers/legacy-encode.ts';
import { mulberry32 } from '../../scripts/lib/prng.ts';

const FILE = 'corpus/zh/0001.txt';

// Real-looking news sentences (≥ 30 characters each).
const SIMPLIFIED =
  '新华社北京3月5日电，第十四届全国人民代表大会第二次会议今天上午在人民大会堂开幕，国务院总理作政府工作报告。';
const TRADITIONAL =
  '中央社台北5日電，行政院今天召開院會，通過明年度中央政府總預算案，總規模較去年增加百分之五，將送立法院審議。';

const gbk = legacyEncoder('gb18030');
const big5 = legacyEncoder('big5');
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

const BOM8 = [0xef, 0xbb, 0xbf];
const BOM16LE = [0xff, 0xfe];
const BOM16BE = [0xfe, 0xff];

function errorOf(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('legacy encoder helper', () => {
  it('matches the known byte sequences', () => {
    expect(Array.from(gbk('中国'))).toEqual([0xd6, 0xd0, 0xb9, 0xfa]);
    expect(Array.from(big5('中國'))).toEqual([0xa4, 0xa4, 0xb0, 0xea]);
  });
});

describe('decodeBytes: successful decodes', () => {
  const cases: { name: string; bytes: Uint8Array; forced?: Encoding; text: string; encoding: Encoding; bom: boolean }[] = [
    { name: 'UTF-8', bytes: utf8(SIMPLIFIED), text: SIMPLIFIED, encoding: 'utf-8', bom: false },
    { name: 'UTF-8 with BOM', bytes: cat(BOM8, utf8(SIMPLIFIED)), text: SIMPLIFIED, encoding: 'utf-8', bom: true },
    {
      name: 'UTF-8 with BOM keeps a second BOM as content',
      bytes: cat(BOM8, BOM8, utf8('正文')),
      text: '\ufeff正文',
      encoding: 'utf-8',
      bom: true,
    },
    { name: 'plain ASCII', bytes: utf8('Hello, world.\n'), text: 'Hello, world.\n', encoding: 'utf-8', bom: false },
    {
      name: 'UTF-16LE with BOM (incl. a surrogate pair)',
      bytes: cat(BOM16LE, utf16le(TRADITIONAL + '😀')),
      text: TRADITIONAL + '😀',
      encoding: 'utf-16le',
      bom: true,
    },
    {
      name: 'UTF-16BE with BOM (incl. a surrogate pair)',
      bytes: cat(BOM16BE, utf16be(SIMPLIFIED + '😀')),
      text: SIMPLIFIED + '😀',
      encoding: 'utf-16be',
      bom: true,
    },
    { name: 'GBK/GB18030', bytes: gbk(SIMPLIFIED), text: SIMPLIFIED, encoding: 'gb18030', bom: false },
    { name: 'Big5', bytes: big5(TRADITIONAL), text: TRADITIONAL, encoding: 'big5', bom: false },
    {
      name: 'GB18030 with four-byte characters',
      // 㐀 U+3400 = 81 39 EE 39, 😀 U+1F600 = 94 39 FC 36
      bytes: cat(gbk('据报道，'), [0x81, 0x39, 0xee, 0x39], gbk(SIMPLIFIED), [0x94, 0x39, 0xfc, 0x36]),
      text: '据报道，㐀' + SIMPLIFIED + '😀',
      encoding: 'gb18030',
      bom: false,
    },
    {
      name: 'forced UTF-16LE without BOM (NUL bytes are expected there)',
      bytes: utf16le(SIMPLIFIED),
      forced: 'utf-16le',
      text: SIMPLIFIED,
      encoding: 'utf-16le',
      bom: false,
    },
    { name: 'forced Big5', bytes: big5(TRADITIONAL), forced: 'big5', text: TRADITIONAL, encoding: 'big5', bom: false },
    {
      name: 'a BOM wins over a forced encoding',
      bytes: cat(BOM8, utf8(SIMPLIFIED)),
      forced: 'gb18030',
      text: SIMPLIFIED,
      encoding: 'utf-8',
      bom: true,
    },
  ];
  it.each(cases)('$name', ({ bytes, forced, text, encoding, bom }) => {
    expect(decodeBytes(FILE, bytes, forced)).toEqual({ text, encoding, bom });
  });

  it('forced GB18030 is obeyed even for Big5 bytes (mojibake, but what was asked)', () => {
    const r = decodeBytes(FILE, big5(TRADITIONAL), 'gb18030');
    expect(r.encoding).toBe('gb18030');
    expect(r.text).not.toBe(TRADITIONAL);
  });

  it('tells GBK from Big5 on text that mixes in ASCII', () => {
    const gbText = `${SIMPLIFIED}\n\nReuters: ${SIMPLIFIED}\n`;
    const b5Text = `${TRADITIONAL}\n\n(AP) ${TRADITIONAL}\n`;
    expect(decodeBytes(FILE, gbk(gbText))).toEqual({ text: gbText, encoding: 'gb18030', bom: false });
    expect(decodeBytes(FILE, big5(b5Text))).toEqual({ text: b5Text, encoding: 'big5', bom: false });
  });
});

describe('decodeBytes: errors', () => {
  const prefix = utf8('据新华社报道，');
  const stray = cat(prefix, [0xff], utf8(SIMPLIFIED));
  const gbBytes = gbk(SIMPLIFIED);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
  const controls = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x1b : 0x41));
  const cases: { name: string; bytes: Uint8Array; forced?: Encoding; message: string; offset?: number }[] = [
    {
      name: 'UTF-8 Chinese with a stray 0xFF',
      bytes: stray,
      message: `${FILE} (byte offset ${prefix.length}): invalid UTF-8`,
      offset: prefix.length,
    },
    {
      name: 'UTF-8 truncated at the end',
      bytes: cat(utf8(SIMPLIFIED), [0xe4, 0xb8]),
      message: `${FILE} (byte offset ${utf8(SIMPLIFIED).length}): invalid UTF-8`,
      offset: utf8(SIMPLIFIED).length,
    },
    {
      name: 'UTF-8 with BOM is not second-guessed as GBK',
      bytes: cat(BOM8, gbBytes),
      message: `${FILE} (byte offset 3): invalid UTF-8`,
      offset: 3,
    },
    { name: 'empty file', bytes: new Uint8Array(0), message: `${FILE}: file is empty` },
    { name: 'only a UTF-8 BOM', bytes: Uint8Array.from(BOM8), message: `${FILE}: file is empty` },
    { name: 'only a UTF-16LE BOM', bytes: Uint8Array.from(BOM16LE), message: `${FILE}: file is empty` },
    { name: 'only whitespace', bytes: utf8(' \n\t\r\n\u3000 '), message: `${FILE}: file is empty` },
    { name: 'only whitespace in UTF-16BE', bytes: cat(BOM16BE, utf16be('  \n')), message: `${FILE}: file is empty` },
    {
      name: 'PNG header',
      bytes: Uint8Array.from(png),
      message: `${FILE} (byte offset 8): looks like a binary file, not text (NUL byte)`,
      offset: 8,
    },
    {
      name: 'NUL in a UTF-8 file with BOM',
      bytes: cat(BOM8, utf8('正文'), [0]),
      message: `${FILE} (byte offset 9): looks like a binary file, not text (NUL byte)`,
      offset: 9,
    },
    {
      name: 'mostly control bytes',
      bytes: Uint8Array.from(controls),
      message: `${FILE} (byte offset 0): looks like a binary file, not text (25% control bytes, the first here)`,
      offset: 0,
    },
    {
      name: 'UTF-16LE with an unpaired high surrogate',
      bytes: cat(BOM16LE, utf16le('新闻'), [0x00, 0xd8], utf16le('报道')),
      message: `${FILE} (byte offset 6): invalid UTF-16LE`,
      offset: 6,
    },
    {
      name: 'UTF-16BE with an unpaired low surrogate',
      bytes: cat(BOM16BE, utf16be('新闻'), [0xdc, 0x00], utf16be('报道')),
      message: `${FILE} (byte offset 6): invalid UTF-16BE`,
      offset: 6,
    },
    {
      name: 'UTF-16LE with an odd trailing byte',
      bytes: cat(BOM16LE, utf16le('新闻报道'), [0x41]),
      message: `${FILE} (byte offset 10): invalid UTF-16LE`,
      offset: 10,
    },
    {
      name: 'forced UTF-8 on GBK bytes',
      bytes: gbBytes,
      forced: 'utf-8',
      message: `${FILE} (byte offset 0): invalid UTF-8`,
      offset: 0,
    },
    {
      name: 'forced GB18030 with a stray 0xFF',
      bytes: cat(gbk('新华社北京电，'), [0xff], gbBytes),
      forced: 'gb18030',
      message: `${FILE} (byte offset 14): invalid GB18030`,
      offset: 14,
    },
    {
      name: 'forced GB18030 with a lead byte before a space',
      bytes: cat(gbk('新华社北京电'), [0xd6, 0x20], gbBytes),
      forced: 'gb18030',
      message: `${FILE} (byte offset 12): invalid GB18030`,
      offset: 12,
    },
    {
      name: 'forced GB18030 with a broken four-byte sequence',
      bytes: cat(gbk('新华社'), [0x81, 0x39, 0xee, 0x20], gbBytes),
      forced: 'gb18030',
      message: `${FILE} (byte offset 6): invalid GB18030`,
      offset: 6,
    },
    {
      name: 'forced GB18030 truncated four-byte sequence at the end',
      bytes: cat(gbBytes, [0x81, 0x39]),
      forced: 'gb18030',
      message: `${FILE} (byte offset ${gbBytes.length}): invalid GB18030`,
      offset: gbBytes.length,
    },
    {
      name: 'forced Big5 with a bad trail byte',
      bytes: cat(big5('中央社電'), [0xa4, 0x80], big5(TRADITIONAL)),
      forced: 'big5',
      message: `${FILE} (byte offset 8): invalid Big5`,
      offset: 8,
    },
    {
      name: 'neither UTF-8, GB18030 nor Big5',
      bytes: cat(utf8('Reuters '), [0xa4, 0x20], utf8('London')),
      message: `${FILE} (byte offset 8): not valid UTF-8, GB18030 or Big5`,
      offset: 8,
    },
    {
      // ICU's Big5 would accept 0xFF as U+F8F8; a private-use result is not taken as Big5.
      name: 'ASCII with a stray 0xFF',
      bytes: cat(utf8('Reuters London'), [0xff], utf8(' report')),
      message: `${FILE} (byte offset 14): not valid UTF-8, GB18030 or Big5`,
      offset: 14,
    },
  ];
  it.each(cases)('$name', ({ bytes, forced, message, offset }) => {
    const e = errorOf(() => decodeBytes(FILE, bytes, forced));
    expect(e.message).toBe(message);
    expect(e.message.startsWith(FILE)).toBe(true);
    expect(e.file).toBe(FILE);
    expect(e.offset).toBe(offset);
  });
});

describe('parseEncodingName', () => {
  it.each([
    ['utf8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf_8', 'utf-8'],
    ['UTF-16LE', 'utf-16le'],
    ['utf16be', 'utf-16be'],
    ['GB18030', 'gb18030'],
    ['gbk', 'gb18030'],
    ['GB2312', 'gb18030'],
    ['cp936', 'gb18030'],
    ['Big5', 'big5'],
    ['big5-hkscs', 'big5'],
    ['cp950', 'big5'],
    ['latin1', undefined],
    ['utf-16', undefined],
    ['', undefined],
  ] as const)('%s → %s', (name, expected) => {
    expect(parseEncodingName(name)).toBe(expected);
  });
});


/** Mostly-valid byte soup: encoded code points near the UTF-8 edge cases, plus random junk bytes. */
function randomUtf8ish(rand: () => number): Uint8Array {
  const edges = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x4e2d, 0x10ffff];
  const out: number[] = [];
  const parts = Math.floor(rand() * 12);
  for (let i = 0; i < parts; i++) {
    const r = rand();
    if (r < 0.6) {
      const cp = edges[Math.floor(rand() * edges.length)]!;
      out.push(...utf8(String.fromCodePoint(cp)));
    } else {
      out.push(Math.floor(rand() * 256)); // often an invalid lead, continuation, C0/C1, F5–FF
    }
  }
  if (rand() < 0.2 && out.length > 0) out.pop(); // sometimes truncate the last sequence
  return Uint8Array.from(out);
}

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid', [0x61, 0xe4, 0xb8, 0xad], -1],
    ['overlong C0 80', [0x61, 0xc0, 0x80], 1],
    ['overlong E0 80 80', [0xe0, 0x80, 0x80], 0],
    ['overlong F0 80 80 80', [0xf0, 0x80, 0x80, 0x80], 0],
    ['surrogate ED A0 80', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['above U+10FFFF F4 90 80 80', [0xf4, 0x90, 0x80, 0x80], 0],
    ['F5 lead', [0xf5, 0x80, 0x80, 0x80], 0],
    ['lone continuation', [0x61, 0x80], 1],
    ['truncated at EOF', [0x61, 0xf0, 0x9f, 0x98], 1],
    ['bad continuation', [0xe4, 0xb8, 0x41], 0],
  ] as const)('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with buffer.isUtf8 on validity, and names the exact offset, on random byte arrays', () => {
    const rand = mulberry32(20240305);
    let invalid = 0;
    for (let n = 0; n < 5000; n++) {
      const bytes = randomUtf8ish(rand);
      const at = firstInvalidUtf8(bytes);
      expect(at === -1, Buffer.from(bytes).toString('hex')).toBe(isUtf8(bytes));
      if (at >= 0) {
        invalid++;
        // Reference: the longest valid prefix ends exactly where the first bad sequence starts.
        let longest = 0;
        for (let j = 0; j <= bytes.length; j++) if (isUtf8(bytes.subarray(0, j))) longest = j;
        expect(at, Buffer.from(bytes).toString('hex')).toBe(longest);
      }
    }
    expect(invalid).toBeGreaterThan(1000); // the generator really exercises both branches
    expect(invalid).toBeLessThan(4500);
  });
});

describe('offset of the first invalid sequence in forced legacy/UTF-16 decodes', () => {
  // Same reference as above, with the platform decoder as the judge of validity.
  function longestValidPrefix(bytes: Uint8Array, encoding: Encoding): number {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    let longest = 0;
    for (let j = 0; j <= bytes.length; j++) {
      try {
        decoder.decode(bytes.subarray(0, j));
        longest = j;
      } catch {
        // not a valid prefix
      }
    }
    return longest;
  }

  it.each([
    ['gb18030', (s: string) => gbk(s)],
    ['big5', (s: string) => big5(s)],
    ['utf-16le', (s: string) => utf16le(s)],
  ] as const)('%s', (encoding, encode) => {
    const rand = mulberry32(7);
    const words = ['新闻', '報道', '中国', '中國', 'AP', '，', '。'].filter((w) => {
      try {
        encode(w);
        return true;
      } catch {
        return false;
      }
    });
    let checked = 0;
    for (let n = 0; n < 600; n++) {
      const parts: number[] = [];
      for (let i = 0; i < 8; i++) {
        if (rand() < 0.8) parts.push(...encode(words[Math.floor(rand() * words.length)]!));
        else parts.push(0x20 + Math.floor(rand() * 0xe0)); // junk byte (never NUL)
      }
      const bytes = Uint8Array.from(parts);
      let offset: number | undefined;
      try {
        decodeBytes(FILE, bytes, encoding);
        continue; // the junk happened to be valid
      } catch (e) {
        if (!(e instanceof InputError) || !e.message.includes('invalid')) continue; // e.g. all whitespace
        offset = e.offset;
      }
      expect(offset, Buffer.from(bytes).toString('hex')).toBe(longestValidPrefix(bytes, encoding));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
