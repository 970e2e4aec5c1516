import { TextMemo } from '../text/memo.ts';
import { asciiLetters } from './phonetic-key.ts';

// The newsroom's authority files (corpus/names.tsv, corpus/outlets.tsv) as lookups: from an
// English form to the standard Chinese rendering and the renderings that are also accepted
// (an outlet's Chinese aliases, a person's surname alone after the full name).

export interface AuthoritySource {
  names: readonly { english: string; chinese: string; kind: string; gender?: 'f' | 'm' }[];
  outlets: readonly { outlet: string; chinese: string; aliases: readonly string[]; kind: string }[];
}

export interface AuthorityEntry {
  /** The English form the file lists first. */
  english: string;
  standard: string;
  /** Every Chinese rendering the file accepts (the standard among them). */
  accepted: string[];
  kind: string;
  outlet: boolean;
  gender?: 'f' | 'm';
}

export interface Authority {
  lookup(english: string): AuthorityEntry | undefined;
  entries: readonly AuthorityEntry[];
}

/**
 * The comparable form of an English name: ASCII letters and digits, one space between words.
 * Digits tell names apart (IIV3 and IIV4, Channel 4 and Channel 5), so they stay, as words of their own.
 */
export function englishKey(s: string): string {
  return keyMemo.get(s, keyOf);
}

// Every mention's key is asked for by the grouping, the entities and the corpus rule, in every
// translation of its source.
const keyMemo = new TextMemo<string>(20_000);

function keyOf(s: string): string {
  return s
    .split(/(\p{Nd}+)/u)
    .map((part, i) => (i % 2 === 1 ? ` ${part} ` : asciiLetters(part)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparable form of a Chinese rendering: no 《》, no spaces, one name dot, hyphens between given names as dots. */
export function renderingKey(s: string): string {
  return s
    .replace(/[《》\s]/g, '')
    .replace(/[•‧・∙⋅]/g, '·')
    .replace(/(?<=\p{Script=Han})[-‐－](?=\p{Script=Han})/gu, '·');
}

const cache = new WeakMap<object, Authority>();

export function authorityFor(ref: AuthoritySource): Authority {
  const hit = cache.get(ref.names);
  if (hit && hit === cache.get(ref.outlets)) return hit;
  const entries: AuthorityEntry[] = [];
  const byKey = new Map<string, AuthorityEntry>();
  const bySurname = new Map<string, AuthorityEntry[]>();
  const add = (form: string, e: AuthorityEntry) => {
    const k = englishKey(form);
    if (k && !byKey.has(k)) byKey.set(k, e);
  };
  for (const n of ref.names) {
    const e: AuthorityEntry = { english: n.english, standard: n.chinese, accepted: [n.chinese], kind: n.kind, outlet: false, ...(n.gender && { gender: n.gender }) };
    // A person's surname alone (托卡耶夫) is how Chinese news refers back to someone named in full.
    const parts = renderingKey(n.chinese).split('·');
    if (n.kind === 'person' && parts.length > 1) e.accepted.push(parts[parts.length - 1]!);
    entries.push(e);
    add(n.english, e);
    if (n.kind === 'person') {
      const words = englishKey(n.english).split(' ');
      if (words.length > 1) {
        const s = words[words.length - 1]!;
        bySurname.set(s, [...(bySurname.get(s) ?? []), e]);
      }
    }
  }
  for (const o of ref.outlets) {
    const e: AuthorityEntry = { english: o.outlet, standard: o.chinese, accepted: [o.chinese], kind: o.kind, outlet: true };
    for (const a of o.aliases) {
      if (/\p{Script=Han}/u.test(a)) e.accepted.push(a);
      else add(a, e);
    }
    entries.push(e);
    add(o.outlet, e);
    // Haqqin.az is also written Haqqin.
    const bare = /^([\p{L}\p{N}-]+)\.[a-z]{2,}$/iu.exec(o.outlet);
    if (bare) add(bare[1]!, e);
  }
  const looked = new Map<string, AuthorityEntry | undefined>();
  const authority: Authority = {
    entries,
    lookup(english) {
      if (looked.has(english)) return looked.get(english);
      const found = find(english);
      looked.set(english, found);
      return found;
    },
  };
  function find(english: string): AuthorityEntry | undefined {
      const k = englishKey(english);
      const direct = byKey.get(k);
      if (direct) return direct;
      const bySur = bySurname.get(k);
      return bySur && bySur.length === 1 ? bySur[0] : undefined;
  }
  cache.set(ref.names, authority);
  cache.set(ref.outlets, authority);
  return authority;
}

/** True when the rendering is one the entry accepts (《》 and name-dot variants aside). */
export function accepts(entry: AuthorityEntry, rendering: string): boolean {
  const r = renderingKey(rendering);
  const ok = entry.accepted.map(renderingKey);
  if (ok.includes(r)) return true;
  // 自由欧洲电台/自由电台: each name of a slashed pair is accepted.
  const halves = r.split(/[/／]/);
  return halves.length > 1 && halves.every((h) => ok.includes(h));
}

/** The accepted rendering to suggest in place of a rendering: the surname form for a surname. */
export function suggestionFor(entry: AuthorityEntry, rendering: string): string {
  const parts = renderingKey(rendering).split('·');
  const std = renderingKey(entry.standard).split('·');
  if (!entry.outlet && parts.length === 1 && std.length > 1) return std[std.length - 1]!;
  return entry.standard;
}
