// Character classes tested one UTF-16 code unit at a time, for loops that look at every
// character of a paragraph. A RegExp test per character (with the one-character string it
// needs) cost more than the rest of such a loop; the answer for each code unit is worked out
// by the RegExp the first time it is seen and remembered, so it is exactly the RegExp's.

export class CodeUnitClass {
  /** Per code unit: 0 not yet seen, 1 in the class, 2 not in it. */
  private readonly known = new Uint8Array(0x10000);

  /** re must match a single character of the class (no g or y flag: test must not move lastIndex). */
  constructor(private readonly re: RegExp) {
    // A moving lastIndex would make the remembered answers depend on what was asked before.
    if (re.global || re.sticky) throw new TypeError(`CodeUnitClass needs a RegExp without g or y: ${String(re)}`);
  }

  has(unit: number): boolean {
    let k = this.known[unit]!;
    if (k === 0) this.known[unit] = k = this.re.test(String.fromCharCode(unit)) ? 1 : 2;
    return k === 1;
  }

  /** The same for a whole code point: one beyond the BMP (rare) goes to the RegExp itself. */
  hasCodePoint(c: number): boolean {
    return c <= 0xffff ? this.has(c) : this.re.test(String.fromCodePoint(c));
  }
}

/** White space as /\s/ has it. */
export const WHITE_SPACE = new CodeUnitClass(/\s/);

/**
 * Bit flags per code unit, from the characters that carry each flag (BMP characters only): one
 * array read tells a scanning loop what a character is to it.
 */
export function codeUnitFlags(entries: readonly (readonly [chars: string, flag: number])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [chars, flag] of entries) {
    for (const ch of chars) {
      const unit = ch.charCodeAt(0);
      if (ch.length !== 1) throw new Error(`codeUnitFlags: ${ch} is not one UTF-16 code unit`);
      table[unit]! |= flag;
    }
  }
  return table;
}

const setTables = new WeakMap<ReadonlySet<string>, Uint8Array>();

/**
 * A set of characters as a table by code unit (1: a member): for loops that ask of every
 * character whether the set holds it, where hashing a fresh one-character string per question
 * cost more than the loop. Members beyond the BMP are not in it: ask the set for those. Made
 * once per set, so only for a set that no longer changes.
 */
export function codeUnitMembers(set: ReadonlySet<string>): Uint8Array {
  let table = setTables.get(set);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const ch of set) if (ch.length === 1) table[ch.charCodeAt(0)] = 1;
    setTables.set(set, table);
  }
  return table;
}
