import { latinTokens } from '../text/latin-words.ts';
import { isHan } from '../text/scripts.ts';
import { TextMemo } from '../text/memo.ts';
import { codeUnitMembers } from '../text/code-units.ts';
import { chineseBase, icuNames } from './icu-names.ts';

// Where names can stand in the Chinese: runs of transliteration characters joined by the name
// dot (卡西姆·若马尔特·托卡耶夫) or a hyphen (纳戈尔诺-卡拉巴赫), titles in 《》, names before
// an outlet word (自由欧洲电台, 今日俄罗斯电视台, Haqqin.az网站), and runs of foreign script
// (Latin or Cyrillic) left in the text. Offsets are UTF-16 within the paragraph.

export interface ZhSpan {
  start: number;
  end: number;
  text: string;
}

export interface ChineseMention extends ZhSpan {
  para: number;
  kind: 'run' | 'title' | 'outlet' | 'foreign';
  /** Titles and outlets: the name without 《》 and without the outlet word (哈钦 in 《哈钦报》). */
  core?: ZhSpan;
  /** The outlet word that ends it (报, 电台, 网站 …), when it has one. */
  outletWord?: string;
}

/** What joins the parts of one name: name dots (in their look-alikes) and hyphens. */
export const JOINERS = '·•‧・‐-';

/** Quotes around a nickname between two name dots (弗朗西斯科·“帕科”·阿尔马格罗): inside the name, as its dots are. */
export const NICKNAME_QUOTES = '“”"「」';

/**
 * Characters that are words of the sentence around a name far more often than syllables of it
 * (在海得拉巴对…: "in", "to"): inside a run one marks where two names meet, and a stretch that
 * starts or ends with one is a rendering only when the name begins or ends in its sound (link.ts).
 */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set([...'的在对和与向从给被把将及或了是为于等以已说称则']);

/** A Han character that can be part of a word of a name: not a function word, not punctuation or Latin. */
export function wordChar(ch: string | undefined): boolean {
  return ch !== undefined && isHan(ch) && !FUNCTION_CHARS.has(ch);
}

/**
 * Maximal runs of transliteration characters and joiners. A character outside the set is
 * taken in when it stands next to a joiner (·若马尔特): a given name starts there, and the
 * set, learnt from ICU's names, cannot hold every character names use.
 */
