import type { Draft, Para, SegmentRule, Span } from '../types.ts';
import type { DemonymEntry } from '../reference.ts';
import { CodePointIndex } from '../../text/codepoints.ts';
import { addCountryForm as addForm, icuCountryTables as icuTables, type CountryForm as Form } from '../../text/country-names.ts';
import { alternation, escapeRegExp, execAll } from '../../text/regexp.ts';
import { TextMemo } from '../../text/memo.ts';
import { isHan } from '../../text/scripts.ts';

// A swapped country: the Chinese names a country where the aligned English names another
// one that the Chinese never mentions. Country names in both languages come from ICU
// (Intl.DisplayNames over every ISO 3166 code) and the newsroom's demonym table; a country
// on one side only, with nothing missing on the other, is an addition or omission and is
// left to those rules.
//
// Mentions are strong or weak. A weak mention (Georgia, which may be the US state; Korean,
// which may be either Korea; pro-Russia inside a compound; 中美 built from one-character
// abbreviations) can show that a country is present but never that one is swapped in or
// missing. Only strong mentions raise findings; every mention silences them.

interface Tables {
  en: RegExp;
  enForms: Map<string, Form>;
  zh: RegExp;
  zhForms: Map<string, Form>;
  singles: RegExp | null;
  singleRegions: Map<string, string[]>;
}

interface Mention {
  regions: string[];
  strong: boolean;
  isName: boolean;
  para: number;
  start: number;
  end: number;
  /** Position in the pair's side, 0..1: where in the link the mention sits. */
  pos: number;
  text: string;
}

// English country names that are as often something else: a US state (Georgia, Jersey), a
// given name (Jordan, Chad), a word (guinea, reunion).
const AMBIGUOUS_EN = new Set(['Georgia', 'Jordan', 'Chad', 'Jersey', 'Guinea', 'Dominica', 'Reunion', 'Man']);

// Phrases that contain a country form but do not name the country; matched first so the
// form inside them is not read.
const BLOCK_EN = [
  'New Mexico', 'New Jersey', 'Latin America', 'Latin American', 'South America', 'South American', 'North America', 'North American',
  'Central America', 'Central American', 'Native American', 'African American', 'Asian American', 'British Columbia', 'Americas',
];
// Words that stand for a country already named (归国 "returned home", 该国 "the country"): the
// translation may render a source country with one of them.
const ZH_ANAPHOR = /该国|这个国家|此国|本国|回国|归国|其国|两国/;
const BLOCK_ZH = ['中美洲', '美洲', '发展中国家', '拉美'];

// A short Chinese country name followed by one of these is the start of a longer
// transliteration: 马里兰 (Maryland), 马里乌波尔 (Mariupol), 阿曼达 (Amanda), 巴林顿, 捷克斯洛伐克.
const TRANSLIT_NEXT = new Set([...'兰乌奥达顿亚娜诺利尔斯']);
// 中国家庭 is 中 + 国家庭 as often as 中国 + 家庭 (发展中国家); X国 before these is weak.
const GUO_NEXT = new Set([...'家际有内民会企债务防']);


const cache = new WeakMap<readonly DemonymEntry[], Tables>();

