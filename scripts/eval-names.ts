// npm run eval:names [-- --show [--show-fresh]]
//
// Entity linking, measured: precision and recall of the English ↔ Chinese name links the
// names module finds, against a labelled set made for it (scripts/data/names-eval.jsonl:
// news-style sentence pairs with every name pair marked; scripts/data/names-eval-demo.tsv:
// the demo article's links). That set was written while the linker was tuned, so its figure
// flatters; scripts/data/names-eval-heldout.jsonl (same format, names of neither that set nor
// corpus/ nor the demo) was written without looking at the linker or running it, and is
// reported separately as the honest figure. Once that set was used to diagnose the linker it no
// longer counted as held out, so scripts/data/names-eval-heldout2.jsonl (same rules, names of none
// of the above) was written, and after its misses were read in turn, names-eval-heldout3.jsonl
// (80 pairs, names of none of the above); after its misses were read, names-eval-heldout4.jsonl
// (80 pairs, 254 links), then names-eval-heldout5.jsonl (80 pairs, 302 links) and
// names-eval-heldout6.jsonl (80 pairs, 259 links), and after the misses of each were read in
// turn, names-eval-heldout7.jsonl (80 pairs, 233 links, names of none of the above), and after
// its misses were read, names-eval-heldout8.jsonl (80 pairs, 307 links), then
// names-eval-heldout9.jsonl (80 pairs, 334 links), names-eval-heldout10.jsonl (80 pairs, 320
// links), names-eval-heldout11.jsonl (80 pairs, 324 links), names-eval-heldout12.jsonl (80
// pairs, 302 links), names-eval-heldout13.jsonl (80 pairs, 320 links), names-eval-heldout14.jsonl
// (80 pairs, 316 links), names-eval-heldout15.jsonl (80 pairs, 386 links) and
// names-eval-heldout16.jsonl (80 pairs, 420 links; sentence shapes varied on purpose: datelines,
// headlines, quotes, lists), names-eval-heldout17.jsonl (80 pairs, 450 links; varied shapes
// again, with bylines, Jr./Sr., initials and particles), names-eval-heldout18.jsonl (80 pairs,
// 574 links, 16 nonstandard renderings), names-eval-heldout19.jsonl (80 pairs, 675 links, 15
// nonstandard renderings), names-eval-heldout20.jsonl (80 pairs, 692 links, 15 nonstandard
// renderings), names-eval-heldout21.jsonl (80 pairs, 786 links, 16 nonstandard renderings),
// names-eval-heldout22.jsonl (80 pairs, 817 links, 15 nonstandard renderings),
// names-eval-heldout23.jsonl (80 pairs, 796 links, 15 nonstandard renderings),
// names-eval-heldout24.jsonl (80 pairs, 849 links, 15 nonstandard renderings),
// names-eval-heldout25.jsonl (80 pairs, 859 links, 16 nonstandard renderings),
// names-eval-heldout26.jsonl (80 pairs, 858 links, 15 nonstandard renderings),
// names-eval-heldout27.jsonl (80 pairs, 878 links, 15 nonstandard renderings),
// names-eval-heldout28.jsonl (80 pairs, 834 links, 15 nonstandard renderings),
// names-eval-heldout29.jsonl (80 pairs, 858 links, 16 nonstandard renderings) and
// names-eval-heldout30.jsonl (80 pairs, 878 links, 16 nonstandard renderings), each written
// after the misses of the one before were read; the last is the fresh
// one. Each
// set is run twice: with empty authority files (what the linker finds on its own) and with
// corpus/'s files. Then, on
// ../shared/data/mqm-enzh-dev when present, how many English capitalised mentions found a
// Chinese partner (coverage, no bar), and whether any name-* finding fires on a row whose
// source has no capital letter (it must not).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadReference } from '../server/checks/reference-load.ts';
import { EMPTY_REFERENCE, type Reference } from '../server/checks/reference.ts';
import { alignParagraphs } from '../server/align/paragraphs.ts';
import { documentNames, type NamesDocument } from '../server/names/entities.ts';
import { NAME_DOT } from '../server/names/link.ts';
import { renderingKey } from '../server/names/authority.ts';
import { holdsCountryWord, lexiconFor, type Lexicon } from '../server/names/lexicon.ts';
import { countryWord } from '../server/names/english-mentions.ts';
import { GENERIC_HEADS, withoutAddedHead } from '../server/names/generic-heads.ts';
import { withoutOutletWord } from '../server/names/chinese-mentions.ts';
import { RULES } from '../server/checks/rules/index.ts';
import { resolveConfig } from '../server/checks/config.ts';
import { checkCorpus } from '../server/checks/engine.ts';
import { readInputs } from '../server/ingest/read-inputs.ts';
import { MQM_DEV_FILE as MQM } from './lib/mqm-rows.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// parseArgs is strict: a mistyped flag (--show-misses) is refused rather than silently ignored.
let flags: { show?: boolean; 'show-fresh'?: boolean };
try {
  flags = parseArgs({ options: { show: { type: 'boolean' }, 'show-fresh': { type: 'boolean' } } }).values;
} catch (e) {
  process.stderr.write(`eval:names: ${(e as Error).message}\nusage: npm run eval:names [-- --show [--show-fresh]]\n`);
  process.exit(2);
}
const show = flags.show === true;
const showFresh = flags['show-fresh'] === true;