export function translitRuns(text: string, chars: ReadonlySet<string>): ZhSpan[] {
  const cps = [...text];
  const n = cps.length;
  const offsets = new Array<number>(n + 1);
  let o = 0;
  for (let k = 0; k < n; k++) {
    offsets[k] = o;
    o += cps[k]!.length;
  }
  offsets[n] = o;
  // Per character, once, as bits (the tests below look at neighbours): in the set, a joiner,
  // Han outside the set, a middle initial. Padded by PAD on both sides, so that a neighbour's
  // test needs no bounds check.
  const f = new Uint8Array(n + 2 * PAD);
  const members = codeUnitMembers(chars);
  for (let k = 0; k < n; k++) {
    const c = cps[k]!;
    // Beyond the BMP (rare): the set itself, and no joiner or quote.
    const unit = c.length === 1 ? c.charCodeAt(0) : -1;
    let bits = (unit >= 0 ? members[unit] === 1 : chars.has(c)) ? IN_SET : 0;
    // 达娜·K.奥肖内西: the English full stop of a middle initial joins the parts as a dot would.
    if (unit >= 0 && (JOINER_UNITS[unit] === 1 || (unit === 0x2e && k >= 2 && isCapitalLetter(cps[k - 1]!) && JOINER_SET.has(cps[k - 2]!)) || (QUOTE_UNITS[unit] === 1 && nicknameQuote(cps, k)))) bits |= JOINER;
    else if (bits === 0 && isHan(c)) bits = HAN_OUT;
    f[k + PAD] = bits;
  }
  const at = (k: number) => f[k + PAD]!;
  const set = (k: number) => (at(k) & IN_SET) !== 0;
  const joinerAt = (k: number) => (at(k) & JOINER) !== 0;
  const hanAt = (k: number) => (at(k) & (IN_SET | HAN_OUT)) !== 0;
  // 凯文·T·马尔鲁尼: a middle initial kept in Latin between two dots is inside the name.
  for (let k = 0; k < n; k++) if (isCapitalLetter(cps[k]!) && joinerAt(k - 1) && joinerAt(k + 1) && hanAt(k - 2) && hanAt(k + 2)) f[k + PAD] = at(k) | INITIAL;
  const partAt = (k: number) => (at(k) & (IN_SET | HAN_OUT | INITIAL)) !== 0;
  const joiner: boolean[] = new Array<boolean>(n);
  for (let k = 0; k < n; k++) joiner[k] = joinerAt(k);
  // Left to right, so that a character taken after a name dot counts as the run's for the one
  // after it (·赛义多夫: 赛 after the dot, then 义 between 赛 and 多).
  const inRun: boolean[] = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const here = at(i);
    let take: boolean;
    if ((here & (IN_SET | INITIAL)) !== 0) take = true;
    else if ((here & JOINER) !== 0) take = i > 0 && i + 1 < n && partAt(joinerAt(i - 1) ? i - 2 : i - 1) && partAt(joinerAt(i + 1) ? i + 2 : i + 1);
    else if ((here & HAN_OUT) === 0) take = false;
    // ·若马尔特: a given name starts after the dot. 阿卜杜勒: one character the set lacks between
    // two of the run's. A function word taken so (西塔拉曼在海得拉巴) is where two names meet,
    // which link.ts reads as a boundary: kept in the run, so a short name after it (在巴统) still
    // has a run to be found in.
    else if ((joinerAt(i - 1) && (set(i + 1) || set(joinerAt(i - 2) ? i - 3 : i - 2))) || (joinerAt(i + 1) && (set(i - 1) || set(joinerAt(i + 2) ? i + 3 : i + 2)))) take = true;
    else take = i > 0 && inRun[i - 1]! && !joiner[i - 1]! && set(i + 1) && !(partBefore(inRun, joiner, i) >= 2 && startsWord(cps, i));
    inRun[i] = take;
  }
  const han = (k: number) => (at(k) & HAN_OUT) !== 0;
  // 奥列克山大·格里岑科: 大 is taken only by the dot after it, so 山 between 克 and 大 is between
  // two of the run's too; the pass above went by it before 大 was taken.
  for (let i = n - 2; i >= 1; i--) {
    if (!inRun[i] && han(i) && inRun[i - 1]! && !joiner[i - 1]! && inRun[i + 1]! && !joiner[i + 1]! && !(partBefore(inRun, joiner, i) >= 2 && startsWord(cps, i))) inRun[i] = true;
  }
  // 让-居伊·阿夫里卡: a given name of one character the set lacks, before a joiner whose other
  // side the run took only by the joiner (居 of 居伊, itself outside the set).
  for (let i = 0; i + 2 < n; i++) {
    // The joiner first: rare, where most characters are Han outside any run.
    if (joiner[i + 1]! && inRun[i + 1]! && inRun[i + 2]! && !inRun[i] && han(i) && !(i > 0 && inRun[i - 1]!) && !FUNCTION_CHARS.has(cps[i]!)) inRun[i] = true;
  }
  const out: ZhSpan[] = [];
  let i = 0;
  while (i < cps.length) {
    if (!inRun[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cps.length && inRun[j + 1]) j++;
    // A run does not start or end with a joiner.
    let a = i;
    let b = j;
    while (a <= b && (JOINER_SET.has(cps[a]!) || NICKNAME_QUOTES.includes(cps[a]!))) a++;
    while (b >= a && (JOINER_SET.has(cps[b]!) || NICKNAME_QUOTES.includes(cps[b]!))) b--;
    // 总理安瓦尔, 主席洛伊格, 总干事埃米: the end of a title before the name is not the name's.
    // Titles one after another (首席|律师|万达) are cut one by one.
    for (let k = titleTail(text, offsets[a]!, b - a + 1); k > 0; k = titleTail(text, offsets[a]!, b - a + 1)) a += k;
    // 下|令乌尔米耶: a first character that ends a word of the sentence begun before the run (下令
    // "ordered", by ICU's dictionary) is that word's.
    if (b - a >= 2 && a > 0 && han(a - 1) && firstWordLength(text.slice(offsets[a - 1]!, offsets[a - 1]! + 4)) === 2) a++;
    // 瓦隆今年 "Wallonia this year": a time word after the name is the sentence's.
    const time = TIME_AFTER.exec(text.slice(offsets[a]!, offsets[b + 1]!));
    if (time && b - a + 1 - time[0].length >= 2) b -= time[0].length;
    if (b > a) out.push({ start: offsets[a]!, end: offsets[b + 1]!, text: text.slice(offsets[a]!, offsets[b + 1]!) });
    i = j + 1;
  }
  return out;
}

