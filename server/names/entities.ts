import { CodePointIndex } from '../text/codepoints.ts';
import { withoutOutletWord } from './chinese-mentions.ts';
import { TextMemo } from '../text/memo.ts';
import { englishMentions, type EnglishMention, type MentionKind } from './english-mentions.ts';
import { NAME_DOT, isFullName, linkPair, overlapsLink, paraText, type LinkInput, type LinkMethod, type NameLink, type ZhParagraph } from './link.ts';
import { authorityFor, englishKey, renderingKey, type AuthorityEntry, type AuthoritySource } from './authority.ts';
import { translitChars, type CharSource } from './translit-chars.ts';
import { lexiconFor, type DemonymSource } from './lexicon.ts';
import { translitSimilarity } from './translit-score.ts';
import { SURNAME_PARTICLES } from './cues.ts';
import { ARABIC_ARTICLES } from './phonetic-key.ts';

// A document's entities: English mentions that name the same thing (Kassym-Jomart Tokayev,
// Tokayev, Tokayev's) grouped into one, each with every Chinese rendering the links gave it and
// where each occurs. What the name rules and `xinda names` read.

export interface NamesDocument {
  key: string;
  source: readonly string[];
  target: readonly string[];
  links: readonly { src: readonly number[]; tgt: readonly number[] }[];
}

export type NamesReference = AuthoritySource & CharSource & DemonymSource;

/** A span in code points, end exclusive. */
export interface CpSpan {
  para: number;
  start: number;
  end: number;
}

export interface Occurrence extends CpSpan {
  text: string;
  method: LinkMethod;
  score: number;
  /** The English mention it renders. */
  source: CpSpan & { text: string };
}

export interface Rendering {
  /** Comparable form (renderingKey). */
  key: string;
  /** As first written. */
  text: string;
  /** How it renders the name: by sound, by meaning, or left in Latin script. */
  how: 'sound' | 'meaning' | 'latin' | 'standard';
  occurrences: Occurrence[];
}

export interface Entity {
  /** Stable within the document: the English key of its longest form. */
  id: string;
  /** English forms, longest first. */
  forms: string[];
  kind: Exclude<MentionKind, 'country'>;
  outletKind?: string;
  authority?: AuthorityEntry;
  mentions: (CpSpan & { text: string })[];
  renderings: Rendering[];
}

export interface DocNames {
  entities: Entity[];
  /** English mentions (countries included) in code points, for callers that count coverage. */
  mentions: (CpSpan & { text: string; kind: MentionKind; linked: boolean })[];
}

const KIND_ORDER: MentionKind[] = ['person', 'outlet', 'org', 'place', 'acronym', 'name'];

const cache = new WeakMap<object, WeakMap<object, DocNames>>();

/** The names of one document (computed once per document and reference data). */
export function documentNames(doc: NamesDocument, ref: NamesReference): DocNames {
  let byRef = cache.get(doc);
  if (!byRef) cache.set(doc, (byRef = new WeakMap()));
  const hit = byRef.get(ref);
  if (hit) return hit;
  const result = analyse(doc, ref);
  byRef.set(ref, result);
  return result;
}

const mentionCache = new WeakMap<object, TextMemo<EnglishMention[]>>();

/**
 * The English mentions of a source text, once per text: every system's translation of one
 * source (17 in the MQM set) shares them. Nothing downstream changes a mention.
 */
function sourceMentions(source: readonly string[], lex: ReturnType<typeof lexiconFor>): EnglishMention[] {
  let byText = mentionCache.get(lex);
  if (!byText) mentionCache.set(lex, (byText = new TextMemo(5_000)));
  return byText.get(source.join('\u0001'), () => englishMentions(source, lex));
}

// Per reference data (its authority object stands for it: the other inputs derive from the same reference).
const linkMemos = new WeakMap<object, Map<string, { en: readonly EnglishMention[]; links: readonly NameLink[] }>>();

/**
 * linkPair, remembered by everything it reads of a link: its English mentions as the finder left
 * them (words, places, kinds, the mentions they shorten or join) and its Chinese paragraphs. Every
 * system's translation of a sentence that another system translated alike links alike; the
 * links found are handed to this document's own mention objects.
 */
