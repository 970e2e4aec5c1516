import {
  ACTOR_VERBS,
  CALENDAR_WORDS,
  SHORT_MONTHS,
  COMPOUND_TAILS,
  DOUBLE_PARTICLES,
  HEADS_BEFORE_OF,
  NAME_CONNECTORS,
  NOT_NAMES,
  COMMON_ACRONYMS,
  KIN_OPENERS,
  SURNAME_PARTICLES,
  US_STATE_ABBREVIATIONS,
  OFFICE_QUALIFIERS,
  ORG_HEADS,
  LEADING_OUTLET_WORDS,
  OUTLET_HEADS,
  ROAD_WORDS,
  OUTLET_BEFORE,
  OUTLET_BEFORE_ACRONYM,
  ORG_NOUNS_BEFORE,
  OUTLET_NOUNS,
  OUTLET_VERBS,
  PERSON_TITLES,
  PLACE_HEADS,
  POSSESSIVES_IN_NAMES,
  GIVEN_NAME_ABBREVIATIONS,
  QUALIFIED_OFFICES,
  STATE_ORGAN_HEADS,
  PUBLICATION_HEADS,
  TIME_HEADS,
} from './cues.ts';
import { TextMemo } from '../text/memo.ts';
import { TLD } from '../text/latin-words.ts';
import { headwordsOf, surnameChars } from './dictionary-names.ts';
import { pinyinSyllables } from './pinyin-names.ts';
import { isLegalForm } from './generic-heads.ts';

// Names in the English source: capitalised sequences (with the titles and roles before them
// taken off), acronyms (CSTO, RFE/RL, MI6) and web addresses (Haqqin.az), each with what the
// words around it say it names. Offsets are UTF-16 within the paragraph.

export type MentionKind = 'person' | 'outlet' | 'org' | 'place' | 'country' | 'acronym' | 'name';

export interface EnglishMention {
  para: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** For outlets: what kind (website, newspaper, channel …), when the text says. */
  outletKind?: string;
  /** The kind came from a strong cue (a title, a noun before it, an address) rather than a guess. */
  cued: boolean;
  acronym: boolean;
  domain: boolean;
  /** Spoken to ("told Handelsblatt", "in an interview with Tuoi Tre"): a person or an outlet. */
  addressee?: true;
  /** An acronym in brackets right after the name it shortens: "Tennessee Valley Authority (TVA)". */
  shortens?: EnglishMention;
  /** The name right after this one and "and" ("told Prothom Alo and The Business Standard"). */
  andNext?: EnglishMention;
  /**
   * The lower-case words right after the name, up to five ("the Jwaneng mine", "the Cirata
   * floating solar plant"): what the thing is, which Chinese writes after the name as part of it.
   */
  follows?: readonly string[];
}

/** Lower-case words after a name, up to the first that is not one. */
const FOLLOWING_WORDS = /^(?:\s+[a-z][a-z-]*){1,5}/;

/** What the mention finder needs to know about countries (ICU names and demonyms). */
export interface EnglishLexicon {
  /** Country names, demonyms and language adjectives (Kazakhstan, Kazakh, Azerbaijani), exact case. */
  countryWords: ReadonlySet<string>;
  /** Whether a word is a common English word and no name (see cedict-words.ts); without it, every such word may be a name. */
  commonWord?: (word: string) => boolean;
  /** Whether the dictionary translates a word (railways → 铁路); without it, a country is always split off what follows it. */
  glossed?: (word: string) => boolean;
  /** Whether a word is English at all (see cedict-words.ts); without it, no lower-case word joins a name. */
  knownWord?: (word: string) => boolean;
  /**
   * The countries' own names (Azerbaijan, Korea), not their adjectives (Azerbaijani, Russian):
   * before an institution, the noun is part of its name (Azerbaijan Tourism Board). Without it,
   * every country word is an adjective.
   */
  regionNames?: ReadonlySet<string>;
}

const DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+${TLD}(?![\\p{L}\\p{N}-])`, 'gu');
// A word: letters (with marks), inner apostrophes, hyphens and dots of initials; or an acronym with / or &;
// or the Dutch article's 't before a name (van 't Hoff).
const WORD = /['’](?<!\p{L}['’])t(?=\s\p{Lu})|(?:\p{Lu}[\p{Lu}\p{N}]*(?:[/&]\p{Lu}[\p{Lu}\p{N}]*)+)|(?:(?:(?<!\p{L})['’]s[-‐](?=\p{Lu}))?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*\.?)/gu;

interface Token {
  start: number;
  end: number;
  text: string;
}

// Arabic articles (al-Sisi) and the elided French and Italian "of" (d'Aubigny, d'Alema): lower case, yet a name's word.
const ARTICLE = /^(?:(?:al|el|ad|ar|as|at|az|ash|an|ul|ud|ud-din)[-‐]|d['’])\p{Lu}/u;
// A brand's or a place's name may open with a small letter before its capital (bTV, iROZHLAS, eThekwini, airBaltic).
const BRAND = /^\p{Ll}{1,3}\p{Lu}/u;
// Most words are lower case: the article's test only for the letters it can start with.
// 's-Hertogenbosch: the Dutch article's 's- opens a capitalised name.
const isCap = (w: string) => /^(?:['’]s[-‐])?\p{Lu}/u.test(w) || ('aeud'.includes(w[0] ?? '-') && ARTICLE.test(w)) || BRAND.test(w);
const lettersOf = (w: string) => w.replace(/[^\p{L}]/gu, '');
const isAcronymWord = (w: string) => {
  const l = lettersOf(w);
  return l.length >= 2 && l === l.toUpperCase() && /\p{Lu}/u.test(l) && l.length <= 10;
};

const headlineMemo = new TextMemo<boolean>(20_000);

/** A title-case or all-caps paragraph: a headline, whose capitals say nothing about names. */
function isHeadline(text: string): boolean {
  return headlineMemo.get(text, headlineLike);
}

// Short words title case leaves in lower case ("Call For Central Asian Security" keeps "of", "in").
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'vs']);

function headlineLike(text: string): boolean {
  // A sentence ends with a full stop; a headline does not. Nor is a byline one ("By Kelsey M. Rautio").
  if (/[.!]["”’']?\s*$/.test(text) || /^By\s+\p{Lu}/u.test(text)) return false;
  const words = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return false;
  const letters = words.join('');
  if (letters === letters.toUpperCase()) return true;
  return words.filter((w) => isCap(w)).length / words.length >= 0.8;
}

const ABBREVIATIONS = /^(?:St|Ste|Mt|Ft)\.$/;
/**
 * A given name's abbreviation (Ma. for María, Md. for Mohammad: `GIVEN_NAME_ABBREVIATIONS`) where
 * it opens a name, not where it ends one (Jack Ma. Alibaba …).
 */
const givenAbbreviation = (word: string) => GIVEN_NAME_ABBREVIATIONS.has(word);

// Words that make capitals before a dateline's dash a place's name, though every word is an
// English one (SALT LAKE CITY —, WALVIS BAY —, PORT HEDLAND —): a headline of two or three words
// (OIL PRICES FALL —) has none of them there.
const PLACE_LAST = new Set(['city', 'town', 'bay', 'springs', 'falls', 'beach', 'harbor', 'harbour', 'heights', 'island', 'creek', 'hills', 'valley', 'lake']);
const PLACE_FIRST = new Set(['port', 'fort', 'cape', 'lake', 'mount', 'san', 'santa', 'são', 'saint']);

/** Whether two or three capitalised words are shaped like a place's name: a place word last or first. */
function placeShaped(words: string): boolean {
  const w = words.toLowerCase().split(/\s+/);
  return PLACE_LAST.has(w[w.length - 1]!) || PLACE_FIRST.has(w[0]!);
}

/** Whether the word `word` (with its dot) at `at` is an abbreviation whose dot ends no sentence before a name. */
function abbreviationAt(para: string, word: string, at: number): boolean {
  if (ABBREVIATIONS.test(word)) return true;
  if (!givenAbbreviation(word)) return false;
  // After a title it still opens one (Representative Ma. Cristina Lagman-Yap).
  const before = /(\p{Lu}[\p{L}\p{M}'’.-]*)\s+$/u.exec(para.slice(Math.max(0, at - 30), at))?.[1];
  return before === undefined || PERSON_TITLES.has(before.toLowerCase());
}

function sentenceInitial(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“‘(\[]/.test(text[i]!)) i--;
  if (i < 0) return true;
  // The dot of St. or Mt. (or of Ma. opening a name) before a name ends no sentence.
  if (text[i] === '.') {
    const word = /\p{L}*$/u.exec(text.slice(Math.max(0, i - 4), i))![0];
    if (abbreviationAt(text, `${word}.`, i - word.length)) return false;
  }
  if (/[.!?:;…]/.test(text[i]!)) return true;
  // "ALMATY, Kazakhstan -- A diplomat": a spaced dash opens a clause.
  return /[-–—]/.test(text[i]!) && /\s/.test(text[i + 1] ?? '');
}

/** Splits "Tokayev's" → "Tokayev", "Baku-based" → "Baku", "pro-Kremlin" → "Kremlin", "Soviet-era" → "Soviet". */
function trimWord(t: Token, para: string): Token | null {
  let { start, text } = t;
  // The dot of an initial (W.) stays, and of Jr./Sr. inside a sentence; a sentence's full stop does not.
  // So does the dot of a saint's or a mount's abbreviation before a name (FC St. Gallen, Mt. Hood).
  // Jr./Sr. and a company's Co./Corp./Inc./Ltd. before a lower-case word, a dash, a bracket or a
  // comma: "Darnell Whitaker Sr. — the Houston Chronicle reported" (a sentence does not end on
  // ". —"), "Trans Mountain Corp. said", "Manila Electric Co. (Meralco)", "Laos-China Railway Co. Ltd.",
  // "Coterra Energy Inc.'s acreage".
  const suffix = shortenedState(t, text, para) || (NAME_END_DOTTED.test(text) && /^(?:,?\s+\p{Ll}|\s+(?:[—–]|--)|\s*[(（]|[,;)]|\s+(?:Ltd|Limited|Bhd|LLC)\b|['’]s\b)/u.test(para.slice(t.end))) || (abbreviationAt(para, text, t.start) && /^\s\p{Lu}/u.test(para.slice(t.end)));
  if (text.endsWith('.') && !suffix && !/^\p{Lu}\.$/u.test(text) && !/^(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
  text = text.replace(/['’]s?$/u, '');
  // A lower-case prefix (pro-, anti-, intra-) before a capitalised part; not the article of an
  // Arabic name (al-Sisi, el-Sheikh), which is part of it.
  const pre = /^(\p{Ll}+[-‐])(?=\p{Lu})/u.exec(text);
  if (pre && !ARTICLE.test(text)) {
    start += pre[1]!.length;
    text = text.slice(pre[1]!.length);
  }
  // A lower-case suffix after a capitalised part (Baku-based, Russia-less, Soviet-era); not a
  // Turkic patronymic's "son of", "daughter of" (Dzhumabaev-uly, Aliyeva-kyzy, Mammadov-oglu).
  const suf = /[-‐](\p{Ll}+)[\p{Ll}-]*$/u.exec(text);
  if (suf && isCap(text) && !givenNameSyllables(suf, para, t.start) && !PATRONYMIC_SUFFIXES.has(suf[0].slice(1))) text = text.slice(0, suf.index);
  if (text === '') return null;
  return { start, end: start + text.length, text };
}

/**
 * A US state shortened after a city, between two commas ("LITTLE ROCK, Ark., June 3", "CHARLESTON,
 * W.Va., Aug. 30"): it keeps its dot. `text` is the token (Va. of W.Va. is one with the W. before it).
 */
function shortenedState(t: Token, text: string, para: string): boolean {
  // Before the date's comma (LITTLE ROCK, Ark., Aug. 30 —) or the dateline's dash (TACOMA, Wash. —).
  if (!para.startsWith(',', t.end) && !/^\s(?:—|–|--)\s/u.test(para.slice(t.end, t.end + 4))) return false;
  const lead = /,\s((?:\p{Lu}\.)?)$/u.exec(para.slice(Math.max(0, t.start - 4), t.start));
  return lead !== null && US_STATE_ABBREVIATIONS.has(`${lead[1]}${text}`);
}

/** Last words of nature's places (PLACE_HEADS has works and streets too). */
const NATURAL_PLACE_HEADS = new Set(['sea', 'ocean', 'river', 'lake', 'mountains', 'mountain', 'valley', 'gulf', 'bay', 'strait', 'island', 'islands', 'peninsula']);

/** Turkic patronymic words written after a hyphen or apart: Kazakh uly/qyzy, Kyrgyz uulu/kyzy, Azerbaijani oglu/gizi. */
const PATRONYMIC_SUFFIXES = new Set(['uly', 'ulı', 'uulu', 'kyzy', 'qyzy', 'kizi', 'gizi', 'qizi', 'ogly', 'oglu', 'oğlu']);

/**
 * A hyphenated given name after a surname (Lee Jae-myung, Kim Jong-un, Ma Ying-jeou): two short
 * syllables, the second in lower case and no English compound's second half. Without the
 * surname before it the word is read as a compound (Anti-vascular, Vaccine-avoidable).
 */
function givenNameSyllables(suf: RegExpExecArray, para: string, at: number): boolean {
  const tail = suf[1]!;
  // A first syllable of up to six letters (Korean Gyeong-hwan); a second of six only for a
  // Wade–Giles syllable's digraph (Tseng Wen-hsiung).
  if (suf[0].length !== tail.length + 1 || suf.index > 6 || tail.length > (/^(?:hs|ch|ts|sh)/.test(tail) ? 6 : 5)) return false;
  if (COMPOUND_TAILS.has(tail) || (tail.length >= 4 && tail.endsWith('ed'))) return false;
  return /(?:^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*\s$/u.test(para.slice(Math.max(0, at - 30), at));
}

const tokenMemo = new TextMemo<Token[]>(20_000);

/** The words of a paragraph (remembered: the finder reads each paragraph three times). */
function tokens(text: string): Token[] {
  return tokenMemo.get(text, readTokens);
}

function readTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = trimWord({ start: m.index, end: m.index + m[0].length, text: m[0] }, text);
    if (t) out.push(t);
  }
  return out;
}

// Per paragraph, as the mentions are: documents share paragraphs.
const lowerMemo = new TextMemo<readonly string[]>(20_000);
const bodyMemo = new TextMemo<readonly string[]>(20_000);

/** Words of the document written in lower case somewhere: sentence-initial capitals of them are not names. */
export function lowerWords(paras: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paras) for (const w of lowerMemo.get(p, paragraphLowerWords)) out.add(w);
  return out;
}

function paragraphLowerWords(p: string): string[] {
  return [...new Set(Array.from(p.matchAll(/(?<![\p{L}])\p{Ll}[\p{Ll}'’]*/gu), (m) => m[0]))];
}

/** Names the document writes with a capital mid-sentence (for reading its headline). */
function bodyNames(paras: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paras) for (const w of bodyMemo.get(p, paragraphBodyNames)) out.add(w);
  return out;
}

function paragraphBodyNames(p: string): string[] {
  // A headline on a line of its own says nothing of the body's names either.
  if (p.includes('\n')) return [...new Set(p.split('\n').flatMap(paragraphBodyNames))];
  if (isHeadline(p)) return [];
  const out = new Set<string>();
  const titles = quotedTitles(p);
  for (const t of tokens(p)) {
    if (titles.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    if (isCap(t.text) && !sentenceInitial(p, t.start)) out.add(t.text.toLowerCase());
  }
  return [...out];
}

/** Every name mention of a document's English paragraphs. */
export function englishMentions(paras: readonly string[], lex: EnglishLexicon): EnglishMention[] {
  const lower = lowerWords(paras);
  const body = bodyNames(paras);
  const out: EnglishMention[] = [];
  paras.forEach((text, para) => out.push(...paragraphMentionsOnce(text, para, lower, body, lex)));
  out.sort((a, b) => a.para - b.para || a.start - b.start);
  out.forEach((m, k) => {
    const full = out[k - 1];
    const text = paras[m.para]!;
    // "Islamic Development Bank (IsDB)": a word in brackets whose capitals are the initials of the
    // name before it is its acronym, though written in mixed case.
    if (!m.acronym && m.kind === 'name' && full && full.para === m.para && bracketAcronym(m.text, full.text) && text[m.end] === ')' && /^\s?\($/.test(text.slice(full.end, m.start))) {
      m.acronym = true;
      m.kind = 'acronym';
    }
    if (!m.acronym || !full || full.acronym || full.para !== m.para || text[m.end] !== ')' || !/^\s?\($/.test(text.slice(full.end, m.start))) return;
    // "the Austrian People's Party (ÖVP)", "Swiss National Bank (SNB)": the mention before the
    // bracket is only the end of the name the acronym shortens when a capitalised word (a
    // possessive, a country, a connector's other side) stands right before it.
    const cut = /(\p{Lu}[\p{L}\p{M}'’.-]*?)(?:['’]s)?\s+(?:(?:and|&|e|y|et|und|d[aeiou]|de[lrns]|della|d[aeo]s|la|el|al)\s+){0,2}$/u.exec(text.slice(Math.max(0, full.start - 40), full.start));
    // "Honduras' National Electoral Council (CNE)": a possessive before is no part of the name
    // when the acronym's letters are the name's initials, in any order (the name's own language's).
    // Nor is a country's ("Estonia's Internal Security Service (KAPO)": Kaitsepolitsei's letters).
    const possessive = /['’]s?\s+$/u.test(cut?.[0] ?? '');
    // A country of more than one word ("the Dominican Republic's Central Electoral Board (JCE)") is a mention of its own.
    const before = out[k - 2];
    const country = lex.countryWords.has(cut?.[1] ?? '') || (before?.kind === 'country' && before.para === m.para && /^['’]s?\s+$/u.test(text.slice(before.end, full.start)));
    if (!cut || NOT_NAMES.has(cut[1]!.toLowerCase()) || (possessive && (sameInitials(m.text, full.text) || country))) m.shortens = full;
  });
  out.forEach((m) => {
    // "chairman van Rensburg said": a surname's particle in lower case before it is the surname's
    // where the document writes the full name with it (Gerhard van Rensburg).
    if (/\s/.test(m.text) || !(m.kind === 'name' || m.kind === 'person')) return;
    const particle = SURNAME_PARTICLE.exec(paras[m.para]!.slice(Math.max(0, m.start - 12), m.start))?.[1];
    if (particle && out.some((o) => o !== m && o.text.endsWith(` ${particle.toLowerCase()} ${m.text}`))) {
      m.start -= particle.length + 1;
      m.text = `${particle} ${m.text}`;
    }
  });
  out.forEach((m, k) => {
    const words = FOLLOWING_WORDS.exec(paras[m.para]!.slice(m.end, m.end + 60))?.[0].trim().split(/\s+/);
    if (words) m.follows = words;
    const next = out[k + 1];
    if (next && next.para === m.para && /^,? and $/.test(paras[m.para]!.slice(m.end, next.start))) m.andNext = next;
  });
  return out;
}

/** A particle in lower case right before a surname, or two (van, von der, de la). */
// Capitalised too where it opens a sentence ("Von Ellrichshausen added …").
const PARTICLES_BEFORE = [...DOUBLE_PARTICLES, ...SURNAME_PARTICLES];
const SURNAME_PARTICLE = new RegExp(`(?:^|[^\\p{L}])(${[...PARTICLES_BEFORE, ...PARTICLES_BEFORE.map((p) => p[0]!.toUpperCase() + p.slice(1))].join('|')}) $`, 'u');

/** A set of words as the mention finder asks it: only whether a word is in it. */
interface WordSet {
  has(word: string): boolean;
}

interface ParagraphVariant {
  /** What the finder asked of the document's lower-case words and body names, and the answers. */
  asked: ['lower' | 'body', string, boolean][];
  mentions: readonly EnglishMention[];
}

const paragraphMemos = new WeakMap<EnglishLexicon, Map<string, ParagraphVariant[]>>();

/**
 * A paragraph's mentions, remembered by its text together with every question the finder asked
 * of the rest of the document (is this word written in lower case elsewhere, a name in the
 * body): a paragraph seen again in a document that answers them alike has the same mentions.
 * News repeats paragraphs across articles (datelines, boilerplate, every system's translation
 * of one source), and the rest of each document still decides.
 */
function paragraphMentionsOnce(text: string, para: number, lower: ReadonlySet<string>, body: ReadonlySet<string>, lex: EnglishLexicon): EnglishMention[] {
  let memo = paragraphMemos.get(lex);
  if (!memo) paragraphMemos.set(lex, (memo = new Map()));
  const variants = memo.get(text);
  const answers = (v: ParagraphVariant) => v.asked.every(([set, word, was]) => (set === 'lower' ? lower : body).has(word) === was);
  const known = variants?.find(answers);
  if (known) return known.mentions.map((m) => ({ ...m, para }));
  const asked: ParagraphVariant['asked'] = [];
  const recording = (set: ReadonlySet<string>, name: 'lower' | 'body'): WordSet => ({
    has: (word) => {
      const was = set.has(word);
      asked.push([name, word, was]);
      return was;
    },
  });
  const found = paragraphMentions(text, para, recording(lower, 'lower'), recording(body, 'body'), lex);
  if (memo.size >= 20_000) memo.clear();
  const list = memo.get(text) ?? [];
  if (list.length < 8) list.push({ asked, mentions: found.map((m) => ({ ...m })) });
  memo.set(text, list);
  return found;
}

/** The quotes around a nickname inside a name ("Jun", 'Paco', “Bongbong”, "Kojo Tiger"). */
const NICKNAME_OPEN = /^\s["'“‘]$/u;
const NICKNAME_CLOSE = /^["'”’]\s$/u;

/** How many words, one to three, a nickname opened before toks[at] has up to its closing quote (0: none closes). */
function nicknameLength(toks: readonly Token[], at: number, text: string): number {
  for (let k = 1; k <= 3 && at + k < toks.length; k++) {
    const last = toks[at + k - 1]!;
    if (NICKNAME_CLOSE.test(text.slice(last.end, toks[at + k]!.start))) return k;
    if (!/^\s$/.test(text.slice(last.end, toks[at + k]!.start))) return 0;
  }
  return 0;
}

/** The mentions of one paragraph, given what the rest of the document writes in lower case and as names. */
function paragraphMentions(text: string, para: number, lower: WordSet, body: WordSet, lex: EnglishLexicon): EnglishMention[] {
  // A line break ends a headline, a byline or a dateline as a paragraph's end does ("GHANA HALTS
  // MINING NEAR KENYASI\nThe Minerals Commission …", "By Wairimu Gathua\nNYERI, Kenya — …").
  if (text.includes('\n')) {
    const lines: EnglishMention[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      for (const m of paragraphMentions(line, para, lower, body, lex)) {
        m.start += offset;
        m.end += offset;
        lines.push(m);
      }
      offset += line.length + 1;
    }
    return lines;
  }
  const out: EnglishMention[] = [];
  const headline = isHeadline(text);
  const taken: [number, number][] = [];
  for (const m of text.matchAll(DOMAIN)) {
    // An e-mail address or a path is not an outlet's name.
    if (/^[@/]/.test(text[m.index + m[0].length] ?? '')) continue;
    out.push({ para, start: m.index, end: m.index + m[0].length, text: m[0], kind: 'outlet', outletKind: 'website', cued: true, acronym: false, domain: true });
    taken.push([m.index, m.index + m[0].length]);
  }
  const toks = tokens(text).filter((t) => !taken.some(([a, b]) => t.start < b && t.end > a));
  const titles = quotedTitles(text);
  const inTitle = (t: Token) => headline || titles.some(([a, b]) => t.start >= a && t.end <= b);
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // A dateline: "ALMATY, Kazakhstan --" opens the story with a place in capitals.
    // Its dash follows the place's region or the date ("STELCO, the Maldives' state electricity company," is an apposition).
    // Of up to four words (PORT SAID, SAN JOSÉ, HO CHI MINH CITY).
    let last = i;
    while (i === 0 && last < i + 3 && toks[last + 1] && text.slice(toks[last]!.end, toks[last + 1]!.start) === ' ' && /^\p{Lu}{2,}$/u.test(toks[last + 1]!.text)) last++;
    const place = toks[last]!;
    // "ROME — Fincantieri delivered …": a dash right after the place, which reads like a headline's,
    // makes a dateline when the country table lists the place (a seat of government), or when
    // it is one word of four letters or more that is no English word (CHIȘINĂU —): a headline
    // says more than that.
    const placeText = text.slice(t.start, place.end);
    const seat = i === 0 && countryWord(placeText, lex);
    const bare =
      i === 0 &&
      /^\s(?:—|–|--)\s/u.test(text.slice(place.end, place.end + 4)) &&
      (seat || (last === i && t.text.length >= 4 && unknownWord(t.text, lex)) || (last > i && placeShaped(text.slice(t.start, place.end))));
    // The region and the date may each have their comma ("EURAJOKI, Finland, Jan. 9 —"), and the
    // place a hyphen (SEPT-ÎLES).
    // A word of two letters opens one only when a place word ends it (HO CHI MINH CITY; not US STOCKS SLIDE).
    if (i === 0 && (/^\p{Lu}[\p{Lu}-]{2,}$/u.test(t.text) || (last > i && /^\p{Lu}{2}$/u.test(t.text) && placeShaped(placeText))) && (bare || (!headline && /^,\s[^—–]{1,40}?\s(?:—|–|--)\s/u.test(text.slice(place.end, place.end + 50))))) {
      // A seat of government the country table lists (TAIPEI, ASTANA) is the country's, as Taipei is.
      out.push({ para, start: t.start, end: place.end, text: placeText, kind: seat ? 'country' : 'place', cued: true, acronym: false, domain: false });
      i = last + 1;
      continue;
    }
    if (!nameWord(t, text, inTitle(t), lower, body, lex)) {
      i++;
      continue;
    }
    // Extend over following capitalised words, initials and connectors between two of them.
    let j = i;
    while (j + 1 < toks.length) {
      const next = toks[j + 1]!;
      const gap = text.slice(toks[j]!.end, next.start);
      // "Folha de S.Paulo": an initial may touch the word after it.
      // "People's Bank of China", "Workers' Party": a collective noun's possessive is inside a name
      // (a name's possessive, "Tokayev's Foreign Minister", ends one).
      const joined =
        /^\s$/.test(gap) || (gap === '' && /^\p{Lu}\.$/u.test(toks[j]!.text)) || (/^['’]s?\s$/u.test(gap) && possessiveInName(toks[j]!.text, gap, next.text, lex));
      if (joined && isCap(next.text) && nameWord(next, text, inTitle(next), lower, body, lex, { prev: toks[j]!, next: toks[j + 2] })) {
        j++;
        continue;
      }
      const after = toks[j + 2];
      // "Shares of Deutsche Bank": a sentence's first word is a capital of the sentence's, so
      // it opens a name with "of" only if it is a head such names have (Bank of America).
      if (j === i && HEAD_LINKS.has(next.text) && sentenceInitial(text, t.start) && !opensOfName(t.text)) break;
      if (
        /^\s$/.test(gap) &&
        NAME_CONNECTORS.has(next.text.toLowerCase()) &&
        after &&
        /^\s$/.test(text.slice(next.end, after.start)) &&
        isCap(after.text) &&
        nameWord(after, text, inTitle(after), lower, body, lex, { prev: next, next: toks[j + 3] })
      ) {
        j += 2;
        continue;
      }
      // A nickname in quotes between two names, of up to three words: Francisco 'Paco' Almagro,
      // Rogelio "Jun" Dizon Jr., Kwabena "Kojo Tiger" Boateng-Mensah.
      const nick = NICKNAME_OPEN.test(gap) && isCap(next.text) ? nicknameLength(toks, j + 1, text) : 0;
      const named = toks[j + 1 + nick];
      if (nick > 0 && named && isCap(named.text) && nameWord(named, text, inTitle(named), lower, body, lex, { prev: toks[j + nick]!, next: toks[j + 2 + nick] })) {
        j += nick + 1;
        continue;
      }
      // Two particles in a row: Ursula von der Leyen, Rafael van der Vaart, Sergio de la Fuente; and
      // "of the" after an organisation's head: International Committee of the Red Cross.
      const third = toks[j + 3];
      if (
        /^\s$/.test(gap) &&
        after &&
        third &&
        (DOUBLE_PARTICLES.has(`${next.text} ${after.text}`) || (next.text === 'of' && after.text === 'the' && orgHead(toks[j]!))) &&
        /^\s$/.test(text.slice(next.end, after.start)) &&
        /^\s$/.test(text.slice(after.end, third.start)) &&
        isCap(third.text) &&
        nameWord(third, text, inTitle(third), lower, body, lex, { prev: after, next: toks[j + 4] })
      ) {
        j += 3;
        continue;
      }
      // "Chyngyz Abdykadyrov uulu": a Turkic patronymic's "son of" written apart ends the name.
      if (gap === ' ' && PATRONYMIC_SUFFIXES.has(next.text)) {
        j++;
        continue;
      }
      // "Daewan Engineering & Construction Co.", "Green & Gold Daily": an ampersand joins two words of one name.
      if (gap === ' & ' && isCap(next.text) && nameWord(next, text, inTitle(next), lower, body, lex, { prev: toks[j]!, next: toks[j + 2] })) {
        j++;
        continue;
      }
      // "Witrivier Platinum (Pty) Ltd", "Aik Nullah Textiles (Pvt.) Ltd": a private company's bracket.
      if (gap === ' (' && /^(?:Pty|Pvt|Private)\.?$/.test(next.text) && /^\)\s(?:Ltd|Limited)\b/.test(text.slice(next.end)) && toks[j + 2]) {
        j += 2;
        continue;
      }
      // "Hokuriku Mechatronics Co., Ltd.": Japanese, Korean and Thai companies write the comma.
      if (gap === ', ' && /^(?:Co|Corp)\.$/.test(toks[j]!.text) && /^(?:Ltd|Limited)\b/.test(next.text)) {
        j++;
        continue;
      }
      const listEnd = gap === ', ' ? commaListEnd(toks, i, j, text, lex) : -1;
      if (listEnd > j) {
        j = listEnd;
        continue;
      }
      break;
    }
    // "Hospodárske noviny", "Sokolovská uhelná": languages that capitalise only a name's first
    // word write the rest in lower case. Words English does not know, after one it does not
    // know either, are the name's when one of them has a letter English does not write (the
    // dictionary misses words such as hydropower and drew, and those are ASCII).
    for (let k = 0; k < 3 && j + 1 < toks.length && text.slice(toks[j]!.end, toks[j + 1]!.start) === ' '; k++) {
      const next = toks[j + 1]!.text;
      // The cheap tests first: most names are ASCII, and most are followed by an English word.
      if (!/^\p{Ll}[\p{Ll}\p{M}]{2,}$/u.test(next) || !/[^\x00-\x7f]/.test(text.slice(t.start, toks[j + 1]!.end))) break;
      if (!unknownWord(next, lex) || !unknownWord(toks[j]!.text, lex)) break;
      j++;
    }
    if (j === i && lex.commonWord && !inTitle(t) && commonOpening(t, toks[i - 1], toks[i + 1], text, body, lex.commonWord)) {
      i++;
      continue;
    }
    // "the 21st Century Business Herald": an ordinal opens an organisation's or outlet's name.
    const ordinal = toks[i - 1];
    const head = toks[j]!.text.toLowerCase();
    const opens = j > i && ordinal && /^\d+(?:st|nd|rd|th)$/.test(ordinal.text) && text.slice(ordinal.end, t.start) === ' ' && (ORG_HEADS.has(head) || OUTLET_HEADS.has(head));
    out.push(...shape(toks.slice(opens ? i - 1 : i, j + 1), text, para, lex));
    i = j + 1;
  }
  return out.map((m) => withAbbreviationDot(m, text));
}

/**
 * "… fined Sepehr Niroo Sazeh Co.": an abbreviation that ends a name keeps its dot where it ends
 * the sentence too (one dot is both). The tokens lost it, so that the next sentence's first word
 * would not join the name.
 */
function withAbbreviationDot(m: EnglishMention, text: string): EnglishMention {
  if (text[m.end] !== '.' || !NAME_ABBREVIATION_END.test(m.text)) return m;
  return { ...m, end: m.end + 1, text: `${m.text}.` };
}
// Abbreviations that end a name (Jr., Co., Ltd. …), and those of them whose dot a sentence's end
// keeps (a Bhd or Pty there is written without one as often).
const DOT_KEEPING = ['Jr', 'Sr', 'Co', 'Corp', 'Inc', 'Ltd', 'Ltda', 'Kft', 'Zrt', 'Nyrt', 'Pvt'];
const NAME_END_DOTTED = new RegExp(`^(?:${[...DOT_KEEPING, 'Bhd', 'Plc', 'Pty'].join('|')})\\.$`);
const NAME_ABBREVIATION_END = new RegExp(`(?<=\\s)(?:${DOT_KEEPING.join('|')})$`, 'u');

/**
 * "Ministry of Climate Change, Environment and Energy", "Agriculture, Fisheries and Conservation
 * Department": a list inside an organisation's name, its items joined by commas and a last "and".
 * Where the list after the comma at toks[j] ends (the index of its last word), or -1. The run must
 * hold a head and its "of" or "for" before the comma, or the list end on a head; and every word
 * of the list is an English word, which tells it from a list of names ("the Bank of
 * England, Barclays and HSBC").
 */
function commaListEnd(toks: readonly Token[], i: number, j: number, text: string, lex: EnglishLexicon): number {
  const common = lex.knownWord;
  if (!common) return -1;
  const run = toks.slice(i, j + 1);
  const of = run.findIndex((t, k) => k + 1 < run.length && orgHead(t) && (run[k + 1]!.text === 'of' || run[k + 1]!.text === 'for'));
  // The words the list's first item holds: after the head's "of", or the run's.
  const first = of >= 0 ? run.slice(of + 2) : run;
  if (first.length === 0 || !first.every((t) => common(t.text))) return -1;
  const word = (t: Token | undefined) => t !== undefined && isCap(t.text) && common(t.text);
  const gapAfter = (k: number) => text.slice(toks[k]!.end, toks[k + 1]?.start ?? toks[k]!.end);
  let k = j + 1;
  if (!word(toks[k])) return -1;
  // Items of one or more words, a comma between two; "and" (after a comma or not) before the last.
  for (;;) {
    const gap = gapAfter(k);
    const next = toks[k + 1];
    if (gap === ' ' && word(next)) k++;
    else if (gap === ', ' && word(next)) k++;
    else if ((gap === ' ' || gap === ', ') && next?.text === 'and' && gapAfter(k + 1) === ' ') break;
    else return -1;
  }
  // The last item, after "and" (and a "the": Forestry, Fisheries and the Environment).
  k += toks[k + 2]?.text === 'the' && gapAfter(k + 2) === ' ' ? 3 : 2;
  if (!word(toks[k])) return -1;
  while (gapAfter(k) === ' ' && word(toks[k + 1])) k++;
  return of >= 0 || orgHead(toks[k]!) ? k : -1;
}

/**
 * A possessive inside a name: a collective noun's (People's Bank of China, Workers' Party), any
 * plural's before a head (Colombo Tea Traders' Association, Changwon District Prosecutors'
 * Office), and an office-holder's, a title's, before one (State Attorney's Office, Ombudsman's Office).
 */
function possessiveInName(word: string, gap: string, next: string, lex: EnglishLexicon): boolean {
  const lower = word.toLowerCase();
  if (POSSESSIVES_IN_NAMES.has(lower)) return true;
  if (!ORG_HEADS.has(next.toLowerCase())) return false;
  // A plural English knows: not a name ending in s (Maldives' State Trading Organisation).
  const plural = /^['’]\s$/u.test(gap) && /\p{Ll}s$/u.test(word) && lex.knownWord?.(word) === true && !lex.countryWords.has(word);
  return plural || PERSON_TITLES.has(lower);
}

/** CNE for National Electoral Council (Consejo Nacional Electoral): the same letters as the name's initials. */
function sameInitials(acronym: string, name: string): boolean {
  const initials = initialsOf(name);
  return initials.length >= 2 && initialsLeft(acronym.replace(/\P{L}/gu, '').toUpperCase(), initials) === 0;
}

/** How many of the initials the letters leave over, each letter using one (in any order); undefined when a letter is none of them. */
function initialsLeft(letters: string, initials: string): number | undefined {
  const left = [...initials];
  for (const c of letters) {
    const k = left.indexOf(c);
    if (k < 0) return undefined;
    left.splice(k, 1);
  }
  return left.length;
}

/** The first letters of a name's capitalised words (IDB of Islamic Development Bank). */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** IsDB for Islamic Development Bank, AfDB for African Development Bank: capitals that are the name's initials. */
function bracketAcronym(word: string, name: string): boolean {
  if (!/^\p{Lu}[\p{L}]{1,7}$/u.test(word)) return false;
  const capitals = word.replace(/\P{Lu}/gu, '');
  const initials = initialsOf(name);
  if (capitals.length >= 2 && capitals === initials) return true;
  // ICMBio for the Chico Mendes Institute for Biodiversity Conservation: the name's own language
  // orders them otherwise (Instituto Chico Mendes de Conservação da Biodiversidade) and may drop one.
  const left = capitals.length >= 3 ? initialsLeft(capitals, initials) : undefined;
  return left !== undefined && left <= 1;
}

/** A word of letters that is no English word by the dictionary, nor a country's (noviny, Lietuvos); false without a dictionary. */
function unknownWord(w: string, lex: EnglishLexicon): boolean {
  return lex.knownWord !== undefined && /^[\p{L}\p{M}]+$/u.test(w) && !lex.knownWord(w) && !countryWord(w, lex);
}

/** A country word as written, or in capitals (UZBEK, TAIPEI) as the country table writes it (Uzbek, Taipei). */
export function countryWord(w: string, lex: EnglishLexicon): boolean {
  return lex.countryWords.has(w) || lex.countryWords.has(nameCased(w));
}

/** Words in capitals as a name is written, each word on its own (NEW DELHI → New Delhi, GUATEMALA CITY → Guatemala City). */
export function nameCased(w: string): string {
  return w.replace(/\p{L}+/gu, (x) => x.charAt(0) + x.slice(1).toLowerCase());
}

/**
 * "Among the patients…", "Influenza spreads…": one capitalised word opening a sentence, a common
 * English word the document never writes as a name mid-sentence, has its capital from the
 * sentence — unless what follows makes it an actor ("Target said", "Oracle's shares").
 */
function commonOpening(t: Token, prev: Token | undefined, next: Token | undefined, text: string, body: WordSet, commonWord: (w: string) => boolean): boolean {
  if (isAcronymWord(t.text) || !sentenceInitial(text, t.start) || body.has(t.text.toLowerCase())) return false;
  // The full stop of a title (Dr. Among) ends no sentence.
  if (prev && text[prev.end] === '.' && PERSON_TITLES.has(`${prev.text.toLowerCase()}.`)) return false;
  if (/^['’]s?(?!\p{L})/u.test(text.slice(t.end)) || (next && ACTOR_VERBS.has(next.text.replace(/\.$/, '')))) return false;
  return commonWord(t.text);
}

/** Quoted phrases in title case ("Rats And Ships", "Bloody January"): titles, read like headlines. */
function quotedTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  // "PEMEX TO RESTART TULA REFINERY BY MONDAY: The state oil company said …": a headline in
  // capitals that opens the paragraph, read as a headline is.
  const caps = CAPS_OPENING.exec(text);
  if (caps && (caps[1]!.match(/\p{Lu}{3,}/gu) ?? []).length >= 3) out.push([0, caps[1]!.length]);
  // "Bapco Energies Starts New Sitra Refinery Unit Ahead of Schedule — The unit began …": so is one in title case up to a dash.
  else {
    const titled = TITLE_OPENING.exec(text);
    if (titled && headlineLike(titled[1]!)) out.push([0, titled[1]!.length]);
  }
  for (const m of text.matchAll(/["“]([^"”]{3,200})["”]/g)) {
    const words = m[1]!.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const long = words.filter((w) => w.length >= 4);
    if (words.length >= 2 && long.length > 0 && long.every((w) => isCap(w))) out.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  return out;
}

/** A paragraph's opening up to a spaced dash, no sentence's end inside it. */
const TITLE_OPENING = /^([^.!?:;—–]{10,120}?)\s(?:—|–|--)\s/u;

/** Words in capitals (and numbers) up to a colon or a dash, at a paragraph's start. */
const CAPS_OPENING = /^((?:[\p{Lu}\d][\p{Lu}\d,.'’&-]*\s+){2,}[\p{Lu}\d][\p{Lu}\d,.'’&-]*)\s*(?::|—|–|--)/u;

/**
 * Connectors after an organisation's head (University of Glasgow, State Committee for National
 * Security, Council on Foreign Relations). A sentence's first word carries a name on over one
 * only if it is such a head (Bank of America; not "Shares of Deutsche Bank").
 */
const HEAD_LINKS = new Set(['of', 'for', 'on']);

/** Whether a word at the start of a sentence may open a name with "of": Bank of America, Minister of Defence. */
function opensOfName(w: string): boolean {
  const k = w.toLowerCase();
  return ORG_HEADS.has(k) || HEADS_BEFORE_OF.has(k) || PERSON_TITLES.has(k) || OFFICE_QUALIFIERS.has(k) || isAcronymWord(w);
}

/** Whether the text goes on with one to three capitalised words, the last an organisation's head (Development Authority). */
function headFollows(after: string): boolean {
  const words = /^(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/u.exec(after)?.[0].trim().split(/\s+/);
  return words !== undefined && ORG_HEADS.has(words[words.length - 1]!.toLowerCase());
}

/** Whether a capitalised word that is no title, no head and no sentence word comes next ("Bank Al-Maghrib"). */
function nameAfterHead(after: string): boolean {
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  if (!next) return false;
  const k = next.toLowerCase();
  return !PERSON_TITLES.has(k) && !ORG_HEADS.has(k) && !NOT_NAMES.has(k) && !OFFICE_QUALIFIERS.has(k);
}

/** Whether a token can be (part of) a name where it stands. */
function nameWord(
  t: Token,
  text: string,
  headline: boolean,
  lower: WordSet,
  body: WordSet,
  lex: EnglishLexicon,
  /** Set when the token would continue a run: its neighbours. */
  inside?: { prev: Token; next: Token | undefined },
): boolean {
  const w = t.text;
  if (!isCap(w) && !/^\p{Lu}/u.test(lettersOf(w))) return false;
  const key = w.toLowerCase();
  if (headline) {
    // In a headline (or a quoted title) only what the body writes as a name is one, or a word
    // that is no English word at all (MIRZAEV in a headline the body does not repeat).
    if (lower.has(key) || PERSON_TITLES.has(key) || NOT_NAMES.has(key)) return false;
    return body.has(key) || (lettersOf(w).length >= 4 && unknownWord(lettersOf(w), lex));
  }
  if (isAcronymWord(w)) return true;
  // "SAGA, Jan. 21": a month shortened before a day is a date (Jan alone may be a name).
  if (SHORT_MONTHS.has(key) && /^\.?\s*\d/.test(text.slice(t.end, t.end + 4))) return false;
  if (inside) return !NOT_NAMES.has(key) || /^\p{Lu}\.$/u.test(w) || nameInside(t, key, text, inside.prev, inside.next);
  // "official Said bin Nasser al-Rawahi said": a word of the sentence before "son of" is a given name;
  // so is one in capitals after a title and before a name ("assistant commissioner Said Anwar Shinwari told").
  if (NOT_NAMES.has(key)) return pronounSurname(t, key, text) || /^\s(?:bin|ibn|bint)\s\p{Lu}/u.test(text.slice(t.end, t.end + 8)) || titledGivenName(t, text);
  if (sentenceInitial(text, t.start)) {
    // A sentence's first word is a name only if the document never writes it in lower case
    // and it is not an adverb opening the sentence ("Later,", "Unsurprisingly"), unless it opens
    // a name with "of" (Port of Corpus Christi … the port) or with a Romance "of" (Metro do Porto … the metro).
    // A name's particle opens it with the next particle after it (Van der Westhuizen, De la Cruz, Von der Leyen).
    const opensName = () =>
      (opensOfName(w) && /^\s+of\s+\p{Lu}/u.test(text.slice(t.end))) ||
      // "Coconut Development Authority official …": capitalised words up to an organisation's head;
      // "Bank Al-Maghrib Governor …": a head, then a name that is no title.
      headFollows(text.slice(t.end, t.end + 60)) ||
      (ORG_HEADS.has(key) && nameAfterHead(text.slice(t.end, t.end + 40))) ||
      /^\s+(?:d[aeo]s?|del|della|du)\s+\p{Lu}/u.test(text.slice(t.end)) ||
      DOUBLE_PARTICLES.has(`${key} ${/^\s+(\p{Ll}+)\s+\p{Lu}/u.exec(text.slice(t.end))?.[1]}`);
    if ((lower.has(key) || lower.has(key.replace(/s$/, ''))) && !opensName()) return false;
    if (/ly$/.test(key) && text[t.end] === ',') return false;
  }
  return true;
}

/** A sentence word in capitals inside a sentence, between a person's title and a capitalised word. */
function titledGivenName(t: Token, text: string): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1];
  return before !== undefined && PERSON_TITLES.has(before) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(t.end, t.end + 4));
}

// Pronouns that are also Chinese surnames (He Lifeng, You Quan).
const PRONOUN_SURNAMES = new Set(['he', 'you']);

/**
 * "He Xiaopeng, chairman of XPeng, said": a pronoun opens a name when it is a Chinese surname
 * and a given name in pinyin follows it ("He Said" and "He Travelled" are no pinyin).
 */
function pronounSurname(t: Token, key: string, text: string): boolean {
  if (!PRONOUN_SURNAMES.has(key)) return false;
  const given = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(t.end, t.end + 20));
  return given !== null && pinyinSyllables(`${key} ${given[1]!}`) !== undefined && surnameChars(key).length > 0;
}

/**
 * A word English writes in lower case, capitalised inside a run in running text: a name
 * (Vice Premier He Lifeng, General Secretary To Lam) when a capitalised word follows it and
 * the word before is no sentence's first ("Results The Ministry …" in an abstract), unless a
 * title; "May" (Theresa May) when no date follows, "Today" (Uzbekistan Today), "An" (Hội An). Days and "told CNN May 5" stay dates.
 */
function nameInside(t: Token, key: string, text: string, prev: Token, next: Token | undefined): boolean {
  if (key === 'may') return !/^\s*\d/.test(text.slice(t.end));
  // Hội An, Long An: capitalised inside a name, "An" is no article.
  if (key === 'an') return true;
  // USA Today, Uzbekistan Today: capitalised after a name, "today" is the title's (the day is written in lower case).
  if (key === 'today') return true;
  if (CALENDAR_WORDS.has(key) || next === undefined) return false;
  if (!/^\s$/.test(text.slice(t.end, next.start)) || !/^\p{Lu}\p{Ll}/u.test(next.text) || NOT_NAMES.has(next.text.toLowerCase())) return false;
  return !sentenceInitial(text, prev.start) || titleWord(prev);
}

/** Connectors that join two names only inside an organisation's name ("of" always joins). */
const CONNECTORS_TO_SPLIT = new Set(['and', 'for', 'on']);

const lowerOf = (t: Token) => t.text.toLowerCase();
const parts = (t: Token) => lowerOf(t).split(/[-‐]/);
// An organisation's head before "General" is the organisation's (Directorate-General for Food):
// a head, not a title (Secretary-General is one).
const generalHead = (t: Token) => /^\p{L}+-General$/u.test(t.text) && ORG_HEADS.has(parts(t)[0]!);
const orgHead = (t: Token) => ORG_HEADS.has(lowerOf(t)) || generalHead(t);
const titleWord = (t: Token) => !generalHead(t) && parts(t).some((p) => PERSON_TITLES.has(p) || PERSON_TITLES.has(`${p}.`));
// "Senators John Curtis and Mike Lee": a title in the plural opening a run (not one ending a name: Punjab Kings).
const pluralTitle = (t: Token) => /^\p{Lu}\p{Ll}{3,}s$/u.test(t.text) && PERSON_TITLES.has(t.text.slice(0, -1).toLowerCase());
const qualifierWord = (t: Token) => !titleWord(t) && parts(t).some((p) => OFFICE_QUALIFIERS.has(p));

/**
 * An organisation's name: it ends in a head (… Organization) or holds a head before a connector
 * (University of Glasgow, State Committee for National Security, Council on Foreign Relations).
 */
function orgName(words: readonly Token[]): boolean {
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  // A company's legal form ends it as a head does (Koivu Capital Oy, Akkar Milling SAL).
  if (orgHead(last) || (words.length > 1 && isLegalForm(last.text))) return true;
  return words.some((t, k) => k + 1 < words.length && orgHead(t) && HEAD_LINKS.has(words[k + 1]!.text));
}

/**
 * Whether the connector at k is inside one organisation's name: "State Committee for National
 * Security", "Council on Foreign Relations" (a head before "for"/"on"), "Justice and Development
 * Party" (the run ends in a head), "Department of Fish and Game" (after a head's "of"); not "World Bank and International Monetary Fund", two names
 * each with its own head.
 */
function joinsOrgName(run: readonly Token[], k: number, lex: EnglishLexicon): boolean {
  const prev = run[k - 1];
  if (!prev) return false;
  const prevHead = orgHead(prev);
  // A headline's AND is an and.
  const and = lowerOf(run[k]!) === 'and';
  // "Committee for National Security", but not "the World Bank for Ukraine".
  if (!and && prevHead) return !lex.countryWords.has(run[k + 1]?.text ?? '');
  // "Department of Fish and Game", "Ministry of Agriculture and Forestry": what the head is of.
  // So is the European Bank for Reconstruction and Development's (a head's "for").
  if (and && !prevHead && run.some((t, j) => j + 2 < k && orgHead(t) && (run[j + 1]!.text === 'of' || run[j + 1]!.text === 'for'))) return true;
  return orgHead(run[run.length - 1]!) && !(and && prevHead && k > 1);
}

/** Titles that are Arabic given names as well. */
const GIVEN_NAME_TITLES = new Set(['sultan', 'amir', 'emir', 'malik']);

/** Words meaning "son of" or "daughter of" inside Arabic names. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/**
 * Which words of a run are titles where they stand. A title followed by words that make an
 * organisation's name (World Health Organization, King Abdullah University) is part of that
 * name; a qualifier (Foreign, Home, Labour) is a title only before an office (Foreign Minister,
 * Home Secretary; not Labour MP); a word after a connector (Ministry of Health) never is.
 */
function titleFlags(run: readonly Token[], text: string, lex: EnglishLexicon): boolean[] {
  return run.map((t, i) => {
    if (i > 0 && NAME_CONNECTORS.has(run[i - 1]!.text)) return false;
    if (qualifierWord(t)) {
      let j = i + 1;
      while (j < run.length && qualifierWord(run[j]!)) j++;
      const office = j < run.length ? run[j]! : undefined;
      // "Foreign ministry spokeswoman", "Russian Energy chief": the office in lower case after the
      // run; after a name word the qualifier ends an organisation's name ("Sarawak Energy chief executive").
      const opens = run.slice(0, i).every((u) => qualifierWord(u) || titleWord(u) || lex.countryWords.has(u.text));
      if (!office) return opens && officeFollows(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 60));
      return parts(office).some((p) => QUALIFIED_OFFICES.has(p));
    }
    // "Importer Akkar Milling SAL said": a sentence's first word naming a trade before a company describes it.
    if (i === 0 && !titleWord(t) && run.length > 2 && endsInLegalForm(run, text) && occupationWord(run, text, lex)) return true;
    if (!titleWord(t) && !(i === 0 && (occupationOpening(run, text, lex) || (run.length > 2 && pluralTitle(t))))) return false;
    // "Sultan bin Khalfan Al-Mahrouqi": before bin/ibn (son of) a title word is the given name (a
    // title has a name after it first: Sultan Haitham bin Tarik).
    if (PATRONYMIC.has(run[i + 1]?.text ?? '')) return false;
    // So is a title that is also an Arabic given name before a family name's article (Sultan Al
    // Jaber: the title would have a given name after it first).
    if (GIVEN_NAME_TITLES.has(lowerOf(t)) && /^(?:Al|al|El|el)(?:$|[-‐])/u.test(run[i + 1]?.text ?? '')) return false;
    let j = i + 1;
    while (j < run.length && !titleWord(run[j]!)) j++;
    // "Lawmaker Maricielo Tello Huamán of Alliance for Progress": a name and then what its bearer is
    // of; the organisation after "of" makes the title no word of a name (King Abdullah University of …
    // has its head before "of").
    const of = run.findIndex((u, k) => k > i + 1 && k < j && u.text === 'of');
    return !orgName(run.slice(i + 1, of > 0 ? of : j));
  });
}

/**
 * "Farmer Rui Manuel Pestana said": a sentence's first word that names what someone does (a word
 * the dictionary translates, with an agent's ending) before a name of two words or more.
 */
function occupationOpening(run: readonly Token[], text: string, lex: EnglishLexicon): boolean {
  // "Siblings Brian Kipngeno Tanui and …": kin and fellows too.
  const kin = KIN_OPENERS.has(run[0]!.text.toLowerCase());
  if (run.length < 3 || !(kin || occupationWord(run, text, lex))) return false;
  return run.slice(1).every((u) => isCap(u.text) && !ORG_HEADS.has(lowerOf(u)) && !lex.countryWords.has(u.text));
}

/**
 * Whether words end in a company's legal form, of one word (Ltd) or written as several tokens
 * (S.A., S.A. de C.V.). `text` holds them from offset `from`.
 */
function endsInLegalForm(words: readonly Token[], text: string, from = 0): boolean {
  const last = words[words.length - 1]!;
  for (let k = 1; k <= Math.min(6, words.length - 1); k++) if (isLegalForm(text.slice(words[words.length - k]!.start - from, last.end - from))) return true;
  return false;
}

/**
 * Whether a run opens its sentence with a word the dictionary translates that has an agent's
 * ending (Farmer, Importer, Contractor), or a trade news writes before a company that the
 * dictionary does not have (Packer, Steelmaker, Carmaker).
 */
function occupationWord(run: readonly Token[], text: string, lex: EnglishLexicon): boolean {
  const w = run[0]!.text;
  if (!sentenceInitial(text, run[0]!.start) || !/^\p{Lu}\p{Ll}+(?:er|or|ist|ian|man)$/u.test(w)) return false;
  return TRADES.has(w.toLowerCase()) || (lex.glossed !== undefined && lex.glossed(w));
}

/** Trades news names a company by that the dictionary does not gloss. */
const TRADES = new Set(['packer', 'steelmaker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'shipbuilder', 'homebuilder', 'refiner', 'shipper', 'bottler', 'brewer', 'distiller']);

/**
 * The office after a qualifier that ends a run: in lower case ("Presidential aide Yuri Ushakov",
 * "Foreign ministry spokeswoman Mao Ning") or in a headline, whose titles are not in the run
 * ("KAZAKH FOREIGN MINISTER VISITS").
 */
function officeFollows(after: string): boolean {
  for (const m of after.matchAll(/\s+(\p{L}+)/guy)) {
    const w = m[1]!.toLowerCase();
    if (QUALIFIED_OFFICES.has(w)) return true;
    if (!OFFICE_QUALIFIERS.has(w) && !ORG_HEADS.has(w)) return false;
  }
  return false;
}

/**
 * "Kyrgyz Security Council", "Russian Foreign Ministry": an institution named only by generic
 * words belongs to the country before it, which is not part of its name (an outlet's is:
 * Czech Television, Ethiopian News Agency; so is a distinctive word's: Russian Orthodox Church).
 */
function genericInstitution(words: readonly Token[]): boolean {
  return (
    words.length >= 2 &&
    STATE_ORGAN_HEADS.has(lowerOf(words[words.length - 1]!)) &&
    !OUTLET_HEADS.has(lowerOf(words[words.length - 1]!)) &&
    words.every((t) => OFFICE_QUALIFIERS.has(lowerOf(t)) || (ORG_HEADS.has(lowerOf(t)) && !PLACE_HEADS.has(lowerOf(t))))
  );
}

/** How many words at `from` spell a country or demonym ("South Korean", "Kazakh"), leaving at least one after them. */
function countryPrefix(run: readonly Token[], from: number, text: string, lex: EnglishLexicon): number {
  for (let n = Math.min(3, run.length - 1 - from); n >= 1; n--) {
    if (NAME_CONNECTORS.has(run[from + n]!.text)) continue;
    if (lex.countryWords.has(text.slice(run[from]!.start, run[from + n - 1]!.end))) return n;
  }
  return 0;
}

/** Words of a title's "of" complement: Minister of Foreign Affairs, Secretary of State, President of Kazakhstan. */
function ofComplement(t: Token, lex: EnglishLexicon): boolean {
  const k = lowerOf(t);
  return OFFICE_QUALIFIERS.has(k) || ORG_HEADS.has(k) || lex.countryWords.has(t.text) || titleWord(t) || k === 'of' || k === 'the';
}

/** Turns a run of capitalised tokens into mentions: titles and countries off the front, kinds from cues. */
function shape(run: Token[], text: string, para: number, lex: EnglishLexicon): EnglishMention[] {
  // "Kazakhstan, Kyrgyzstan and Tajikistan": a connector joins names only inside an organisation's name.
  const k = run.findIndex((t, i) => CONNECTORS_TO_SPLIT.has(t.text.toLowerCase()) && !joinsOrgName(run, i, lex));
  if (k >= 0) return [...(k > 0 ? shape(run.slice(0, k), text, para, lex) : []), ...(k + 1 < run.length ? shape(run.slice(k + 1), text, para, lex) : [])];
  // "the 150 MW Fon-Yaghnob plant": a unit after a figure is the figure's, not the name's first word.
  if (run.length > 1 && COMMON_ACRONYMS.has(run[0]!.text) && /\d\s$/.test(text.slice(Math.max(0, run[0]!.start - 2), run[0]!.start))) return shape(run.slice(1), text, para, lex);
  const whole = text.slice(run[0]!.start, run[run.length - 1]!.end);
  if (countryWord(whole, lex)) return [{ para, start: run[0]!.start, end: run[run.length - 1]!.end, text: whole, kind: 'country', cued: true, acronym: false, domain: false }];
  // A person's name, then what its bearer is of: the two are mentions of their own.
  const splitAtOf = (of: number) => [...shape(run.slice(0, of), text, para, lex), ...shape(run.slice(of + 1), text, para, lex)];
  // "Shavkat Mirziyoyev of Uzbekistan": a person, then the country they are of. Not an
  // organisation (the Press Trust of India, Bank of Japan) nor a title (President of Kazakhstan).
  const of = run.findIndex((t) => t.text === 'of');
  if (
    of > 0 &&
    of + 1 < run.length &&
    lex.countryWords.has(text.slice(run[of + 1]!.start, run[run.length - 1]!.end)) &&
    !/\bthe\s+$/i.test(text.slice(Math.max(0, run[0]!.start - 5), run[0]!.start)) &&
    run.slice(0, of).every((t) => !opensOfName(t.text))
  ) {
    return splitAtOf(of);
  }
  const titles = titleFlags(run, text, lex);
  // "Lawmaker Maricielo Tello Huamán of Alliance for Progress", "Governor Ana Ruiz of Jalisco": a
  // titled name, then what its bearer is of (a title's own "of" comes right after it: Minister of
  // Foreign Affairs Sergei Lavrov).
  let titledTo = 0;
  while (titledTo < run.length && titles[titledTo]) titledTo++;
  const ofName = run.findIndex((t, k) => k > titledTo && t.text === 'of');
  if (titledTo > 0 && ofName > 0 && ofName + 1 < run.length && run.slice(titledTo, ofName).every((t) => !ORG_HEADS.has(lowerOf(t)) && !NAME_CONNECTORS.has(t.text))) {
    return splitAtOf(ofName);
  }
  // "Dipankar Bhattacharya of CPI", "Daniyar Seitkali of Qazaq Ring Promotions LLP": a name of two
  // words or more with no head, then an organisation (a head or a legal form last, or an acronym).
  const after = ofName > 0 ? run.slice(ofName + 1) : [];
  const orgAfter = after.length > 0 && (orgHead(after[after.length - 1]!) || endsInLegalForm(after, text) || (after.length === 1 && /^\p{Lu}{2,}$/u.test(after[0]!.text)));
  // "Harlan T. Bergstrom Jr. of Williston": a name that ends as only a person's does, then where they are from.
  const personEnd = ofName > 1 && /^(?:[JS]r\.?|II|III|IV)$/u.test(run[ofName - 1]!.text);
  // "Moana Tuna Services Ltd of Suva": a company's legal form ends its name; what follows "of" is where it is.
  if (ofName > 1 && ofName + 1 < run.length && endsInLegalForm(run.slice(0, ofName), text)) return splitAtOf(ofName);
  if ((orgAfter || personEnd) && ofName - titledTo >= 2 && run.slice(titledTo, ofName).every((t) => isCap(t.text) && !orgHead(t) && !OUTLET_HEADS.has(lowerOf(t)) && !opensOfName(t.text) && !NAME_CONNECTORS.has(t.text))) {
    return splitAtOf(ofName);
  }
  // "NATO Secretary-General Mark Rutte": a title inside the run; what stands before it is another name.
  const lastTitle = titles.lastIndexOf(true, run.length - 2);
  if (lastTitle > 0 && !titles.slice(0, lastTitle).every(Boolean)) {
    let first = lastTitle;
    while (first > 0 && titles[first - 1]) first--;
    const before = first > 0 ? shape(run.slice(0, first), text, para, lex).filter((m) => m.kind !== 'person' || m.cued) : [];
    return [...before, ...shape(run.slice(first), text, para, lex)];
  }
  // "Kyrgyz Security Council", "Zambia Daily Mail": a name with an organisation's or outlet's
  // head word keeps its country, unless the rest is a generic institution (below).
  const orgEnd = run.slice(1).some((t) => ORG_HEADS.has(t.text.toLowerCase()) || OUTLET_HEADS.has(t.text.toLowerCase()));
  let lead = 0;
  let titled = false;
  const countries: EnglishMention[] = [];
  // Titles, roles and country adjectives before a name: "Kazakh President", "Foreign Minister".
  while (lead < run.length - 1) {
    if (titles[lead]) {
      titled = true;
      lead++;
    } else if (titled && run[lead]!.text === 'of') {
      // "Minister of Foreign Affairs Sergei Lavrov", "Secretary of State Marco Rubio": the
      // title's own complement (heads, qualifiers, countries) comes before the name.
      lead++;
      while (lead < run.length && ofComplement(run[lead]!, lex)) lead++;
    } else {
      const n = titled ? 0 : countryPrefix(run, lead, text, lex);
      // "Uzbekistan Railways", "Kenya Power": common words alone name nothing, so with the country they are one name.
      const after = run.slice(lead + n);
      const keeps = orgEnd || (lex.glossed !== undefined && after.every((t) => lex.glossed!(t.text)));
      // "the Russian Foreign Ministry" is Russia's; "the Azerbaijan Tourism Board" is a name.
      const named = n > 0 && lex.regionNames?.has(text.slice(run[lead]!.start, run[lead + n - 1]!.end)) === true;
      // "British Columbia", "British Airways": a name the dictionary knows whole keeps its country word.
      const known = n > 0 && headwordsOf(text.slice(run[lead]!.start, run[run.length - 1]!.end)).names.length > 0;
      if (n === 0 || known || (keeps && (named || !genericInstitution(after)))) break;
      countries.push(...shape(run.slice(lead, lead + n), text, para, lex));
      lead += n;
    }
  }
  let stop = run.length;
  // A trailing title word ("Kazakh President") is not a name; after a title it is the surname
  // ("Director General Amy Pope", "Judge Sarah King").
  // "the Osun Defender reported": a name that publishes is an outlet, its last word no title.
  const publishes = publishingVerbFirst(text.slice(run[run.length - 1]!.end));
  while (!titled && !publishes && stop > lead && titles[stop - 1]) stop--;
  const rest = run.slice(lead, stop);
  if (rest.length === 0) return countries;
  const start = rest[0]!.start;
  const end = rest[rest.length - 1]!.end;
  const name = text.slice(start, end);
  if (countryWord(name, lex)) {
    return [...countries, { para, start, end, text: name, kind: 'country', cued: true, acronym: false, domain: false }];
  }
  // A legal form alone names nothing (the Co of "Co-defendant", a sentence's Ltd); one in capitals may
  // be an acronym that is also one (APS, SPA).
  if (rest.length === 1 && /^\p{Lu}\p{Ll}+\.?$/u.test(name) && isLegalForm(name)) return countries;
  if (rest.length === 1 && COMMON_ACRONYMS.has(name)) {
    // "Oman LNG", "Nigeria LNG": after a country's name (not its adjective: Qatari LNG is gas) the
    // common noun names a company, country and all.
    if (lead === 0 || lex.regionNames?.has(text.slice(run[0]!.start, run[lead - 1]!.end)) !== true) return countries;
    const whole = text.slice(run[0]!.start, end);
    return [{ para, start: run[0]!.start, end, text: whole, kind: 'name', cued: false, acronym: false, domain: false }];
  }
  const before = text.slice(Math.max(0, run[0]!.start - 80), run[0]!.start);
  const mention = (to: number) => classify({ para, start, end: to, text: text.slice(start, to), rest, before, after: text.slice(to, to + 80), titled }, lex);
  // "Route 199", "Louisiana Highway 1", "Interstate 95": a road's number is its name.
  const road = ROAD_WORDS.includes(rest[rest.length - 1]!.text.toLowerCase()) ? /^ \d{1,4}(?![\d,.]\d)/.exec(text.slice(end, end + 8)) : null;
  if (road) return [...countries, mention(end + road[0].length)];
  // "the channel Khabar 24", "the Rossiya 24 channel", "told Antena 3", Página/12: an outlet's
  // number is part of its name (also for a name spoken to, which may be an outlet).
  const numbered = (text[end] === ' ' || text[end] === '/') && /\d/.test(text[end + 1] ?? '') ? CHANNEL_NUMBER.exec(text.slice(end, end + 40)) : null;
  if (numbered && (numbered[2] === undefined || NUMBER_FOLLOWERS.has(numbered[2]) || OUTLET_NOUNS.has(numbered[2]) || OUTLET_VERBS.has(numbered[2]))) {
    const m = mention(end + numbered[1]!.length);
    if (m.kind === 'outlet' || m.addressee) return [...countries, m];
  }
  // "Datteln 4", "Nam Theun 2", "Estlink 2": a plant's, a unit's or a line's number is part of
  // its name, not a quantity of what follows (Pravda 5 days later) nor a result's (Sudbury 4, Windsor 3).
  const unit = text[end] === ' ' ? UNIT_NUMBER.exec(text.slice(end, end + 30)) : null;
  // A result's numbers stand after both names.
  const score = () => /\d,?\s$/.test(text.slice(Math.max(0, start - 3), start)) || SCORE_AFTER.test(text.slice(end + unit![1]!.length, end + 60));
  if (unit && !QUANTITY_WORDS.has(unit[2] ?? '') && !score()) {
    const m = mention(end + unit[1]!.length);
    if (m.kind !== 'person') return [...countries, m];
  }
  return [...countries, mention(end)];
}

// A radio station's frequency keeps its decimal (Radio Talofa 88.5).
const CHANNEL_NUMBER = /^([ /]\d{1,3}(?:\.\d{1,2})?)(?=$|[,.;:!?)"'”’](?!\d)|\s+(\p{Ll}+)\b)/u;
/** A number of one or two digits (and a letter: Launch Pad 39B) after a name, then the sentence's punctuation or a lower-case word. */
const UNIT_NUMBER = /^( \d{1,2}[A-Z]?)(?=$|[.,;:!?)"'”’](?!\d)|\s+(\p{Ll}+)\b)/u;
/** Another name and its number after a number: a result's. */
const SCORE_AFTER = /^,?\s+\p{Lu}[\p{L}\p{M}'’.\- ]{0,40}?\s\d/u;
/** Words that make a number after a name a quantity ("2 percent", "3 people", "4 to 1"). */
const QUANTITY_WORDS = new Set(
  (
    'percent per million billion trillion thousand hundred dozen of to or out and am pm a p ' +
    'years year months month weeks week days day hours hour minutes seconds people persons times points goals votes seats degrees ' +
    'km kilometres kilometers miles metres meters tonnes tons dollars euros cents units companies countries cases'
  ).split(' '),
);
/** Words after a channel's number that show the number ends the name ("Khabar 24 said on Monday"). */
const NUMBER_FOLLOWERS = new Set(['said', 'says', 'that', 'on', 'in', 'at', 'and', 'about']);

interface Candidate {
  para: number;
  start: number;
  end: number;
  text: string;
  /** The name's words (titles and country adjectives taken off). */
  rest: readonly Token[];
  /** Text before the whole run (titles included) and after the name. */
  before: string;
  after: string;
  titled: boolean;
}

/**
 * Whether the word at k ends an outlet's name. An agency is a news agency when the name says so
 * (Xinhua News Agency, Press Agency) or is one name and the word (Anadolu Agency); the
 * International Atomic Energy Agency and the Agency for International Development are not outlets.
 */
function outletHead(rest: readonly Token[], k: number, lex: EnglishLexicon): boolean {
  const w = rest[k]!.text.toLowerCase();
  // "Anadolu Agency" is a news agency; "Irrigation Agency", named by an English word, a state's.
  if (w === 'agency') return (k === 1 && rest.length === 2 && !lex.knownWord?.(rest[0]!.text)) || (k > 0 && /^(?:news|press)$/i.test(rest[k - 1]!.text));
  return OUTLET_HEADS.has(w);
}

/** Whether the text after a name starts with a verb of publishing (", La Vanguardia reported"). */
function publishingVerbFirst(after: string): boolean {
  return OUTLET_VERBS.has(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '');
}

/** What the words around a name say it names. */
function classify({ para, start, end, text: name, rest, before, after, titled }: Candidate, lex: EnglishLexicon): EnglishMention {
  const last = rest[rest.length - 1]!.text.toLowerCase();
  const acronym = rest.length === 1 && isAcronymWord(name);
  // "… , La Vanguardia reported": a verb of publishing right after the name.
  const reports = publishingVerbFirst(after);
  const m: EnglishMention = { para, start, end, text: name, kind: acronym ? 'acronym' : 'name', cued: false, acronym, domain: false };
  // "the Novaya Gazeta newspaper", "the Interfax news agency": the outlet noun after the name.
  // Only after "the": in "a Russia-focused YouTube channel" the channel is not called YouTube.
  // Not where the outlet's own name follows the noun: "the Hyderabad newspaper Deccan Ledger" names
  // the paper's city, "the Gaelic channel BBC Alba" its language.
  const nounMatch = /\bthe\s+$/i.test(before)
    ? /^\s+(?:news\s+|tv\s+|television\s+)?(newspaper|daily|weekly|magazine|channel|broadcaster|agency|website|site|portal|outlet|tabloid|station)\b(\s+(?:["“]|The\s+)?\p{Lu})?/u.exec(after)
    : null;
  const nounAfter = nounMatch && !nounMatch[2] ? nounMatch[1]!.toLowerCase() : undefined;
  // Titles before the name, or "said X, a lecturer": a person.
  const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // "its first president, Islam Karimov,": a title, a comma, then the name.
  const titleComma = /(\p{L}+),\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const head = appositiveHead(after);
  const outletBefore = prevWord === 'agency' ? (/news\s+agency\s*$/i.test(before) ? 'news agency' : undefined) : OUTLET_NOUNS.get(prevWord);
  if (!acronym && rest.length > 1 && endsInLegalForm(rest, name, start)) {
    // A company's legal form at the end says what the name is, whatever comes before it.
    m.kind = 'org';
    m.cued = ORG_NOUNS_BEFORE.has(prevWord);
  } else if (!acronym && (titled || PERSON_TITLES.has(prevWord) || (PERSON_TITLES.has(titleComma) && !lex.countryWords.has(titleComma)))) {
    m.kind = 'person';
    m.cued = true;
  } else if (!acronym && ORG_NOUNS_BEFORE.has(prevWord)) {
    m.kind = 'org';
    m.cued = true;
  } else if (outletBefore) {
    m.kind = 'outlet';
    m.outletKind = outletBefore === 'tv' ? 'channel' : outletBefore;
    m.cued = true;
  } else if (nounAfter && rest.length <= 4) {
    m.kind = 'outlet';
    m.outletKind = nounAfter === 'agency' ? 'news agency' : OUTLET_NOUNS.get(nounAfter);
    m.cued = true;
  } else if ((outletHead(rest, rest.length - 1, lex) || (rest.length > 2 && rest[1]!.text === 'of' && outletHead(rest, 0, lex))) && rest.length > 1) {
    // Xinhua News Agency, The New York Times, Tucker Carlson Network; the Times of India.
    m.kind = 'outlet';
  } else if (rest.length > 1 && LEADING_OUTLET_WORDS.has(rest[0]!.text.toLowerCase())) {
    // Radio Višegrad, Radyo Bayanihan.
    m.kind = 'outlet';
    m.outletKind = 'radio';
  } else if (head && OUTLET_NOUNS.has(head)) {
    m.kind = 'outlet';
    m.outletKind = OUTLET_NOUNS.get(head);
    m.cued = true;
  } else if (head && PERSON_TITLES.has(head) && !acronym) {
    m.kind = 'person';
    m.cued = true;
  } else if (rest.length > 1 && NATURAL_PLACE_HEADS.has(last)) {
    // Ewaso Nyiro River, Walker Lake, Fergana Valley: a river's, a lake's or a valley's name is a
    // place's, spelt by its sound, not an organisation's translated.
    m.kind = 'place';
  } else if (orgName(rest) && rest.length > 1 && !((TIME_HEADS.has(last) || PUBLICATION_HEADS.has(last)) && reports)) {
    // Collective Security Treaty Organization; University of Glasgow. A day or a year does not
    // report: "Business Day reported" names a paper.
    m.kind = 'org';
  } else if (
    OUTLET_BEFORE.test(before.toLowerCase()) ||
    // "the Guardian reported": a name with the article that reports or writes is a publication;
    // so is one that opens the sentence or closes it ("…, La Vanguardia reported."), where a
    // person is said to have said, not reported.
    ((acronym || /(?:\bthe\s+|,\s*|^\s*|[.!?]["”’]?\s+)$/i.test(before)) && reports) ||
    (acronym && OUTLET_BEFORE_ACRONYM.test(before.toLowerCase()))
  ) {
    m.kind = 'outlet';
  } else if (m.kind === 'name' && OUTLET_BEFORE_ACRONYM.test(before.toLowerCase())) {
    m.addressee = true;
  }
  return m;
}

/** The head noun of an appositive after a name: ", a Russia-focused YouTube channel with …" → channel. */
function appositiveHead(after: string): string | undefined {
  const m = /^,\s+(?:an?|the)\s+([^,.;:()"“”]*)/u.exec(after);
  if (!m) return undefined;
  const phrase = m[1]!.split(/\s+(?:with|at|in|on|of|for|from|who|that|which|based|close|known|run|owned)\b/u)[0]!;
  const words = phrase.trim().split(/\s+/);
  return words.length <= 6 ? words[words.length - 1]?.toLowerCase() : undefined;
}
