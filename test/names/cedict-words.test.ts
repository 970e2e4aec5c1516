import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORDS_FORMAT, buildWordLists, isCommonWord, isKnownWord, loadWordLists, wordMeanings } from '../../server/names/cedict-words.ts';
import { englishMentions } from '../../server/names/english-mentions.ts';

const ENTRIES = [
  { simplified: '流感', pinyin: 'liu2 gan3', english: ['influenza', 'flu'] },
  { simplified: '流行性感冒', pinyin: 'liu2 xing2 xing4 gan3 mao4', english: ['epidemic influenza'] },
  { simplified: '在…之中', pinyin: 'zai4 … zhi1 zhong1', english: ['among', 'in the middle of'] },
  { simplified: '其中', pinyin: 'qi2 zhong1', english: ['among them', 'in which'] },
  { simplified: '棕色', pinyin: 'zong1 se4', english: ['brown'] },
  { simplified: '褐色', pinyin: 'he4 se4', english: ['brown', 'tan'] },
  { simplified: '布朗', pinyin: 'Bu4 lang3', english: ['Brown (name)'] },
  { simplified: '元', pinyin: 'yuan2', english: ['(prefix) meta-', 'primary'] },
  { simplified: '后设', pinyin: 'hou4 she4', english: ['meta- (prefix)', 'primary'] },
  { simplified: '滨', pinyin: 'bin1', english: ['hama (loanword)'] },
  { simplified: '铁路', pinyin: 'tie3 lu4', english: ['railroad; railway', 'CL:條|条[tiao2]'] },
  { simplified: '海警', pinyin: 'hai3 jing3', english: ['coast guard'] },
  { simplified: '发誓', pinyin: 'fa1 shi4', english: ['to vow', 'to pledge'] },
  { simplified: '劳务', pinyin: 'lao2 wu4', english: ['services', 'labor'] },
  { simplified: '服务', pinyin: 'fu2 wu4', english: ['to serve', 'service'] },
  { simplified: '中心', pinyin: 'zhong1 xin1', english: ['center; heart; core'] },
  { simplified: '东', pinyin: 'dong1', english: ['east'] },
  { simplified: '剧院', pinyin: 'ju4 yuan4', english: ['theater'] },
  { simplified: '港口', pinyin: 'gang3 kou3', english: ['harbor'] },
  { simplified: '狼', pinyin: 'lang2', english: ['wolf'] },
  // Glosses "tier", which "tire" would become if every final re were British.
  { simplified: '层', pinyin: 'ceng2', english: ['layer', 'tier'] },
];

describe('buildWordLists', () => {
  const lists = buildWordLists(ENTRIES);
  it.each([
    ['influenza', true],
    ['among', true],
    ['primary', true],
    // Capitalised in a proper noun's gloss: may be a name.
    ['brown', false],
    // A prefix, and a word one entry borrows.
    ['meta', false],
    ['hama', false],
    // Two letters are too few to tell.
    ['in', false],
  ])('%s: %s', (word, common) => {
    expect(lists.get(word)?.common === true).toBe(common);
  });

  it.each([
    // Capitalised in a proper noun's gloss, so not common, but English all the same.
    ['brown', true],
    ['Browns', true],
    ['hama', true],
    ['noviny', false],
  ])('%s is an English word: %s', (word, known) => {
    expect(isKnownWord(word, lists)).toBe(known);
  });

  it.each([
    ['railway', ['铁路']],
    ['Railways', ['铁路']],
    ['coast guard', ['海警']],
    ['pledged', ['发誓']],
    // A headword of five characters is a phrase, not a word's translation; a usage note names nothing.
    ['influenza', ['流感']],
    ['brown', ['棕色', '褐色']],
    ['CL', []],
    // Every reading of an inflected word: the plural's own gloss and the singular's.
    ['Services', ['劳务', '服务']],
    ['Wolves', ['狼']],
    // British spellings, glossed the American way.
    ['Centre', ['中心']],
    // A compass adjective is its compass point.
    ['Eastern', ['东']],
    ['theatres', ['剧院']],
    ['Harbour', ['港口']],
    ['more', []],
    // Only a consonant's re is respelled: tire is no tier.
    ['tire', []],
    ['tier', ['层']],
  ])('%s means %j', (phrase, heads) => {
    expect(wordMeanings(phrase, lists)).toEqual(heads);
  });
});

describe('the word list cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinda-cedict-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'cedict.json');
  writeFileSync(file, JSON.stringify(ENTRIES));
  const src = { file, version: '1.0.0', cacheDir: join(dir, 'cache') };
  const cacheFile = join(src.cacheDir, `cedict-words.v${WORDS_FORMAT}.1.0.0.tsv`);

  it('is written on the first build and read back identically', () => {
    const first = loadWordLists(src);
    expect(first.from).toBe('built');
    expect(readdirSync(src.cacheDir)).toEqual([`cedict-words.v${WORDS_FORMAT}.1.0.0.tsv`]);
    const second = loadWordLists(src);
    expect(second.from).toBe('cache');
    const built = buildWordLists(ENTRIES);
    expect(built.size).toBeGreaterThan(5);
    for (const [word, entry] of built) expect(second.lists.get(word)).toEqual(entry);
    expect(second.lists.get('no such word')).toBeUndefined();
    expect(second.lists.get('a')).toBeUndefined();
    expect(second.lists.get('zzz')).toBeUndefined();
  });

  it.each([
    ['cut short', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['with a line dropped', (t: string) => t.split('\n').filter((_, i) => i !== 1).join('\n')],
    ['of another version', (t: string) => t.replace('1.0.0', '0.9.0')],
  ])('is rebuilt when %s', (_, spoil) => {
    loadWordLists(src);
    writeFileSync(cacheFile, spoil(readFileSync(cacheFile, 'utf8')));
    expect(loadWordLists(src).from).toBe('built');
    expect(loadWordLists(src).from).toBe('cache');
  });

  it('names the dictionary when it cannot be read', () => {
    expect(() => loadWordLists({ ...src, file: join(dir, 'missing.json'), cacheDir: null })).toThrow(/missing\.json: cannot read the dictionary/);
  });
});

describe('isCommonWord (CC-CEDICT as installed)', () => {
  it.each([
    ['Among', true],
    ['Influenza', true],
    ['Results', true],
    ['Compared', true],
    ['Acknowledging', true],
    ['Brown', false],
    ['Hamas', false],
    ['Tokayev', false],
    ['Reuters', false],
  ])('%s: %s', (word, common) => {
    expect(isCommonWord(word)).toBe(common);
  });
});

describe('sentence-initial common words', () => {
  const common = new Set(['among', 'influenza', 'target', 'results']);
  const lex = { countryWords: new Set<string>(), commonWord: (w: string) => common.has(w.toLowerCase()) };
  const mentions = (...paras: string[]) => englishMentions(paras, lex).map((m) => `${m.kind}:${m.text}`);
  it.each([
    ['Among the patients, Lena Vos recovered first.', ['name:Lena Vos']],
    ['Influenza spreads fast. Results came in on Monday.', []],
    // A name the document writes mid-sentence, an actor's verb or a possessive after it, several words: kept.
    ['Target cut prices. Shoppers at Target were pleased.', ['name:Target', 'name:Shoppers', 'name:Target']],
    ['Target said on Monday it would cut prices.', ['name:Target']],
    ["Target's shares rose.", ['name:Target']],
    ['Among Friends Foundation opened a clinic.', ['org:Among Friends Foundation']],
    // Not at a sentence's start: a capital there is a name's.
    ['The clinic of Dr. Among reopened.', ['person:Among']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
