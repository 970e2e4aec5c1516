import { parseChineseNumeral } from '../text/numbers.ts';
import { nameCased, type EnglishMention } from './english-mentions.ts';
import { FUNCTION_CHARS, JOINERS, NICKNAME_QUOTES, isTimeWord, afterCountry, modifierBefore, wordBoundaryAt, wordChar, chineseMentions, nameBefore, outletWordAt, startsWordAt, titleBefore, type ChineseMention, type ZhSpan } from './chinese-mentions.ts';
import { holdsCountryWord, lexiconFor, namesPlace } from './lexicon.ts';
import { icuNames, worldRegionChinese } from './icu-names.ts';
import type { Authority, AuthorityEntry } from './authority.ts';
import { cachedKeys, phonemeCost, prepareLatin, soundsAtEdge, translitSimilarity, type LatinName } from './translit-score.ts';
import { VOWELS, asciiLetters, codaOnly } from './phonetic-key.ts';
import { isOnePinyinSyllable, pinyinSyllables, pinyinMatches, wadeGilesSyllables } from './pinyin-names.ts';
import { closesName, opensName, readingMatches } from './sino-readings.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { HAN, isHan } from '../text/scripts.ts';
import { TextMemo } from '../text/memo.ts';
import { headwordsOf, surnameChars } from './dictionary-names.ts';
import { isKnownWord, wordMeanings } from './cedict-words.ts';
import { GENERIC_HEADS, headAt, headsFor, splitHead, type GenericHead } from './generic-heads.ts';
import { COMPANY_WORDS, orgStretches } from './org-mentions.ts';
import { INSTITUTION_HEAD_WORDS, firstMeanings, institutionPhraseAlone, namesPublicBody, placeWordFirst, lastMeanings, meaningEnd, meaningWords, type MeaningWords } from './meaning-match.ts';
import { BROADCAST_HEADS, GIVEN_NAME_ABBREVIATIONS, LEADING_OUTLET_WORDS, ORG_HEADS, OUTLET_HEADS, OUTLET_VERBS, PERSON_TITLES, PLACE_HEADS, ROAD_WORDS, SUBDIVISION_HEADS, SURNAME_PARTICLES, US_STATE_ABBREVIATIONS } from './cues.ts';

// Pairs the English mentions of one alignment link with the Chinese that renders them, by
// (in order of trust) the authority files, the same Latin text, the dictionary's Chinese name
// for it (高盛 for Goldman Sachs), the pinyin of a Chinese-origin name, the sound of a
// transliteration, and, for outlets that were translated by meaning, the one outlet-shaped
// name left on each side. Offsets are UTF-16 within the paragraph.

export type LinkMethod = 'authority' | 'latin' | 'gloss' | 'dictionary' | 'pinyin' | 'reading' | 'meaning' | 'sound' | 'position';

export interface ZhParagraph {
  index: number;
  text: string;
}

export interface NameLink {
  en: EnglishMention;
  para: number;
  start: number;
  end: number;
  text: string;
  method: LinkMethod;
  score: number;
}

interface Candidate extends NameLink {
  rank: number;
}

/** The dots that join the parts of a transliterated name (努尔苏丹·纳扎尔巴耶夫), in the forms MT systems write. */
export const NAME_DOTS = '·•‧・';
/** Any one of them. */
export const NAME_DOT = new RegExp(`[${NAME_DOTS}]`, 'u');

/** Transliteration scores below this are not taken as a rendering. */
export const SOUND_THRESHOLD = 0.68;

/** The score a name of so many phonemes needs: short names match too much by chance (Haqqin must sound like 哈钦, not merely share a vowel). */
function soundFloor(letters: number): number {
  return letters <= 5 ? 0.8 : letters <= 7 ? 0.72 : SOUND_THRESHOLD;
}
const RANK: Record<LinkMethod, number> = { authority: 6, gloss: 5, dictionary: 4.5, latin: 4, pinyin: 3, reading: 2.5, meaning: 2.2, sound: 2, position: 1 };
/** A dictionary headword found in the text: exact, but the sense may be another bearer of the name. */
const DICTIONARY_SCORE = 0.9;

/** The text of paragraph `para` among a link's paragraphs ('' when it is not one of them). */
export function paraText(zh: readonly ZhParagraph[], para: number): string {
  return zh.find((p) => p.index === para)?.text ?? '';
}

/** Whether a link lies over part of a stretch of paragraph `para`. */
const lies = (l: NameLink, para: number, start: number, end: number) => l.para === para && l.start < end && l.end > start;

/** Whether a stretch of paragraph `para` overlaps one of the links. */
export function overlapsLink(links: readonly NameLink[], para: number, start: number, end: number): boolean {
  return links.some((l) => lies(l, para, start, end));
}

/** Whether an English name has more than one word (Rachel Reeves, not Reeves). */
export function isFullName(text: string): boolean {
  // A surname with its particles (Van der Westhuizen, De la Cruz) is still a surname alone.
  if (!/\S\s+\S/.test(text)) return false;
  // Most full names open with a word that is no particle; only the others are read word by word.
  const words = text.trim().split(/\s+/);
  return words.slice(0, -1).some((w) => !SURNAME_PARTICLES.has(w.toLowerCase()));
}

/** What the Latin of an English mention sounds like: Haqqin.az → Haqqin; ALMATY → Almaty. */
function spokenForm(m: EnglishMention): string {
  if (m.domain) return m.text.split('.')[0]!;
  // Looked up only where a short word with a dot opens the name (Md. Rafiqul Islam).
  const dot = m.text.indexOf('. ');
  const full = dot > 0 && dot <= 4 ? GIVEN_NAME_ABBREVIATIONS.get(m.text.slice(0, dot + 1)) : undefined;
  if (full) return `${full}${m.text.slice(dot + 1)}`;
  // Radio Višegrad ↔ 维舍格勒电台: the station word the name opens with is the outlet word Chinese writes after it.
  const station = m.kind === 'outlet' ? LEADING_STATION.exec(m.text) : null;
  if (station) return m.text.slice(station[0].length);
  // Nam Theun 2, Arun-3: a unit's number is not heard in the name (withUnitNumber puts it back).
  const unit = m.kind === 'outlet' ? null : UNIT_AFTER_NAME.exec(m.text);
  if (unit) return m.text.slice(0, unit.index);
  return US_STATE_ABBREVIATIONS.get(m.text) ?? m.text;
}

const LEADING_STATION = new RegExp(`^(?:${[...LEADING_OUTLET_WORDS].join('|')})\\s+(?=\\S)`, 'iu');

/** A unit's number after a name (Datteln 4, Arun-3, Launch Pad 39B). */
const UNIT_AFTER_NAME = /(?<=\p{L})[ -]\d{1,2}[A-Z]?$/u;

/**
 * Jr. or Sr. after a name, or a junior spelled out (Portuguese Filho, Júnior: the sound link
 * seeks it, as Chinese writes it by its sound as often, 菲略): S for a senior, else a junior.
 */
const ELDER = /,?\s+(?:([JS])r\.?|Filho|J[uú]nior)$/u;

interface SpokenParts {
  /** The category word at the end, and the Chinese heads it allows (Kano State → 州). */
  tail: ReturnType<typeof splitHead>;
  /** What the dictionary, pinyin and sound look for: the name without its category word. */
  said: string;
  /** Only words that are translated, never transliterated ("Channel 12", "Global News"). */
  translatedOnly: boolean;
}

// A mention is shared by every translation of its source (17 in the MQM set): its parts are
// worked out once.
const partsMemo = new WeakMap<EnglishMention, SpokenParts>();
// And by its text, per what else they depend on (a domain, a person's or name's kind): every
// document's mention of one name has them alike.
const partsByText = { domain: new TextMemo<SpokenParts>(20_000), personal: new TextMemo<SpokenParts>(20_000), other: new TextMemo<SpokenParts>(20_000) };

function spokenParts(m: EnglishMention): SpokenParts {
  let parts = partsMemo.get(m);
  if (!parts) {
    const memo = m.domain ? partsByText.domain : m.kind === 'person' || m.kind === 'name' ? partsByText.personal : partsByText.other;
    parts = memo.get(m.text, () => readSpokenParts(m));
    partsMemo.set(m, parts);
  }
  return parts;
}

