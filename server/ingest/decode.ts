/**
 * Bytes of one corpus file → text. Chinese news corpora arrive as UTF-8, as UTF-16
 * exported by Windows tools, or as legacy GBK/GB18030 (mainland) and Big5 (Taiwan,
 * Hong Kong) files; we detect which, and refuse rather than guess when the bytes are
 * damaged, because silently decoding mojibake would poison every later check.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from './input-error.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

const DISPLAY: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

// Keys are lower-cased with '-', '_' and spaces removed. GBK and GB2312 are subsets of
// GB18030, so decoding them as GB18030 is always right; cp936/cp950 are Windows' names.
const NAMES: Record<string, Encoding> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
};

export function parseEncodingName(name: string): Encoding | undefined {
  return NAMES[name.toLowerCase().replace(/[-_\s]/g, '')];
}

/** Binary sniffing looks only at the head: enough to spot images/archives without scanning huge files. */
const SNIFF_BYTES = 64 * 1024;

export function decodeBytes(file: string, bytes: Uint8Array, forced?: Encoding): Decoded {
  const bom = sniffBom(bytes);
  const start = bom ? bom.length : 0;
  if (bytes.length === start) throw new InputError(file, 'file is empty');

  // A BOM is stronger evidence than a user's guess (a forced GB18030 would turn a UTF-8
  // BOM into the famous 锘 mojibake), so it wins over `forced`.
  const declared = bom?.encoding ?? forced;
  // UTF-16 text is full of NUL bytes, so the byte-level binary test does not apply to it.
  if (declared !== 'utf-16le' && declared !== 'utf-16be') rejectBinary(file, bytes);

  let encoding: Encoding;
  let text: string;
  if (declared) {
    encoding = declared;
    text = decodeOrThrow(file, bytes, start, encoding);
  } else if (isUtf8(bytes)) {
    encoding = 'utf-8';
    text = decode(bytes, encoding);
  } else {
    ({ encoding, text } = decodeUndeclared(file, bytes));
  }
  if (text.trim() === '') throw new InputError(file, 'file is empty');
  return { text, encoding, bom: bom !== undefined };
}