function linkPairOnce(input: LinkInput): NameLink[] {
  let memo = linkMemos.get(input.authority);
  if (!memo) linkMemos.set(input.authority, (memo = new Map()));
  const key = linkKey(input.en, input.zh);
  const known = memo.get(key);
  if (known) return known.links.map((l) => ({ ...l, en: input.en[known.en.indexOf(l.en)]! }));
  const links = linkPair(input);
  if (memo.size >= 20_000) memo.clear();
  memo.set(key, { en: input.en, links: links.map((l) => ({ ...l })) });
  return links;
}

function linkKey(en: readonly EnglishMention[], zh: readonly ZhParagraph[]): string {
  // A mention another refers to, by its place among the link's (or by what it is, outside them).
  const ref = (m: EnglishMention | undefined) => {
    if (m === undefined) return null;
    const k = en.indexOf(m);
    return k >= 0 ? k : [m.para, m.start, m.text, m.kind];
  };
  return JSON.stringify([
    en.map((m) => [m.para, m.start, m.end, m.text, m.kind, m.outletKind ?? null, m.cued, m.acronym, m.domain, m.addressee ?? null, ref(m.shortens), ref(m.andNext), m.follows ?? null]),
    zh.map((p) => [p.index, p.text]),
  ]);
}

function analyse(doc: NamesDocument, ref: NamesReference): DocNames {
  const lex = lexiconFor(ref);
  const authority = authorityFor(ref);
  const chars = translitChars(ref);
  const countries = lex.chineseCountrySet;
  const mentions = sourceMentions(doc.source, lex);
  const byPara = new Map<number, EnglishMention[]>();
  for (const m of mentions) {
    const list = byPara.get(m.para);
    if (list) list.push(m);
    else byPara.set(m.para, [m]);
  }
  const links: NameLink[] = [];
  const surnames = new Map<string, string>();
  for (const l of doc.links) {
    const en = l.src.flatMap((i) => byPara.get(i) ?? []);
    if (en.length === 0 || l.tgt.length === 0) continue;
    const zh = l.tgt.map((i) => ({ index: i, text: doc.target[i] ?? '' }));
    const found = linkPairOnce({ en, zh, chars, authority, countries, languages: lex.chineseLanguagesOnly, chineseOf: lex.chineseOf });
    rememberSurnames(found, surnames);
    links.push(...withWholeSurnames(found, zh, surnames), ...surnameLinks(en, zh, found, surnames));
  }
  const groups = groupMentions(mentions.filter((m) => m.kind !== 'country'), authority);
  // UTF-16 → code points, per paragraph as it is needed (most paragraphs name no one, and
  // most have no astral character, where the two are the same).
  const offsetsOf = (texts: readonly string[]) => {
    const done = new Map<number, CodePointIndex>();
    return (para: number, i: number) => {
      let o = done.get(para);
      if (!o) done.set(para, (o = new CodePointIndex(texts[para] ?? '')));
      return o.cp(i);
    };
  };
  const tcp = offsetsOf(doc.target);
  const scp = offsetsOf(doc.source);
  const linksOf = new Map<EnglishMention, NameLink[]>();
  const linkOrder = new Map<NameLink, number>();
  for (const link of links) {
    linkOrder.set(link, linkOrder.size);
    const list = linksOf.get(link.en);
    if (list) list.push(link);
    else linksOf.set(link.en, [link]);
  }
  const entities: Entity[] = [];
  for (const g of groups) {
    const forms = [...new Set(g.mentions.map((m) => m.text))].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const entry = g.mentions.map((m) => authority.lookup(m.text)).find((e) => e !== undefined);
    const kind = entityKind(g.mentions, entry);
    const outletKind = g.mentions.find((m) => m.outletKind)?.outletKind ?? (entry?.outlet ? entry.kind : undefined);
    const renderings = new Map<string, Rendering>();
    // In link order, as the links were made: that order decides a rendering's first text.
    const own = g.mentions.flatMap((m) => linksOf.get(m) ?? []).sort((a, b) => linkOrder.get(a)! - linkOrder.get(b)!);
    for (const link of own) {
      const key = renderingKey(link.text);
      const occ: Occurrence = {
        para: link.para,
        start: tcp(link.para, link.start),
        end: tcp(link.para, link.end),
        text: link.text,
        method: link.method,
        score: link.score,
        source: { para: link.en.para, start: scp(link.en.para, link.en.start), end: scp(link.en.para, link.en.end), text: link.en.text },
      };
      const r = renderings.get(key);
      if (r) r.occurrences.push(occ);
      else renderings.set(key, { key, text: link.text, how: how(link, forms), occurrences: [occ] });
    }
    for (const r of renderings.values()) r.occurrences.sort((a, b) => a.para - b.para || a.start - b.start);
    entities.push({
      id: englishKey(forms[0]!),
      forms,
      kind,
      ...(outletKind && { outletKind }),
      ...(entry && { authority: entry }),
      mentions: g.mentions.map((m) => ({ para: m.para, start: scp(m.para, m.start), end: scp(m.para, m.end), text: m.text })),
      renderings: [...renderings.values()].sort((a, b) => firstAt(a) - firstAt(b)),
    });
  }
  const linked = new Set(links.map((l) => l.en));
  return {
    entities,
    mentions: mentions.map((m) => ({ para: m.para, start: scp(m.para, m.start), end: scp(m.para, m.end), text: m.text, kind: m.kind, linked: linked.has(m) })),
  };
}

