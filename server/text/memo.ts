// A bounded memo keyed by text. The same paragraph is read by several rules, and one English
// source by every system's translation of it (17 in the MQM set), so analyses of a text are
// remembered; when the memo is full it starts over, which keeps memory flat on any corpus.
// Values are shared between callers: they must treat them as read-only.

export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  // The last key asked for, answered without hashing: callers often ask about one paragraph
  // several times in a row (a rule per newsroom term, say), and a string compared with
  // itself is one pointer check.
  private lastKey: string | undefined;
  private lastValue: V | undefined;

  constructor(private readonly limit: number) {}

  get(key: string, make: (key: string) => V): V {
    if (key === this.lastKey) return this.lastValue as V;
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = make(key);
      this.map.set(key, v);
    }
    this.lastKey = key;
    this.lastValue = v;
    return v;
  }
}