interface Item {
  id: string;
  doc: NamesDocument;
  gold: [string, string][];
}

const paras = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

function badInput(file: string, line: number, why: string): never {
  process.stderr.write(`${file}:${line}: ${why}\n`);
  process.exit(2);
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

// One sentence pair per line: {"id", "en", "zh", "pairs": [[English, Chinese], …]}, each pair
// written exactly as it stands in its sentence (a gold pair that is not there could never match).
function sentenceItems(file: string): Item[] {
  const out: Item[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let r: { id?: unknown; en?: unknown; zh?: unknown; pairs?: unknown };
      try {
        r = JSON.parse(line) as typeof r;
      } catch (e) {
        badInput(file, i + 1, (e as Error).message);
      }
      const { id, en, zh, pairs } = r;
      if (!isText(id) || !isText(en) || !isText(zh) || !Array.isArray(pairs)) badInput(file, i + 1, 'expected {"id", "en", "zh", "pairs"}');
      const gold: [string, string][] = [];
      for (const pair of pairs as unknown[]) {
        if (!Array.isArray(pair) || pair.length !== 2 || !isText(pair[0]) || !isText(pair[1])) badInput(file, i + 1, `${id}: a pair is not [English, Chinese]`);
        const [e, z] = pair as [string, string];
        if (!en.includes(e)) badInput(file, i + 1, `${id}: "${e}" is not in the English`);
        if (!zh.includes(z)) badInput(file, i + 1, `${id}: "${z}" is not in the Chinese`);
        gold.push([e, z]);
      }
      out.push({ id, doc: { key: id, source: [en], target: [zh], links: [{ src: [0], tgt: [0] }] }, gold: withBracketedAcronyms(gold, en, zh) });
    });
  return out;
}

/**
 * "National Electric Power Company (NEPCO)" ↔ 国家电力公司（NEPCO）: sets 4 to 9 pair the acronym
 * with the full name's rendering (NEPCO ↔ 国家电力公司), sets 2, 10 and 11 with its Latin kept in
 * brackets (NEPCO ↔ NEPCO), and set 17 so for short forms in mixed case too (Celec, IsDB, Meralco).
 * Both say the same; the second is read as the first, which is what
 * the linker makes (an acronym glossed by the Chinese before it is no name left untranslated).
 */