function sniffBom(b: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function rejectBinary(file: string, bytes: Uint8Array): void {
  const head = bytes.subarray(0, SNIFF_BYTES);
  // No text encoding we accept (other than UTF-16) ever produces a NUL byte.
  const nul = head.indexOf(0);
  if (nul >= 0) throw new InputError(file, 'looks like a binary file, not text (NUL byte)', { offset: nul });
  // Stray controls (ESC, SUB, VT…) do occur in real text exports, so only a high share counts.
  let controls = 0;
  let first = -1;
  for (let i = 0; i < head.length; i++) {
    const c = head[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) {
      if (first < 0) first = i;
      controls++;
    }
  }
  if (controls * 10 > head.length) {
    const pct = Math.round((controls * 100) / head.length);
    throw new InputError(file, `looks like a binary file, not text (${pct}% control bytes, the first here)`, {
      offset: first,
    });
  }
}

function decode(bytes: Uint8Array, encoding: Encoding): string {
  // ignoreBOM: the caller strips the leading BOM itself; a second one is content.
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
}

function decodeOrThrow(file: string, bytes: Uint8Array, start: number, encoding: Encoding): string {
  const body = bytes.subarray(start);
  try {
    return decode(body, encoding);
  } catch {
    const bad = encoding === 'utf-8' ? firstInvalidUtf8(body) : firstInvalidOffset(body, encoding);
    throw new InputError(file, `invalid ${DISPLAY[encoding]}`, { offset: start + bad });
  }
}

/** No BOM, no forced encoding, and not valid UTF-8: damaged UTF-8, or a legacy Chinese encoding? */
function decodeUndeclared(file: string, bytes: Uint8Array): { encoding: Encoding; text: string } {
  const { firstInvalid, multiByte, invalid } = scanUtf8(bytes);
  // In GBK/Big5 text, lead/trail pairs only occasionally happen to look like UTF-8, so
  // invalid starts dominate; in UTF-8 text with a few corrupt bytes, valid sequences do.
  if (multiByte > invalid) throw new InputError(file, 'invalid UTF-8', { offset: firstInvalid });

  const first = guessLegacy(bytes);
  for (const encoding of [first, first === 'gb18030' ? 'big5' : 'gb18030'] as const) {
    let text: string;
    try {
      text = decode(bytes, encoding);
    } catch {
      continue;
    }
    // ICU's Big5 is lenient: 0x80 → U+0080, 0xFF → U+F8F8, unassigned pairs → private use.
    // Real news text has neither, so such output means "wrong guess", not "Big5 file".
    if (!/[\u0080-\u009f\ue000-\uf8ff]/.test(text)) return { encoding, text };
  }
  throw new InputError(file, 'not valid UTF-8, GB18030 or Big5', { offset: firstInvalid });
}

/**
 * GB18030 decodes almost any Big5 byte pair without error (its trail range contains
 * Big5's), so validity cannot tell them apart; the trail-byte distribution can. Big5
 * puts 63 of each lead's 157 characters at trails 0x40–0x7E; GB2312, which covers
 * nearly all characters of real GBK text, puts none there.
 */
function guessLegacy(b: Uint8Array): 'gb18030' | 'big5' {
  let pairs = 0;
  let lowTrails = 0;
  for (let i = 0; i < b.length; ) {
    const lead = b[i]!;
    const trail = b[i + 1];
    if (lead < 0x81 || lead > 0xfe || trail === undefined) {
      i++;
    } else if (trail >= 0x30 && trail <= 0x39) {
      return 'gb18030'; // four-byte sequence: exists only in GB18030
    } else {
      pairs++;
      if (trail >= 0x40 && trail <= 0x7e) lowTrails++;
      i += 2;
    }
  }
  return lowTrails * 5 >= pairs && pairs > 0 ? 'big5' : 'gb18030';
}

/**
 * Length of the well-formed UTF-8 sequence at i, or 0 if none starts there
 * (Unicode table 3-7: rejects overlongs, surrogates, > U+10FFFF, truncation).
 */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80; // allowed range of the second byte; later bytes are always 80–BF
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0; // overlong
    if (c === 0xed) hi = 0x9f; // surrogates D800–DFFF
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90; // overlong
    if (c === 0xf4) hi = 0x8f; // beyond U+10FFFF
  } else return 0; // continuation byte, C0/C1 overlong lead, or F5–FF
  if (i + n > b.length) return 0;
  for (let k = 1; k < n; k++) {
    const t = b[i + k]!;
    if (t < lo || t > hi) return 0;
    lo = 0x80;
    hi = 0xbf;
  }
  return n;
}

function scanUtf8(b: Uint8Array): { firstInvalid: number; multiByte: number; invalid: number } {
  let firstInvalid = -1;
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const n = utf8SequenceLength(b, i);
    if (n === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++; // resynchronise on the next byte
    } else {
      if (n > 1) multiByte++;
      i += n;
    }
  }
  return { firstInvalid, multiByte, invalid };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 if the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/**
 * Offset of the first byte of the first invalid sequence, found with the decoder itself
 * so we need not re-implement GB18030/Big5/UTF-16 tables. A streaming decode of a prefix
 * fails iff the prefix contains an error (an incomplete tail is just buffered), which is
 * monotone in the prefix length, so binary search finds the byte where the error becomes
 * evident. The bad sequence began at most 3 bytes earlier, at the last position where
 * the prefix is complete, valid text. O(n log n); only runs on the error path.
 */
function firstInvalidOffset(bytes: Uint8Array, encoding: Encoding): number {
  const fails = (end: number, stream: boolean): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), { stream });
      return false;
    } catch {
      return true;
    }
  };
  // Smallest `end` whose streaming prefix fails; bytes.length + 1 when the only error is a truncated tail.
  let lo = 1;
  let hi = bytes.length + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid, true)) hi = mid;
    else lo = mid + 1;
  }
  const evident = Math.min(lo - 1, bytes.length);
  for (let start = evident; start >= Math.max(0, lo - 4); start--) {
    if (!fails(start, false)) return start;
  }
  return evident; // not reached for a sane decoder
}