const JOINER_SET: ReadonlySet<string> = new Set(JOINERS);
const JOINER_UNITS = codeUnitMembers(JOINER_SET);
const QUOTE_UNITS = codeUnitMembers(new Set(NICKNAME_QUOTES));
// translitRuns' bits per character, and the padding that spares its neighbour tests a bounds check.
const IN_SET = 1;
const JOINER = 2;
const HAN_OUT = 4;
const INITIAL = 8;
const PAD = 4;
const isCapitalLetter = (c: string) => c.length === 1 && c >= 'A' && c <= 'Z';

/** A quote between a name dot and a name's character: ·“帕 or 科”·. */
function nicknameQuote(cps: readonly string[], i: number): boolean {
  if (!NICKNAME_QUOTES.includes(cps[i]!)) return false;
  const dot = (k: number) => JOINER_SET.has(cps[k] ?? '');
  const hanAt = (k: number) => isHan(cps[k] ?? '');
  return (dot(i - 1) && hanAt(i + 1)) || (dot(i + 1) && hanAt(i - 1));
}

// ICU's dictionary of Chinese words (the segmenter's), asked only about a character the run would
// take without the set knowing it; made on first use, as loading it costs what a command that
// never reads a run need not pay.
let segmenter: Intl.Segmenter | undefined;
const wordMemo = new TextMemo<number>(5_000);

/** How many characters of the run's current part (since its start or its last joiner) stand right before `k`. */
function partBefore(inRun: readonly boolean[], joiner: readonly boolean[], k: number): number {
  let n = 0;
  while (k - n - 1 >= 0 && inRun[k - n - 1] && !joiner[k - n - 1]) n++;
  return n;
}

/**
 * Whether the character at `k` starts a word of two characters or more (科蒂尼奥|责令, 洛洛赫亚|两次):
 * one outside the set that a run would bridge is then the sentence going on after the name.
 */
function startsWord(cps: readonly string[], k: number): boolean {
  return firstIsWord(cps.slice(k, k + 4).join(''));
}

/** Whether the character at UTF-16 offset `at` starts a word of two characters or more (通 of 通用电气). */
export function startsWordAt(text: string, at: number): boolean {
  return firstIsWord(text.slice(at, at + 4));
}

function firstIsWord(window: string): boolean {
  return firstWordLength(window) >= 2;
}

/** How many Han characters the window's first word by ICU's dictionary has (0 when it holds anything else). */
function firstWordLength(window: string): number {
  return wordMemo.get(window, (w) => {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    const first = [...(segmenter.segment(w).containing(0)?.segment ?? '')];
    return first.every((c) => isHan(c)) ? first.length : 0;
  });
}

/**
 * Whether ICU's segmentation of the sentence around `at` puts a word boundary there (请求|公共工程部):
 * where a name's translation may start although a character of a word stands before it.
 */
export function wordBoundaryAt(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const from = Math.max(0, at - 4);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text.slice(from, at + 4)).containing(at - from)?.index === at - from;
}

const TIME_WORDS = '今年|明年|去年|今天|明天|昨天|今日|今晚|本周|上周|下周|本月|上月|下月';
const TIME_AFTER = new RegExp(`(?:${TIME_WORDS})$`, 'u');
const TIME_WORD = new RegExp(`^(?:${TIME_WORDS})$`, 'u');

/** Whether a stretch is a time word of the sentence (去年 "last year"), which no name is. */
export function isTimeWord(s: string): boolean {
  return TIME_WORD.test(s);
}

// Titles and roles written right before a name (总理安瓦尔·易卜拉欣): their last characters are
// often in the transliteration set (理, 席, 事, 长), so a run may start inside one.
const TITLES = [
  '总干事', '发言人', '副总理', '主席', '总理', '经理', '助理', '总统', '首相', '总裁', '主任', '干事', '大使', '秘书', '部长', '议长',
  '市长', '州长', '省长', '司长', '局长', '行长', '会长', '院长', '校长', '董事', '理事', '法官', '教练', '球员', '记者', '编辑',
  '作家', '教授', '博士', '女士', '先生', '议员', '总督', '国王', '亲王', '王子', '公主', '主教', '将军', '上校', '分析师', '专家',
  '执行官', '董事长', '总经理', '创始人', '负责人', '首席', '馆长', '厅长', '署长', '处长', '所长', '队长', '社长',
  '律师', '工程师', '医生', '主管', '总监', '官员', '研究员', '学家', '检察官', '检察长', '长官', '外交官', '警官', '军官', '指挥官',
  // Members and commissioners of a body (州政府委员|伊莎贝尔, 监察员|约翰).
  '委员', '专员', '成员', '职员', '监察员',
];

