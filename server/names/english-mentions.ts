import { NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, OUTLET_HEADS, OUTLET_BEFORE, OUTLET_BEFORE_ACRONYM, OUTLET_NOUNS, OUTLET_VERBS, PERSON_TITLES } from './cues.ts';
import { TextMemo } from '../text/memo.ts';

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
}

/** What the mention finder needs to know about countries (ICU names and demonyms). */
export interface EnglishLexicon {
  /** Country names, demonyms and language adjectives (Kazakhstan, Kazakh, Azerbaijani), exact case. */
  countryWords: ReadonlySet<string>;
}

const DOMAIN = /(?<![\p{L}\p{N}.@-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:[a-z]{2}|com|org|net|info|news|media|online|tv|ru)(?![\p{L}\p{N}-])/gu;
// A word: letters (with marks), inner apostrophes, hyphens and dots of initials; or an acronym with / or &.
const WORD = /(?:\p{Lu}[\p{Lu}\p{N}]*(?:[/&]\p{Lu}[\p{Lu}\p{N}]*)+)|(?:[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*\.?)/gu;

interface Token {
  start: number;
  end: number;
  text: string;
}

const ARTICLE = /^(?:al|el|ad|ar|as|at|az|ash|an|ul|ud|ud-din)[-‐]\p{Lu}/u;
const isCap = (w: string) => /^\p{Lu}/u.test(w) || ARTICLE.test(w);
const lettersOf = (w: string) => w.replace(/[^\p{L}]/gu, '');
export const isAcronymWord = (w: string) => {
  const l = lettersOf(w);
  return l.length >= 2 && l === l.toUpperCase() && /\p{Lu}/u.test(l) && l.length <= 10;
};

const headlineMemo = new TextMemo<boolean>(20_000);

/** A title-case or all-caps paragraph: a headline, whose capitals say nothing about names. */
export function isHeadline(text: string): boolean {
  return headlineMemo.get(text, headlineLike);
}

// Short words title case leaves in lower case ("Call For Central Asian Security" keeps "of", "in").
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'vs']);