function tablesFor(demonyms: readonly DemonymEntry[]): Tables {
  const hit = cache.get(demonyms);
  if (hit) return hit;
  const icu = icuTables();
  const clone = (m: Map<string, Form>) => new Map([...m].map(([k, v]) => [k, { ...v, regions: [...v.regions] }]));
  const en = clone(icu.en);
  const zh = clone(icu.zh);
  const singleRegions = new Map<string, string[]>();
  for (const d of demonyms) {
    const region = d.region.toUpperCase();
    addForm(en, d.english, region, false);
    for (const c of d.chinese) {
      if ([...c].length === 1) {
        const r = singleRegions.get(c) ?? [];
        if (!r.includes(region)) r.push(region);
        singleRegions.set(c, r);
      } else addForm(zh, c, region, false);
    }
  }
  for (const [form, f] of en) if (AMBIGUOUS_EN.has(form) || f.regions.length > 1) f.weak = true;
  // A language (俄语, 英语) or an ethnic group (朝鲜族) names no country.
  for (const [form, f] of zh) if (f.regions.length > 1 || /[语文裔族]$/.test(form)) f.weak = true;
  for (const b of BLOCK_EN) en.set(b, { regions: [], isName: false, weak: true });
  for (const b of BLOCK_ZH) zh.set(b, { regions: [], isName: false, weak: true });
  const tables: Tables = {
    // Plural -s (Kazakhs, Americans); letters or digits on either side make it part of another word.
    en: new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(en.keys())})(?:s|es)?(?![\\p{L}\\p{N}])`, 'gu'),
    enForms: en,
    zh: new RegExp(alternation(zh.keys()), 'g'),
    zhForms: zh,
    singles: singleRegions.size ? new RegExp(`[${[...singleRegions.keys()].map(escapeRegExp).join('')}]{2,}`, 'g') : null,
    singleRegions,
  };
  cache.set(demonyms, tables);
  return tables;
}

type ParaMention = Omit<Mention, 'para' | 'pos'>;

// The English of one source is read once for all its translations (one per MT system).
const englishMemos = new WeakMap<Tables, TextMemo<ParaMention[]>>();

function englishMentions(paras: readonly Para[], t: Tables): Mention[] {
  let memo = englishMemos.get(t);
  if (!memo) englishMemos.set(t, (memo = new TextMemo(20_000)));
  const out: Mention[] = [];
  const total = paras.reduce((n, p) => n + p.text.length, 0) || 1;
  let offset = 0;
  for (const p of paras) {
    for (const m of memo.get(p.text, (text) => paragraphEnglishMentions(text, t))) {
      const pos = (offset + (m.start + m.end) / 2) / total;
      out.push({ regions: m.regions, strong: m.strong, isName: m.isName, para: p.index, start: m.start, end: m.end, pos, text: m.text });
    }
    offset += p.text.length;
  }
  return out;
}

function paragraphEnglishMentions(text: string, t: Tables): ParaMention[] {
  const out: ParaMention[] = [];
  for (const m of execAll(t.en, text)) {
    const form = t.enForms.get(m[1]!);
    if (!form || form.regions.length === 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    // US$5 million is a currency, which Chinese writes 美元 without naming the country.
    if (text[end] === '$') continue;
    // pro-Russia, Russia-led, U.S.-China: a modifier the translation may fold into other words.
    const inCompound = /[-‐]$/.test(text.slice(Math.max(0, start - 1), start)) || /^[-‐]\p{L}/u.test(text.slice(end, end + 2));
    out.push({ regions: form.regions, strong: !form.weak && !inCompound, isName: form.isName, start, end, text: m[0] });
  }
  return out;
}

function chineseMentions(paras: readonly Para[], t: Tables): Mention[] {
  const out: Mention[] = [];
  const total = paras.reduce((n, p) => n + p.text.length, 0) || 1;
  let offset = 0;
  for (const p of paras) {
    const text = p.text;
    // The text with full names blanked out, made at the first one: most paragraphs have none.
    let masked: string[] | undefined;
    for (const m of execAll(t.zh, text)) {
      const form = t.zhForms.get(m[0])!;
      const start = m.index;
      const end = start + m[0].length;
      const next = text[end] ?? '';
      if (m[0].length <= 2 && !m[0].endsWith('国') && TRANSLIT_NEXT.has(next)) continue;
      masked ??= text.split('');
      for (let i = start; i < end; i++) masked[i] = ' ';
      if (form.regions.length === 0) continue;
      const prev = text[start - 1] ?? '';
      const guoWeak = m[0].length === 2 && m[0].endsWith('国') && GUO_NEXT.has(next) && isHan(prev);
      out.push({
        regions: form.regions,
        strong: !form.weak && !guoWeak,
        isName: form.isName,
        para: p.index,
        start,
        end,
        pos: (offset + (start + end) / 2) / total,
        text: m[0],
      });
    }
    // 中美, 俄乌, 巴以: runs of one-character abbreviations, each a weak mention.
    if (t.singles) {
      const rest = masked ? masked.join('') : text;
      for (const m of execAll(t.singles, rest)) {
        [...m[0]].forEach((ch, k) => {
          const start = m.index + k;
          out.push({ regions: t.singleRegions.get(ch)!, strong: false, isName: false, para: p.index, start, end: start + 1, pos: (offset + start) / total, text: ch });
        });
      }
    }
    offset += text.length;
  }
  return out;
}

function byRegion(ms: readonly Mention[]): Map<string, Mention[]> {
  const map = new Map<string, Mention[]>();
  for (const m of ms) {
    for (const r of m.regions) {
      const list = map.get(r);
      if (list) list.push(m);
      else map.set(r, [m]);
    }
  }
  return map;
}

const single = (m: Mention) => m.strong && m.regions.length === 1;

interface Extra {
  mention: Mention;
  region: string;
  /** The country is absent from the source altogether (not merely named more often). */
  fresh: boolean;
}

export const entityMismatch: SegmentRule = {
  id: 'entity-mismatch',
  category: 'Accuracy/Mistranslation',
  severity: 'critical',
  description: 'A country in the Chinese that the aligned English does not mention, in place of a country the English mentions and the Chinese drops (a swapped country).',
  docs: {
    bad: {
      source: 'Tokayev was "slowly but surely turning Kazakhstan from a friend of Russia into an enemy."',
      target: '托卡耶夫“正在缓慢但坚定地将亚美尼亚从俄罗斯的朋友变成敌人”。',
    },
    good: {
      source: 'Tokayev was "slowly but surely turning Kazakhstan from a friend of Russia into an enemy."',
      target: '托卡耶夫“正在缓慢但坚定地将哈萨克斯坦从俄罗斯的朋友变成敌人”。',
    },
  },
  scope: 'segment',
  defaultOptions: {},
  fixable: true,
  check({ pair, reference }) {
    if (pair.source.length === 0 || pair.target.length === 0) return [];
    const tables = tablesFor(reference.demonyms);
    const src = englishMentions(pair.source, tables);
    // Only a strong mention of one country can go missing: without one nothing was swapped,
    // and the Chinese need not be read.
    if (!src.some(single)) return [];
    const tgt = chineseMentions(pair.target, tables);
    if (tgt.length === 0) return [];
    const srcBy = byRegion(src);
    const tgtBy = byRegion(tgt);
    const missing = src.filter((m) => single(m) && !tgtBy.has(m.regions[0]!));
    if (missing.length === 0) return [];

    const extras: Extra[] = [];
    for (const [region, tms] of tgtBy) {
      const strong = tms.filter(single);
      if (strong.length === 0) continue;
      const sms = srcBy.get(region) ?? [];
      if (sms.length === 0) {
        for (const m of strong) extras.push({ mention: m, region, fresh: true });
        continue;
      }
      if (tms.length <= sms.length) continue;
      // "Kazakhstan ... since it declined": a translation that names the country again for
      // "it" or "which" repeats it; only a repeat the source gives no such word for is suspect.
      if (anaphorAfter(pair.source, sms)) continue;
      // Named more often than in the source: each source mention claims its nearest target
      // mention; one left over counts only if it sits where the missing country was and
      // away from where the source names its own country (a repeated name instead of a
      // pronoun sits near its antecedent).
      const free = [...tms];
      for (const s of sms) {
        let best = -1;
        free.forEach((t, k) => {
          if (best < 0 || Math.abs(t.pos - s.pos) < Math.abs(free[best]!.pos - s.pos)) best = k;
        });
        if (best >= 0) free.splice(best, 1);
      }
      for (const t of free) {
        if (!single(t)) continue;
        const own = Math.min(...sms.map((s) => Math.abs(s.pos - t.pos)));
        const gone = Math.min(...missing.map((s) => Math.abs(s.pos - t.pos)));
        if (gone < own) extras.push({ mention: t, region, fresh: false });
      }
    }
    if (extras.length === 0) return [];
    const anaphor = pair.target.some((p) => ZH_ANAPHOR.test(p.text));

    const icu = icuTables();
    const used = new Set<Mention>();
    const out: Draft[] = [];
    for (const e of extras.sort((a, b) => a.mention.pos - b.mention.pos)) {
      if (anaphor && !e.fresh) continue;
      const open = missing.filter((m) => !used.has(m));
      if (open.length === 0) break;
      const gone = open.reduce((a, b) => (Math.abs(b.pos - e.mention.pos) < Math.abs(a.pos - e.mention.pos) ? b : a));
      used.add(gone);
      const goneRegion = gone.regions[0]!;
      const t = e.mention;
      const suggestion = e.fresh && t.isName && gone.isName ? icu.zhName.get(goneRegion) : undefined;
      out.push({
        target: span(pair.target, t),
        source: span(pair.source, gone),
        message: `"${t.text}" (${icu.enName.get(e.region) ?? e.region}) where the source has "${gone.text}" (${icu.enName.get(goneRegion) ?? goneRegion}), which the translation does not mention`,
        confidence: anaphor ? 0.5 : e.fresh ? 0.85 : 0.6,
        ...(suggestion !== undefined && { suggestion }),
      });
    }
    return out;
  },
};

const ANAPHOR = /\b(?:it|its|itself|which|whose|where|there|the country|the nation|the republic|the state|the government)\b/i;

function anaphorAfter(paras: readonly Para[], sms: readonly Mention[]): boolean {
  const first = sms.reduce((a, b) => (a.pos <= b.pos ? a : b));
  return paras.some((p) => (p.index === first.para ? ANAPHOR.test(p.text.slice(first.end)) : p.index > first.para && ANAPHOR.test(p.text)));
}

function span(paras: readonly Para[], m: Mention): Span {
  const text = paras.find((p) => p.index === m.para)!.text;
  const index = new CodePointIndex(text);
  return { para: m.para, start: index.cp(m.start), end: index.cp(m.end) };
}