/** Whether a title ends right before `at` (首席执行官|黄仁勋, 董事长|曾毓群). */
export function titleBefore(text: string, at: number): boolean {
  return TITLES.some((t) => at >= t.length && text.startsWith(t, at - t.length));
}

/** How many characters at `at` (a run's start, `len` characters long) end a title that starts before it. */
function titleTail(text: string, at: number, len: number): number {
  let best = 0;
  for (const t of TITLES) {
    // Its tail (总理|安瓦尔 with 总 outside the run), or all of it (法官|雷纳托).
    for (let k = 1; k <= t.length && k <= len - 2; k++) {
      const head = t.slice(0, t.length - k);
      if (k > best && at >= head.length && text.startsWith(t.slice(t.length - k), at) && text.startsWith(head, at - head.length)) best = k;
    }
  }
  return best;
}

// Outlet words, longest first, with what they make of the name before them. 报 is a paper
// unless it starts another word (报道 "report", 报告, 报名); 网 is a website unless it is part
// of 网络/网民/网友 or of 互联网.
const OUTLET_WORDS: [RegExp, string][] = [
  [/^(?:电视台|电视频道|新闻台)/, 'channel'],
  // 南非广播公司 for the SABC, 澳大利亚广播公司 for the ABC, 爱尔兰广播电视公司, 汤加广播委员会,
  // 荷兰广播基金会: a public broadcaster translated by meaning; not when one of its channels follows
  // (加拿大广播公司新闻台, 加拿大广播公司北方台).
  [/^(?:广播电台|广播(?:电视)?公司(?![^，。、；：“”《》\s]{0,3}台)|广播委员会|广播基金会|电台)/, 'broadcaster'],
  [/^(?:通讯社|新闻社|电讯社)/, 'news agency'],
  // 塔斯社, 新华社; not 社会, 社区, 社交 …
  [/^社(?![会区交团论长员])/, 'news agency'],
  [/^频道/, 'channel'],
  [/^(?:新闻网站|网站)/, 'website'],
  [/^(?:新闻网|网)(?![络民友页上购速址])/, 'website'],
  [/^(?:杂志|周刊|月刊)/, 'magazine'],
  // 报业 "the press" starts a longer name (印度报业托拉斯): no paper ends there.
  [/^(?:日报|晚报|时报|周报|报)(?![道告名复价警销案纸刊社业])/, 'newspaper'],
];
// 情报 "intelligence", 电报, 海报, 预报 …: 报 ending an ordinary word.
const NOT_PAPER_BEFORE = new Set([...'情简公电海捷汇预警申通举回年喜剪']);
// 并网 "connect to the grid", 电网, 联网, 上网, 互联网, 局域网, 渔网, 视网(膜) …: 网 ending an ordinary word.
const NOT_SITE_BEFORE = new Set([...'并电联上互域渔球蛛触落入法管路光视']);
// 出版社, 合作社, 旅行社, 报社, 结社 …: 社 ending an ordinary word.
const NOT_AGENCY_BEFORE = new Set([...'版作行报结公诗文茶杂']);
/** The one-character outlet words, with the characters before them that make them the end of an ordinary word. */
const ORDINARY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['报', NOT_PAPER_BEFORE],
  ['社', NOT_AGENCY_BEFORE],
  ['网', NOT_SITE_BEFORE],
]);

/** First characters of the outlet words, to skip the rest of the text quickly. */
const OUTLET_FIRST = new Set([...'电广通新频网杂周月日晚时报社']);

export function outletWordAt(text: string): { word: string; kind: string } | undefined {
  for (const [re, kind] of OUTLET_WORDS) {
    const m = re.exec(text);
    if (m) return { word: m[0], kind };
  }
  return undefined;
}