function withBracketedAcronyms(gold: [string, string][], en: string, zh: string): [string, string][] {
  return gold.flatMap(([e, z]): [string, string][] => {
    // Also a short form in mixed case (Celec, IsDB), which set 17 pairs the same way.
    if (e !== z || !/^[A-Z][\p{L}0-9&.-]+$/u.test(e) || /\s/.test(e) || !en.includes(`(${e})`)) return [[e, z]];
    const full = gold.find(([fe, fz]) => fe !== e && (zh.includes(`${fz}（${e}）`) || zh.includes(`${fz}(${e})`)));
    if (!full) return [[e, z]];
    // A set that pairs the acronym once more than the brackets hold it (set 18: KHNP ↔ KHNP twice,
    // for 韩国水力原子力公司（KHNP） and KHNP副社长) pairs the Latin kept alone as well.
    const bracketed = zh.split(`（${e}）`).length - 1 + zh.split(`(${e})`).length - 1;
    const paired = gold.filter(([ge, gz]) => ge === e && gz === z).length;
    return paired > bracketed ? [[e, full[1]], [e, z]] : [[e, full[1]]];
  });
}

function demoItem(): Item {
  const src = paras(join(ROOT, 'corpus/seed-000.en.txt'));
  const tgt = paras(join(ROOT, 'corpus/seed-000.zh.txt'));
  const file = join(ROOT, 'scripts/data/names-eval-demo.tsv');
  const demoGold: [string, string][] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((l, i) => {
      if (!l || l.startsWith('#') || l.startsWith('english\t')) return;
      const cells = l.split('\t');
      if (cells.length !== 2 || !isText(cells[0]) || !isText(cells[1])) badInput(file, i + 1, 'expected two cells, English and Chinese, separated by a tab');
      demoGold.push([cells[0], cells[1]]);
    });
  return { id: 'demo seed-000', doc: { key: 'seed-000', source: src, target: tgt, links: alignParagraphs(src, tgt) }, gold: demoGold };
}

// The article before a title is the sentence's as often as the name's (set 12 writes The Oregonian,
// set 11 Canberra Times for "The Canberra Times"): compared without it.
// A final abbreviation's dot where the sentence ends on it is written by some sets and not by
// others (Kinsella Byrne Receivers Ltd. in set 23, Denarau Bay Resorts Pte Ltd in set 25).
const normEn = (s: string) =>
  s
    .trim()
    .replace(/['’]s$/, '')
    .replace(/^The\s+(?=\S)/, '')
    .replace(/(?<=\s(?:Ltd|Co|Corp|Inc|Pvt|Pte|Bhd|Jr|Sr))\.$/, '');
// A category word the translator added (Barclays → 巴克莱银行, Haiphong → 海防市) is not part of
// the name: the sets were written both ways (巴伐利亚 in one, 费尔干纳州 in another), so both
// gold and found renderings are compared without it. One the English has (Kano State → 卡诺州)
// stays, and must be found.
// So is a category word the sentence says in lower case after the name (the Aconcagua
// refinery, Inhambane province), with the Chinese word for it: set 10 writes Aktobe ↔
// 阿克托别州 and Punta Cana airport ↔ 蓬塔卡纳机场, set 11 Inhambane province ↔ 伊尼扬巴内省, so
// both sides are compared without it (the linker's mentions stop at the name).
function withoutLowerHead(en: string, zh: string): [string, string] {
  const words = en.split(' ');
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const said = words.slice(-n).join(' ');
    // The name before it opens with a capital, or with small letters before one (eThekwini).
    if (!/^[a-z]+(?: [a-z]+)?$/.test(said) || !/^(?:[\p{Lu}\p{N}]|\p{Ll}{1,3}\p{Lu})/u.test(words[words.length - n - 1]!)) continue;
    const heads = GENERIC_HEADS.filter((h) => h.en.includes(said));
    if (heads.length === 0) continue;
    const h = heads.find((g) => zh.endsWith(g.zh) && zh.length > g.zh.length);
    return [words.slice(0, -n).join(' '), h ? zh.slice(0, -h.zh.length) : zh];
  }
  return [en, zh];
}
// A name left in Latin is compared without an outlet word the translator wrote after it (Joy FM电台,
// HotNews.ro新闻网站): set 13 writes it, sets 1 to 12 do not (APA, Kun.uz).
const latinAlone = (zh: string) => {
  const bare = withoutOutletWord(withoutOutletWord(zh));
  return bare !== zh && /^[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}.\- ]*$/u.test(bare) ? bare : zh;
};
// A country the translator put before an organisation's name that the English names without one
// (Civil Aviation Committee → 亚美尼亚民航委员会): set 14 writes it (阿曼民航局 for Civil Aviation
// Authority), set 17 does not (民航委员会), so both sides are compared without it. A name with a
// name dot is a person's (伊拉克利·科巴希泽 opens with 伊拉克 by chance) and keeps it.
function withoutAddedCountry(en: string, zh: string, lex: Lexicon): string {
  if (NAME_DOT.test(zh)) return zh;
  const title = zh.startsWith('《') ? '《' : '';
  const bare = zh.slice(title.length);
  // A language's name is no country added (布列塔尼 of 布列塔尼大区 for Brittany).
  const c = lex.chineseCountries.find((form) => bare.startsWith(form) && !lex.chineseLanguagesOnly.has(form));
  if (!c || [...bare].length - [...c].length < 2 || !/^\p{Script=Han}/u.test(bare.slice(c.length))) return zh;
  return holdsCountryWord(en, lex.countryWords) ? zh : title + bare.slice(c.length);
}
const key = (english: string, chinese: string, lex: Lexicon) => {
  const [en, zh] = withoutLowerHead(normEn(english), latinAlone(chinese));
  return `${en}\u0000${renderingKey(withoutAddedHead(en, withoutAddedCountry(en, zh, lex)))}`;
};