function headlineLike(text: string): boolean {
  // A sentence ends with a full stop; a headline does not.
  if (/[.!]["”’']?\s*$/.test(text)) return false;
  const words = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 3) return false;
  const letters = words.join('');
  if (letters === letters.toUpperCase()) return true;
  return words.filter((w) => isCap(w)).length / words.length >= 0.8;
}

function sentenceInitial(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“‘(\[]/.test(text[i]!)) i--;
  if (i < 0) return true;
  if (/[.!?:;…]/.test(text[i]!)) return true;
  // "ALMATY, Kazakhstan -- A diplomat": a spaced dash opens a clause.
  return /[-–—]/.test(text[i]!) && /\s/.test(text[i + 1] ?? '');
}

/** Splits "Tokayev's" → "Tokayev", "Baku-based" → "Baku", "pro-Kremlin" → "Kremlin", "Soviet-era" → "Soviet". */
function trimWord(t: Token): Token | null {
  let { start, text } = t;
  // The dot of an initial (W.) stays; a sentence's full stop does not.
  if (text.endsWith('.') && !/^\p{Lu}\.$/u.test(text) && !/^(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
  text = text.replace(/['’]s?$/u, '');
  // A lower-case prefix (pro-, anti-, intra-) before a capitalised part; not the article of an
  // Arabic name (al-Sisi, el-Sheikh), which is part of it.
  const pre = /^(\p{Ll}+[-‐])(?=\p{Lu})/u.exec(text);
  if (pre && !ARTICLE.test(text)) {
    start += pre[1]!.length;
    text = text.slice(pre[1]!.length);
  }
  // A lower-case suffix after a capitalised part (Baku-based, Russia-less, Soviet-era).
  const suf = /[-‐]\p{Ll}[\p{Ll}-]*$/u.exec(text);
  if (suf && isCap(text)) text = text.slice(0, suf.index);
  if (text === '') return null;
  return { start, end: start + text.length, text };
}

const tokenMemo = new TextMemo<Token[]>(20_000);

/** The words of a paragraph (remembered: the finder reads each paragraph three times). */
function tokens(text: string): Token[] {
  return tokenMemo.get(text, readTokens);
}

function readTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = trimWord({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (t) out.push(t);
  }
  return out;
}

/** Words of the document written in lower case somewhere: sentence-initial capitals of them are not names. */
export function lowerWords(paras: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paras) for (const m of p.matchAll(/(?<![\p{L}])\p{Ll}[\p{Ll}'’]*/gu)) out.add(m[0]);
  return out;
}

/** Names the document writes with a capital mid-sentence (for reading its headline). */
function bodyNames(paras: readonly string[]): Set<string> {
  const out = new Set<string>();
  paras.forEach((p) => {
    if (isHeadline(p)) return;
    const titles = quotedTitles(p);
    for (const t of tokens(p)) {
      if (titles.some(([a, b]) => t.start >= a && t.end <= b)) continue;
      if (isCap(t.text) && !sentenceInitial(p, t.start)) out.add(t.text.toLowerCase());
    }
  });
  return out;
}

/** Every name mention of a document's English paragraphs. */
export function englishMentions(paras: readonly string[], lex: EnglishLexicon): EnglishMention[] {
  const lower = lowerWords(paras);
  const body = bodyNames(paras);
  const out: EnglishMention[] = [];
  paras.forEach((text, para) => {
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
      if (i === 0 && !headline && /^\p{Lu}{3,}$/u.test(t.text) && /^,\s/.test(text.slice(t.end))) {
        out.push({ para, start: t.start, end: t.end, text: t.text, kind: 'place', cued: true, acronym: false, domain: false });
        i++;
        continue;
      }
      if (!nameWord(t, text, inTitle(t), lower, body)) {
        i++;
        continue;
      }
      // Extend over following capitalised words, initials and connectors between two of them.
      let j = i;
      while (j + 1 < toks.length) {
        const next = toks[j + 1]!;
        const gap = text.slice(toks[j]!.end, next.start);
        if (/^\s$/.test(gap) && isCap(next.text) && nameWord(next, text, inTitle(next), lower, body, true)) {
          j++;
          continue;
        }
        const after = toks[j + 2];
        if (
          /^\s$/.test(gap) &&
          NAME_CONNECTORS.has(next.text.toLowerCase()) &&
          after &&
          /^\s$/.test(text.slice(next.end, after.start)) &&
          isCap(after.text) &&
          nameWord(after, text, inTitle(after), lower, body, true)
        ) {
          j += 2;
          continue;
        }
        break;
      }
      out.push(...shape(toks.slice(i, j + 1), text, para, lex));
      i = j + 1;
    }
  });
  return out.sort((a, b) => a.para - b.para || a.start - b.start);
}

/** Quoted phrases in title case ("Rats And Ships", "Bloody January"): titles, read like headlines. */
function quotedTitles(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/["“]([^"”]{3,200})["”]/g)) {
    const words = m[1]!.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const long = words.filter((w) => w.length >= 4);
    if (words.length >= 2 && long.length > 0 && long.every((w) => isCap(w))) out.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  return out;
}

/** Whether a token can be (part of) a name where it stands. */
function nameWord(t: Token, text: string, headline: boolean, lower: ReadonlySet<string>, body: ReadonlySet<string>, inside = false): boolean {
  const w = t.text;
  if (!isCap(w) && !/^\p{Lu}/u.test(lettersOf(w))) return false;
  const key = w.toLowerCase();
  if (headline) {
    // In a headline (or a quoted title) only what the body writes as a name is one.
    return body.has(key) && !lower.has(key) && !PERSON_TITLES.has(key) && !NOT_NAMES.has(key);
  }
  if (isAcronymWord(w)) return true;
  if (inside) return !NOT_NAMES.has(key) || /^\p{Lu}\.$/u.test(w);
  if (NOT_NAMES.has(key)) return false;
  if (sentenceInitial(text, t.start)) {
    // A sentence's first word is a name only if the document never writes it in lower case
    // and it is not an adverb opening the sentence ("Later,", "Unsurprisingly").
    if (lower.has(key) || lower.has(key.replace(/s$/, ''))) return false;
    if (/ly$/.test(key) && text[t.end] === ',') return false;
  }
  return true;
}

/** Turns a run of capitalised tokens into mentions: titles and countries off the front, kinds from cues. */
function shape(run: Token[], text: string, para: number, lex: EnglishLexicon): EnglishMention[] {
  // "Kazakhstan, Kyrgyzstan and Tajikistan": "and" joins names only inside an organisation's name.
  if (!ORG_HEADS.has(run[run.length - 1]!.text.toLowerCase())) {
    const k = run.findIndex((t) => ['and', 'for', 'on'].includes(t.text));
    if (k >= 0) return [...(k > 0 ? shape(run.slice(0, k), text, para, lex) : []), ...(k + 1 < run.length ? shape(run.slice(k + 1), text, para, lex) : [])];
  }
  // "NATO Secretary-General Mark Rutte": a title inside the run; what stands before it is another name.
  const isTitle = (t: Token) => t.text.toLowerCase().split(/[-‐]/).some((p) => PERSON_TITLES.has(p) || PERSON_TITLES.has(`${p}.`));
  const lastTitle = run.reduce((k, t, i) => (isTitle(t) && i < run.length - 1 ? i : k), -1);
  if (lastTitle > 0 && !run.slice(0, lastTitle).every(isTitle)) {
    let first = lastTitle;
    while (first > 0 && isTitle(run[first - 1]!)) first--;
    const before = first > 0 ? shape(run.slice(0, first), text, para, lex).filter((m) => m.kind !== 'person' || m.cued) : [];
    return [...before, ...shape(run.slice(first), text, para, lex)];
  }
  let lead = 0;
  let titled = false;
  // Titles, roles and country adjectives before a name: "Kazakh President", "Foreign Minister".
  while (lead < run.length - 1) {
    const w = run[lead]!.text;
    const k = w.toLowerCase();
    if (isTitle(run[lead]!)) {
      titled = true;
      lead++;
    } else if (lex.countryWords.has(w) && !titled && !ORG_HEADS.has(run[run.length - 1]!.text.toLowerCase())) lead++;
    else break;
  }
  let rest = run.slice(lead);
  // A trailing title word ("Kazakh President") is not a name.
  while (rest.length > 0 && PERSON_TITLES.has(rest[rest.length - 1]!.text.toLowerCase())) rest = rest.slice(0, -1);
  if (rest.length === 0) return [];
  const last = rest[rest.length - 1]!.text.toLowerCase();
  const start = rest[0]!.start;
  const end = rest[rest.length - 1]!.end;
  const name = text.slice(start, end);
  if (rest.length === 1 && lex.countryWords.has(name)) {
    return [{ para, start, end, text: name, kind: 'country', cued: true, acronym: false, domain: false }];
  }
  const acronym = rest.length === 1 && isAcronymWord(name);
  const before = text.slice(Math.max(0, run[0]!.start - 80), run[0]!.start);
  const after = text.slice(end, end + 80);
  const m: EnglishMention = { para, start, end, text: name, kind: acronym ? 'acronym' : 'name', cued: false, acronym, domain: false };
  // "the Novaya Gazeta newspaper", "the Interfax news agency": the outlet noun after the name.
  // Only after "the": in "a Russia-focused YouTube channel" the channel is not called YouTube.
  const nounAfter = /\bthe\s+$/i.test(before)
    ? /^\s+(?:news\s+|tv\s+|television\s+)?(newspaper|daily|weekly|magazine|channel|broadcaster|agency|website|site|portal|outlet|tabloid|station)\b/iu.exec(after)?.[1]?.toLowerCase()
    : undefined;
  // Titles before the name, or "said X, a lecturer": a person.
  const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // "its first president, Islam Karimov,": a title, a comma, then the name.
  const titleComma = /(\p{L}+),\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const head = appositiveHead(after);
  const outletBefore = prevWord === 'agency' ? (/news\s+agency\s*$/i.test(before) ? 'news agency' : undefined) : OUTLET_NOUNS.get(prevWord);
  if (!acronym && (titled || PERSON_TITLES.has(prevWord) || (PERSON_TITLES.has(titleComma) && !lex.countryWords.has(titleComma)))) {
    m.kind = 'person';
    m.cued = true;
  } else if (outletBefore) {
    m.kind = 'outlet';
    m.outletKind = outletBefore === 'tv' ? 'channel' : outletBefore;
    m.cued = true;
  } else if (nounAfter && rest.length <= 4) {
    m.kind = 'outlet';
    m.outletKind = nounAfter === 'agency' ? 'news agency' : OUTLET_NOUNS.get(nounAfter);
    m.cued = true;
  } else if (OUTLET_HEADS.has(last) && rest.length > 1) {
    // Xinhua News Agency, The New York Times, Tucker Carlson Network.
    m.kind = 'outlet';
  } else if (head && OUTLET_NOUNS.has(head)) {
    m.kind = 'outlet';
    m.outletKind = OUTLET_NOUNS.get(head);
    m.cued = true;
  } else if (head && PERSON_TITLES.has(head) && !acronym) {
    m.kind = 'person';
    m.cued = true;
  } else if ((ORG_HEADS.has(last) || rest.some((t, k) => k + 1 < rest.length && ORG_HEADS.has(t.text.toLowerCase()) && rest[k + 1]!.text === 'of')) && rest.length > 1) {
    // Collective Security Treaty Organization; University of Glasgow.
    m.kind = 'org';
  } else if (
    OUTLET_BEFORE.test(before.toLowerCase()) ||
    // "the Guardian reported": a name with the article that reports or writes is a publication.
    ((acronym || /\bthe\s+$/i.test(before)) && OUTLET_VERBS.has(/^\s+(\p{L}+)/u.exec(after)?.[1] ?? '')) ||
    (acronym && OUTLET_BEFORE_ACRONYM.test(before.toLowerCase()))
  ) {
    m.kind = 'outlet';
  }
  return [m];
}

/** The head noun of an appositive after a name: ", a Russia-focused YouTube channel with …" → channel. */
function appositiveHead(after: string): string | undefined {
  const m = /^,\s+(?:an?|the)\s+([^,.;:()"“”]*)/u.exec(after);
  if (!m) return undefined;
  const phrase = m[1]!.split(/\s+(?:with|at|in|on|of|for|from|who|that|which|based|close|known|run|owned)\b/u)[0]!;
  const words = phrase.trim().split(/\s+/);
  return words.length <= 6 ? words[words.length - 1]?.toLowerCase() : undefined;
}