/** A name without the outlet word that ends it (哈钦报 → 哈钦, 卡巴尔通讯社 → 卡巴尔); the text itself when none does. */
export function withoutOutletWord(text: string): string {
  for (let k = Math.min(4, text.length - 1); k >= 1; k--) {
    if (outletWordAt(text.slice(-k))?.word.length === k) return text.slice(0, -k);
  }
  return text;
}

/** Outlet words that, inside the stretch before another outlet word, end a description: 通讯社|俄新社, 公共广播机构|弗拉芒广播电视台. */
const OUTLET_NOUN_ENDS = ['通讯社', '新闻社', '电视台', '电台', '频道', '网站', '报纸', '日报', '机构', '媒体'];
/**
 * Whether a noun that ends a description of a company before its name ends at `at`: a trade noun,
 * 开发商, 贸易商, 出口商 "developer, trader, exporter" (石墨开发商|鲁伍马黑石矿业有限公司 "the graphite
 * developer Ruvuma"), or 企业 "enterprise". Past the commonest, ICU tells a trade noun: 商 closing
 * a word of three characters or more (出口商), or a word of its own after one of two (开发|商);
 * not 商 inside a word (招商局, 商务部) nor closing one of two (工商|银行, 招商|银行), nor after one
 * character (华|商|报).
 */
function descriptionNounEndsAt(text: string, at: number): boolean {
  // The commonest, whatever ICU makes of what follows (贸易|商科 "business school" of 贸易商科斯塔奈…).
  if (text[at - 1] === '商' && TRADE_NOUNS.has(text.slice(at - 3, at))) return true;
  // A party to a deal (投资方|科伊武资本 "the investor Koivu Capital", 建设方|茹鲁埃纳…).
  if (text[at - 1] === '方' && PARTY_NOUNS.has(text.slice(at - 3, at))) return true;
  // 企业 "enterprise" too (肉类加工企业|塞拉多拉达… "the meatpacker Serra Dourada"), and its short
  // form after an industry's character (矿企, 车企: 矿企|北方镍业公司 "the miner Boreal Nickel").
  if (text.startsWith('企业', at - 2)) return wordBoundaryAt(text, at);
  if (text[at - 1] === '企') return at >= 2 && isHan(text[at - 2]!) && wordBoundaryAt(text, at);
  return text[at - 1] === '商' && wordBoundaryAt(text, at) && !wordBoundaryAt(text, at - 2);
}

const TRADE_NOUNS: ReadonlySet<string> = new Set(['开发商', '贸易商', '制造商', '生产商', '出口商', '进口商', '零售商', '批发商', '经销商', '分销商', '供应商', '运营商', '承包商', '服务商', '提供商', '投资商', '开采商', '采购商', '代理商', '销售商', '装瓶商', '包装商', '加工商']);
const PARTY_NOUNS: ReadonlySet<string> = new Set(['投资方', '建设方', '承建方', '收购方', '出资方', '运营方', '开发方', '合作方']);

/** Words that hold a stop word without ending a name there: 伊斯兰共和国广播电视台, 和平电台, 国家石油公司, 自由欧洲电台, 巴西高等法院. */
const IN_WORD_BASE = ['共和', '和平', '国家', '经济', '经营', '经贸', '财经', '神经', '圣经', '自由', '高等', '平等'];
let inWord: string[] | undefined;
/**
 * Words a stop word is part of: those above, and ICU's names of places that hold one (埃及 and
 * 阿尔及利亚 hold 及 "and", 土耳其 and 北马其顿 其 "its", 波多黎各 各 "each").
 */
function wordsHoldingStops(): string[] {
  if (!inWord) {
    // Languages' too: 马其顿 of 马其顿语 (Macedonian) holds 其 as 北马其顿 does.
    const places = [...regionSet(), ...icuNames().filter((n) => n.type === 'language').map(chineseBase)];
    inWord = [...IN_WORD_BASE, ...new Set(places.filter((r) => r.length >= 2 && STOP_BEFORE.some((w) => w.length === 1 && r.includes(w))))];
  }
  return inWord;
}

const HAN_END = /\p{Script=Han}$/u;