function evaluate(label: string, items: Item[], reference: Reference, withMisses = true): { p: number; r: number } {
  const lex = lexiconFor(reference);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dropped = 0;
  const misses: string[] = [];
  for (const it of items) {
    const gold = new Set<string>();
    for (const [en, zh] of it.gold) {
      // A dateline's capitals (ASTANA) are the country table's Astana.
      if (countryWord(en, lex)) dropped++;
      else gold.add(key(en, zh, lex));
    }
    const pred = new Set<string>();
    for (const e of documentNames({ ...it.doc }, reference).entities) {
      for (const r of e.renderings) for (const o of r.occurrences) pred.add(key(o.source.text, o.text, lex));
    }
    for (const k of pred) {
      if (gold.has(k)) tp++;
      else {
        fp++;
        misses.push(`  FP ${it.id}: ${k.replace('\u0000', ' ↔ ')}`);
      }
    }
    for (const k of gold) {
      if (!pred.has(k)) {
        fn++;
        misses.push(`  FN ${it.id}: ${k.replace('\u0000', ' ↔ ')}`);
      }
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  process.stdout.write(
    `${label}: precision ${p.toFixed(3)} (${tp}/${tp + fp}), recall ${r.toFixed(3)} (${tp}/${tp + fn}); ${dropped} gold pairs on countries left out\n`,
  );
  if (show && withMisses) process.stdout.write(`${misses.join('\n')}\n`);
  return { p, r };
}

const corpus = loadReference(join(ROOT, 'corpus'));
const empty: Reference = { ...EMPTY_REFERENCE, demonyms: corpus.demonyms, allowLatin: corpus.allowLatin };
const goldLinks = (items: Item[]) => items.reduce((k, i) => k + i.gold.length, 0);
// The bars, for what the linker finds on its own: the line printed names the same constants
// the figures are held to.
const BAR_PRECISION = 0.95;
const BAR_RECALL = 0.85;
const bar = (set: string, { p, r }: { p: number; r: number }) =>
  process.stdout.write(
    `bar (${set}, empty authority files): precision >= ${BAR_PRECISION} ${p >= BAR_PRECISION ? 'met' : 'NOT met'}, recall >= ${BAR_RECALL} ${r >= BAR_RECALL ? 'met' : 'NOT met'}\n`,
  );

const tuning = [demoItem(), ...sentenceItems(join(ROOT, 'scripts/data/names-eval.jsonl'))];
process.stdout.write(`labelled set: ${tuning.length - 1} sentence pairs + the demo article, ${goldLinks(tuning)} gold links\n`);
const bare = evaluate('empty authority files', tuning, empty);
evaluate('corpus/ authority files', tuning, corpus);
bar('labelled set', bare);

// The held-out sets, oldest first. Once a set's misses have been read to diagnose the linker it
// no longer counts as held out; the newest one is the honest figure, and --show leaves its misses
// out (so that reading them takes a deliberate --show-fresh).
// Names and labels follow from the order (the first set has no number); the last set is the
// fresh one, so adding a set is one line.
const HELD_OUT_FILES = [
  'names-eval-heldout.jsonl',
  'names-eval-heldout2.jsonl',
  'names-eval-heldout3.jsonl',
  'names-eval-heldout4.jsonl',
  'names-eval-heldout5.jsonl',
  'names-eval-heldout6.jsonl',
  'names-eval-heldout7.jsonl',
  'names-eval-heldout8.jsonl',
  'names-eval-heldout9.jsonl',
  'names-eval-heldout10.jsonl',
  'names-eval-heldout11.jsonl',
  'names-eval-heldout12.jsonl',
  'names-eval-heldout13.jsonl',
  'names-eval-heldout14.jsonl',
  'names-eval-heldout15.jsonl',
  'names-eval-heldout16.jsonl',
  'names-eval-heldout17.jsonl',
  'names-eval-heldout18.jsonl',
  'names-eval-heldout19.jsonl',
  'names-eval-heldout20.jsonl',
  'names-eval-heldout21.jsonl',
  'names-eval-heldout22.jsonl',
  'names-eval-heldout23.jsonl',
  'names-eval-heldout24.jsonl',
  'names-eval-heldout25.jsonl',
  'names-eval-heldout26.jsonl',
  'names-eval-heldout27.jsonl',
  'names-eval-heldout28.jsonl',
  'names-eval-heldout29.jsonl',
  'names-eval-heldout30.jsonl',
];
const HELD_OUT = HELD_OUT_FILES.map((file, i) => {
  const n = i === 0 ? '' : ` ${i + 1}`;
  return { name: `held-out set${n}`, label: `held out${n}`, file, fresh: i === HELD_OUT_FILES.length - 1 };
});
for (const set of HELD_OUT) {
  const items = sentenceItems(join(ROOT, 'scripts/data', set.file));
  const withMisses = !set.fresh || showFresh;
  process.stdout.write(`${set.name}: ${items.length} sentence pairs, ${goldLinks(items)} gold links (written without looking at the linker${set.fresh ? '; its misses not yet read' : ''})\n`);
  const held = evaluate(`${set.label}, empty authority files`, items, empty, withMisses);
  evaluate(`${set.label}, corpus/ authority files`, items, corpus, withMisses);
  bar(set.name, held);
}

if (!existsSync(MQM)) {
  process.stdout.write(`skipped mqm-enzh-dev: ${MQM} is absent\n`);
} else {
  const docs = readInputs([MQM]).docs.flatMap((d) =>
    d.translations.map((t) => ({
      key: `${d.source!.key}/${t.system}`,
      source: d.source!.paragraphs,
      target: t.paragraphs,
      links: t.paragraphs.map((_, i) => ({ src: [i], tgt: [i] })),
      system: t.system,
    })),
  );
  let mentions = 0;
  let linked = 0;
  for (const doc of docs) {
    for (const m of documentNames(doc, corpus).mentions) {
      if (m.kind === 'country') continue;
      mentions++;
      if (m.linked) linked++;
    }
  }
  process.stdout.write(`mqm-enzh-dev: ${linked} of ${mentions} English capitalised mentions found a Chinese partner (${((100 * linked) / Math.max(1, mentions)).toFixed(1)}%)\n`);
  const config = resolveConfig(RULES.filter((r) => /^(?:name|outlet)-/.test(r.id)), undefined);
  const findings = checkCorpus(docs, { config, reference: corpus });
  const bad = findings.filter((f) => {
    const doc = docs.find((d) => d.key === f.docKey)!;
    return !/\p{Lu}/u.test(doc.source[f.target.para] ?? '');
  });
  process.stdout.write(`mqm-enzh-dev: ${findings.length} name/outlet findings, ${bad.length} on rows whose source has no capital letter\n`);
}