function readSpokenParts(m: EnglishMention): SpokenParts {
  // Kano State → 卡诺州: the name is found by the part before its category word, and the
  // rendering takes the Chinese category word after it.
  const spoken = spokenForm(m);
  const tail = splitHead(spoken);
  // "R. Premadasa Stadium" → 普雷马达萨体育场: a place named after a person drops the initial.
  // A person keeps it in Latin (V·纳拉亚南, 凯文·T·马尔鲁尼; P·M·文卡塔查拉姆 for P.M., written
  // together), and says Jr. or Sr. with 小 or 老
  // before the name: neither is heard in the characters, so neither is sought there
  // (withLeadingPart puts them back into the rendering).
  const said = tail
    ? tail.name.replace(/^(?:\p{Lu}\.\s*)+(?=\p{Lu}\p{Ll}{2})/u, '')
    : m.kind === 'person' || m.kind === 'name'
      ? spoken.replace(/,?\s+[JS]r\.?$/u, '').replace(/(?<![\p{L}.])(?:\p{Lu}\.)+\s+(?=(\p{Lu}[\p{L}'’-]*))/gu, (all, rest: string) =>
          // C.C. Wei ↔ 魏哲家: before a Chinese surname, initials are the given name's, which the characters say.
          all.length > 3 && isOnePinyinSyllable(rest) && rest === spoken.slice(-rest.length) ? all : '',
        )
      : spoken;
  // Sudan Tribune, Turkish Airlines: a country and translated words are a name by meaning too.
  const countryWords = lexiconFor(NO_DEMONYMS).countryWords;
  const words = said.split(/[^\p{L}]+/u).filter((w) => w !== '');
  const translated = words.filter((w) => ORG_HEADS.has(w.toLowerCase()) || OUTLET_HEADS.has(w.toLowerCase()));
  const translatedOnly = translated.length > 0 && words.every((w) => translated.includes(w) || countryWords.has(w));
  return { tail, said, translatedOnly };
}

export interface LinkInput {
  en: readonly EnglishMention[];
  zh: readonly ZhParagraph[];
  chars: ReadonlySet<string>;
  authority: Authority;
  /** Chinese country names: never a person's or outlet's rendering. */
  countries: ReadonlySet<string>;
  /** Those of them that only a language gives (信德 of 信德语): a place may have the name (Sindh). */
  languages: ReadonlySet<string>;
  /** An English country word's Chinese forms (Ethiopian → 埃塞俄比亚). */
  chineseOf: ReadonlyMap<string, readonly string[]>;
}

/** The links of one alignment link. */
export function linkPair(input: LinkInput): NameLink[] {
  const { en, zh, chars, authority, countries, languages, chineseOf } = input;
  const ments = new Map<number, ChineseMention[]>();
  for (const p of zh) ments.set(p.index, mentionsOf(p, chars));
  // 意大利安莎社 renders ANSA from 安莎社 on; "Czech Television" keeps its country (捷克电视台).
  const shorter = new Map<ChineseMention, ChineseMention>();
  for (const list of ments.values()) {
    for (const f of list) {
      const s = afterCountry(f, countries);
      if (s) shorter.set(f, s);
    }
  }
  // Candidates by every method, per mention; the best are assigned, and what is left on both
  // sides is then paired by position.
  // A sports club's team word (队, 俱乐部) is looked for only in a link whose Chinese has one.
  const teams = zh.some((p) => TEAM_HEADS.some((h) => p.text.includes(h)));
  const st: LinkState = { zh, countries, languages, chineseOf, ments, shorter, cands: [] };
  for (const m of en) {
    if (m.kind === 'country') continue;
    const before = st.cands.length;
    const entry = authority.lookup(m.text);
    if (entry) authorityCandidates(st, m, entry);
    latinCandidates(st, m);
    latinLedCandidates(st, m);
    dictionaryCandidates(st, m);
    countryHeadCandidates(st, m);
    // A mention the authority, the dictionary, an acronym's gloss or its own Latin already
    // renders is not sought by meaning, team word or sound: those outrank every such candidate,
    // and the sound search (every stretch of every run) is the linker's dearest.
    let sure = false;
    for (let k = before; k < st.cands.length; k++) if (st.cands[k]!.rank >= RANK.latin) sure = true;
    if (sure) continue;
    meaningCandidates(st, m, en);
    roadCandidates(st, m);
    if (teams) teamCandidates(st, m);
    // An acronym is read letter by letter, unless it is a word (TASS, OPEC): those are transliterated.
    if (m.acronym && !(/^[A-Z]{4,}$/.test(m.text) && /[AEIOU]/.test(m.text.slice(1)))) continue;
    soundCandidates(st, m, en);
  }
  readingCandidates(st, en);
  const links = assign(st.cands, st.ments);
  shareWithAcronyms(links, en, st.cands, zh);
  outletByPosition(links, en, st);
  companyByAnchor(links, en, zh, st);
  orgByCountry(links, en, zh, st);
  orgByPosition(links, en, zh, st);
  sinoShortForms(links, en, zh);
  nicknamed(links, en, st);
  const done = links.map((l) =>
    withFollowingHead(withWholeTitle(withOutletWord(withTrailingPart(withWholeFirstWord(withoutLeadingFunctionWord(withLeadingPart(withUnitNumber(l, zh), zh), zh), zh), zh), ments, zh), links, ments), zh),
  );
  return done.map((l) => withNamedPlaces(l, done));
}

/**
 * Nam Theun 2 ↔ 南屯2号, Arun-3 ↔ 阿伦三级, Estlink 2 ↔ Estlink 2: the unit's number the English
 * name ends on, written right after the rendering in digits or in Chinese, with the word for a
 * unit, a phase or a stage after it (号, 号机组, 期, 级). A rendering without it stays as it is.
 */
function withUnitNumber(l: NameLink, zh: readonly ZhParagraph[]): NameLink {
  const unit = l.en.kind === 'outlet' ? null : UNIT_AFTER_NAME.exec(l.en.text);
  if (!unit) return l;
  const n = unit[0].slice(1);
  const same = (said: string) => said === n || (/^\d+$/.test(n) && !/\d/.test(said) && parseChineseNumeral(said) === Number(n));
  const text = paraText(zh, l.para);
  // The number already rendered (天问二 by the dictionary): its unit word only.
  const own = UNIT_NUMBER_END.exec(l.text);
  const after = own && same(own[1]!) ? UNIT_WORD_ZH.exec(text.slice(l.end, l.end + 3)) : UNIT_NUMBER_ZH.exec(text.slice(l.end, l.end + 8));
  if (!after || (!own && !same(after[1]!))) return l;
  const end = l.end + after[0].length;
  return { ...l, end, text: text.slice(l.start, end) };
}

const NUMBER_ZH = '(\\d{1,2}[A-Z]?(?!\\d)|[一二三四五六七八九十]{1,3})';
const UNIT_WORDS_ZH = '号机组|号机|号|期|级';
/** A unit's number after a rendering, in digits (and a letter) or in Chinese, and its unit word. */
const UNIT_NUMBER_ZH = new RegExp(`^[ -]?${NUMBER_ZH}(?:${UNIT_WORDS_ZH})?`, 'u');
/** A rendering that ends on a unit's number. */
const UNIT_NUMBER_END = new RegExp(`[ -]?${NUMBER_ZH}$`, 'u');
/** The unit word after such a rendering. */
const UNIT_WORD_ZH = new RegExp(`^(?:${UNIT_WORDS_ZH})`, 'u');

/** Lower case without accents: Québec and QUEBEC are one place. */
const plainLower = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Methods whose stretch is read off the words around a name, which may hold another name's rendering. */
const READ_AROUND: ReadonlySet<LinkMethod> = new Set(['gloss', 'meaning', 'position']);

/**
 * A translated name's stretch, against the renderings of the link's other names: it starts at
 * the place the English name opens with (Montana Department of Environmental Quality ↔ 蒙大拿州环境
 * 质量部, not 公路起诉蒙大拿州…), and not at a place the English names on its own ("Abu Dhabi's
 * Integrated Transport Centre" ↔ 综合交通中心; 阿布扎比 is Abu Dhabi's), with the division word
 * after that place (内华达州).
 */
function withNamedPlaces(l: NameLink, links: readonly NameLink[]): NameLink {
  if (!READ_AROUND.has(l.method) || l.en.kind === 'person' || !HAN.test(l.text)) return l;
  // An acronym says nothing of the places its name holds (BUSKİ ↔ 布尔萨水务…): the full name it
  // shares the stretch with says it.
  const named = l.en.acronym ? links.find((o) => !o.en.acronym && o.text === l.text)?.en : l.en;
  if (!named) return l;
  const own = plainLower(named.text);
  for (const o of links) {
    if (o.en === l.en || o.en === named || o.text.length < 2 || !HAN.test(o.text) || o.text === l.text) continue;
    // As said in full: Okla. is Oklahoma, the place the Oklahoma Corporation Commission opens with.
    const other = plainLower(spokenForm(o.en));
    const at = l.text.indexOf(o.text);
    // Not from inside a title's marks (《内华达独立报》 for the Nevada Independent is whole).
    if (at > 0 && HAN.test(l.text.slice(0, at)) && own.startsWith(`${other} `)) return { ...l, start: l.start + at, text: l.text.slice(at) };
    if (at === 0 && !own.includes(other)) {
      const cut = o.text.length + (DIVISION_CHARS.includes(l.text[o.text.length] ?? '') ? 1 : 0);
      if (l.text.length - cut >= 2) return { ...l, start: l.start + cut, text: l.text.slice(cut) };
    }
  }
  return l;
}

/**
 * "the Jwaneng mine" ↔ 朱瓦能钻石矿, "the Cirata floating solar plant" ↔ 奇拉塔漂浮式光伏电站: the
 * category word the English writes in lower case after the name, and what the Chinese puts
 * before it (up to six characters of one word), are the rendering's; the first category word
 * of the English words that the Chinese has there (the Jeita spring pumping station ↔ 杰伊塔泉).
 */
function withFollowingHead(l: NameLink, zh: readonly ZhParagraph[]): NameLink {
  const words = l.en.follows;
  if (!words || !HAN.test(l.text)) return l;
  // Not a second time the category word the rendering ends on (港 of 蒙格拉港 for "Mongla port"); a
  // category word of the name's own is no such (普纳昌河 + 二期水电站: the chhu of Punatsangchhu is 河).
  if (words.some((w) => headsFor(w).some((h) => l.text.endsWith(h.zh)))) return l;
  // "the Dubrovnik port authority", "Neuquén energy secretary": words that name an organisation
  // of the place or a person's office, not the place (read up to the category word: "the Kalamkas-Sea
  // field next year" has its year after it).
  const office = (w: string | undefined) => w !== undefined && ((ORG_HEADS.has(w) && !PLACE_HEADS.has(w)) || PERSON_TITLES.has(w));
  const text = paraText(zh, l.para);
  for (let k = 0; k < words.length; k++) {
    if (office(words[k]) || office(words[k + 1])) return l;
    const one = headsFor(words[k]!);
    const two = k > 0 ? headsFor(`${words[k - 1]} ${words[k]}`) : [];
    // In the table's order (longest Chinese first), as headAt takes the first that fits.
    const heads = two.length === 0 ? one : GENERIC_HEADS.filter((h) => one.includes(h) || two.includes(h));
    if (heads.length === 0) continue;
    for (let j = l.end; j <= l.end + 6 && j < text.length; j++) {
      // Right after the name, or after a word of two characters or more (钻石 of 朱瓦能钻石矿), not
      // one (新 of 里斯本新机场 is "new", the English's before the name).
      const h = j === l.end + 1 ? undefined : headAt(text, j, heads);
      if (h) return { ...l, end: j + h.zh.length, text: text.slice(l.start, j + h.zh.length) };
      if (!wordChar(text[j])) break;
    }
  }
  return l;
}

/**
 * "Tabasco Hoy reported" ↔ 据《今日塔巴斯科报》报道, "the Mercury newspaper" ↔ 《水星报》: an outlet
 * found as a part of a title (塔巴斯科 by sound, 水星 by the dictionary) is the whole title, when
 * no other link is in it.
 */
function withWholeTitle(l: NameLink, links: readonly NameLink[], ments: ReadonlyMap<number, ChineseMention[]>): NameLink {
  // Also an organisation's name no cue called an outlet ("told the Arizona Republic" ↔
  // 《亚利桑那共和报》, where the dictionary found Arizona's 亚利桑那), and a name spoken to ("told
  // The Hindu" ↔ 对《印度教徒报》, not the dictionary's 印度教徒): a title is a publication's.
  // Not a place's (North Platte of 《北普拉特电讯报》).
  if (l.en.kind !== 'outlet' && !l.en.addressee && !(l.en.kind === 'org' && /\s/.test(l.en.text))) return l;
  // Strictly a part: 卫报 of 《卫报》 is the title's whole name already.
  const title = ments.get(l.para)?.find((f) => f.kind === 'title' && f.start < l.start && f.end > l.end && l.end - l.start < f.end - f.start - 2);
  if (!title || links.some((k) => k !== l && k.para === l.para && k.start < title.end && k.end > title.start)) return l;
  return { ...l, start: title.start, end: title.end, text: title.text };
}

/**
 * "the news agency WAFA" ↔ 瓦法通讯社: an outlet's name written in Chinese takes the outlet word
 * the Chinese writes right after it (a name left in Latin is the Latin alone: APA, not APA通讯社).
 */
function withOutletWord(l: NameLink, ments: ReadonlyMap<number, ChineseMention[]>, zh: readonly ZhParagraph[]): NameLink {
  if (!HAN.test(l.text)) return l;
  const whole = ments.get(l.para)?.find((f) => f.kind === 'outlet' && f.core && f.core.start === l.start && f.core.end === l.end && f.start === l.start);
  // A name spoken to ("told Lusa" ↔ 对卢萨社) is an outlet's when the Chinese writes one there.
  if (whole && l.en.addressee) return { ...l, end: whole.end, text: whole.text };
  if (l.en.kind !== 'outlet') {
    // Bally体育台 for "told Bally Sports", CTV大西洋台: 台 right after a name, a word of its own
    // (not 台湾, 台风), says the name is a channel's, though the English does not.
    const text = paraText(zh, l.para);
    return l.en.kind !== 'person' && text[l.end] === '台' && !l.text.endsWith('台') && wordBoundaryAt(text, l.end + 1) ? { ...l, end: l.end + 1, text: `${l.text}台` } : l;
  }
  if (whole) return { ...l, end: whole.end, text: whole.text };
  // 鲁斯塔维2电视台 for Rustavi 2: a channel's number ends the name the outlet word follows.
  if (!/\d$/.test(l.text)) return l;
  const text = paraText(zh, l.para);
  const word = outletWordAt(text.slice(l.end, l.end + 4));
  return word ? { ...l, end: l.end + word.word.length, text: text.slice(l.start, l.end + word.word.length) } : l;
}

/** What the candidate passes over one alignment link share. */
interface LinkState {
  zh: readonly ZhParagraph[];
  countries: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  chineseOf: LinkInput['chineseOf'];
  /** The Chinese mentions of each paragraph, by its index. */
  ments: ReadonlyMap<number, ChineseMention[]>;
  /** A mention after a country (意大利安莎社) → the part after it (安莎社). */
  shorter: ReadonlyMap<ChineseMention, ChineseMention>;
  cands: Candidate[];
}

// The Chinese before a bracketed original is the rendering of an acronym (集体安全条约组织（CSTO）);
// for a name, where that stretch begins is a guess, and the sound of the name places it better.
// Every caller passes a fresh object: the rank is set on it rather than spread into a copy
// (a spread per candidate was a visible share of the linking time).
function push(st: LinkState, c: Omit<Candidate, 'rank'>): void {
  const cand = c as Candidate;
  cand.rank = c.method === 'gloss' && !c.en.acronym ? 1.5 : RANK[c.method];
  st.cands.push(cand);
}

/** A mention as the rendering of `m`: without the country before it, unless the English name holds the country or a clipped form of it. */
function asRendering(st: LinkState, f: ChineseMention, m: EnglishMention): ChineseMention {
  const s = st.shorter.get(f);
  return s && !namesCountry(m.text) && !clipsCountry(m.text, f.text.slice(0, s.start - f.start)) ? s : f;
}

/** A hit followed by the Chinese category word the English name's own allows (卡诺 + 州 for Kano State). */
function withHead<S extends ZhSpan>(text: string, hit: S, tail: SpokenParts['tail']): S {
  const h = tail && headAt(text, hit.end, tail.heads);
  return h ? { ...hit, end: hit.end + h.zh.length, text: hit.text + h.zh } : hit;
}

/** Where the paragraphs write a form the authority file accepts for the mention. */
function authorityCandidates(st: LinkState, m: EnglishMention, entry: AuthorityEntry): void {
  const fullName = isFullName(m.text);
  for (const p of st.zh) {
    for (const form of entry.accepted) {
      // A full English name is not rendered by the surname alone.
      if (fullName && !entry.outlet && form !== entry.standard && !form.includes('·')) continue;
      const bare = form.replace(/[《》]/g, '');
      if (!bare) continue;
      const re = formPattern(bare);
      for (const hit of p.text.matchAll(re)) {
        // 自由欧洲电台/自由电台: two accepted names joined by a slash are one rendering.
        let end = hit.index + hit[0].length;
        const slash = /^[/／]/.exec(p.text.slice(end));
        if (slash) {
          const next = entry.accepted.map((a) => a.replace(/[《》]/g, '')).find((a) => a && p.text.startsWith(a, end + 1));
          if (next) end += 1 + next.length;
        }
        push(st, { en: m, para: p.index, start: hit.index, end, text: p.text.slice(hit.index, end), method: 'authority', score: 1 });
      }
    }
  }
}

/** The mention left in Latin (or another alphabet), or glossed by the Chinese before it in brackets. */
function latinCandidates(st: LinkState, m: EnglishMention): void {
  const spoken = spokenForm(m);
  // "DTE Energy" ↔ DTE能源, "BlueBet Stadium" ↔ BlueBet球场: the name kept in Latin, its category word translated.
  const { tail } = spokenParts(m);
  // "STV News" ↔ STV新闻台, "Arise News" ↔ Arise新闻台: the name kept in Latin, the outlet word translated.
  const bare = m.kind === 'outlet' ? withoutOutletWords(m.text) : undefined;
  for (const p of st.zh) {
    if (bare) {
      for (const f of st.ments.get(p.index)!) {
        if (f.kind === 'outlet' && f.outletWord && f.core && !HAN.test(f.core.text) && sameLatin(f.core.text, bare, bare)) {
          push(st, { en: m, para: p.index, start: f.start, end: f.end, text: f.text, method: 'latin', score: 1 });
        }
      }
    }
    for (const f of st.ments.get(p.index)!) {
      if (f.kind !== 'foreign') continue;
      if (tail && sameLatin(f.text, tail.name, tail.name)) {
        const headed = withHead(p.text, { start: f.start, end: f.end, text: f.text }, tail);
        // A legal form is as often left out (EBN BV → EBN); another category word is the name's (Kano State is not Kano).
        if (headed.end > f.end || tail.legal) push(st, { en: m, para: p.index, ...headed, method: 'latin', score: 1 });
        continue;
      }
      if (!sameLatin(f.text, m.text, spoken)) continue;
      // CSTO in 集体安全条约组织（CSTO）is a gloss: the rendering is the Chinese before it
      // (also after a closing quote: “思路”（Khod Mysley）). A gloss is never a name left in Latin.
      const open = /[（(]\s*$/.exec(p.text.slice(Math.max(0, f.start - 2), f.start));
      // (INFIX组) "the INFIX group": the bracket must hold the original alone to gloss the Chinese before it.
      if (open && /^\s*[)）]/.test(p.text.slice(f.end, f.end + 3))) {
        let at = f.start - open[0].length;
        while (at > 0 && '”"’》」'.includes(p.text[at - 1]!)) at--;
        // 与 in 不会恢复与快速支援部队（RSF）is the sentence's: a name the English writes without "and" has none.
        const joined = !m.shortens || /\s(?:and|&|e|y|et|und)\s/i.test(m.shortens.text);
        // 国家林业公司（CONAF）: the 国家 of a National or State body is its name's; so is any such
        // modifier one of the name's own words means (独立 for the Independent Petroleum Products Importers).
        const named = m.shortens?.text ?? m.text;
        const national = /\b(?:National|State)\b/.test(named);
        const opts = { maxChars: 20, inside: joined ? [...CONJUNCTIONS] : [] };
        let found = nameBefore(p.text, at, { ...opts, keepModifiers: national });
        if (found && !national && modifierBefore(p.text, found.start)) {
          const kept = nameBefore(p.text, at, { ...opts, keepModifiers: true });
          const modifier = kept && kept.start < found.start ? p.text.slice(kept.start, found.start) : '';
          if (modifier && named.split(/\s+/).some((w) => wordMeanings(w).includes(modifier))) found = kept;
        }
        // 与, 和, 及 may join words inside a name (集体安全与合作组织), never start one (视力和中心亚场厚度).
        let lead = 0;
        while (found && lead < found.text.length && CONJUNCTIONS.includes(found.text[lead]!)) lead++;
        // Cut at a stop word inside a word of ICU's (拉各|斯州…, not 依据|卡拉奇…): from the run's start.
        const cut = found ? found.start + lead : -1;
        const from = found && lead < found.text.length ? listStart(p.text, wordBoundaryAt(p.text, cut) ? cut : runStartBefore(p.text, st.ments.get(p.index), cut), named) : -1;
        const name = found && from >= 0 ? { start: from, end: found.end, text: p.text.slice(from, found.end) } : undefined;
        const own = name && fromNamedCountry(name, m.shortens?.text ?? m.text, st);
        if (own && /\p{Script=Han}$/u.test(own.text)) push(st, { en: m, para: p.index, start: own.start, end: own.end, text: own.text, method: 'gloss', score: 0.95 });
        continue;
      }
      push(st, { en: m, para: p.index, start: f.start, end: f.end, text: f.text, method: 'latin', score: 1 });
    }
  }
}

/**
 * 入围|以色列电力公司 for the Israel Electric Corporation, 传唤|菲律宾国家电网公司 for the National
 * Grid Corporation of the Philippines: Chinese writes the country an organisation is named after
 * first, so what a stretch holds before it is the sentence's (a verb, a description). Only a
 * country that opens the English name, or closes it after "of", says so: in the Free Syrian Army
 * (自由叙利亚军) the words before the country are the name's.
 */
function fromNamedCountry(span: ZhSpan, english: string, st: LinkState): ZhSpan {
  const words = english.split(/\s+/);
  const of = words.lastIndexOf('of');
  const said = [words.slice(0, 2).join(' '), words[0]!];
  if (of > 0) said.push(words.slice(words[of + 1] === 'the' ? of + 2 : of + 1).join(' '));
  for (const w of said) {
    for (const form of st.chineseOf.get(w) ?? []) {
      if (!st.countries.has(form)) continue;
      const at = span.text.indexOf(form);
      if (at === 0) return span;
      if (at > 0) return { start: span.start + at, end: span.end, text: span.text.slice(at) };
    }
  }
  return span;
}

/**
 * "JR Hokkaido" ↔ JR北海道, "PGE Baltica" ↔ PGE波罗的海: a first word kept in Latin and the rest
 * of the name written in Chinese right after it, as the country table or the dictionary writes
 * it, by its sound, or translated. The Latin word decides where the rest starts, so the rest is
 * only looked for there.
 */
function latinLedCandidates(st: LinkState, m: EnglishMention): void {
  if (m.kind === 'person' || m.acronym || m.domain) return;
  const words = m.text.replace(/['’]s$/u, '').split(/\s+/);
  const first = words[0]!;
  if (words.length < 2 || !/^[\p{Script=Latin}\d][\p{Script=Latin}\d&-]*$/u.test(first)) return;
  let rest: { written: string[]; latin: LatinName | undefined; meant: MeaningWords | undefined; tail: SpokenParts['tail'] } | undefined | null;
  // Worked out only once the Latin word is found: most names are not written so.
  const restOf = () => {
    if (rest !== undefined) return rest;
    const { tail } = spokenParts(m);
    const restWords = tail ? tail.name.split(/\s+/).slice(1) : words.slice(1);
    if (restWords.length === 0) return (rest = null);
    const anchors = nameAnchors(st.chineseOf, restWords.join(' '));
    return (rest = {
      written: anchors.filter((a): a is string => typeof a === 'string' && HAN.test(a)),
      latin: anchors.find((a): a is LatinName => typeof a !== 'string'),
      meant: meaningWords(restWords),
      tail,
    });
  };
  for (const p of st.zh) {
    for (const f of st.ments.get(p.index)!) {
      if (f.kind !== 'foreign' || !HAN.test(p.text[f.end] ?? '') || !sameLatin(f.text, first, first)) continue;
      const r = restOf();
      if (!r) return;
      const { written, latin, meant, tail } = r;
      let end = Math.max(-1, ...written.filter((a) => p.text.startsWith(a, f.end)).map((a) => f.end + a.length));
      let score = 0.9;
      const run = end < 0 && latin ? st.ments.get(p.index)!.find((k) => k.kind === 'run' && k.start === f.end) : undefined;
      const sound = run && latin ? soundAtStart(p.text, run, latin) : undefined;
      if (sound) [end, score] = [sound.end, Math.min(0.85, sound.score)];
      if (end < 0 && meant) [end, score] = [meaningEnd(p.text, f.end, meant, true), 0.85];
      if (end <= f.end) continue;
      push(st, { en: m, para: p.index, ...withHead(p.text, { start: f.start, end, text: p.text.slice(f.start, end) }, tail), method: 'latin', score });
    }
  }
}

/** Where the paragraphs write the dictionary's Chinese name for the mention. */
function dictionaryCandidates(st: LinkState, m: EnglishMention): void {
  const { tail, said } = spokenParts(m);
  const fullName = isFullName(m.text);
  for (const p of st.zh) {
    const ments = st.ments.get(p.index)!;
    for (const found of dictionaryHits(p.text, m, said, st.countries, st.languages)) {
      const hit = withCoda(p.text, fullName ? wholeDottedName(p.text, found, ments) : found);
      const run = runAround(ments, hit);
      const spoken = run ? withSpokenLead(p.text, run, hit, m, tail) : hit;
      push(st, { en: m, para: p.index, ...withHead(p.text, spoken, tail), method: 'dictionary', score: DICTIONARY_SCORE });
    }
  }
}

/**
 * "Ethiopian Airlines" ↔ 埃塞俄比亚航空公司, "Swiss National Bank" ↔ 瑞士国家银行: a name that opens
 * with a country and ends in a category word is written with the country's Chinese name, the
 * words between translated, and the category word.
 */
function countryHeadCandidates(st: LinkState, m: EnglishMention): void {
  const { tail, said } = spokenParts(m);
  // A country's district or province is a part of it, not a name ("U.S. District Judge").
  if (!tail || SUBDIVISION_HEADS.has(m.text.split(/\s+/).pop()!.toLowerCase())) return;
  const words = said.split(/\s+/);
  let forms: readonly string[] | undefined;
  let leadWords = 0;
  // A dateline's capitals (GUATEMALA CITY) are looked up as the table writes the country.
  const capitals = words.every((w) => w === w.toUpperCase());
  for (let n = Math.min(3, words.length); n >= 1 && !forms; n--) {
    const lead = words.slice(0, n);
    forms = st.chineseOf.get(lead.join(' ')) ?? (capitals ? st.chineseOf.get(nameCased(lead.join(' '))) : undefined);
    leadWords = n;
  }
  if (!forms) return;
  const found: NameLink[] = [];
  for (const p of st.zh) {
    for (const form of forms) {
      for (let i = p.text.indexOf(form); i >= 0; i = p.text.indexOf(form, i + 1)) {
        // The category word within a few characters, none of them punctuation or a word of the sentence (和, 对).
        for (let j = i + form.length; j <= i + form.length + 6 && j < p.text.length; j++) {
          const h = headAt(p.text, j, tail.heads);
          if (h) {
            const end = j + h.zh.length;
            found.push({ en: m, para: p.index, start: i, end, text: p.text.slice(i, end), method: 'dictionary', score: DICTIONARY_SCORE });
            break;
          }
          if (!wordChar(p.text[j])) break;
        }
      }
    }
  }
  // Two of the country's companies in one sentence (纳米比亚电力公司, 纳米比亚广播公司): the one
  // that writes a word between by its meaning (Broadcasting → 广播), when one does.
  const between = found.length > 1 ? words.slice(leadWords).flatMap((w) => wordMeanings(w)) : [];
  const meant = found.filter((l) => between.some((zh) => l.text.includes(zh)));
  for (const l of meant.length > 0 ? meant : found) push(st, l);
}

/** A numbered road's name: the place English puts first, the road's word, its number. */
const ROAD_NAME = new RegExp(`^(?:(.+?)\\s+)?(?:State\\s+)?(?:${ROAD_WORDS.join('|')})\\s+(\\d{1,4})$`, 'iu');
/** Its Chinese: the number, 号, and the road's word (199号公路, 95号州际公路, 260号州道). */
const ROAD_WORDS_ZH = '(?:州际公路|高速公路|州际|公路|国道|州道|高速)';

/**
 * "Route 199" ↔ 199号公路, "Louisiana Highway 1" ↔ 路易斯安那1号公路, "U.S. Route 4" ↔ 美国4号公路:
 * a numbered road is its number, 号 and the road's word, after the place English puts first
 * (its country's, the dictionary's or the table's Chinese name, with 州 or without).
 */
function roadCandidates(st: LinkState, m: EnglishMention): void {
  const road = ROAD_NAME.exec(m.text);
  if (!road) return;
  const [, lead, n] = road;
  // A state as AP style shortens it (Ky. Route 80) is sought by its name.
  const place = lead && (US_STATE_ABBREVIATIONS.get(lead) ?? lead);
  const places = place ? (st.chineseOf.get(place) ?? headwordsOf(place).names) : [];
  const re = new RegExp(`(?<!\\d)${n}号${ROAD_WORDS_ZH}`, 'gu');
  for (const p of st.zh) {
    for (const hit of p.text.matchAll(re)) {
      let start = hit.index;
      const place = places.flatMap((f) => [`${f}州`, f]).find((f) => p.text.endsWith(f, start));
      if (place) start -= place.length;
      const end = hit.index + hit[0].length;
      push(st, { en: m, para: p.index, start, end, text: p.text.slice(start, end), method: 'meaning', score: 0.85 });
    }
  }
}

/** What Chinese writes after a sports club's name, which the English does not (西雅图海怪队, 科希策冰球俱乐部). */
const TEAM_HEADS = ['俱乐部', '队'];
/** The letters of a sports club's name (Football Club, Hockey Club, Fudbalski Klub …). */
const CLUB_LETTERS = new Set(['FC', 'SC', 'AC', 'CF', 'CD', 'HC', 'HK', 'SK', 'FK', 'NK', 'KS', 'AFC', 'BK', 'IF', 'SV', 'VfB', 'VfL']);

/**
 * "the Seattle Kraken" ↔ 西雅图海怪队, "Lech Poznań" ↔ 波兹南莱赫队: a club is its city, which the
 * dictionary (or the country table) names, and a nickname translated or spelled out that no
 * dictionary knows, and Chinese writes the city first and a team word after. The city may be
 * the English name's first words or its last (Sanfrecce Hiroshima ↔ 广岛三箭队); between city and
 * team word stand a few characters of one word, nothing of the sentence.
 */
function teamCandidates(st: LinkState, m: EnglishMention): void {
  if (m.kind === 'person' || m.kind === 'outlet' || m.acronym) return;
  const words = m.text.split(/\s+/);
  if (words.length < 2) return;
  const places = new Set<string>();
  const spelt: LatinName[] = [];
  const pinyin: NonNullable<ReturnType<typeof pinyinSyllables>>[] = [];
  for (let n = 1; n < words.length && n <= 3; n++) {
    for (const name of [words.slice(0, n).join(' '), words.slice(words.length - n).join(' ')]) {
      for (const f of st.chineseOf.get(name) ?? headwordsOf(name).names) places.add(f);
      // Or in pinyin (安养 for Anyang, which the dictionary knows as 安阳).
      const syllables = CLUB_LETTERS.has(name) ? undefined : pinyinSyllables(name);
      if (syllables) pinyin.push(syllables);
      // Or by its sound (the dictionary's form may be another: 拉贾斯坦邦, the state).
      const latin = prepareLatin(name);
      if ((latin.keys[0]?.length ?? 0) >= 3) spelt.push(latin);
    }
  }
  // "FC Lugano" ↔ 卢加诺队, "FC Anyang" ↔ 安养FC队: a club named by its city and a club's letters
  // has no nickname; the letters may stay in Latin before 队.
  const letters = words.find((w) => CLUB_LETTERS.has(w));
  const bare = letters !== undefined && words.length === 2;
  for (const p of st.zh) {
    const text = p.text;
    const team = (start: number, from0: number) => {
      const from = bare && text.startsWith(letters, from0) ? from0 + letters.length : from0;
      for (let j = bare ? from : from + 1; j <= from + 6 && (j === from || wordChar(text[j - 1])); j++) {
        const head = TEAM_HEADS.find((h) => text.startsWith(h, j));
        if (!head) continue;
        push(st, { en: m, para: p.index, start, end: j + head.length, text: text.slice(start, j + head.length), method: 'meaning', score: 0.75 });
        return;
      }
    };
    for (const form of places) for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) team(i, i + form.length);
    for (const syllables of pinyin) for (const hit of pinyinMatches(text, syllables)) team(hit.start, hit.end);
    for (const latin of spelt) {
      for (const f of st.ments.get(p.index)!) {
        // A run with a name dot is a person's name (赫兰特·梅尔库米扬 + 带领亚美尼亚队 is no club).
        if (f.kind !== 'run' || NAME_DOT.test(f.text)) continue;
        const s = soundAtStart(text, f, latin);
        if (s) team(f.start, s.end);
      }
    }
  }
}

/**
 * "Uzbekistan Railways" ↔ 乌兹别克斯坦铁路, "Sarawak Energy" ↔ 沙捞越能源, "Iron Gates" ↔ 铁门: a
 * name whose last words are translated one by one (meaning-match.ts), after its first words
 * written as a country, as the dictionary's name for them, or by their sound — or all of it
 * translated. A person's name is never translated.
 */
function meaningCandidates(st: LinkState, m: EnglishMention, en: readonly EnglishMention[]): void {
  const splitCountry = countryBefore(m, en, 1) !== undefined;
  const { tail } = spokenParts(m);
  // Asked only when a translation opens an outlet or a title, which is rare.
  const thing = () => m.follows?.some((w) => headsFor(w).length > 0) && !m.text.split(/\s+/).some((w) => OUTLET_HEADS.has(w.toLowerCase()));
  for (const { meant, anchors, meaningFirst } of meaningPlans(m, st.chineseOf)) {
    for (const p of st.zh) {
      const text = p.text;
      /** A translation from `from` to `end` (or, meaning first, a name that ends there), the whole written from `start`. */
      const hit = (start: number, from: number, end: number, score: number) => {
        if (end <= from) return;
        // A last word of one character ends where a word does (联邦委 is no reading of 联邦委员会, 雷
        // none of 雷霆); a category word translators add after it belongs to it (肯尼亚电力公司, 自由运动党).
        // A category word of one character is one too (摇篮山 for Cradle Mountain, before 附近).
        const lastIsWord =
          meaningFirst || lastMeanings(meant).some((h) => text.startsWith(h, end - h.length) && (h.length >= 2 || INSTITUTION_HEAD_WORDS.has(h) || headAt(text, end - h.length, GENERIC_HEADS)?.zh === h));
        // An organisation's head word right after it, which the English does not write, is its too (格鲁吉亚梦想党 for Georgian Dream).
        const org = orgStretches(text).find((o) => o.start <= start && o.end > end && o.end - end <= 3);
        // Not the word the translation ends on once more (布尔加斯港 of 布尔加斯港港务总监 for Port of Burgas).
        const added = org ? undefined : headAt(text, end, ADDED_HEADS.filter((h) => !text.startsWith(h.zh, end - h.zh.length)));
        if (org) end = org.end;
        else if (added) end += added.zh.length;
        else if (!lastIsWord && wordChar(text[end])) return;
        // 天空新闻 + 台 for Sky News: an outlet's or a title's Chinese name that the translation opens is the rendering;
        // not for a thing the English says is a yard or a mine (the North Platte yard, not 《北普拉特电讯报》).
        const opened = st.ments.get(p.index)!.find((f) => (f.kind === 'outlet' || f.kind === 'title') && f.start <= start && f.end >= end && (f.core ? f.core.start >= start - 1 : true));
        const whole = opened && !thing() ? opened : undefined;
        // Nor a category word of the English when the translation ends on one (港务 after 布尔加斯港).
        const translatedHead = tail?.heads.some((h) => end - h.zh.length >= from && text.startsWith(h.zh, end - h.zh.length));
        const span = whole ? { start: whole.start, end: whole.end, text: whole.text } : withHead(text, { start, end, text: text.slice(start, end) }, translatedHead ? undefined : tail);
        push(st, { en: m, para: p.index, ...span, method: 'meaning', score });
      };
      if (anchors.length === 0) {
        // All of it translated: it starts where a word may (after punctuation or a function word,
        // or where ICU ends the word before: 请求|公共工程部), not inside one (民党 of 人民党), on one
        // of its first word's renderings; a country the translation puts right before is the
        // name's, as for organisations by position (阿曼|民航局 for the Civil Aviation Authority).
        const starts = new Set<number>();
        for (const h of firstMeanings(meant)) for (let i = text.indexOf(h); i >= 0; i = text.indexOf(h, i + 1)) if (!wordChar(text[i - 1]) || (h.length >= 2 && wordBoundaryAt(text, i))) starts.add(i);
        for (const i of [...starts].sort((a, b) => a - b)) hit(splitCountry ? i : countryStartBefore(text, i, st.countries), i, meaningEnd(text, i, meant, false), 0.8);
        continue;
      }
      for (const a of anchors) {
        if (meaningFirst && typeof a === 'string') {
          // 今日 + 乌兹别克斯坦 (+ 报) for Uzbekistan Today: the translation ends where the name starts.
          for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
            for (let i = Math.max(0, at - 8); i < at; i++) if (!wordChar(text[i - 1]) && meaningEnd(text, i, meant, false) === at) hit(i, at, at + a.length, 0.8);
          }
        } else if (meaningFirst && typeof a !== 'string') {
          // 南 + 苏拉威西 for South Sulawesi: a run right after the translation, scored for the name's sound.
          for (const h of firstMeanings(meant)) {
            for (let i = text.indexOf(h); i >= 0; i = text.indexOf(h, i + 1)) {
              if (wordChar(text[i - 1])) continue;
              const from = meaningEnd(text, i, meant, false);
              const run = from > i ? st.ments.get(p.index)!.find((f) => f.kind === 'run' && f.start === from) : undefined;
              const s = run ? soundAtStart(text, run, a) : undefined;
              if (s) hit(i, from, s.end, Math.min(0.8, s.score));
            }
          }
        } else if (typeof a === 'string') {
          for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) hit(i, i + a.length, meaningEnd(text, i + a.length, meant, true), 0.85);
        } else {
          // Only where a translation follows a run is the run scored for the name's sound.
          for (const f of st.ments.get(p.index)!) {
            if (f.kind !== 'run') continue;
            // The translation may start inside the run: 美 of 诺伦德美术馆 spells sounds too.
            for (let at = f.end; at >= f.end - 2 && at - f.start >= 2; at--) {
              const end = meaningEnd(text, at, meant, true);
              const s = end > at ? soundAtEnd(text, at === f.end ? f : { start: f.start, end: at, text: text.slice(f.start, at) }, a) : undefined;
              if (s) {
                hit(s.start, s.end, end, Math.min(0.85, s.score));
                break;
              }
            }
          }
        }
      }
    }
    // The longest translated part that is found decides; fewer words translated is a weaker reading.
    if (st.cands.some((c) => c.en === m && c.method === 'meaning')) return;
  }
}

/**
 * Translated words with the head English puts before "of" last, after what "of" brings and behind
 * its own modifiers, as Chinese orders them (Federal Ministry of Agriculture → 联邦农业部, Chamber
 * of Commerce → 商会); words without one "of" inside as they are.
 */
function ofLast(words: readonly string[]): readonly string[] {
  const of = words.indexOf('of');
  if (of < 1 || of !== words.lastIndexOf('of') || of === words.length - 1) return words;
  return [...words.slice(0, of - 1), ...words.slice(of + 1), words[of - 1]!];
}

/** Where a country's Chinese name that ends at `at` starts (the longest), else `at`. */
function countryStartBefore(text: string, at: number, countries: ReadonlySet<string>): number {
  for (let k = Math.min(at, 8); k >= 2; k--) if (countries.has(text.slice(at - k, at))) return at - k;
  return at;
}

interface MeaningPlan {
  /** The translated words' renderings. */
  meant: MeaningWords;
  /** How the words before them may be written (none: all of it is translated). */
  anchors: (string | LatinName)[];
  /** The Chinese writes the translation before the name. */
  meaningFirst?: true;
}

// Per mention (shared by every translation of its source) and country table.
const planMemo = new WeakMap<EnglishMention, MeaningPlan[]>();

/** The ways to read a mention as translated words after its name part, most words translated first. */
function meaningPlans(m: EnglishMention, chineseOf: LinkState['chineseOf']): MeaningPlan[] {
  let plans = planMemo.get(m);
  if (plans) return plans;
  plans = [];
  // QatarEnergy, TotalEnergies: words run together, each with its capital.
  let words = m.text
    .replace(/['’]s$/u, '')
    .replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu, ' ')
    .split(/[\s‐-]+/u)
    .filter((w) => w !== '');
  const { tail } = spokenParts(m);
  const spoken = spokenForm(m);
  let tailWords = tail ? spoken.split(/\s+/).length - tail.name.split(/\s+/).length : 0;
  // A legal form of several words (Co. Ltd., S.A. de C.V.) is one word to the translation: 有限公司.
  if (tail?.legal && tailWords > 1 && tailWords < words.length && spoken === m.text) {
    words = [...words.slice(0, -tailWords), words.slice(-tailWords).join(' ')];
    tailWords = 1;
  }
  // A world region itself is left out, as countries are (Central Asia); one in a name is read (Council of Europe).
  if (m.kind !== 'person' && !m.acronym && !m.domain && words.length >= 2 && words.length <= 6 && worldRegionChinese(m.text) === undefined && !institutionPhraseAlone(m.text)) {
    // Category words after the name (Ruaha River), not before it (Port of Corpus Christi).
    const trailing = tail && spoken.startsWith(tail.name) ? tailWords : 0;
    // Split at k: the words from k translated after the name the words before k make (nameFirst),
    // or the words before k translated before the name the words from k make (nameLast); each
    // side read once for every order below.
    const nameFirst: (MeaningPlan & { k: number })[] = [];
    const nameLast: MeaningPlan[] = [];
    for (let k = 0; k < words.length; k++) {
      const after = meaningWords(ofLast(words.slice(k)), true);
      const anchors = after && k > 0 ? nameAnchors(chineseOf, words.slice(0, k).join(' ')) : [];
      if (after && (k === 0 || anchors.length > 0)) nameFirst.push({ meant: after, anchors, k });
      const before = k === 0 ? undefined : meaningWords(words.slice(0, k));
      // Great Ruaha River → 大 + 鲁阿哈 + 河: the name between the translated words and its category word.
      const named = trailing > 0 && k < words.length - trailing ? words.slice(k, words.length - trailing) : words.slice(k);
      const lastAnchors = before ? nameAnchors(chineseOf, named.join(' ')) : [];
      if (before && lastAnchors.length > 0) nameLast.unshift({ meant: before, anchors: lastAnchors });
    }
    // In the English order first, the name's category word left to the sound links (Enugu State,
    // Esenboğa Airport: withHead); then the other orders, each weaker than the one before. English
    // translated words, then the name: Chinese puts the name first (Air Vanuatu → 瓦努阿图航空公司).
    for (const { meant, anchors, k } of nameFirst) if (k < words.length - tailWords) plans.push({ meant, anchors });
    plans.push(...nameLast);
    // The name, then translated words that Chinese puts first (Uzbekistan Today → 今日乌兹别克斯坦报);
    // meaning first, the name is only looked for as the country table or the dictionary writes it.
    const written = (anchors: readonly (string | LatinName)[]) => anchors.filter((a) => typeof a === 'string');
    // Labuhanbatu Utara → 北 + 拉布汉巴图: a place word after the name goes before it, its sound sought after the word.
    for (const { meant, anchors, k } of nameFirst) {
      const placeWords = words.slice(k).every(placeWordFirst);
      const kept = placeWords ? anchors : written(anchors);
      if (kept.length > 0) plans.push({ meant, anchors: kept, meaningFirst: true });
    }
    // Translated words, then the name, in both (Sports Seoul → 体育首尔, South Sulawesi → 南苏拉威西:
    // a name by its sound here, found after the translation).
    for (const { meant, anchors } of nameLast) plans.push({ meant, anchors, meaningFirst: true });
  }
  planMemo.set(m, plans);
  return plans;
}

const ADDED_HEADS = GENERIC_HEADS.filter((h) => h.added);

/** "and" in Chinese: inside a name (集体安全与合作组织) or between two (菲略和玛丽亚), never at a name's edge. */
const CONJUNCTIONS = '与和及';

/**
 * How a name's first words can be written: a country's Chinese names, the dictionary's, or
 * (failing both) their sound; and as they are, in Latin (Geo新闻 for Geo News, IDE技术 for IDE
 * Technologies).
 */
function nameAnchors(chineseOf: LinkState['chineseOf'], name: string): (string | LatinName)[] {
  const latinText = /^[\p{Script=Latin}\d][\p{Script=Latin}\p{M}\d .&'-]*$/u.test(name) && /\p{Script=Latin}/u.test(name) ? [name] : [];
  // Islamic → Islam (伊斯兰): an adjective in -ic the dictionary knows by its noun only.
  let forms = chineseOf.get(name) ?? headwordsOf(name).names;
  if (forms.length === 0 && /^\p{Lu}\p{Ll}{3,}ic$/u.test(name)) forms = headwordsOf(name.slice(0, -2)).names;
  if (forms.length > 0) return [...forms, ...latinText];
  const latin = prepareLatin(name);
  return [...((latin.keys[0]?.length ?? 0) >= 3 ? [latin] : []), ...latinText];
}

/** The stretch of a transliteration run, up to its end, that sounds most like the name, if one sounds enough like it. */
function soundAtEnd(text: string, run: ZhSpan, latin: LatinName): { start: number; end: number; score: number } | undefined {
  const floor = soundFloor(latin.keys[0]?.length ?? 0);
  let best: { start: number; end: number; score: number } | undefined;
  // The character before the run, which the set lacks, is the name's when the run starts with a
  // character only ever a syllable's end (木 + 尔坦 for Multan), or when the name sounds more like
  // the run with it than without it (准 + 迪沙布尔 for Jundishapur).
  const before = run.start - 1;
  const sounds = (a: number) => translitSimilarity(latin, text.slice(a, run.end));
  const reach =
    before >= 0 && wordChar(text[before]) && (codaOnly(text[run.start]!) || (!FUNCTION_CHARS.has(text[before]!) && sounds(before) > sounds(run.start)));
  const first = reach ? before : run.start;
  for (let a = first; a <= run.end - 2; a++) {
    if (codaOnly(text[a]!)) continue;
    // The whole run gains what a whole part gains in subSpans (埃努古 over 努古 for Enugu).
    const score = sounds(a) + (a === first ? WHOLE_PART_BONUS : 0);
    if (score >= floor && (!best || score > best.score)) best = { start: a, end: run.end, score };
  }
  return best;
}

/** The stretch of a transliteration run, from its start, that sounds most like the name, if one sounds enough like it. */
function soundAtStart(text: string, run: ZhSpan, latin: LatinName): { end: number; score: number } | undefined {
  const floor = soundFloor(latin.keys[0]?.length ?? 0);
  let best: { end: number; score: number } | undefined;
  for (let b = run.start + 2; b <= run.end; b++) {
    const score = translitSimilarity(latin, text.slice(run.start, b)) + (b === run.end ? WHOLE_PART_BONUS : 0);
    if (score >= floor && (!best || score > best.score)) best = { end: b, score };
  }
  return best;
}

/**
 * By how the mention sounds: the pinyin of a Chinese-origin name, else a Chinese surname first
 * (黄仁勋 for Jensen Huang), and a transliteration scored against the runs and the outlet and
 * title cores of the paragraphs.
 */
function soundCandidates(st: LinkState, m: EnglishMention, en: readonly EnglishMention[]): void {
  const { tail, said, translatedOnly } = spokenParts(m);
  // Tseng Wen-hsiung → 曾文雄: a Taiwanese name in Wade–Giles is read as the pinyin it may be.
  const personal = m.kind === 'person' || m.kind === 'name';
  const pinyin = pinyinSyllables(said);
  let hits = pinyin && st.zh.map((p) => pinyinMatches(p.text, pinyin));
  // Liao Kuan-ting → 廖冠廷: a name that spells pinyin too (kuan, ting) may be Wade–Giles, read so
  // when its pinyin finds nothing.
  if (personal && !hits?.some((h) => h.length > 0)) {
    const wadeGiles = wadeGilesSyllables(said);
    if (wadeGiles) hits = st.zh.map((p) => pinyinMatches(p.text, wadeGiles));
  }
  if (hits) {
    for (const [k, p] of st.zh.entries()) {
      for (const hit of hits[k]!) {
        // 格拜 of 拉布拉·瓦吉·格拜 is a part of a transliteration, not a name in characters.
        if (nextToNameDot(p.text, hit)) continue;
        // Nor is 一财 across two words (第一|财经 for Yicai): a name starts or ends where a word does.
        if (!wordBoundaryAt(p.text, hit.start) && !wordBoundaryAt(p.text, hit.end)) continue;
        // 芒特 + 哈根 for Mount Hagen: a leading category word written by its sound, as for sound links.
        const run = runAround(st.ments.get(p.index)!, hit);
        push(st, { en: m, para: p.index, ...withHead(p.text, run ? withSpokenLead(p.text, run, hit, m, tail) : hit, tail), method: 'pinyin', score: 0.97 });
      }
    }
  } else if (personal) {
    // Ranked with the sound links, below their good scores: 安娜·黄 for Anna Huang is hers.
    for (const p of st.zh) for (const hit of surnameFirst(p.text, said, st.countries)) push(st, { en: m, para: p.index, ...hit, method: 'sound', score: 0.8 });
  }
  if (translatedOnly) return;
  const latin = prepareLatin(said);
  const letters = latin.keys[0]?.length ?? 0;
  if (letters < 2) return;
  const floor = soundFloor(letters);
  // Organisations are translated, not transliterated (Caspian Sea → 里海): only the authority,
  // a gloss or the Latin itself links them, unless the name is one word before its category
  // word (Fana Broadcasting → 法纳广播公司) or one word that is no English one (the state copper
  // firm Cobrenor → 科布雷诺尔).
  if (m.kind === 'org' && !(tail && !/\s/.test(tail.name)) && !(!tail && /^\p{L}+$/u.test(said) && !isKnownWord(said))) return;
  const startsName = nameStartTest(latin);
  // Counted once per mention, not per run subSpans reads.
  const nameWords = latin.name.split(/[\s‐-]+/).filter(Boolean).length;
  const station = m.kind === 'outlet' && LEADING_STATION.test(m.text);
  for (const p of st.zh) {
    let blocked: [number, number][] | undefined;
    for (const found of st.ments.get(p.index)!) {
      const f = found.kind === 'run' ? found : asRendering(st, found, m);
      if (f.kind === 'run') {
        // A station named "Radio …" is rendered with its outlet word (维舍格勒电台), never a bare run (斐济 of Radio Fiji).
        if (station) continue;
        blocked ??= placesNamed(p.text, st);
        for (const s of subSpans(p.text, f, letters, latin, startsName, nameWords, blocked)) {
          // 俄罗斯 is Russia, whatever else 罗斯 might sound like.
          // 努尔苏丹 holds 苏丹 (Sudan) whole and is still a name; a stretch inside or across one is not.
          // 信德 for Sindh: a form only a language gives is a place's name whole.
          // A place of the country table the English name is named after is its own (杜尚别 of the
          // Dushanbe-2 plant): the stretch may be that place whole.
          if (blocked.some(([a, b]) => s.start < b && s.end > a && !(s.start <= a && s.end >= b && (s.end - s.start > b - a || st.languages.has(p.text.slice(a, b)) || (m.kind !== 'country' && namesPlace(m.text, p.text.slice(a, b), st.chineseOf)))))) continue;
          // 埃森博阿 + 机场 for Esenboğa Airport, not 埃森博阿机: a stretch does not end inside the category word the name allows.
          if (tail && cutsHead(p.text, s, tail.heads)) continue;
          const score = translitSimilarity(latin, s.text) + s.bonus;
          if (score < floor) continue;
          // Nor go on past it (库尔德地区|经 for Kurdistan Region): the category word ends the name.
          if (tail && tail.heads.some((h) => { const at = s.text.indexOf(h.zh, 1); return at >= 0 && at + h.zh.length < s.text.length; })) continue;
          // An outlet written by sound in no title and with no outlet word is rare: only a close match (not
          // 雷文塔松 for La Nación, whose 《民族报》 is translated).
          if (m.kind === 'outlet' && score < OUTLET_RUN_SOUND) continue;
          const hit = withHead(p.text, withSpokenLead(p.text, f, { start: s.start, end: s.end, text: s.text }, m, tail), tail);
          // A name of two words is not one character (海 for Hay Point, whose 波因特 follows it).
          if (hit.end - hit.start === 1 && /\s/.test(m.text.trim())) continue;
          // A river, lake or sea of two words or more is found with its category word after it
          // (贝尔富什河 for the Belle Fourche River), not by a stretch of sound alone.
          if (hit.end === s.end && m.kind === 'place' && ((tail && /\s/.test(tail.name)) || (/\s\S+\s/.test(m.text) && headsFor(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase()).length > 0))) continue;
          // 加通湖 for Gatun Lake, not the 可通 of 可通行: the category word the English has, right after, is evidence too.
          push(st, { en: m, para: p.index, ...hit, method: 'sound', score: Math.min(1, score + (hit.end > s.end ? HEAD_BONUS : 0)) });
        }
      } else if ((f.kind === 'title' || f.kind === 'outlet') && f.core && HAN.test(f.core.text) && !tooShortFor([...f.core.text].length, letters)) {
        // An outlet or a title rendered by sound: 《哈钦报》 for Haqqin.az.
        // An outlet's name is the whole 《哈钦报》, not the sound inside it.
        // The core ends where the outlet word starts, so it is a whole part, like a run's (the same bonus).
        const score = Math.min(1, translitSimilarity(latin, f.core.text) + WHOLE_PART_BONUS + (m.kind === 'outlet' ? 0.05 : 0));
        // A name no cue calls an outlet takes a publication's title by a close match only (Quang Ninh
        // is not 《青年报》, qing nian bao).
        if (m.kind !== 'outlet' && score < OUTLET_RUN_SOUND) continue;
        // ...and not one that says it is a paper where the English names a paper after it: 《凯努报》
        // is Kainuun Sanomat's, not the region of Kainuu's; 《特鲁埃尔日报》 the Diario de Teruel's, not
        // Teruel's (in any case: a dateline's TERUEL).
        if (m.kind !== 'outlet' && f.outletWord !== undefined && en.some((o) => o.kind === 'outlet' && o !== m && namesPaperAfter(o.text, m.text))) continue;
        if (score >= floor) push(st, { en: m, para: p.index, start: f.start, end: f.end, text: f.text, method: 'sound', score });
      }
    }
    // 信德省 for Sindh: a form only a language gives (信德 of 信德语) is a place's name whole, run or not
    // (信 is not in the set).
    if (st.languages.size === 0) continue;
    blocked ??= placesNamed(p.text, st);
    for (const [a, b] of blocked) {
      const form = p.text.slice(a, b);
      if (!st.languages.has(form) || runAround(st.ments.get(p.index)!, { start: a, end: b, text: form })) continue;
      const score = translitSimilarity(latin, form) + WHOLE_PART_BONUS;
      if (score >= floor) push(st, { en: m, para: p.index, ...withHead(p.text, { start: a, end: b, text: form }, tail), method: 'sound', score: Math.min(1, score) });
    }
  }
}

/**
 * countryRanges, less a language's name whose last character starts a word of the sentence
 * (伊博|士 of 优素福扎伊博士: 伊博 is Igbo, 博士 "doctor"): no language is named there.
 */
function placesNamed(text: string, st: LinkState): [number, number][] {
  return countryRanges(text, st.countries).filter(([a, b]) => !(st.languages.has(text.slice(a, b)) && sentenceWordAt(text, b - 1)));
}

/**
 * "Lake Charles" ↔ 莱克查尔斯, "Cape Breton" ↔ 开普布雷顿: a category word English puts first
 * (read without it, as Lake Victoria is 维多利亚湖) may be written by its sound right before
 * the name, in the same run.
 */
function withSpokenLead(text: string, run: ZhSpan, s: ZhSpan, m: EnglishMention, tail: SpokenParts['tail']): ZhSpan {
  const spoken = spokenForm(m);
  if (!tail || tail.name === spoken || !spoken.endsWith(tail.name) || s.start - run.start < 1) return s;
  const first = spoken.split(/\s+/)[0]!;
  for (let k = Math.min(3, s.start - run.start); k >= 1; k--) {
    const lead = text.slice(s.start - k, s.start);
    if (translitSimilarity(first, lead) >= LEAD_SOUND) return { start: s.start - k, end: s.end, text: text.slice(s.start - k, s.end) };
  }
  return s;
}

/** How well a leading category word's sound must be written to be part of the rendering (莱克 for Lake). */
const LEAD_SOUND = 0.65;

/** The transliteration run a stretch lies in, if any. */
function runAround(ments: readonly ChineseMention[], s: ZhSpan): ChineseMention | undefined {
  return ments.find((f) => f.kind === 'run' && f.start <= s.start && f.end >= s.end);
}

/** Whether one of the heads starts inside the stretch and runs on past its end. */
function cutsHead(text: string, s: ZhSpan, heads: readonly GenericHead[]): boolean {
  for (const h of heads) {
    for (let k = Math.max(s.start + 1, s.end - h.zh.length + 1); k < s.end; k++) if (text.startsWith(h.zh, k)) return true;
  }
  return false;
}

/**
 * Whether a name dot stands right before or after the stretch: a name in characters (pinyin, or
 * read in Japanese, Korean or Vietnamese) never has one; a part of a transliteration does. A
 * hyphen is no such sign: it also joins two places (首尔-仁川).
 */
function nextToNameDot(text: string, s: ZhSpan): boolean {
  const dotAt = (k: number) => k >= 0 && k < text.length && NAME_DOTS.includes(text[k]!);
  return dotAt(s.start - 1) || dotAt(s.end);
}

/**
 * Japanese, Korean and Vietnamese names keep their characters in Chinese (熊本 Kumamoto, 全州
 * Jeonju): read in their own language, looked for only where nothing scored well.
 */
function readingCandidates(st: LinkState, en: readonly EnglishMention[]): void {
  const best = new Map<EnglishMention, number>();
  const pinyinFound = new Set<EnglishMention>();
  for (const c of st.cands) {
    best.set(c.en, Math.max(best.get(c.en) ?? 0, c.score));
    if (c.method === 'pinyin') pinyinFound.add(c.en);
  }
  for (const m of en) {
    if (m.kind === 'country' || m.acronym || (best.get(m) ?? 0) >= 0.9) continue;
    const { tail, said, translatedOnly } = spokenParts(m);
    if (translatedOnly) continue;
    // Romaji often spells pinyin too (Yoshitaka Hanabusa, Genkai, Yongin): such a name is read when
    // its pinyin found nothing, and as a Japanese full name.
    if (pinyinFound.has(m) && pinyinSyllables(said)) {
      if (m.kind !== 'org' && m.kind !== 'outlet') for (const p of st.zh) japaneseFullName(st, m, p, said);
      continue;
    }
    for (const p of st.zh) {
      let found = false;
      const hits = readingMatches(p.text, said);
      for (const hit of hits) {
        // 村松|对: a reading that also holds a function word after the name (对 reads tsu) is the
        // sentence's where the name reads without it.
        if (FUNCTION_CHARS.has(p.text[hit.end - 1]!) && hits.some((h) => h.start === hit.start && h.end === hit.end - 1)) continue;
        // 林布 inside 萨丽塔·拉伊·林布 is a part of a transliterated name, not a name in characters.
        if (nextToNameDot(p.text, hit)) continue;
        const span = withHead(p.text, hit, tail);
        // An organisation is its place's reading and its category word (釜山 alone is not the Busan Port Authority).
        if (m.kind === 'org' && tail && span.end === hit.end) continue;
        push(st, { en: m, para: p.index, ...span, method: 'reading', score: 0.95 });
        found = true;
      }
      if (!found && m.kind !== 'org' && m.kind !== 'outlet') japaneseFullName(st, m, p, said);
    }
  }
}

/** A word that may be Japanese in Hepburn romanisation: syllables of a consonant (or none) and a vowel, or n. */
const ROMAJI = /^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[jfwy])?[aeiou]|n)+$/i;

/**
 * "Yoshitaka Hanabusa" ↔ 花房义隆: a Japanese given name is read as its bearer chose (義隆 is
 * Yoshitaka by a reading no table of the character's readings need hold), so where the full
 * name cannot be read, the surname read surname first, and the one to three characters right
 * after it, up to where a word of the sentence starts (表示), are the name.
 */
function japaneseFullName(st: LinkState, m: EnglishMention, p: ZhParagraph, said: string): void {
  const words = said.split(/\s+/);
  if (words.length !== 2 || !words.every((w) => ROMAJI.test(w))) return;
  const text = p.text;
  for (const hit of readingMatches(text, words[1]!)) {
    if (nextToNameDot(text, hit)) continue;
    let end = hit.end;
    // The given name's first character must read as it starts (not 表 of 表示 for Yoshitaka); it
    // may be a function word's too (和 kazu of 石黑和宪 for Kazunori). Or, for a given name of two
    // characters that the sentence's verb or a function word follows (冢本雅子|表示, not 竹林表示|，),
    // the second must read as it ends (雅子 for Masako: 雅 is masa by a name's reading only).
    const two = isHan(text[end] ?? '') && isHan(text[end + 1] ?? '') && !FUNCTION_CHARS.has(text[end]!) && (sentenceWordAt(text, end + 2) || FUNCTION_CHARS.has(text[end + 2] ?? ''));
    if (text[end] === undefined || !isHan(text[end]!) || !(opensName(text[end]!, words[0]!) || (two && closesName(text[end + 1]!, words[0]!)))) continue;
    end++;
    while (end - hit.end < 3 && wordChar(text[end]) && !sentenceWordAt(text, end)) end++;
    if (wordChar(text[end]) && !sentenceWordAt(text, end)) continue;
    // A function word alone is the sentence's (石黑和|工程师: "and").
    if (end - hit.end === 1 && FUNCTION_CHARS.has(text[hit.end]!)) continue;
    push(st, { en: m, para: p.index, start: hit.start, end, text: text.slice(hit.start, end), method: 'reading', score: 0.9 });
  }
}

/**
 * 田纳西河谷管理局（TVA）renders "Tennessee Valley Authority (TVA)": the name the acronym shortens
 * is rendered by the same words, and so is the acronym when the name took them first (by the
 * authority files, say).
 */
function shareWithAcronyms(links: NameLink[], en: readonly EnglishMention[], cands: readonly Candidate[], zh: readonly ZhParagraph[]): void {
  for (const acronym of en) {
    const full = acronym.shortens;
    if (!full || full.kind === 'country') continue;
    const a = links.find((k) => k.en === acronym);
    const f = links.find((k) => k.en === full);
    if (a && !f && a.method === 'gloss') links.push({ ...a, en: full });
    if (!f || a) continue;
    // The acronym had a candidate where the name was rendered; or "Agence France-Presse (AFP)" ↔
    // 法新社: a translation that writes the name once, without the acronym in brackets, renders
    // both by it — unless it brackets a short form of its own (亚洲开发银行（亚行）for the Asian
    // Development Bank (ADB)), or the English uses the acronym again, for which Chinese may have one.
    const sameStretch = cands.some((c) => c.en === acronym && c.para === f.para && c.start === f.start && c.end === f.end);
    const dropped =
      !zh.some((p) => p.text.includes(acronym.text)) && !/^\s*[（(]/.test(paraText(zh, f.para).slice(f.end)) && !en.some((o) => o !== acronym && o.text === acronym.text);
    if (sameStretch || dropped) links.push({ ...f, en: acronym });
  }
}

/**
 * Outlets translated by meaning (Vostok Express → 《东方快报》) have nothing to score: when one
 * outlet is left unlinked on each side of the link, they are each other's. An acronym is not
 * taken for an outlet here (NEOM is a city): one the text calls an outlet has that kind.
 */
function outletByPosition(links: NameLink[], en: readonly EnglishMention[], st: LinkState): void {
  const open = (f: ChineseMention) => !overlapsLink(links, f.para, f.start, f.end);
  coordinatedOutlets(links, en, st, open);
  const openEn = en.filter((m) => m.kind === 'outlet' && !links.some((l) => l.en === m));
  let openZh = st.zh.flatMap((p) => st.ments.get(p.index)!.filter((f) => isOutletShaped(f) && open(f)));
  // 《沙特公报》 for the Saudi Gazette, 《汉诺威汇报》: a title whose last word is also an ordinary
  // word's (公报 "communiqué", 汇报 "report") is the outlet the English names when nothing else is.
  if (openZh.length === 0 && openEn.length === 1) openZh = st.zh.flatMap((p) => st.ments.get(p.index)!.filter((f) => f.kind === 'title' && open(f)));
  byPrint(links, openEn, openZh);
  if (links.some((l) => openEn.includes(l.en))) return;
  // 商业日报《金融快报》 "the business daily The Financial Express": the title is the name, what
  // stands before it describes the paper.
  const titled = openZh.filter((f) => f.kind === 'title');
  if (openZh.length > 1 && titled.length === 1) openZh = titled;
  // "told Handelsblatt" ↔ 对《商报》表示, "told Antena 3" ↔ 对第三天线电视台: a name spoken to
  // is an outlet when the Chinese has one there and the English no other outlet.
  const spokenTo = en.filter((m) => m.addressee && !links.some((l) => l.en === m));
  const pool = openEn.length > 0 ? openEn : spokenTo;
  if (pool.length === 1 && openZh.length === 1 && new Set(pool.map((m) => m.text)).size === 1) {
    // Translated by meaning, a national outlet's name keeps its country (美国全国公共广播电台 for
    // NPR, 罗马尼亚国家新闻社 for Agerpres); only a rendering by sound is told apart from it
    // (意大利安莎社 → 安莎社 for ANSA).
    const f = openZh[0]!;
    links.push({ en: pool[0]!, para: f.para, start: f.start, end: f.end, text: f.text, method: 'position', score: 0.6 });
  }
}

/**
 * "told SRF, while the Neue Zürcher Zeitung said" ↔ 对瑞士德语广播电视台…《新苏黎世报》称: of two
 * outlets left on each side, the one paper (a name ending like a paper's, Zeitung, Times) is the
 * one paper in the Chinese (a title, or …报), and the other the other.
 */
function byPrint(links: NameLink[], openEn: readonly EnglishMention[], openZh: readonly ChineseMention[]): void {
  if (openEn.length !== 2 || openZh.length !== 2) return;
  const printEn = (m: EnglishMention) => {
    const last = m.text.split(/\s+/).pop()!.toLowerCase();
    return m.outletKind === 'newspaper' || (OUTLET_HEADS.has(last) && !BROADCAST_HEADS.has(last));
  };
  const printZh = (f: ChineseMention) => f.kind === 'title' || (f.outletWord !== undefined && outletWordAt(f.outletWord)?.kind === 'newspaper');
  // Or, of a station ("Radio Zeeland-Vlaanderen") and a name that says nothing (Rotterdams Havenblad), the other.
  const station = (m: EnglishMention) => m.outletKind === 'radio' || /^(?:radio|tv|television|channel)$/.test(m.text.split(/\s+/).pop()!.toLowerCase());
  const stations = openEn.filter(station);
  const en = openEn.some(printEn) || stations.length !== 1 ? openEn.filter(printEn) : openEn.filter((m) => !station(m));
  const zh = openZh.filter(printZh);
  if (en.length !== 1 || zh.length !== 1) return;
  const other = openZh.find((f) => f !== zh[0])!;
  for (const [m, f] of [[en[0]!, zh[0]!], [openEn.find((e) => e !== en[0])!, other]] as const) {
    links.push({ en: m, para: f.para, start: f.start, end: f.end, text: f.text, method: 'position', score: 0.6 });
  }
}

/**
 * "told Prothom Alo and The Business Standard" ↔ 对《第一光明报》和《商业标准报》表示, "Le Journal de
 * Montréal and TVA Nouvelles reported" ↔ 据《蒙特利尔日报》和TVA新闻台报道: two names joined by "and",
 * outlets by what the sentence says of them (an outlet, spoken to, or reporting), and two
 * outlets joined by 和, 与 or 、 in the Chinese are each other's in order.
 */
function coordinatedOutlets(links: NameLink[], en: readonly EnglishMention[], st: LinkState, open: (f: ChineseMention) => boolean): void {
  const taken = (m: EnglishMention) => links.some((l) => l.en === m);
  for (const m of en) {
    const n = m.andNext;
    if (!n || taken(m) || taken(n)) continue;
    if (!(m.kind === 'outlet' || m.addressee || n.kind === 'outlet' || OUTLET_VERBS.has(n.follows?.[0] ?? ''))) continue;
    for (const p of st.zh) {
      const outlets = st.ments.get(p.index)!.filter((f) => isOutletShaped(f) && open(f));
      const k = outlets.findIndex((f, i) => i + 1 < outlets.length && OUTLET_JOINS.has(p.text.slice(f.end, outlets[i + 1]!.start)));
      if (k < 0) continue;
      for (const [e, f] of [[m, outlets[k]!], [n, outlets[k + 1]!]] as const) links.push({ en: e, para: f.para, start: f.start, end: f.end, text: f.text, method: 'position', score: 0.6 });
      break;
    }
  }
}

/** What joins two outlets in a Chinese list. */
const OUTLET_JOINS = new Set(['和', '与', '、']);

/**
 * Organisations translated by meaning (Commerzbank → 德国商业银行, Energy Ministry → 能源部):
 * the one left unlinked on each side, looked for only when the English has one.
 */
function orgByPosition(links: NameLink[], en: readonly EnglishMention[], zh: readonly ZhParagraph[], st: LinkState): void {
  const { countries, ments } = st;
  // A name linked once in this link is not paired again by position: the second KIPIC after
  // 科威特综合石油工业公司（KIPIC） would take another organisation's stretch, a second rendering.
  let orgsEn = en.filter((m) => orgLike(m) && !links.some((l) => l.en === m || l.en.text === m.text));
  // One organisation named more than once (a headline's SOCAR and the body's): each mention in
  // turn takes the same stretch written as often.
  const once = orgsEn.length > 1 && orgsEn.every((m) => m.text === orgsEn[0]!.text);
  let open = orgsEn.length === 1 || once ? linkOrgStretches(zh).filter((s) => !overlapsLink(links, s.para, s.start, s.end)) : [];
  if (once) {
    if (open.length === orgsEn.length && open.every((s) => s.text === open[0]!.text)) {
      orgsEn.forEach((m, k) => links.push({ en: m, ...withoutSplitCountry(open[k]!, m, en, countries), method: 'position', score: 0.55 }));
    }
    return;
  }
  if (orgsEn.length === 0) {
    // Romgaz ↔ 罗马尼亚天然气公司, Ukrnafta ↔ 乌克兰石油公司: a company's coined name is one word of
    // no cue, and its translation opens with its country. The one such word left and the one
    // such stretch left, when no other name is left that the stretch could be (the Vistula beside
    // Wody Polskie).
    const left = en.filter((m) => m.kind !== 'country' && m.kind !== 'person' && m.kind !== 'outlet' && !links.some((l) => l.en === m));
    orgsEn = left.filter(coinedName);
    // An outlet left is such a name too (南非广播公司 for SABC, not the Koeberg plant); "TV" of
    // "the TV channel 1+1" is none (two letters, as for acronyms).
    const outletLeft = en.some((m) => m.kind === 'outlet' && m.text.replace(/[^\p{L}]/gu, '').length >= 3 && !links.some((l) => l.en === m));
    if (orgsEn.length !== 1 || left.length !== 1 || outletLeft) return;
    open = linkOrgStretches(zh).filter((s) => !overlapsLink(links, s.para, s.start, s.end) && opensWithCountry(zh, s, countries));
  }
  if (orgsEn.length !== 1) return;
  if (open.length > 1) {
    // "Dominican hotel group Inversiones Costa Samaná" ↔ 多米尼加酒店集团萨马纳海岸投资…: the stretch
    // that opens with the country English writes before lower-case words and then the
    // organisation is that description, and the stretch right after it the organisation.
    const org = orgsEn[0]!;
    const after = open.find((d) => describingCountry(d, paraText(zh, d.para), org, en, st) && open.some((o) => o.para === d.para && o.start === d.end));
    if (after) open = open.filter((o) => o.para === after.para && o.start === after.end);
  }
  if (open.length === 1) {
    const text = paraText(zh, open[0]!.para);
    // Cut at a word of ICU's (开发商|哈派…) it stays: the run took the description in.
    let from = wordBoundaryAt(text, open[0]!.start) ? open[0]!.start : runStartBefore(text, ments.get(open[0]!.para), open[0]!.start);
    // 埃及|旅游促进局: a country that ends on a function word's character (及) stops the stretch before it.
    if (FUNCTION_CHARS.has(text[from - 1] ?? '')) from = countryStartBefore(text, from, countries);
    const whole = from < open[0]!.start ? { ...open[0]!, start: from, text: text.slice(from, open[0]!.end) } : open[0]!;
    const s = pastDescription(fromCountry(withConjoined(whole, text, orgsEn[0]!, countries), text, countries), text, orgsEn[0]!, en, st);
    if (countryElsewhere(s, text, orgsEn[0]!, en, links, st)) return;
    if (publicBodyAsCompany(orgsEn[0]!, s) || countryAndHeadOnly(s, text, countries)) return;
    links.push({ en: orgsEn[0]!, ...withoutSplitCountry(s, orgsEn[0]!, en, countries), method: 'position', score: 0.55 });
  }
}

/**
 * "Paystride Technologies Ltd." ↔ 佩斯特赖德科技有限公司, "Fergana Ipak Tekstil JSC" ↔ 费尔干纳丝绸
 * 纺织股份公司: a company the English names with its legal form, its name said by sound (or
 * written as the dictionary or the country table writes it) and its other words translated in
 * ways no word list foresees. The organisation-shaped stretch ending in 公司 (or a partnership's
 * 合伙企业) that holds a word of the name is its rendering, when that stretch holds no other
 * company's word; from that word on when it is the name's first (石墨开发商|鲁伍马黑石矿业有限公司
 * "graphite developer Ruvuma …").
 */
function companyByAnchor(links: NameLink[], en: readonly EnglishMention[], zh: readonly ZhParagraph[], st: LinkState): void {
  const companies = en.filter((m) => spokenParts(m).tail?.legal && !links.some((l) => l.en === m));
  if (companies.length === 0) return;
  // A stretch no link is in, but for a company's word said alone (Paystride of Paystride
  // Technologies Ltd.), which takes its next occurrence once the company has the stretch.
  const shortForm = (l: NameLink) => companies.some((m) => spokenParts(m).tail!.name.split(/\s+/).includes(l.en.text));
  const stretches = linkOrgStretches(zh).filter((s) => /(?:公司|合伙企业|株式会社)$/u.test(s.text) && linksIn(links, s).every(shortForm));
  const found = companies.map((m) => stretches.map((s) => anchorIn(st, s, spokenParts(m).tail!.name)));
  companies.forEach((m, i) => {
    const hits = found[i]!.flatMap((a, k) => (a === undefined ? [] : [k]));
    if (hits.length !== 1) return;
    const k = hits[0]!;
    if (found.some((row, j) => j !== i && row[k] !== undefined)) return;
    const s = stretches[k]!;
    const start = found[i]![k]!;
    const text = paraText(zh, s.para);
    const whole: NameLink = { en: m, ...withoutSplitCountry({ ...s, start, text: text.slice(start, s.end) }, m, en, st.countries), method: 'meaning', score: 0.7 };
    pushOverShortForms(links, whole, text, shortForm);
  });
}

/**
 * Where a company's rendering starts in a stretch that holds a word of its name: where the
 * name's first word is written (a description may stand before it: 石墨开发商|鲁伍马黑石矿业),
 * else at the stretch's start; undefined when it holds none. A name's own word is what a
 * translation cannot translate.
 */
function anchorIn(st: LinkState, s: ZhSpan & { para: number }, name: string): number | undefined {
  const text = paraText(st.zh, s.para);
  const words = name.split(/\s+/);
  let at: number | undefined;
  for (const [k, w] of words.entries()) {
    if (!/^\p{Lu}[\p{L}\p{M}'’-]{2,}$/u.test(w)) continue;
    for (const a of nameAnchors(st.chineseOf, w)) {
      let hit: number | undefined;
      if (typeof a === 'string') {
        const i = text.indexOf(a, s.start);
        if (i >= 0 && i + a.length <= s.end - 2) hit = i;
      } else {
        // A run may begin before the stretch (管理人|金塞拉·伯恩…: the stretch starts the name); its
        // last two characters (公司, whose characters spell sounds too) are the head, not the name.
        for (const f of st.ments.get(s.para)!) {
          const part = { start: Math.max(f.start, s.start), end: Math.min(f.end, s.end - 2) };
          if (f.kind === 'run' && part.end - part.start >= 2 && soundAtStart(text, { ...part, text: text.slice(part.start, part.end) }, a)) {
            hit = part.start;
            break;
          }
        }
      }
      if (hit === undefined) continue;
      if (k === 0) return hit;
      at = s.start;
    }
    // A Japanese, Korean or Vietnamese word by its characters' reading (Hokuriku ↔ 北陆).
    const read = readingMatches(text, w).find((r) => r.start >= s.start && r.end <= s.end - 2);
    if (read && k === 0) return read.start;
    if (read) at = s.start;
  }
  return at;
}

/**
 * 拉各斯州…, 亚的斯亚贝巴…: a stretch read back from a head word or a bracket that starts inside a
 * transliteration run (cut at 各 or 的, words elsewhere) starts where the run does — or, in a run
 * bridged over a function word, after it (伊韦阿拉在|彼得森国际经济研究所: two names, the person's
 * and the institute's).
 */
function runStartBefore(text: string, ments: readonly ChineseMention[] | undefined, start: number): number {
  const run = ments?.find((f) => f.kind === 'run' && f.start < start && f.end > start);
  let from = run?.start ?? start;
  for (let k = from; run && k < start; k++) if (FUNCTION_CHARS.has(text[k]!)) from = k + 1;
  return from;
}

/**
 * Whether the country a stretch opens with says it renders another name than the organisation
 * left: "China's TBEA" is no 塔吉克斯坦国家电力公司, and where "TotalEnergies EP Uganda" is left
 * too, 乌干达勘探生产公司 is that one's, not the Daily Monitor's.
 */
function countryElsewhere(s: ZhSpan, text: string, org: EnglishMention, en: readonly EnglishMention[], links: readonly NameLink[], st: LinkState): boolean {
  const range = countryRanges(text, st.countries).find(([a]) => a === s.start);
  if (!range) return false;
  const country = text.slice(range[0], range[1]);
  const says = (english: string) => namesPlace(english, country, st.chineseOf);
  if (says(org.text)) return false;
  const possessive = countryBefore(org, en, 3);
  if (possessive && org.start - possessive.end === 3) return !says(possessive.text);
  return en.some((m) => m !== org && m.kind !== 'country' && m.kind !== 'person' && !links.some((l) => l.en === m) && says(m.text));
}

/**
 * The English country mention that lower-case words and then `org` follow (Dominican hotel group
 * Inversiones …), when the stretch opens with its Chinese name; and where that country ends.
 */
function describingCountry(s: ZhSpan, text: string, org: EnglishMention, en: readonly EnglishMention[], st: LinkState): { mention: EnglishMention; end: number } | undefined {
  const range = countryRanges(text, st.countries).find(([a]) => a === s.start);
  if (!range) return undefined;
  const country = text.slice(range[0], range[1]);
  const mention = en.find((m) => {
    const words = m.follows;
    if (m.kind !== 'country' || !words?.length || m.para !== org.para) return false;
    return org.start === m.end + words.join(' ').length + 2 && namesPlace(m.text, country, st.chineseOf);
  });
  return mention && { mention, end: range[1] };
}

/**
 * A stretch that opens with such a country and its description read by meaning (U.S. fund
 * Shamrock Harbour Capital ↔ 美国基金|三叶草港资本…): the organisation's part after them.
 */
function pastDescription<S extends ZhSpan>(s: S, text: string, org: EnglishMention, en: readonly EnglishMention[], st: LinkState): S {
  const described = describingCountry(s, text, org, en, st);
  const meant = described && meaningWords(described.mention.follows!);
  if (!described || !meant) return s;
  const end = meaningEnd(text, described.end, meant, false);
  return end > described.end && end < s.end - 1 ? { ...s, start: end, text: text.slice(end, s.end) } : s;
}

/**
 * 摩洛哥俱乐部 "a Moroccan club", 法国公司 "a French company": a country and such a word alone
 * describe an organisation (Moroccan club Raja Tanger Athletic) without naming it.
 */
function countryAndHeadOnly(s: ZhSpan, text: string, countries: ReadonlySet<string>): boolean {
  const country = countryRanges(text, countries).find(([a]) => a === s.start);
  return country !== undefined && BARE_KINDS.has(text.slice(country[1], s.end));
}
/** Words for what an organisation is that name none after a country (not 银行 or 航空公司: 加纳银行 is the Bank of Ghana). */
const BARE_KINDS: ReadonlySet<string> = new Set([...COMPANY_WORDS, '俱乐部']);

/** A court or a ministry is not the company a stretch names (Kenya's High Court, 肯尼亚电信公司 for Telkom Kenya): no pairing by position. */
function publicBodyAsCompany(m: EnglishMention, s: ZhSpan): boolean {
  return namesPublicBody(m.text) && COMPANY_WORDS.some((w) => s.text.endsWith(w));
}

/** One word of a name with no cue to its kind, no English word and no dictionary name: what a company's coined name looks like. */
function coinedName(m: EnglishMention): boolean {
  return m.kind === 'name' && !m.acronym && /^\p{Lu}[\p{L}\p{M}-]{3,}$/u.test(m.text) && !isKnownWord(m.text) && headwordsOf(m.text).names.length === 0;
}

/** Whether a stretch starts with a country's Chinese name and holds more after it. */
function opensWithCountry(zh: readonly ZhParagraph[], s: ZhSpan & { para: number }, countries: ReadonlySet<string>): boolean {
  const text = paraText(zh, s.para);
  return countryRanges(text, countries).some(([a, b]) => a === s.start && b < s.end - 2);
}

/**
 * "Bolivia's YPFB and Argentina's Enarsa" ↔ 玻利维亚国家石油公司和阿根廷国家能源公司: organisations
 * translated by meaning, more than one on a side, are told apart by the country English writes
 * right before each ("Bolivia's") and its Chinese stretch starts with — when that
 * country names one organisation on each side.
 */
function orgByCountry(links: NameLink[], en: readonly EnglishMention[], zh: readonly ZhParagraph[], st: LinkState): void {
  // The possessive only ("Bolivia's YPFB": three characters between): a country adjective before a
  // name (Hungarian Chamber of Agriculture) is as often part of the name as its own mention.
  const countryOf = (m: EnglishMention) => {
    const c = countryBefore(m, en, 3);
    return c && m.start - c.end === 3 ? c : undefined;
  };
  const open = (m: EnglishMention) => !links.some((l) => l.en === m) && (m.kind === 'org' || m.kind === 'acronym' || m.kind === 'name');
  const orgs = en.filter((m) => open(m) && countryOf(m));
  if (orgs.length === 0) return;
  const stretches = linkOrgStretches(zh);
  for (const m of orgs) {
    const country = countryOf(m)!;
    if (orgs.some((o) => o !== m && countryOf(o)!.text === country.text)) continue;
    const forms = st.chineseOf.get(country.text) ?? [];
    const mine = stretches.filter((s) => !overlapsLink(links, s.para, s.start, s.end) && forms.some((f) => s.text.startsWith(f) && s.text.length > f.length));
    if (mine.length !== 1 || publicBodyAsCompany(m, mine[0]!)) continue;
    links.push({ en: m, ...withoutSplitCountry(mine[0]!, m, en, st.countries), method: 'position', score: 0.55 });
  }
}

/** The organisation-shaped stretches of a link's paragraphs (`orgStretches`), each with its paragraph. */
function linkOrgStretches(zh: readonly ZhParagraph[]): (ZhSpan & { para: number })[] {
  return zh.flatMap((p) => orgStretches(p.text).map((s) => ({ ...s, para: p.index })));
}

/**
 * "Lin Chia-yu said … and Lin said" ↔ 林佳瑜表示……林佳瑜说: Chinese repeats a Chinese, Korean or
 * Vietnamese name whole where English shortens it to one of its words, so a word of a person's
 * name rendered in two to four characters takes a free occurrence of that rendering (instead of 林 alone).
 */
function sinoShortForms(links: NameLink[], en: readonly EnglishMention[], zh: readonly ZhParagraph[]): void {
  for (const full of links.filter((l) => (l.en.kind === 'person' || l.en.kind === 'name') && /\s/.test(l.en.text) && SINO_NAME.test(l.text))) {
    const words = full.en.text.split(/\s+/);
    const p = zh.find((q) => q.index === full.para);
    for (const m of en) {
      if (m === full.en || m.kind === 'country' || /\s/.test(m.text) || !words.includes(m.text)) continue;
      const own = links.findIndex((l) => l.en === m);
      if (own >= 0 && links[own]!.text.length >= full.text.length) continue;
      const free = (at: number) => !overlapsLink(links.filter((_, k) => k !== own), full.para, at, at + full.text.length);
      let at = p ? p.text.indexOf(full.text) : -1;
      while (at >= 0 && !free(at)) at = p!.text.indexOf(full.text, at + 1);
      if (at < 0) continue;
      const link: NameLink = { en: m, para: full.para, start: at, end: at + full.text.length, text: full.text, method: full.method, score: full.score };
      if (own >= 0) links[own] = link;
      else links.push(link);
    }
  }
}

/**
 * Lorenzo "Il Professore" Bonfanti-Rizzardi ↔ 洛伦佐·“教授”·邦凡蒂-里扎尔迪: a nickname the
 * translation gives by its meaning, in quotes between two name dots, breaks the transliteration
 * in two, and neither part is the whole name. The part before the quotes that ends sounding like
 * the given name and the part after them that starts sounding like the rest, nickname and all.
 */
function nicknamed(links: NameLink[], en: readonly EnglishMention[], st: LinkState): void {
  for (const m of en) {
    if ((m.kind !== 'person' && m.kind !== 'name') || links.some((l) => l.en === m)) continue;
    const parts = NICKNAMED.exec(m.text);
    // One given name: where several start is not told by the sound of the last (亚·卢尔德斯 of 玛丽亚·卢尔德斯 for Ma. Lourdes).
    if (!parts || /\s/.test(parts[1]!)) continue;
    const given = prepareLatin(parts[1]!);
    const rest = prepareLatin(parts[2]!.replace(/,?\s+(?:[JS]r\.?|[IVX]+)$/u, ''));
    for (const p of st.zh) {
      for (const q of p.text.matchAll(QUOTED_NICKNAME)) {
        // The characters next to the quotes, whatever the runs made of them (熊 and 教 spell sounds too).
        const from = q.index;
        const to = q.index + q[0].length;
        let s0 = from;
        while (s0 > 0 && from - s0 < 8 && isHan(p.text[s0 - 1]!)) s0--;
        let e0 = to;
        while (e0 < p.text.length && e0 - to < 12 && (isHan(p.text[e0]!) || NAME_JOINS.includes(p.text[e0]!))) e0++;
        const a = from - s0 >= 2 ? soundAtEnd(p.text, { start: s0, end: from, text: p.text.slice(s0, from) }, given) : undefined;
        const b = e0 - to >= 2 ? soundAtStart(p.text, { start: to, end: e0, text: p.text.slice(to, e0) }, rest) : undefined;
        if (!a || !b) continue;
        const full: NameLink = { en: m, para: p.index, start: a.start, end: b.end, text: p.text.slice(a.start, b.end), method: 'sound', score: Math.min(a.score, b.score) };
        // The surname said alone later may have taken its first occurrence, inside the full name.
        if (pushOverShortForms(links, full, p.text, (l) => ` ${m.text} `.includes(` ${l.en.text} `))) break;
      }
    }
  }
}

/** The links that overlap a stretch of their paragraph (those overlapsLink asks about). */
function linksIn(links: readonly NameLink[], s: ZhSpan & { para: number }): NameLink[] {
  return links.filter((l) => lies(l, s.para, s.start, s.end));
}

/**
 * Adds `full` to the links once every link inside its stretch is a word of its name said alone
 * (`shortForm`), which takes its rendering's next free occurrence in the paragraph's `text`;
 * adds nothing, and says false, where another link is inside or a short form has no other occurrence.
 */
function pushOverShortForms(links: NameLink[], full: NameLink, text: string, shortForm: (l: NameLink) => boolean): boolean {
  const moved = linksIn(links, full).map((l) => ({ l, at: shortForm(l) ? nextFree(text, links, full, l) : -1 }));
  if (moved.some((x) => x.at < 0)) return false;
  for (const { l, at } of moved) links[links.indexOf(l)] = { ...l, start: at, end: at + l.text.length };
  links.push(full);
  return true;
}

/** Where `l`'s rendering is written next in its paragraph's `text`, outside `full` and every other link; -1 where it is not. */
function nextFree(text: string, links: readonly NameLink[], full: NameLink, l: NameLink): number {
  const others = links.filter((o) => o !== l);
  for (let at = text.indexOf(l.text); at >= 0; at = text.indexOf(l.text, at + 1)) {
    const end = at + l.text.length;
    if ((at >= full.end || end <= full.start) && !overlapsLink(others, l.para, at, end)) return at;
  }
  return -1;
}

/** A name with a nickname in quotes: the words before the quotes, and those after. */
const NICKNAMED = /^(\S.*?)\s+["“'‘][^"”'’]+["”'’]\s+(\S.*)$/u;
/** A nickname in Chinese between two name dots, said in no transliteration. */
const QUOTED_NICKNAME = /[·•‧・][“"「][^”"」·]{1,12}[”"」][·•‧・]/gu;
/** What joins the parts of the name after a nickname (邦凡蒂-里扎尔迪, 德拉克鲁斯·比利亚努埃瓦). */
const NAME_JOINS = `-‐${NAME_DOTS}`;

/** A name written in two to four characters, with no name dot: how Chinese writes a Chinese, Korean or Vietnamese name. */
const SINO_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * "Kenya Marine and Fisheries Research Institute" ↔ 肯尼亚海洋与渔业研究所: a stretch stops at a
 * conjunction, which is the English name's "and", and the words before it are the name's too —
 * as for an acronym, whose words the English does not show (PAGASA ↔ 菲律宾大气地球物理和天文管理局),
 * unless what stands before is a country alone (俄罗斯和|欧盟委员会: two names).
 */
function withConjoined<S extends ZhSpan>(s: S, text: string, m: EnglishMention, countries: ReadonlySet<string>): S {
  if (!(/\s(?:and|&)\s/.test(m.text) || m.acronym) || !CONJUNCTIONS.includes(text[s.start - 1] || '\u0000')) return s;
  const before = nameBefore(text, s.start - 1, { keepModifiers: true });
  if (!before || before.end !== s.start - 1 || !HAN.test(before.text) || (m.acronym && countries.has(before.text))) return s;
  const start = listStart(text, before.start, m.text);
  return { ...s, start, text: text.slice(start, s.end) };
}

/**
 * "Forestry, Fisheries and the Environment" ↔ 林业、渔业和环境部: where a stretch that starts at
 * `start` starts once it takes as many items before 、 as the English name has commas.
 */
function listStart(text: string, start: number, english: string): number {
  for (let n = (english.match(/, /g) ?? []).length; n > 0 && text[start - 1] === '、'; n--) {
    const item = nameBefore(text, start - 1, { keepModifiers: true });
    if (!item || item.end !== start - 1 || !HAN.test(item.text)) break;
    start = item.start;
  }
  return start;
}

/**
 * "BBC Radio Wales" ↔ BBC威尔士电台, "SK Hynix" ↔ SK海力士, "RBC-Ukraine" ↔ RBC-乌克兰新闻网: a
 * Latin word the English name starts with, written right before the Chinese, is part of the
 * rendering; so is the 小 of a junior (or the 二世 after one), and the river and 河畔 before a
 * town on it (onRiver).
 */
function withLeadingPart(found: NameLink, zh: readonly ZhParagraph[]): NameLink {
  const text = paraText(zh, found.para);
  const l = withInitials(found, text);
  const before = text[l.start - 1] ?? '';
  // "Ferdinand Marcos Jr." ↔ 小费迪南德·马科斯: Chinese says junior with 小 before the name, and
  // senior with 老 (老鲁本·奥罗斯科 for Rubén Orozco Sr.); or junior with 二世 after it, as for
  // Spanish and Philippine names (何塞·米格尔·德拉克鲁斯二世).
  const said = ELDER.exec(l.en.text);
  const elder = said ? (said[1] ?? 'J') : undefined;
  if (elder && before === (elder === 'J' ? '小' : '老')) return { ...l, start: l.start - 1, text: `${before}${l.text}` };
  const bank = onRiver(l, text);
  if (bank) return bank;
  if (elder === 'J' && text.startsWith('二世', l.end)) return { ...l, end: l.end + 2, text: `${l.text}二世` };
  if (!/[\p{Script=Latin}\d-]/u.test(before) || !HAN.test(l.text[0] ?? '')) return l;
  const lead = /(?<![\p{Script=Latin}\d])[\p{Script=Latin}\d]+-?$/u.exec(text.slice(Math.max(0, l.start - 20), l.start));
  if (!lead) return l;
  const word = lead[0].replace(/-$/, '');
  // An acronym's gloss is the name's it shortens: PTT全球化学公司（GC） for PTT Global Chemical (GC).
  const named = l.method === 'gloss' && l.en.shortens ? l.en.shortens.text : l.en.text;
  const first = /^[\p{L}\d]+/u.exec(named)?.[0] ?? '';
  if (first.toLowerCase() !== word.toLowerCase() || first.length === named.length) return l;
  const start = l.start - lead[0].length;
  return { ...l, start, text: text.slice(start, l.end) };
}

/**
 * A stretch read off the words around a name does not start with a function word that stands
 * as a word of its own (对|卡诺自由电台 for "told Freedom Radio Kano"); one that starts a word (和平
 * "peace") may.
 */
function withoutLeadingFunctionWord(l: NameLink, zh: readonly ZhParagraph[]): NameLink {
  if (!READ_AROUND.has(l.method) || l.text.length < 3 || !FUNCTION_CHARS.has(l.text[0]!)) return l;
  const text = paraText(zh, l.para);
  if (!wordBoundaryAt(text, l.start + 1)) return l;
  return { ...l, start: l.start + 1, text: l.text.slice(1) };
}

/**
 * A stretch read off the words around a name starts where the Chinese of the name's first word
 * does, not inside it: 桑给巴尔海藻种植者协会 for the Zanzibar Seaweed Growers Association, where
 * ICU's words cut 桑给|巴尔 and the stretch began at 巴尔.
 */
function withWholeFirstWord(l: NameLink, zh: readonly ZhParagraph[]): NameLink {
  if (!READ_AROUND.has(l.method) || l.en.kind === 'person' || !HAN.test(l.text[0] ?? '')) return l;
  const named = l.method === 'gloss' && l.en.shortens ? l.en.shortens.text : l.en.text;
  const first = /^\p{L}+/u.exec(named)?.[0];
  if (!first || first.length === named.length) return l;
  const text = paraText(zh, l.para);
  for (const form of headwordsOf(first).names) {
    for (let k = 1; k < form.length; k++) {
      if (l.text.startsWith(form.slice(k)) && text.endsWith(form.slice(0, k), l.start)) return { ...l, start: l.start - k, text: text.slice(l.start - k, l.end) };
    }
  }
  return l;
}

/**
 * "Rostov-on-Don" ↔ 顿河畔罗斯托夫, "Frankfurt am Main" ↔ 美因河畔法兰克福: a town on a river is
 * written river first, with 河畔 "riverside", before the town's name the link found.
 */
function onRiver(l: NameLink, text: string): NameLink | undefined {
  const river = /(?:-on-|\s+upon\s+|\s+on\s+|\s+am\s+|\s+an\s+der\s+|-sur-|\s+sur\s+)(\p{Lu}[\p{L}'’]+)$/u.exec(l.en.text)?.[1];
  if (!river || !text.endsWith('河畔', l.start)) return undefined;
  const at = l.start - 2;
  // The best-sounding stretch right before 河畔, the shorter of two alike (顿, not 往顿).
  let best: { k: number; score: number } | undefined;
  for (let k = 1; k <= Math.min(4, at); k++) {
    const spoken = text.slice(at - k, at);
    if (![...spoken].every(isHan)) break;
    const score = translitSimilarity(river, spoken);
    if (score >= RIVER_SOUND && score > (best?.score ?? 0)) best = { k, score };
  }
  return best && { ...l, start: at - best.k, text: text.slice(at - best.k, l.end) };
}

/** How well the river's name before 河畔 must sound like the English (顿 for Don, 美因 for Main). */
const RIVER_SOUND = 0.6;

/**
 * "A. B. Olatunji-Bello" ↔ A·B·奥拉通吉-贝洛: a person's initials, kept in Latin before the name
 * with its dots, are the rendering's when they are the English initials in order.
 */
function withInitials(l: NameLink, text: string): NameLink {
  if (!(l.en.kind === 'person' || l.en.kind === 'name')) return l;
  const letters = /^(?:\p{Lu}\.\s*)+/u.exec(l.en.text)?.[0].replace(/[.\s]/g, '');
  if (!letters) return l;
  // With name dots (K·R·), or with the English full stops kept (K.R. 巴鲁阿, S. 蒂拉加纳森).
  const dotted = new RegExp(`${[...letters].join(`[${NAME_DOTS}]`)}[${NAME_DOTS}]$`, 'u');
  const stopped = new RegExp(`${[...letters].join('\\.\\s?')}\\.\\s?$`, 'u');
  const before = text.slice(Math.max(0, l.start - 3 * letters.length), l.start);
  const lead = dotted.exec(before) ?? stopped.exec(before);
  if (!lead) return l;
  const start = l.start - lead[0].length;
  return { ...l, start, text: text.slice(start, l.end) };
}

/** Roman numerals as names of ships, rockets and monarchs carry them. */
const ROMAN: Readonly<Record<string, number>> = { ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
const HAN_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * "Nashville SC" ↔ 纳什维尔SC队, "Kambarata-1" ↔ 坎巴拉塔-1: a Latin word or number of the English
 * name written right after the Chinese joins the rendering, with a category word translators add after it.
 */
function withTrailingPart(l: NameLink, zh: readonly ZhParagraph[]): NameLink {
  const text = paraText(zh, l.para);
  if (!HAN.test(l.text[l.text.length - 1] ?? '')) return l;
  const words = l.en.text.split(/[\s-]+/).map((w) => w.toLowerCase());
  const last = words[words.length - 1]!;
  const roman = ROMAN[last];
  // Walter J. Hensley III → 沃尔特·J·亨斯利三世, Spirit of Tasmania IV → 塔斯马尼亚精神四号: in
  // Chinese numerals, with 世 for a person, 号 for a ship.
  const numeral = roman !== undefined && words.length >= 2 ? HAN_NUMERALS[roman]! : '';
  if (numeral && text.startsWith(numeral, l.end) && '世号'.includes(text[l.end + numeral.length] ?? '\u0000')) {
    const end = l.end + numeral.length + 1;
    return { ...l, end, text: text.slice(l.start, end) };
  }
  const after = /^[-‐]?([\p{Script=Latin}\d]+)(?![\p{Script=Latin}\d])/u.exec(text.slice(l.end, l.end + 20));
  if (!after) return l;
  // Artemis II → 阿尔忒弥斯2号: a Roman numeral written in digits.
  if (words.length < 2 || !(words.includes(after[1]!.toLowerCase()) || (roman !== undefined && after[1] === String(roman) && after[0] === after[1]))) return l;
  let end = l.end + after[0].length;
  // Artemis II → 阿尔忒弥斯2号: a Roman numeral in digits takes the ordinal word too (an Arabic
  // unit number took its own in withUnitNumber).
  if (/^\d+$/.test(after[1]!) && text[end] === '号') end++;
  const head = headAt(text, end, ADDED_HEADS);
  if (head) end += head.zh.length;
  return { ...l, end, text: text.slice(l.start, end) };
}

/**
 * 电网运营商乌克兰国家电力公司 "the grid operator Ukrenergo": a country inside the stretch starts the
 * name; what stands before it describes the organisation.
 */
function fromCountry<S extends ZhSpan & { para: number }>(s: S, text: string, countries: ReadonlySet<string>): S {
  const inside = countryRanges(text, countries).filter(([a]) => a > s.start && a < s.end - 1).sort((x, y) => x[0] - y[0])[0];
  return inside ? { ...s, start: inside[0], text: text.slice(inside[0], s.end) } : s;
}

/**
 * "Russian | Foreign Ministry" ↔ 俄罗斯外交部: where the English country stands as a mention of
 * its own right before the organisation, the Chinese country renders it, not the organisation
 * (外交部). Otherwise a country in a name translated by meaning is part of it (巴西国家石油公司
 * for Petrobras).
 */
function withoutSplitCountry<S extends ZhSpan & { para: number }>(s: S, m: EnglishMention, en: readonly EnglishMention[], countries: ReadonlySet<string>): S {
  if (countryBefore(m, en, 1) === undefined) return s;
  for (let k = s.text.length - 2; k >= 2; k--) {
    if (countries.has(s.text.slice(0, k))) return { ...s, start: s.start + k, text: s.text.slice(k) };
  }
  return s;
}

/**
 * The English country mention right before `m`, at most `gap` characters away: one space when
 * it stands as a mention of its own (Russian | Foreign Ministry), three for a possessive
 * ("Bolivia's YPFB").
 */
function countryBefore(m: EnglishMention, en: readonly EnglishMention[], gap: number): EnglishMention | undefined {
  return en.find((c) => c.kind === 'country' && c.para === m.para && c.end <= m.start && m.start - c.end <= gap);
}

/**
 * An English mention that may be an organisation named by meaning in Chinese: one called so
 * (but not a place with an organisation-like head: Kharg Island) or an acronym. A single word
 * is left out: as often a place (Khiva, Mpumalanga) as a company (Sberbank), and nothing in
 * the Chinese tells which.
 */
function orgLike(m: EnglishMention): boolean {
  if (m.kind === 'org') return !PLACE_HEADS.has(m.text.split(/\s+/).pop()!.toLowerCase());
  return m.kind === 'acronym' && m.text.replace(/[^\p{L}]/gu, '').length >= 3;
}

/**
 * Where the dictionary's Chinese names for a mention stand in a paragraph: 五角大楼 for the
 * Pentagon, 雀巢 for Nestlé. At one position the longest headword wins (多佛尔 over the 多佛
 * inside it), and a name's longer form with a generic head lengthens it (哈佛 → 哈佛大学 for
 * Harvard). A headword that is a country's Chinese name is left to the country checks.
 */
function dictionaryHits(text: string, m: EnglishMention, spoken: string, countries: ReadonlySet<string>, languages: ReadonlySet<string>): ZhSpan[] {
  let words = headwordsOf(m.text);
  if (words.names.length === 0 && spoken !== m.text) words = headwordsOf(spoken);
  if (words.names.length === 0) return [];
  const hits: ZhSpan[] = [];
  for (const w of words.names) {
    // A language's only (威尔士 of 威尔士语) is the place's the dictionary says it is (Wales).
    if (countries.has(w) && !languages.has(w)) continue;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      let end = i + w.length;
      for (const l of words.longer) if (l.length > end - i && text.startsWith(l, i) && l.startsWith(w)) end = i + l.length;
      hits.push({ start: i, end, text: text.slice(i, end) });
    }
  }
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

// Characters that start what follows a name (表示, 说, 称, 在, 周一 …), so a given name ends before them.
const AFTER_NAME = new Set([...'表说称指认在对向于的和与及等周日月年是也将已还就都被把为从以并']);

/**
 * Jensen Huang → 黄仁勋, Richard Liu → 刘强东: a Chinese-origin surname after an English given
 * name is written as the surname's character (CC-CEDICT's "surname Huang") and a given name of
 * one or two characters the English does not spell. Found only where a name can start: after
 * punctuation, a function word or a title (首席执行官|黄仁勋), never inside a word or a country.
 */
function surnameFirst(text: string, said: string, countries: ReadonlySet<string>): ZhSpan[] {
  const words = said.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/^[A-Z][a-z]+$/.test(last)) return [];
  const chars = surnameChars(last);
  if (chars.length === 0) return [];
  const out: ZhSpan[] = [];
  let blocked: [number, number][] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!chars.includes(text[i]!)) continue;
    const before = text[i - 1];
    if (wordChar(before) && !titleBefore(text, i)) continue;
    let g = 0;
    while (g < 2 && wordChar(text[i + 1 + g]) && !AFTER_NAME.has(text[i + 1 + g]!)) g++;
    if (g === 0) continue;
    const end = i + 1 + g;
    blocked ??= countryRanges(text, countries);
    if (blocked.some(([a, b]) => a < end && b > i)) continue;
    out.push({ start: i, end, text: text.slice(i, end) });
  }
  return out;
}

/** 布里斯托 + 尔 for Bristol: a coda-only character right after a dictionary form belongs to it. */
function withCoda(text: string, hit: ZhSpan): ZhSpan {
  const next = text[hit.end];
  return next !== undefined && codaOnly(next) ? { start: hit.start, end: hit.end + 1, text: hit.text + next } : hit;
}

/**
 * The dictionary often gives a person's surname alone (纳扎尔巴耶夫 for Nursultan Nazarbayev);
 * where the text writes the full name (努尔苏丹·纳扎尔巴耶夫), the full English name is
 * rendered by the whole dotted run.
 */
function wholeDottedName(text: string, hit: ZhSpan, ments: readonly ChineseMention[]): ZhSpan {
  const dot = (c: string | undefined) => c !== undefined && NAME_DOTS.includes(c);
  for (const f of ments) {
    if (f.kind !== 'run' || f.start > hit.start || f.end < hit.end || f.end - f.start === hit.end - hit.start) continue;
    if ((hit.start > f.start && dot(text[hit.start - 1])) || (hit.end < f.end && dot(text[hit.end]))) {
      // …范伦斯堡-内尔为纳尔逊·曼德拉湾: a function word the run bridged is where two names meet.
      let start = f.start;
      for (let k = hit.start - 1; k > f.start && start === f.start; k--) if (FUNCTION_CHARS.has(text[k]!)) start = k + 1;
      let end = f.end;
      for (let k = hit.end; k < f.end - 1 && end === f.end; k++) if (FUNCTION_CHARS.has(text[k]!)) end = k;
      return { start, end, text: text.slice(start, end) };
    }
  }
  return hit;
}

const formPatterns = new TextMemo<RegExp>(10_000);

/** An authority form as written in running text: spaces allowed between characters, 《》 optional. */
function formPattern(bare: string): RegExp {
  return formPatterns.get(bare, () => new RegExp(`《?${Array.from(escapeRegExp(bare)).join('\\s*')}》?`, 'gu'));
}

const countryMemos = new WeakMap<ReadonlySet<string>, { byFirst: Map<string, string[]>; memo: TextMemo<[number, number][]> }>();

/** Where the paragraph names a country (ICU names, demonyms), longest first. UTF-16 ranges. */
function countryRanges(text: string, countries: ReadonlySet<string>): [number, number][] {
  let state = countryMemos.get(countries);
  if (!state) {
    // Hundreds of names against one paragraph: only those starting with a character the
    // paragraph holds are looked for, found by that character.
    const byFirst = new Map<string, string[]>();
    for (const c of countries) {
      const first = String.fromCodePoint(c.codePointAt(0)!);
      const list = byFirst.get(first);
      if (list) list.push(c);
      else byFirst.set(first, [c]);
    }
    countryMemos.set(countries, (state = { byFirst, memo: new TextMemo(20_000) }));
  }
  const { byFirst } = state;
  return state.memo.get(text, () => {
    const hit: [number, number][] = [];
    // Longest first, so that a name inside a longer one found already is not taken again.
    const names = [...new Set(text)].flatMap((ch) => byFirst.get(ch) ?? []).sort((a, b) => b.length - a.length);
    for (const c of names) {
      for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
        const r: [number, number] = [i, i + c.length];
        if (!hit.some(([a, b]) => r[0] >= a && r[1] <= b)) hit.push(r);
      }
    }
    return hit;
  });
}

/**
 * The Chinese mentions of a paragraph. Not remembered: a link reads its Chinese once, and the
 * links themselves are remembered (entities.ts); a memo here missed 99 times in 100 on the
 * 100,192-pair bench corpus and held every paragraph's mentions.
 */
function mentionsOf(p: ZhParagraph, chars: ReadonlySet<string>): ChineseMention[] {
  return chineseMentions(p.text, p.index, chars);
}

// ICU's English country and language names (the newsroom's demonyms are not needed: a name
// that holds one, such as Czech Television, holds the ICU name too).
const NO_DEMONYMS = { demonyms: [] };

/** Whether an English name holds a country's name or adjective (Czech Television, Azerbaijan State News Agency). */
function namesCountry(name: string): boolean {
  return holdsCountryWord(name, lexiconFor(NO_DEMONYMS).countryWords);
}

let initials: Map<string, Set<string>> | null = null;

/**
 * Whether an English name may start with a clipped form of the country (Ukrinform for
 * 乌克兰国家通讯社, BelTA, IRNA, VnExpress): national outlets are often named so, and then the
 * country is part of their Chinese name. Judged by the first letter against ICU's English
 * names of the country; a country ICU does not name keeps its place in the rendering.
 */
function clipsCountry(name: string, chineseCountry: string): boolean {
  if (!initials) {
    initials = new Map();
    for (const n of icuNames()) {
      if (n.type !== 'region') continue;
      let set = initials.get(n.chinese);
      if (!set) initials.set(n.chinese, (set = new Set()));
      set.add(n.english[0]!.toLowerCase());
    }
  }
  const first = initials.get(chineseCountry);
  return !first || first.has(name.trim().charAt(0).toLowerCase());
}

/** An outlet's name without the outlet words at its end (STV News → STV); undefined when nothing else is left. */
function withoutOutletWords(name: string): string | undefined {
  const words = name.split(/\s+/);
  let n = words.length;
  while (n > 1 && OUTLET_HEADS.has(words[n - 1]!.toLowerCase())) n--;
  return n < words.length ? words.slice(0, n).join(' ') : undefined;
}

function isOutletShaped(f: ChineseMention): boolean {
  return (f.kind === 'title' || f.kind === 'outlet') && f.outletWord !== undefined;
}

// Every mention of a link is compared with every Latin run of it: each side is normalised once.
const latinForms = new TextMemo<{ norm: string; bare: string }>(20_000);

/** Lower case without a possessive, one space between words; and the letters and digits alone. */
function latinForm(text: string): { norm: string; bare: string } {
  return latinForms.get(text, (s) => {
    const norm = s.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ');
    return { norm, bare: norm.replace(/[^\p{L}\p{N}]/gu, '') };
  });
}

function sameLatin(found: string, mention: string, spoken: string): boolean {
  const f = latinForm(found);
  const m = latinForm(mention);
  if (f.norm === m.norm || f.norm === latinForm(spoken).norm || f.bare === m.bare) return true;
  // Аркадий Дубнов for Arkady Dubnov: the same name in another alphabet.
  if (!/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(found)) return false;
  const a = asciiLetters(found).replace(/\s+/g, '');
  const b = asciiLetters(mention).replace(/\s+/g, '');
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.2));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

// What a stretch gains for being a whole part of a run (托卡耶夫, not 托卡耶; 塞维利亚, not 塞维利):
// a name's last syllable often sounds little like the Latin (Sevilla's -lla as 利亚).
const WHOLE_PART_BONUS = 0.04;
/** How well an outlet must sound like a bare transliteration run to be it. */
const OUTLET_RUN_SOUND = 0.85;
/** What a sound stretch gains when the category word the English name has follows it (Gatun Lake → 加通 + 湖). */
const HEAD_BONUS = 0.05;

/** The words of a country's divisions, which no transliteration writes as a syllable. */
const DIVISION_CHARS = '省州县郡市区';

/** Whether an outlet's name is a paper named after a name: it starts with it (Kainuun Sanomat) or ends with it (Diario de Teruel). */
function namesPaperAfter(outlet: string, name: string): boolean {
  const o = outlet.toLowerCase();
  const n = name.toLowerCase();
  return o !== n && (o.startsWith(n) || o.endsWith(` ${n}`));
}

/** Whether `han` characters are too few to render a name of `letters` phonemes: one character, the 晚 of 《晚报》, for a name of five sounds or more. */
function tooShortFor(han: number, letters: number): boolean {
  return han < 2 && han * 4 < letters;
}

interface Sub extends ZhSpan {
  bonus: number;
}

/**
 * Stretches of a run worth scoring against a name of `letters` phonemes: whole name-dot parts
 * and groups of them, and stretches of one to letters+2 characters inside, reaching up to three
 * characters before the run and two after it where the character set missed one. Whole parts get a small bonus, so
 * that 托卡耶夫 beats 托卡耶 when both sound right, and twice that when they are one part for each
 * of the name's `nameWords` words: the name written part for part (勒妮·科瓦尔奇克·邓恩 for Renee
 * Kowalczyk-Dunn), though the last part's extra syllable (恩 for the nn of Dunn) sounds like nothing of the Latin.
 */
function subSpans(text: string, run: ZhSpan, letters: number, latin: LatinName, startsName: (ch: string) => boolean, nameWords: number, places: readonly [number, number][]): Sub[] {
  const out: Sub[] = [];
  const cps: { ch: string; at: number }[] = [];
  // Up to three characters before the run and two after it, if they are Han.
  let a = run.start;
  // Not over a title that ends there (董事长|华金: 长 is the chairman's).
  for (let k = 0; k < 3 && a > 0 && isHan(text[a - 1]!) && !titleBefore(text, a); k++) a--;
  let b = run.end;
  // Not into a word of the sentence (雷根斯堡|举行), unless a function word follows its first
  // character, which may then be the name's last (纳瓦利内|的).
  // Nor over a dateline's 电 "dispatch" (巴甫洛赫勒|电——).
  for (let k = 0; k < 2 && b < text.length && isHan(text[b]!) && !sentenceWordAt(text, b) && !FUNCTION_CHARS.has(text[b]!) && !dispatchAt(text, b); k++) b++;
  // Reached over one or two characters the set lacks (格|武 of 埃泽阿格武表示) up to where the
  // sentence goes on (a word of it, or a function word: 布伦|南对), that end is a part's end as well as the run's.
  const lastEnd = b > run.end && (b >= text.length || !isHan(text[b]!) || sentenceWordAt(text, b) || FUNCTION_CHARS.has(text[b]!)) ? b : run.end;
  for (let i = a; i < b; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    cps.push({ ch, at: i });
    i += ch.length;
  }
  const ends = cps.map((c) => c.at + c.ch.length);
  const joiner = cps.map((c) => JOINERS.includes(c.ch) || NICKNAME_QUOTES.includes(c.ch));
  const boundaries = new Set<number>([run.start, run.end, lastEnd]);
  cps.forEach((c, k) => {
    // A name dot, or a function word the run was bridged over (西塔拉曼在海得拉巴), ends one part and starts the next.
    // So does one the run starts or ends with (在|比尔甘杰).
    if (joiner[k] || (FUNCTION_CHARS.has(c.ch) && c.at >= run.start && c.at < run.end)) {
      boundaries.add(c.at);
      boundaries.add(c.at + c.ch.length);
    }
    // A division's word the run took in (哈莱卜杰|省农业局: 省 and 农 are in the set) ends the name before it.
    if (c.at > run.start && DIVISION_CHARS.includes(c.ch)) boundaries.add(c.at);
  });
  // A country or place the run opens with (新西兰|陶朗加, 尼泊尔|比尔甘杰 of a dateline) is a part of
  // its own; not one inside a name (马里 of 马里奇 for Marić).
  for (const [a, b] of places) if (a <= run.start && b > run.start && b < run.end) boundaries.add(b);
  // 波特兰通|用电气, 雷根斯堡举|行: where the run's last character starts a word with what follows
  // it, the name may end before that character as well as after it; the sound decides.
  const last = cps.find((c) => c.at + c.ch.length === run.end);
  if (last && sentenceWordAt(text, last.at)) {
    boundaries.add(last.at);
    boundaries.delete(run.end);
  }
  // 勒布朗|博士: a title Chinese writes after a name (Dr. → 博士) that the run took in ends the name before it.
  const title = TITLES_AFTER_NAME.find((t) => text.endsWith(t, run.end) && run.end - t.length > run.start);
  if (title) {
    boundaries.add(run.end - title.length);
    boundaries.delete(run.end);
  }
  const maxLen = Math.min(cps.length, Math.ceil(letters / 1.2) + 3);
  // A run whose first part is one character before a name dot (达·穆伦加) started late: the set
  // missed the part's first character (钱), and a stretch that reaches back for it is whole.
  const dot = cps.findIndex((c, k) => joiner[k] && c.at > run.start);
  const cutLead = dot > 0 && cps[dot]!.at - run.start === cps[dot - 1]!.ch.length && cps[dot - 1]!.at === run.start;
  // A function word at an edge of a stretch (在海得拉巴, 海得拉巴对) only where the name has its sound there.
  // Never a conjunction at the end: 菲略|和 of 菲略和玛丽亚 is the "and" between two names.
  const edgeOk = (ch: string, edge: 'start' | 'end') => !FUNCTION_CHARS.has(ch) || (!(edge === 'end' && CONJUNCTIONS.includes(ch)) && soundsAtEdge(latin, ch, edge));
  // Each (i, j) is a different stretch, so no stretch is made twice.
  for (let i = 0; i < cps.length; i++) {
    const start = cps[i]!.at;
    // Stretches start inside the run or before it, never after its end.
    if (start >= run.end) break;
    // Nor on a division's word, which no transliteration starts with.
    if (joiner[i] || DIVISION_CHARS.includes(cps[i]!.ch)) continue;
    // A rendering starts with the name's first sound (托 for Tokayev, 阿 or 伊 for a vowel).
    if (!startsName(cps[i]!.ch)) continue;
    if (!edgeOk(cps[i]!.ch, 'start')) continue;
    let han = 0;
    let parts = 1;
    for (let j = i; j < cps.length && j - i < maxLen; j++) {
      if (joiner[j]) {
        // ·“ of a nickname is one break between two parts.
        if (!joiner[j - 1]) parts++;
        continue;
      }
      han++;
      const end = ends[j]!;
      // Outside the run only on its edges: never bridge a gap between two runs.
      if (start < run.start && end <= run.start) continue;
      if (tooShortFor(han, letters)) continue;
      if (!edgeOk(cps[j]!.ch, 'end')) continue;
      // 去|年夏 for Quang Ninh: a time word reached into is the sentence's.
      if (han === 2 && isTimeWord(text.slice(start, end))) continue;
      const whole = boundaries.has(end) && end <= lastEnd && (boundaries.has(start) ? start >= run.start : start < run.start && cutLead);
      out.push({ start, end, text: text.slice(start, end), bonus: whole ? WHOLE_PART_BONUS + (nameWords >= 2 && parts === nameWords ? WHOLE_PART_BONUS : 0) : 0 });
    }
  }
  return out;
}

/** Titles Chinese writes after a person's name (Dr. → 博士, Prof. → 教授, Mr. → 先生). */
const TITLES_AFTER_NAME = ['博士', '教授', '先生', '女士', '夫人', '小姐', '阁下'];

/** Whether `at` holds the 电 of a dateline ("dispatch"), before its dash. */
function dispatchAt(text: string, at: number): boolean {
  return text[at] === '电' && /^\s*(?:——|—|–|--)/u.test(text.slice(at + 1, at + 4));
}

/**
 * Whether the character at `at` starts a word of the sentence by ICU's dictionary (举 of 举行, 通
 * of 通用电气), not one that ICU makes up with a function word after it (内 + 的).
 */
function sentenceWordAt(text: string, at: number): boolean {
  return !FUNCTION_CHARS.has(text[at + 1] ?? '') && startsWordAt(text, at);
}

// Per set of first sounds (a handful of letters), then per character.
const startMemos = new Map<string, TextMemo<boolean>>();

/** Whether a character can start a rendering of the name (by its first sounds); made once per name, not per run. */
function nameStartTest(latin: LatinName): (ch: string) => boolean {
  const firsts = new Set(latin.keys.map((k) => k[0]!));
  // A nasal before a consonant opens a syllable of its own: Nnewi → 恩内维, Mbale → 姆巴莱; or is
  // not written at all, the consonant opening the name (Mpumalanga → 普马兰加).
  for (const k of latin.keys) {
    if (!/^[mn][^aeiouyw]/.test(k)) continue;
    firsts.add(SYLLABIC_NASAL);
    firsts.add(k[1]!);
  }
  // Sorted: the same letters found in another order are the same set, and share one memo.
  const key = [...firsts].sort().join('');
  let memo = startMemos.get(key);
  if (!memo) startMemos.set(key, (memo = new TextMemo(20_000)));
  const starts = memo;
  return (ch) => starts.get(ch, (c) => startsLike(c, firsts));
}


/** Marks, among a name's first sounds, a nasal that is a syllable of its own (written 恩 or 姆). */
const SYLLABIC_NASAL = '*';

function startsLike(ch: string, firsts: ReadonlySet<string>): boolean {
  const keys = cachedKeys(ch)[0];
  if (!keys || codaOnly(ch)) return false;
  for (const k of keys) {
    const z = k[0] ?? '';
    for (const l of firsts) {
      if (l === SYLLABIC_NASAL) {
        if (k === 'en' || k === 'mu') return true;
        continue;
      }
      if (VOWELS.has(l) || 'hyw'.includes(l)) {
        if (VOWELS.has(z) || 'yw'.includes(z) || phonemeCost(l, z) <= 0.5) return true;
      } else if (phonemeCost(l, z) <= 0.5) return true;
    }
  }
  return false;
}

/** Best first; each English mention and each stretch of Chinese used once. */
function assign(cands: Candidate[], ments: LinkState['ments']): NameLink[] {
  // Among links made the same way, a full name chooses before a single word: "Rachel Reeves …
  // Reeves" gives 雷切尔·里夫斯 to the full name, and the surname then takes the 里夫斯 that
  // stands alone instead of the one inside the full rendering.
  const full = new Map<EnglishMention, number>();
  for (const c of cands) if (!full.has(c.en)) full.set(c.en, isFullName(spokenParts(c.en).said) ? 1 : 0);
  // "Göteborgs-Posten … Gothenburg" ↔ 《哥德堡邮报》…哥德堡: of two equal candidates, the one outside a
  // title is a name's; inside one it is the title's word.
  const inTitle = new Map<Candidate, number>();
  for (const c of cands) {
    const t = c.en.kind !== 'outlet' && (ments.get(c.para) ?? []).some((f) => f.kind === 'title' && f.start < c.start && f.end > c.end);
    inTitle.set(c, t ? 1 : 0);
  }
  // "Spencer Cox … Cox" ↔ 斯潘塞·考克斯…考克斯: a surname's stretch at the end of its full name's
  // (the dictionary knows 考克斯, and ranks above sound) is the full name's to take first,
  // whatever the two ranks: the surname may take one of its own after.
  const insideFull = new Set<Candidate>();
  // The full names' candidates by where they end (a link may have hundreds of candidates).
  const fullsEnding = new Map<number, Candidate[]>();
  for (const f of cands) {
    if (!full.get(f.en)) continue;
    const key = f.para * 0x100000 + f.end;
    const list = fullsEnding.get(key);
    if (list) list.push(f);
    else fullsEnding.set(key, [f]);
  }
  if (fullsEnding.size > 0) {
    for (const c of cands) {
      if (full.get(c.en)) continue;
      if (fullsEnding.get(c.para * 0x100000 + c.end)?.some((f) => f.start < c.start && sameEntityText(f.en.text, c.en.text))) insideFull.add(c);
    }
  }
  const later = (c: Candidate) => (insideFull.has(c) ? 1 : 0);
  cands.sort(
    (x, y) =>
      later(x) - later(y) || y.rank - x.rank || full.get(y.en)! - full.get(x.en)! || y.score - x.score || y.end - y.start - (x.end - x.start) || inTitle.get(x)! - inTitle.get(y)!,
  );
  const links: NameLink[] = [];
  for (const c of cands) {
    if (links.some((l) => l.en === c.en)) continue;
    if (links.some((l) => l.para === c.para && l.start < c.end && l.end > c.start && !(l.start === c.start && l.end === c.end && l.en.text !== c.en.text && (sameEntityText(l.en.text, c.en.text) || glossesSame(l, c))))) continue;
    const { rank: _rank, ...link } = c;
    links.push(link);
  }
  return links;
}

/**
 * 马尼拉电力公司（Meralco） for "Manila Electric Co. (Meralco)": the Chinese before a bracketed
 * original renders it as well as the name the English writes before the brackets.
 */
function glossesSame(a: Candidate | NameLink, b: Candidate | NameLink): boolean {
  return (a.method === 'gloss') !== (b.method === 'gloss');
}

/** "Kassym-Jomart Tokayev" and "Tokayev" in one link may share a rendering written once. */
function sameEntityText(a: string, b: string): boolean {
  const last = (s: string) => s.split(/\s+/).pop()!.toLowerCase();
  return last(a) === last(b);
}