/** Words that end a name read backwards from an outlet word: 告诉|自由欧洲|电台. */
const STOP_BEFORE = ['告诉', '接受', '援引', '报道', '表示', '指出', '通过', '根据', '来自', '使用', '采用', '利用', '以来', '年来', '包括', '加入', '退出', '会见', '访问', '批评', '呼吁', '要求', '宣布', '成为', '担任', '该国', '本国', '各国', '两国', '称', '说', '在', '于', '的', '和', '与', '对', '向', '据', '被', '是', '了', '从', '给', '为', '及', '或', '等', '将', '把', '该', '这', '家', '个', '其', '各', '即', '由于', '由', '此前', '目前', '已', '经', '季度', '击败', '战胜', '对阵', '迎战', '不敌', '负于', '到',
  // Days and times the sentence puts before a name (公司周一与|韩国天然气公社).
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '今天', '昨天', '明天', '今年', '去年', '明年', '当天', '日前', '近日',
  // Verbs that open a clause whose subject or object is the name (预计|联邦贸易委员会将审查, 指控|福成资本).
  '预计', '指控', '起诉', '认为', '敦促', '暂停', '收购'];
// Modifiers that say who owns or runs an outlet, which a country may precede (土耳其官方, 俄罗斯国有).
const OWNERSHIP_WORDS = '官方|国营|国有|私营|民营|独立|亲政府|政府|反对派|主流';
const OWNERSHIP = new RegExp(`^(?:${OWNERSHIP_WORDS})$`);
const OWNERSHIP_INSIDE = new RegExp(OWNERSHIP_WORDS);
let regions: Set<string> | undefined;
/** ICU's Chinese names of places. */
function regionSet(): Set<string> {
  regions ??= new Set(icuNames().filter((n) => n.type === 'region').map((n) => n.chinese));
  return regions;
}
// Modifiers that make the outlet word generic (官方网站 "official website", 社交网站).
const GENERIC = /^(?:官方|社交|新闻|国家|地方|当地|国营|国有|私营|民营|独立|亲政府|政府|反对派|主流|网络|电视|卫星|广播|有线|门户|该|此|本)$/;

/** Whether a generic modifier nameBefore drops (官方, 独立, 国有 …) ends right before `at`. */
export function modifierBefore(text: string, at: number): boolean {
  return (at >= 2 && GENERIC.test(text.slice(at - 2, at))) || (at >= 3 && GENERIC.test(text.slice(at - 3, at)));
}

export interface NameBeforeOptions {
  /** How many Chinese characters back it may reach (12). */
  maxChars?: number;
  /** Stop words that join words inside this kind of name (与 in 美国消费者新闻与商业频道). */
  inside?: readonly string[];
  /** Keep a generic modifier at the start (国家 in 国家安全委员会): an organisation's name may open with one. */
  keepModifiers?: boolean;
}

