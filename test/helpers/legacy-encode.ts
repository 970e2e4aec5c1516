/**
 * TextEncoder only writes UTF-8, so build GB18030/Big5 encoders by decoding every
 * double-byte pair once and inverting the table (the first pair wins for duplicates).
 * Characters outside the double-byte tables (GB18030's four-byte range) throw.
 */
export function legacyEncoder(encoding: 'gb18030' | 'big5'): (s: string) => Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return (s) =>
    Uint8Array.from(
      [...s].flatMap((ch) => {
        if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
        const pair = table.get(ch);
        if (!pair) throw new Error(`${encoding} has no double-byte code for ${ch}`);
        return pair;
      }),
    );
}