/** A full name's rendering gives its surname's (卡特琳娜·赖歇 → 赖歇 for Reiche), by the English surname. */
function rememberSurnames(links: readonly NameLink[], surnames: Map<string, string>): void {
  for (const l of links) {
    if (l.method === 'position' || !isFullName(l.en.text) || !(l.en.kind === 'person' || l.en.kind === 'name')) continue;
    const parts = l.text.split(NAME_DOT);
    const last = parts[parts.length - 1]!;
    if (parts.length < 2 || [...last].length < 2) continue;
    const key = englishKey(l.en.text).split(' ').pop()!;
    if (!surnames.has(key)) surnames.set(key, last);
    // A hyphenated surname (Bodnár-Kerekes ↔ 博德纳尔-凯雷凯什) comes back whole as well.
    const lastWord = l.en.text.split(/\s+/).pop()!;
    if (lastWord.includes('-') && last.includes('-')) {
      const whole = englishKey(lastWord);
      if (!surnames.has(whole)) surnames.set(whole, last);
    }
  }
}

/**
 * The key a surname alone is remembered by: one word, or one after its particles or article
 * (Al Rawahi, van Dijk, De la Ossa: the surname's rendering holds no sound of them); none for
 * other names of several words.
 */
function surnameKey(text: string): string | undefined {
  const words = text.split(/\s+/);
  if (words.length === 1) return englishKey(text);
  const lead = words.slice(0, -1).map((w) => w.toLowerCase());
  return lead.every((w) => SURNAME_PARTICLES.has(w) || ARABIC_ARTICLES.has(w)) ? englishKey(words[words.length - 1]!) : undefined;
}

/**
 * A surname alone linked to a stretch that the full name's rendering of it holds and goes past
 * (楠比亚 in 楠比亚尔说 for Nambiar, when the full name was 斯里拉克希米·拉古纳坦·楠比亚尔) is that
 * whole rendering there: the full name already showed where the surname ends.
 */
function withWholeSurnames(found: NameLink[], zh: readonly ZhParagraph[], surnames: ReadonlyMap<string, string>): NameLink[] {
  return found.map((l) => {
    const key = surnameKey(l.en.text);
    if (key === undefined || l.en.acronym || !(l.en.kind === 'person' || l.en.kind === 'name')) return l;
    const surname = surnames.get(key);
    if (!surname || surname === l.text || !surname.includes(l.text)) return l;
    const text = paraText(zh, l.para);
    const others = found.filter((k) => k !== l);
    for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
      const end = i + surname.length;
      if (i <= l.start && end >= l.end && !overlapsLink(others, l.para, i, end)) return { ...l, start: i, end, text: surname };
    }
    return l;
  });
}

/**
 * A surname alone after the full name (Katherina Reiche … Reiche) is rendered by the full
 * rendering's last part where it stands alone in the Chinese: a short name is too short to be
 * found by its sound, but not to be found as the part already linked.
 */
function surnameLinks(en: readonly EnglishMention[], zh: readonly ZhParagraph[], found: readonly NameLink[], surnames: ReadonlyMap<string, string>): NameLink[] {
  const out: NameLink[] = [];
  const taken = (para: number, start: number, end: number) => overlapsLink(found, para, start, end) || overlapsLink(out, para, start, end);
  for (const m of en) {
    const key = surnameKey(m.text);
    if (key === undefined || m.acronym || m.kind === 'country' || found.some((l) => l.en === m)) continue;
    const surname = surnames.get(key);
    if (!surname) continue;
    for (const p of zh) {
      let hit = -1;
      for (let i = p.text.indexOf(surname); i >= 0 && hit < 0; i = p.text.indexOf(surname, i + 1)) if (!taken(p.index, i, i + surname.length)) hit = i;
      if (hit >= 0) {
        out.push({ en: m, para: p.index, start: hit, end: hit + surname.length, text: surname, method: 'sound', score: 0.9 });
        break;
      }
    }
  }
  return out;
}