/** The name right before an outlet word: Latin (Haqqin.az), or up to `maxChars` Chinese characters back to a stop word. */
export function nameBefore(text: string, index: number, opts: NameBeforeOptions = {}): ZhSpan | undefined {
  const { maxChars = 12, inside = [], keepModifiers = false } = opts;
  const latin = /([\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}.'’&\- ]*[\p{Script=Latin}\p{N}])\s*$/u.exec(text.slice(Math.max(0, index - 60), index));
  // 哈巴尔24频道, 塔洛法88.5电台: a channel's number or a station's frequency after a Chinese name is part of it.
  if (latin && /^\p{N}+(?:\.\p{N}+)?$/u.test(latin[1]!) && HAN_END.test(text.slice(Math.max(0, index - latin[0].length - 2), index - latin[0].length))) {
    const han = nameBefore(text, index - latin[0].length, opts);
    const end = index - latin[0].length + latin[1]!.length;
    if (han) return { start: han.start, end, text: text.slice(han.start, end) };
  }
  if (latin) {
    const start = index - latin[0].length;
    return { start, end: start + latin[1]!.length, text: latin[1]! };
  }
  // “世界”通讯社: a name in quotation marks is the name, marks and all.
  const quoted = /[“「『"]([^“”「」『』"\n]{1,20})[”」』"]$/u.exec(text.slice(Math.max(0, index - 22), index));
  if (quoted) return { start: index - quoted[0].length, end: index, text: quoted[0] };
  let s = index;
  let n = 0;
  while (s > 0 && n < maxChars && /[\p{Script=Han}·]/u.test(text[s - 1]!)) {
    s--;
    n++;
  }
  // Twelve characters back may end inside a word (集|团萨马纳…): the name starts where ICU's next word does.
  for (let k = 0; k < 2 && n === maxChars && /\p{Script=Han}/u.test(text[s - 1] ?? '') && !wordBoundaryAt(text, s); k++) s++;
  let name = text.slice(s, index);
  // Cut after the last stop word that leaves at least two characters of name, unless the stop
  // word is part of a longer word there (共和国, 和平).
  for (let p = name.length - 2; p >= 1; p--) {
    const head = name.slice(0, p);
    if (
      STOP_BEFORE.some(
        (w) =>
          head.endsWith(w) &&
          !inside.includes(w) &&
          !wordsHoldingStops().some((x) => x.includes(w) && name.slice(Math.max(0, p - x.length), p + x.length).includes(x)) &&
          // A stop word of two characters is one only where a word starts (日本|国际 holds 本国 "this country").
          (w.length === 1 || wordBoundaryAt(text, s + p - w.length))
      )
    ) {
      s += p;
      name = name.slice(p);
      break;
    }
  }
  // 据鹰|新闻台: a clause's first stop word before a one-character name (据 "according to", 对 "to");
  // such a name, and only such, may be one character long.
  const oneAfterStop = name.length === 2 && !HAN_END.test(text.slice(Math.max(0, s - 1), s)) && STOP_BEFORE.includes(name[0]!) && !wordsHoldingStops().some((x) => name === x.slice(0, 2));
  if (oneAfterStop) {
    s += 1;
    name = name.slice(1);
  }
  // 官方通讯社俄新社 "the state news agency RIA Novosti": an outlet word inside ends a description, not the name.
  for (let p = name.length - 2; p >= 1; p--) {
    // Not where an outlet word alone would be left (新频道|电视台: 新频道 "New Channel" is the name).
    // Nor where a conjunction or a head word alone follows: 服装制造商和出口商协会 and
    // 石油产品进口商协会 are associations' names.
    const trade = name.length - p >= 3 && descriptionNounEndsAt(text, s + p) && !FUNCTION_CHARS.has(name[p]!);
    if ((OUTLET_NOUN_ENDS.some((w) => name.slice(0, p).endsWith(w)) || trade) && outletWordAt(name.slice(p))?.word !== name.slice(p)) {
      s += p;
      name = name.slice(p);
      break;
    }
  }
  // 官方阿纳多卢通讯社 "the official Anadolu agency": a modifier before the name is not part of it
  // (but 国家安全委员会 is the committee's name: organisations keep theirs); nor is a country
  // before one that says who owns or runs the outlet (土耳其官方|阿纳多卢通讯社; not 新西兰广播电台,
  // whose 广播 says what it is).
  if (!keepModifiers) {
    // Looked up only where such a modifier stands: most names have none.
    const at = OWNERSHIP_INSIDE.exec(name)?.index ?? -1;
    const country = at > 0 && regionSet().has(name.slice(0, at)) ? name.slice(0, at) : '';
    for (let k = Math.min(3, name.length - country.length - 2); k >= 2; k--) {
      if ((country ? OWNERSHIP : GENERIC).test(name.slice(country.length, country.length + k))) {
        s += country.length + k;
        name = name.slice(country.length + k);
        break;
      }
    }
  }
  // 他的频道 "his channel": a pronoun or a phrase ending in 的 is no name; nor is one ending in
  // another function word (正在与|央行 "is, with the central bank": the head stands alone).
  if (([...name].length < 2 && !oneAfterStop) || GENERIC.test(name) || /^[他她它我你其]/u.test(name)) return undefined;
  if (FUNCTION_CHARS.has(name.slice(-1)) && !wordsHoldingStops().some((x) => name.endsWith(x))) return undefined;
  return { start: s, end: index, text: name };
}

/**
 * An outlet named after its country (意大利安莎社 for ANSA, 阿塞拜疆趋势通讯社 for Trend): the
 * same mention from after the country, or undefined when its name does not start with one or
 * nothing but the country would be left. Which of the two renders an English outlet is the
 * linker's choice: the country belongs to the rendering only when the English name has it too.
 */
export function afterCountry(f: ChineseMention, countries: ReadonlySet<string>): ChineseMention | undefined {
  if (f.kind !== 'outlet' || !f.core) return undefined;
  const core = f.core.text;
  for (let k = core.length - 2; k >= 2; k--) {
    // 爱尔兰广播电视台: what follows the country is the outlet word's own kind, not a name.
    if (!countries.has(core.slice(0, k)) || GENERIC.test(core.slice(k))) continue;
    const start = f.core.start + k;
    return { ...f, start, text: f.text.slice(start - f.start), core: { start, end: f.core.end, text: core.slice(k) } };
  }
  return undefined;
}

/** Every candidate name place of one Chinese paragraph. */
export function chineseMentions(text: string, para: number, chars: ReadonlySet<string>): ChineseMention[] {
  const out: ChineseMention[] = [];
  for (const r of translitRuns(text, chars)) out.push({ para, kind: 'run', ...r });
  for (const m of text.matchAll(/《([^《》\n]{1,60})》/g)) {
    const inner = m[1]!;
    const innerStart = m.index + 1;
    let core: ZhSpan = { start: innerStart, end: innerStart + inner.length, text: inner };
    let outletWord: string | undefined;
    // The outlet word ends the title: 《哈钦报》, 《东方快报》 (快报 is a paper too).
    for (let k = Math.max(0, inner.length - 4); k < inner.length; k++) {
      const w = outletWordAt(inner.slice(k));
      if (w && k + w.word.length === inner.length && k > 0 && !(w.word === '报' && NOT_PAPER_BEFORE.has(inner[k - 1]!))) {
        outletWord = w.word;
        core = { start: innerStart, end: innerStart + k, text: inner.slice(0, k) };
        break;
      }
    }
    out.push({ para, kind: 'title', start: m.index, end: m.index + m[0].length, text: m[0], core, ...(outletWord && { outletWord }) });
  }
  const titles = out.filter((m) => m.kind === 'title');
  const outletFirst = codeUnitMembers(OUTLET_FIRST);
  for (let i = 0; i < text.length; i++) {
    if (outletFirst[text.charCodeAt(i)] !== 1) continue;
    if (titles.some((t) => i >= t.start && i < t.end)) continue;
    // Long enough for the longest word (广播电台) and what may follow it (广播公司|新闻台).
    const w = outletWordAt(text.slice(i, i + 8));
    if (!w) continue;
    if (ORDINARY_BEFORE.get(w.word)?.has(text[i - 1] ?? '')) continue;
    // 美国消费者新闻与商业频道: 与 joins the words of a name, as 和 in running text does not.
    const name = nameBefore(text, i, { inside: ['与'] });
    if (name && !titles.some((t) => name.start < t.end && name.end > t.start)) {
      const end = i + w.word.length;
      out.push({ para, kind: 'outlet', start: name.start, end, text: text.slice(name.start, end), core: name, outletWord: w.word });
    }
    i += w.word.length - 1;
  }
  out.push(...foreignRuns(text, para));
  return mergeSlashed(out, text).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Latin words joined by spaces into one run (Khod Mysley), plus Cyrillic or Greek words left in the text. */
function foreignRuns(text: string, para: number): ChineseMention[] {
  const out: ChineseMention[] = [];
  let cur: ZhSpan | null = null;
  for (const t of latinTokens(text)) {
    if (cur && t.kind === 'word' && /^[ \u00a0]+$/.test(text.slice(cur.end, t.start))) {
      cur = { start: cur.start, end: t.end, text: text.slice(cur.start, t.end) };
      continue;
    }
    if (cur) out.push({ para, kind: 'foreign', ...cur });
    cur = { start: t.start, end: t.end, text: t.text };
  }
  if (cur) out.push({ para, kind: 'foreign', ...cur });
  for (const m of text.matchAll(/[\p{Script=Cyrillic}\p{Script=Greek}]+(?:[ \-][\p{Script=Cyrillic}\p{Script=Greek}]+)*/gu)) {
    out.push({ para, kind: 'foreign', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** 自由欧洲电台/自由电台: two names of one outlet joined by a slash are one mention. */
function mergeSlashed(ms: ChineseMention[], text: string): ChineseMention[] {
  const outlets = ms.filter((m) => m.kind === 'outlet' || (m.kind === 'title' && m.outletWord)).sort((a, b) => a.start - b.start);
  const drop = new Set<ChineseMention>();
  const add: ChineseMention[] = [];
  for (let k = 0; k + 1 < outlets.length; k++) {
    const a = outlets[k]!;
    const b = outlets[k + 1]!;
    if (text.slice(a.end, b.start).trim() === '/' || text.slice(a.end, b.start).trim() === '／') {
      drop.add(a).add(b);
      add.push({ ...a, end: b.end, text: text.slice(a.start, b.end) });
      k++;
    }
  }
  return [...ms.filter((m) => !drop.has(m)), ...add];
}
