import { FUNCTION_CHARS, nameBefore, type ZhSpan } from './chinese-mentions.ts';
import { HAN, isHan } from '../text/scripts.ts';
import { TextMemo } from '../text/memo.ts';
import { codeUnitMembers } from '../text/code-units.ts';

// Organisations a translation names by meaning (德国商业银行 for Commerzbank, 自由民主党 for the
// Liberal Democrats, 能源部 for the Energy Ministry): a stretch of Chinese that ends in an
// organisation's head word. Nothing in it sounds like the English, so the linker pairs such a
// stretch with an English organisation only when each is the one left unlinked in its link.
// Language words only: no organisation is listed here.

interface OrgHead {
  word: string;
  /** Characters that, after the head, make it part of another word (部长 "minister", 党员 "member"). */
  notAfter?: string;
  /** Characters that, before the head, make it part of another word (北部 "the north", 政党 "a party"). */
  notBefore?: string;
}

// Longest first.
const HEADS: readonly OrgHead[] = [
  // A limited liability partnership's legal form (叶西尔农业码头有限责任合伙企业), and a Japanese or
  // Korean company's (北陆燃气株式会社).
  { word: '有限责任合伙企业' },
  { word: '株式会社' },
  { word: '委员会' },
  { word: '共同体' },
  { word: '基金会' },
  { word: '研究所' },
  { word: '研究院' },
  { word: '组织', notBefore: '有' },
  { word: '银行', notAfter: '长家业' },
  { word: '央行', notAfter: '长' },
  { word: '公司', notAfter: '长' },
  { word: '集团', notAfter: '长' },
  { word: '协会', notAfter: '长' },
  { word: '联盟', notAfter: '长' },
  { word: '议会', notAfter: '长员' },
  { word: '下院', notAfter: '长员' },
  { word: '上院', notAfter: '长员' },
  { word: '党', notAfter: '员派内外委章', notBefore: '政同入建退' },
  { word: '部', notAfter: '长分署队门落件位', notBefore: '北南东西中内外全大局干俱总细一' },
  { word: '局', notAfter: '势面长部限', notBefore: '结格当布僵出开时饭赌大全定' },
];
const FIRST = new Set(HEADS.map((h) => h.word[0]!));
// The legal form a company's 公司 may close (股份有限公司, 有限责任公司, 私人有限公司, （私人）有限公司).
const LEGAL_BEFORE = /(?:[（(]私人[）)]|私人)?(?:股份有限|有限责任|股份|有限)$/u;
// 州的州议会 "the state's parliament", 多家公司 "several companies", 这家银行, 该党 "the party": a
// phrase, a quantity or a pointer before the head describes an organisation without naming it.
const DESCRIPTION = /的|^[多几一两三各这那该每某数此本其全我他她它][家个所名]?$/u;

const POINTERS = new Set([...'该这那此']);

/**
 * 航运代理公司|斯卢港物流有限公司 "the shipping agent Sloehaven Logistiek B.V.", 连锁超市|喀尔巴阡零售…
 * "the supermarket chain Carpatica Retail": a company's word inside the reach back, with two
 * characters or more of name after it, ends a description of the company, not its name.
 */
function withoutDescription(name: ZhSpan | undefined): ZhSpan | undefined {
  if (!name) return name;
  let cut = -1;
  for (const m of name.text.matchAll(DESCRIPTION_HEADS)) if (m.index + m[0].length <= name.text.length - 2) cut = m.index + m[0].length;
  return cut > 0 ? { start: name.start + cut, end: name.end, text: name.text.slice(cut) } : name;
}
/** The words a company's Chinese name ends on (…公司, …集团), no public body's. */
export const COMPANY_WORDS: readonly string[] = ['公司', '集团'];
const DESCRIPTION_HEADS = new RegExp([...COMPANY_WORDS, '超市', '企业'].join('|'), 'gu');

const memo = new TextMemo<readonly ZhSpan[]>(20_000);

/**
 * The organisation-shaped stretches of a paragraph, head word included. UTF-16 offsets.
 * Remembered: the meaning links ask for every translation they find, the position links again.
 */
export function orgStretches(text: string): readonly ZhSpan[] {
  return memo.get(text, findOrgStretches);
}

function findOrgStretches(text: string): readonly ZhSpan[] {
  const out: ZhSpan[] = [];
  const first = codeUnitMembers(FIRST);
  for (let i = 1; i < text.length; i++) {
    if (first[text.charCodeAt(i)] !== 1) continue;
    const head = HEADS.find((h) => text.startsWith(h.word, i));
    if (!head) continue;
    const end = i + head.word.length;
    // At the paragraph's end nothing follows the head (''.includes would say every string holds it).
    const after = text[end];
    if ((after !== undefined && head.notAfter?.includes(after)) || head.notBefore?.includes(text[i - 1]!)) continue;
    // 绿党: a party's name may be one character, and then a function word before it (投票给了|绿党)
    // ends what stands before, which nameBefore keeps when it would leave a single character.
    const one = head.word === '党' && isHan(text[i - 1]!) ? { start: i - 1, end: i, text: text[i - 1]! } : undefined;
    // 股份有限公司: the reach back is the name's, not its legal form's (卡普索伊特高地庄园|股份有限|公司).
    const legal = head.word === '公司' ? (LEGAL_BEFORE.exec(text.slice(Math.max(0, i - 8), i))?.[0].length ?? 0) : 0;
    // Nor back over the stretch before, when two characters or more stand between (酒店集团|萨马纳海岸
    // 投资有限责任公司: the group is the description); nearer, it is one name's (自由银行股份公司,
    // 中铁十九局集团, 社会民主党人联盟).
    const last = out[out.length - 1];
    const gap = i - legal - (last?.end ?? -Infinity);
    // Right after it, the name is that stretch's, however long (自由第比利斯卡尔特韦尔银行|股份公司).
    const found = gap === 0 ? last : nameBefore(text, i - legal, { keepModifiers: true, maxChars: gap >= 2 ? Math.min(12, gap) : 12 });
    const name = withoutDescription(one && (!found || FUNCTION_CHARS.has(text[i - 2] ?? '')) ? one : found);
    // 该航空公司 "the airline": a pointer right before the stretch describes what was named before.
    // Nor one that ends on a pointer (原因是该|公司 "the reason is that the company").
    if (name && HAN.test(name.text) && !DESCRIPTION.test(name.text) && !POINTERS.has(text[name.start - 1] ?? '') && !POINTERS.has(name.text[name.text.length - 1]!)) out.push({ start: name.start, end, text: text.slice(name.start, end) });
    i = end - 1;
  }
  return out;
}