function firstAt(r: Rendering): number {
  const o = r.occurrences[0]!;
  return o.para * 1e6 + o.start;
}

/** How a rendering renders the name: left in Latin, the authority's form, by sound, or (else) by meaning. */
function how(link: NameLink, forms: readonly string[]): Rendering['how'] {
  if (link.method === 'latin') return 'latin';
  if (link.method === 'authority') return 'standard';
  if (link.method === 'meaning') return 'meaning';
  if (link.method === 'sound' || link.method === 'pinyin' || link.method === 'reading') return 'sound';
  // A gloss, a dictionary form or a positional link may still sound like the name (《哈钦报》 for
  // Haqqin.az, 多佛尔 for Dover); else it renders by meaning (高盛 for Goldman Sachs).
  const core = withoutOutletWord(link.text.replace(/[《》]/g, ''));
  const spoken = forms.map((f) => f.split('.')[0]!);
  return spoken.some((f) => translitSimilarity(f, core) >= 0.62) ? 'sound' : 'meaning';
}

function entityKind(ms: readonly EnglishMention[], entry: AuthorityEntry | undefined): Entity['kind'] {
  if (entry) {
    if (entry.outlet) return 'outlet';
    if (entry.kind === 'person' || entry.kind === 'place' || entry.kind === 'org') return entry.kind;
  }
  const cued = ms.filter((m) => m.cued && m.kind !== 'country');
  const pool = cued.length ? cued : ms;
  for (const k of KIND_ORDER) if (pool.some((m) => m.kind === k)) return k as Entity['kind'];
  return 'name';
}

interface Group {
  mentions: EnglishMention[];
}

/**
 * English coreference, the simple way news needs: the same name; a surname alone after (or
 * before) the full name, when only one full name ends with it; an acronym after its
 * expansion; an address and its bare name (Haqqin.az, Haqqin); forms one authority row lists.
 */
function groupMentions(ms: readonly EnglishMention[], authority: ReturnType<typeof authorityFor>): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const keyOf = (m: EnglishMention) => {
    const entry = authority.lookup(m.text);
    if (entry) return `authority:${entry.english}`;
    if (m.domain) return englishKey(m.text.split('.')[0]!);
    return englishKey(m.text);
  };
  for (const m of ms) {
    const k = keyOf(m);
    let g = byKey.get(k);
    if (!g) {
      g = { mentions: [] };
      byKey.set(k, g);
      groups.push(g);
    }
    g.mentions.push(m);
  }
  // Surnames: a one-word group joins the one multi-word person or name group ending in it.
  const multi = groups.filter((g) => g.mentions.some((m) => /\s/.test(m.text) && (m.kind === 'person' || m.kind === 'name')));
  const lastWord = (g: Group) => englishKey(g.mentions.find((m) => /\s/.test(m.text))!.text).split(' ').pop()!;
  for (const g of [...groups]) {
    if (g.mentions.some((m) => /\s/.test(m.text) || m.acronym || m.domain)) continue;
    const k = englishKey(g.mentions[0]!.text);
    const owners = multi.filter((o) => o !== g && lastWord(o) === k);
    if (owners.length === 1) merge(groups, owners[0]!, g);
  }
  // Acronyms: CSTO after Collective Security Treaty Organization.
  for (const g of [...groups]) {
    const acr = g.mentions.find((m) => m.acronym);
    if (!acr) continue;
    const letters = acr.text.replace(/[^\p{Lu}]/gu, '');
    const owner = groups.find(
      (o) => o !== g && o.mentions.some((m) => /\s/.test(m.text) && initials(m.text) === letters),
    );
    if (owner) merge(groups, owner, g);
  }
  return groups;
}

function initials(s: string): string {
  return s
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
}

function merge(groups: Group[], into: Group, from: Group): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((a, b) => a.para - b.para || a.start - b.start);
  const k = groups.indexOf(from);
  if (k >= 0) groups.splice(k, 1);
}
