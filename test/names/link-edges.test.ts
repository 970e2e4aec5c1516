import { describe, expect, it } from 'vitest';
import { oneLinkOccurrences } from '../helpers/one-link-names.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { documentNames } from '../../server/names/entities.ts';

// Where a sound link's Chinese stretch begins and ends: not on a function word glued to the name
// (在, 对), not on the coda 尔 with the 埃 before it dropped, and over a channel number.
const rendered = (en: string, zh: string) => oneLinkOccurrences(en, zh).map((o) => `${o.source.text}→${o.text}`);

/** A table row: the English and Chinese of one link, and one of the links it must make. */
const rendersAs = (en: string, zh: string, want: string) => {
  expect(rendered(en, zh)).toContain(want);
};

/** A table row: the English and Chinese of one link, and every link it must make, in order. */
const rendersOnly = (en: string, zh: string, want: string[]) => {
  expect(rendered(en, zh)).toEqual(want);
};

describe('the edges of a sound link', () => {
  it.each([
    ['He spoke in Hyderabad to the press.', '他在海得拉巴对媒体发表讲话。', 'Hyderabad→海得拉巴'],
    // "Al" with a capital and a space is the Arabic article too, which Chinese drops.
    ['Flights to Al Ruwais resumed on Monday.', '飞往鲁韦斯的航班周一恢复。', 'Al Ruwais→鲁韦斯'],
    // A Ukrainian -ska written as the Russian -skaya (斯卡娅).
    ['Later Zhmurovska said crews were helping.', '随后，茹穆罗夫斯卡娅表示，抢修人员正在协助修复。', 'Zhmurovska→茹穆罗夫斯卡娅'],
    // An East Slavic name's h is the Russian g Chinese follows.
    ['A spokeswoman for the operator, Halyna Marchenko, said crews were working.', '该运营商发言人加琳娜·马尔琴科表示，抢修人员正在工作。', 'Halyna Marchenko→加琳娜·马尔琴科'],
    ['Floods hit Kirovohrad overnight.', '洪水夜间袭击了基洛沃格勒。', 'Kirovohrad→基洛沃格勒'],
    // An English or French soft g (George → 乔治).
    ['The supply was restored, director general Georges Haddad said on Saturday.', '局长乔治·哈达德周六表示，供水已恢复。', 'Georges Haddad→乔治·哈达德'],
    // Mont and Monte are mountains, which Chinese puts after the name.
    ['The stage finished on Mont Aigoual.', '这一赛段在艾瓜勒山结束。', 'Mont Aigoual→艾瓜勒山'],
    // Puerto and Porto are ports, which Chinese puts after the name.
    ['Flights to Puerto Montt resumed on Monday.', '飞往蒙特港的航班周一恢复。', 'Puerto Montt→蒙特港'],
    // Islands may be 列岛 as well as 群岛.
    ['Ferries to the Tokara Islands were cancelled.', '前往吐噶喇列岛的渡轮已停航。', 'Tokara Islands→吐噶喇列岛'],
    // A character the set lacks (南) before a function word (对) ends the name's last part.
    ['Deborah Okoro-Brennan, a vice-president at the utility, told the paper.', '该公司副总裁黛博拉·奥科罗-布伦南对该报表示。', 'Deborah Okoro-Brennan→黛博拉·奥科罗-布伦南'],
    // 华, 怀, 惠 write wa, wai, wei; a stretch does not reach back over a title's end (长 of 董事长).
    ['Power lines in Waimea will be buried.', '怀梅阿的电线将改为地下铺设。', 'Waimea→怀梅阿'],
    ['Chairman Joaquim Sobral said the plant would reopen.', '董事长华金·索布拉尔表示，该工厂将重新开放。', 'Joaquim Sobral→华金·索布拉尔'],
    // 于 (a function word too) may start a name whose y it spells: not 人于尔根 of 负责人于尔根.
    ['Works council chief Jürgen Maibach spoke to the paper.', '企业职工委员会负责人于尔根·迈巴赫向该报介绍了情况。', 'Jürgen Maibach→于尔根·迈巴赫'],
    // A division's word inside the run (省 and 农 are in the set) ends the name before it.
    ['Sulaymaniyah said so, and Halabja agriculture director Ari Salih agreed.', '苏莱曼尼亚表示同意，哈莱卜杰省农业局局长阿里·萨利赫也表示赞同。', 'Halabja→哈莱卜杰'],
    ['Deputy Elmira Sadykova voted against the bill.', '议员埃尔米拉·萨德科娃对该法案投了反对票。', 'Elmira Sadykova→埃尔米拉·萨德科娃'],
    ['She said so in an interview with the channel Orbita 24.', '她在接受奥尔比塔24频道采访时这样说。', 'Orbita 24→奥尔比塔24频道'],
    ['The minister, Rustam Saidaliyev, resigned.', '部长鲁斯塔姆·赛义达利耶夫辞职。', 'Rustam Saidaliyev→鲁斯塔姆·赛义达利耶夫'],
    // A whole run, though its last syllable sounds little like the Latin's (-lla).
    // A place named after a person drops the person's initial.
    ['Kusal Mendis made 124 at the R. Premadasa Stadium on Sunday.', '库萨尔·门迪斯在普雷马达萨体育场打出124分。', 'R. Premadasa Stadium→普雷马达萨体育场'],
    // A Latin word of the name written after the Chinese, and the team word after it.
    ['Nashville SC beat Charlotte FC 2-1 on Saturday.', '纳什维尔SC队周六以2比1击败夏洛特FC队。', 'Nashville SC→纳什维尔SC队'],
    // A name kept in Latin with its category word translated after it.
    ["The regulator approved DTE Energy's request on Thursday.", '监管机构周四批准了DTE能源公司的申请。', 'DTE Energy→DTE能源'],
    ['Landslides cut the road, K92 Mining said on Monday.', 'K92矿业公司周一表示，山体滑坡切断了道路。', 'K92 Mining→K92矿业'],
    ['The Panthers won 24-18 at BlueBet Stadium on Sunday.', '黑豹队周日在BlueBet球场以24比18获胜。', 'BlueBet Stadium→BlueBet球场'],
    ['He made 31 saves at Nationwide Arena.', '他在Nationwide球馆完成31次扑救。', 'Nationwide Arena→Nationwide球馆'],
    // 竞技场 translates Arena too, after the dictionary's name for the sponsor.
    ['Bayern won 3-1 at the Allianz Arena on Saturday.', '拜仁周六在安联竞技场以3比1获胜。', 'Allianz Arena→安联竞技场'],
    // Legal forms, metros and races are category words too.
    ['Salzgitter AG said the unit would start in 2027.', '萨尔茨吉特股份公司表示，该装置将于2027年投产。', 'Salzgitter AG→萨尔茨吉特股份公司'],
    ['Baku Metro will open two stations.', '巴库地铁将开通两座车站。', 'Baku Metro→巴库地铁'],
    ['Coal from the Bowen Basin is shipped north.', '鲍恩盆地的煤炭被运往北方。', 'Bowen Basin→鲍恩盆地'],
    ['He won the Iten Half Marathon on Sunday.', '他周日赢得了伊滕半程马拉松赛。', 'Iten Half Marathon→伊滕半程马拉松赛'],
    // A first word kept in Latin, and the rest of the name in Chinese after it: as the dictionary
    // writes it, by its sound, or translated.
    ['Tomoko Wakabayashi, a director at JR Hokkaido, spoke.', 'JR北海道董事若林智子发表了讲话。', 'JR Hokkaido→JR北海道'],
    ['Construction is half done, a director of PGE Baltica said.', 'PGE波罗的海公司一名董事说，工程已完成一半。', 'PGE Baltica→PGE波罗的海'],
    ['An analyst at KeyBanc Capital Markets said supply would tighten.', 'KeyBanc资本市场公司的一名分析师说，供应将收紧。', 'KeyBanc Capital Markets→KeyBanc资本市场'],
    // Initials kept with their English full stops join it too.
    ['Plant manager T.J. Nowicki-Reyes said 1,500 workers had been hired.', '工厂经理T.J.诺维茨基-雷耶斯表示，已雇用1500名工人。', 'T.J. Nowicki-Reyes→T.J.诺维茨基-雷耶斯'],
    // A US state shortened after a city is found by its full name (Arkansas → 阿肯色).
    ['LITTLE ROCK, Ark., June 3 — Prices rose.', '阿肯色州小石城6月3日电——价格上涨。', 'Ark.→阿肯色'],
    // ...and a Canadian province as The Canadian Press shortens it.
    ['KAMLOOPS, B.C., June 3 — Prices rose.', '不列颠哥伦比亚省坎卢普斯6月3日电——价格上涨。', 'B.C.→不列颠哥伦比亚省'],
    // And a Canadian province as The Canadian Press shortens it.
    ['BELLEVILLE, Ont. — The plant reopened on Monday.', '安大略省贝尔维尔电——工厂周一重新开工。', 'Ont.→安大略'],
    // A town on a river: the river first, with 河畔 "riverside".
    ['Flights to Rostov-on-Don resumed on Monday.', '飞往顿河畔罗斯托夫的航班周一恢复。', 'Rostov-on-Don→顿河畔罗斯托夫'],
    // Initials written together (P.K.) are not heard either, and join the rendering in Latin.
    ['Chairman P.K. Venkataraman told the daily so.', '董事长P·K·文卡塔拉曼对该日报如是说。', 'P.K. Venkataraman→P·K·文卡塔拉曼'],
    // A junior's 二世 after the name, as Spanish and Philippine names have it.
    ['Officials summoned Jose Miguel dela Cruz Jr. on Monday.', '官员周一传唤了何塞·米格尔·德拉克鲁斯二世。', 'Jose Miguel dela Cruz Jr.→何塞·米格尔·德拉克鲁斯二世'],
    // Chinese drops the Arabic article (hyphened or in lower case), not Spanish El.
    ['Spokesman Al-Majali said the port would reopen.', '发言人马贾利说，港口将重新开放。', 'Al-Majali→马贾利'],
    ['The mine is run by El Teniente, a division of Codelco.', '这座矿由埃尔特尼恩特矿区经营，它是智利国家铜业公司的一个部门。', 'El Teniente→埃尔特尼恩特'],
    // A run that starts one character late (钱 is no transliteration character) reaches back for it.
    ['Board chairman Chanda Mulenga told reporters so.', '董事长钱达·穆伦加对记者这样表示。', 'Chanda Mulenga→钱达·穆伦加'],
    ['Kylian Mbappé scored twice as Real Madrid beat Sevilla 3-1 on Sunday.', '基利安·姆巴佩梅开二度，帮助皇家马德里周日以3比1击败塞维利亚。', 'Sevilla→塞维利亚'],
    // A last part reaching over a character the set lacks (武) to where the sentence goes on is whole.
    ['Manager Obinna Chidi Okagwu said the plant would reopen.', '经理奥宾纳·奇迪·奥卡格武表示，工厂将重新开放。', 'Obinna Chidi Okagwu→奥宾纳·奇迪·奥卡格武'],
    // A nasal before a consonant is a syllable of its own (恩, 姆), also when doubled.
    ['Output at the Nkana mine rose.', '恩卡纳矿的产量上升了。', 'Nkana→恩卡纳矿'],
    ['Buses will leave Nnewi at dawn.', '公共汽车将于黎明离开恩内维。', 'Nnewi→恩内维'],
    // Nor end one: 和 between two names bridged into one run is the English "and".
    ['José Eduardo dos Santos Filho and Maria da Conceição Tavares met in Luanda.', '若泽·爱德华多·多斯桑托斯·菲略和玛丽亚·达孔塞桑·塔瓦雷斯在罗安达会面。', 'José Eduardo dos Santos Filho→若泽·爱德华多·多斯桑托斯·菲略'],
    // A conjunction may join words inside a glossed name, never start one.
    ['Visual acuity improved, as did central subfield thickness (CST).', '视力有所改善，和中心子野厚度（CST）一样。', 'CST→中心子野厚度'],
  ])('%s', rendersAs);
});

/** What a one-link document renders with a demonym table of one row. */
const renderedWith = (demonym: { english: string; region: string; chinese: string[] }, en: string, zh: string) =>
  oneLinkOccurrences(en, zh, { ...EMPTY_REFERENCE, demonyms: [demonym] }).map((o) => `${o.source.text}→${o.text}`);

// A place the country table lists (a capital) is no stretch of another name by sound, but a name
// named after it may be that place whole: 杜尚别 of the Dushanbe-2 plant, not 的杜尚别.
describe('a name named after a place of the country table', () => {
  it('takes the place whole', () => {
    const got = renderedWith({ english: 'Dushanbe', region: 'TJ', chinese: ['杜尚别'] }, "The Dushanbe-2 plant, built by China's TBEA, will burn coal.", '由中国特变电工承建的杜尚别2号热电厂今冬将燃煤。');
    expect(got).toContain('Dushanbe-2→杜尚别2号热电厂');
  });
});

// "Peruvian fishing group Pesquera …" ↔ 秘鲁渔业集团布拉瓦海岸渔业…: the stretch that opens with
// the country is the description English writes in lower case; the organisation is the one after.
describe('a country and its description before an organisation', () => {
  it('leaves the description to the country', () => {
    const got = renderedWith(
      { english: 'Peruvian', region: 'PE', chinese: ['秘鲁'] },
      'LIMA — Peruvian fishing group Pesquera Costa Brava S.A.C. will build a plant in Paita, manager Julio Ramos Torres said.',
      '利马电——秘鲁渔业集团布拉瓦海岸渔业封闭式股份公司经理胡利奥·拉莫斯·托雷斯表示，该公司将在派塔建设一座工厂。',
    );
    expect(got).toContain('Pesquera Costa Brava S.A.C.→布拉瓦海岸渔业封闭式股份公司');
  });

  it('reads the description by meaning and leaves it out of the organisation', () => {
    const got = renderedWith({ english: 'U.S.', region: 'US', chinese: ['美国'] }, 'The homes were sold to U.S. fund Harbour Crest Capital LLC last year.', '这些住房去年被出售给美国基金港峰资本有限责任公司。');
    expect(got).toEqual(['Harbour Crest Capital LLC→港峰资本有限责任公司']);
  });
});

// A division's word ends the name before it and starts none: 万丹省|芝勒贡 (Banten province's
// Cilegon), where 省 is in the character set and sounds a little like the C of Cilegon.
describe('words of the sentence that sound like a name', () => {
  // 去年 "last year" (qu nian) is no rendering of Quang Ninh, nor the title 《青年报》 (qing nian bao),
  // which a place matches by a close sound only.
  it.each([['Growth slowed in Quang Ninh, the Thanh Nien newspaper reported, as shortages last summer hit factories.', '据《青年报》报道，去年夏天的电力短缺冲击了工厂。', ['Thanh Nien→《青年报》']]])('%s', rendersOnly);
});

describe('a final glide written as a syllable of its own', () => {
  // 伊 for the y of -ey, 耶 for the a of -ia, where the run ends there.
  it.each([
    ['Flooding closed roads around Tuzkey on Monday.', '洪水周一导致图兹凯伊周边道路封闭。', ['Tuzkey→图兹凯伊']],
    // The run starts after 下令 "ordered", whose 令 the set holds.
    ['Authorities ordered schools in Salmia to close.', '当局下令萨尔米耶的学校停课。', ['Salmia→萨尔米耶']],
  ])('%s', rendersOnly);
});

describe("a dateline's country and category word in capitals", () => {
  it.each([['KUWAIT CITY — The court confirmed the result on Friday.', '科威特城电——法院周五确认了结果。', ['KUWAIT CITY→科威特城']]])('%s', rendersOnly);
});

describe("the Dutch article's 's-", () => {
  it.each([["The ferry to 's-Gravendeel was cancelled on Monday.", '周一前往斯赫拉文德尔的渡轮被取消。', ["'s-Gravendeel→斯赫拉文德尔"]]])('%s', rendersOnly);
});

describe("a club's city by its sound", () => {
  // A dotted run is a person's name: 卡伦·梅尔科尼扬 + 带领亚美尼亚队 ("led Armenia's team") is no club.
  it.each([['Grandmasters Levon Tatevosyan and Karen Melkonyan led Armenia to a 3-1 win over Azerbaijan at the Chess Olympiad.', '特级大师列翁·塔捷沃相和卡伦·梅尔科尼扬带领亚美尼亚队在国际象棋奥林匹克赛上以3比1战胜阿塞拜疆队。', 'Karen Melkonyan→卡伦·梅尔科尼扬']])('%s', rendersAs);
});

describe('a place or language that holds a stop word', () => {
  // 马其顿 (Macedonian, a language ICU names) holds 其 "its": no cut inside it.
  it.each([['Prime Minister Ana Ruiz told the MIA news agency that the plant would close.', '总理安娜·鲁伊斯对马其顿通讯社（MIA）表示，电厂将关闭。', 'MIA→马其顿通讯社']])('%s', rendersAs);
});

describe('a function word right after a name', () => {
  // 则 "then" after a French name whose last s is silent; 对 "to" after a Japanese surname, which a reading of 对 (tsu) would spell on.
  it.each([
    ['Regional mobility minister Pascal Desquennes told the daily La Voix that a rail line would open.', '地区交通部长帕斯卡尔·德凯纳则对《之声报》表示，一条铁路线将开通。', 'Pascal Desquennes→帕斯卡尔·德凯纳'],
    ['President Kenji Muramatsu said so. Muramatsu told the daily Kahoku Shimpo that work would start.', '社长村松健二表示如此。村松对《河北新报》表示，工程将开工。', 'Muramatsu→村松'],
  ])('%s', rendersAs);
});

describe("a surname inside its full name's rendering", () => {
  // The dictionary knows 考克斯 and ranks above sound; the full name still takes its own rendering first.
  it.each([
    ['Governor Warren Cox said the plan would pass. Cox told the paper so.', '州长沃伦·考克斯表示该计划将获通过。考克斯对该报这样说。', ['Warren Cox→沃伦·考克斯', 'Cox→考克斯']],
  ])('%s', rendersOnly);
});

describe('a dotted name read whole up to a function word the run bridged', () => {
  // 为 "as" between the candidate's name and the place: two names, not one.
  it.each([
    ['The party named Olga Tonder-Smit as its candidate for Nelson Mandela Bay.', '该党提名奥尔加·通德-斯密特为纳尔逊·曼德拉湾市长候选人。', ['Olga Tonder-Smit→奥尔加·通德-斯密特', 'Nelson Mandela Bay→纳尔逊·曼德拉湾']],
  ])('%s', rendersOnly);
});

describe('an organisation of one word that is no English one', () => {
  // A cue (firm) makes it an organisation; its name is still said by its sound.
  it.each([
    ['The state copper firm Varnabor said output fell, and the firm Deltaco agreed.', '国有铜企瓦尔纳博尔公司表示产量下降，德尔塔科公司表示同意。', ['Varnabor→瓦尔纳博尔', 'Deltaco→德尔塔科']],
  ])('%s', rendersOnly);
});

describe("a paper's title named after a place", () => {
  // 《哈尔穆报》 is Halmuun Sanomat's, which the English names apart from the region.
  it.each([
    ['Its plant at Varlo in Halmuu set a record, Pekka Lukka told the regional daily Halmuun Sanomat.', '公司位于哈尔穆地区瓦尔洛的工厂创下纪录，佩卡·卢卡对地方日报《哈尔穆报》表示。', 'Halmuu→哈尔穆'],
  ])('%s', rendersAs);
});

describe("a dateline's 电", () => {
  // 电 "dispatch" before the dateline's dash is no syllable of the place (a d sounds like dian).
  it.each([['MYRNOHRAD — Miners returned to work on Monday, the company said.', '米尔诺赫勒电——公司表示，矿工已于周一复工。', ['MYRNOHRAD→米尔诺赫勒']]])('%s', rendersOnly);
});

describe('a station named "Radio …"', () => {
  it.each([
    ['She denied the charges through her lawyer on Radio Višegrad.', '她通过律师在维舍格勒电台否认了指控。', 'Radio Višegrad→维舍格勒电台'],
    ['The mayor told Radio Gunib and the daily Kavkazsky Vestnik that roads were closed.', '市长对古尼布电台和《高加索通报》表示，道路已封闭。', 'Radio Gunib→古尼布电台'],
  ])('%s', rendersAs);

  it('is never a bare run (斐济 of Radio Fiji)', () => {
    expect(rendered('The chairman told Radio Fiji that 700 people depend on the plant.', '主席对斐济一台说，约有700人依靠该厂为生。').filter((l) => l.startsWith('Radio Fiji'))).not.toContain('Radio Fiji→斐济');
  });

  it('leaves the paper to the other name when the other is a station', () => {
    const links = rendered(
      'The award, first reported by the Rotterdams Havenblad, is contested by a rival, whose spokeswoman told Radio Zeeland-Vlaanderen the tender was flawed.',
      '据《鹿特丹港口报》最先报道，一家竞争对手正对这一授标提出异议，该公司女发言人对泽兰-佛兰德电台说，招标存在缺陷。',
    );
    expect(links).toContain('Rotterdams Havenblad→《鹿特丹港口报》');
  });
});

describe('a country and a bare kind of organisation', () => {
  it('is a description, not the club left for position (摩洛哥俱乐部 "a Moroccan club")', () => {
    const links = rendered(
      'He signed with Moroccan club Raja Tanger Athletic, the federation said.',
      '联合会表示，他已与摩洛哥俱乐部丹吉尔拉贾竞技队签约。',
    );
    expect(links.filter((l) => l.endsWith('摩洛哥俱乐部'))).toEqual([]);
  });

  it('names the bank of a country (加纳银行 for the Bank of Ghana)', () => {
    expect(rendered('The Bank of Ghana raised its rate.', '加纳银行上调了利率。')).toContain('Bank of Ghana→加纳银行');
  });
});

describe("a paper named after a place is not the place's rendering", () => {
  it('leaves 《特鲁埃尔日报》 to the Diario de Teruel and gives Teruel its name alone', () => {
    const links = rendered(
      'TERUEL — Farmers in Teruel protested on Monday, the newspaper Diario de Teruel reported.',
      '特鲁埃尔电——据《特鲁埃尔日报》报道，特鲁埃尔的农民周一举行抗议。',
    );
    expect(links.filter((l) => l.includes('日报') && !l.startsWith('Diario'))).toEqual([]);
    expect(links).toContain('Teruel→特鲁埃尔');
  });
});

describe('a part of a run after a function word or a country it opens with', () => {
  // 在 opens the run (滞留在|比尔甘杰), a dateline's country the next (新西兰|陶朗加电): the name
  // after either is a whole part, and its last syllable (杰, 加) is not dropped.
  it.each([
    ['Trucks are stuck at Birgunj, officials said.', '官员说，卡车滞留在比尔甘杰。', 'Birgunj→比尔甘杰'],
    ['TAURANGA, New Zealand — The port agreed to pay.', '新西兰陶朗加电——港口同意出资。', 'TAURANGA→陶朗加'],
    // Not a country inside a name: 马里 (Mali) of 马里奇 for Marić.
    [
      'Co-defendant Slavica Vukojević-Marić, an official of the Ministry of Energy, Mining and Industry, denied the charges through her lawyer on Radio Višegrad.',
      '共同被告、能源、矿业和工业部官员斯拉维察·武科耶维奇-马里奇通过律师在维舍格勒电台否认了指控。',
      'Slavica Vukojević-Marić→斯拉维察·武科耶维奇-马里奇',
    ],
  ])('%s', rendersAs);
});

describe("a language's name across a word of the sentence", () => {
  // 伊博 (Igbo) is a language ICU names; in 瓦利扎伊博士 its 博 opens 博士 ("doctor").
  it.each([['Health official Dr. Nadia Karimzai told Aaj News so.', '卫生官员纳迪娅·卡里姆扎伊博士对今日新闻台这样表示。', 'Nadia Karimzai→纳迪娅·卡里姆扎伊']])('%s', rendersAs);
});

describe('a division word between two names', () => {
  it('starts no rendering', () => {
    const got = rendered('The plant in Cilegon, Banten, will close.', '位于万丹省芝勒贡的电厂将关闭。');
    expect(got.filter((r) => /→[省州县郡市区]/u.test(r))).toEqual([]);
  });
});

// "Name (ACR)": the name is rendered by the gloss the acronym has; a name without "and" has no
// 与 in its rendering, so a 与 before it belongs to the sentence.
describe('a nasal before a consonant that Chinese does not write', () => {
  it.each([
    ['The Kusile power station in Mpumalanga was running at full capacity.', '普马兰加省的库西莱电站正在满负荷运行。', 'Mpumalanga→普马兰加'],
    // As it does write it, 姆 or 恩.
    ['The market in Mbale reopened.', '姆巴莱的市场重新开放。', 'Mbale→姆巴莱'],
  ])('%s', rendersAs);
});

describe("a range's 山 and a river's mouth", () => {
  it.each([
    // A river of two words is a place found by its sound and its 河.
    ['The spill reached the Belle Fourche River on Monday.', '泄漏物周一流入贝尔富什河。', 'Belle Fourche River→贝尔富什河'],
    ['They moved to the foot of the Rwenzori Mountains.', '他们搬到了鲁文佐里山脚下。', 'Rwenzori Mountains→鲁文佐里山'],
    ['Flamingos feed near the mouth of the Vjosa River.', '火烈鸟在维约萨河口附近觅食。', 'Vjosa River→维约萨河'],
  ])('%s', rendersAs);
});

describe("a unit's number after the name", () => {
  it.each([
    ['Power from Estlink 2 resumed on Friday.', 'Estlink 2的输电于周五恢复。', 'Estlink 2→Estlink 2'],
    ['Work on Arun-3 resumed.', '阿伦三级的工程恢复了。', 'Arun-3→阿伦三级'],
    ['Work on Angra 3 resumed in May.', '安格拉3号机组的工程于5月恢复。', 'Angra 3→安格拉3号机组'],
    ['The Tianwen-2 probe is on course.', '天问二号探测器正按计划飞行。', 'Tianwen-2→天问二号'],
    // Not written after the rendering: the rendering as it is.
    ['Work on Angra 3 resumed in May.', '安格拉核电站的工程于5月恢复。', 'Angra 3→安格拉'],
  ])('%s', rendersAs);

  it('takes no other number after the rendering', () => {
    expect(rendered('Work on Angra 3 resumed in May.', '安格拉2号机组的工程于5月恢复。')).not.toContain('Angra 3→安格拉2号机组');
  });
});

describe('a name and its acronym in brackets', () => {
  it.each([
    // A place whose transliteration holds a stop word (拉各斯: 各 "each") is not cut there, as
    // ICU's segmentation shows; one a word of the sentence ends before (依据 "according to") is.
    [
      'The Lagos State Waste Management Authority (LAWMA) said collections would resume.',
      '拉各斯州废物管理局（LAWMA）表示，垃圾收集将恢复。',
      ['Lagos State Waste Management Authority→拉各斯州废物管理局', 'LAWMA→拉各斯州废物管理局'],
    ],
    [
      'Water supplies fell, according to the Karachi Port Trust (KPT).',
      '依据卡拉奇港务局（KPT）的数据，供水减少。',
      ['Karachi Port Trust→卡拉奇港务局', 'KPT→卡拉奇港务局'],
    ],
    // A list in the name: its items before 、, as many as the English has commas.
    [
      'The Directorate-General for Mines, Energy and Water (DGMEW) said output fell.',
      '矿业、能源和水利总局（DGMEW）表示，产量下降。',
      ['Directorate-General for Mines, Energy and Water→矿业、能源和水利总局', 'DGMEW→矿业、能源和水利总局'],
    ],
    // A trade noun (出口商 "exporters") that only a head follows, or a conjunction, is the name's.
    [
      'The Kenya Fish Exporters Association (KFEA) said prices fell.',
      '肯尼亚鱼类出口商协会（KFEA）表示，价格下跌。',
      ['Kenya Fish Exporters Association→肯尼亚鱼类出口商协会', 'KFEA→肯尼亚鱼类出口商协会'],
    ],
    [
      'The Lanka Garment Makers and Exporters Association (LGMEA) said orders fell.',
      '斯里兰卡服装制造商和出口商协会（LGMEA）表示，订单减少。',
      ['Lanka Garment Makers and Exporters Association→斯里兰卡服装制造商和出口商协会', 'LGMEA→斯里兰卡服装制造商和出口商协会'],
    ],
    [
      'The Tennessee Valley Authority (TVA) said a cold snap had pushed demand to a record.',
      '田纳西河谷管理局（TVA）表示，一股寒潮使用电需求创下历史新高。',
      ['Tennessee Valley Authority→田纳西河谷管理局', 'TVA→田纳西河谷管理局'],
    ],
    [
      'He said talks with the Rapid Support Forces (RSF) would not resume.',
      '他表示，不会恢复与快速支援部队（RSF）的谈判。',
      ['Rapid Support Forces→快速支援部队', 'RSF→快速支援部队'],
    ],
    // A National body keeps the 国家 of its name.
    [
      'The National Seed Corporation (NASECO) said prices would rise.',
      '国家种子公司（NASECO）表示，价格将上涨。',
      ['National Seed Corporation→国家种子公司', 'NASECO→国家种子公司'],
    ],
    // ...and so does any body whose own word the modifier means (Independent → 独立).
    [
      'The Independent Fuel Importers (IFIM) said prices would fall.',
      '独立燃料进口商协会（IFIM）表示，价格将下降。',
      ['Independent Fuel Importers→独立燃料进口商协会', 'IFIM→独立燃料进口商协会'],
    ],
    // A two-letter acronym is as often a common noun: not the organisation left over by position.
    [
      'For a nationalist TV and radio personality, Kazakhstan had lost faith in the Collective Security Treaty Organization (CSTO), the military bloc.',
      '对于一位民族主义电视和广播名人来说，哈萨克斯坦已对集体安全条约组织（CSTO）这个军事集团失去了信心。',
      ['Collective Security Treaty Organization→集体安全条约组织', 'CSTO→集体安全条约组织'],
    ],
    // A country's possessive before the name is no part of it, whatever the acronym's letters (Latvian ones here).
    [
      "RIGA — Latvia's Constitution Protection Bureau (SAB) detained a city councillor on Friday.",
      '里加电——拉脱维亚宪法保护局（SAB）周五拘留了一名市议员。',
      ['RIGA→里加', 'Constitution Protection Bureau→拉脱维亚宪法保护局', 'SAB→拉脱维亚宪法保护局'],
    ],
    // The country an organisation is named after opens its Chinese name: what comes before it is the sentence's.
    [
      'Three candidates have been shortlisted to head the Malawi Electric Corporation (MEC), the daily reported.',
      '据该日报报道，三名候选人已入围马拉维电力公司（MEC）总裁人选。',
      ['Malawi Electric Corporation→马拉维电力公司', 'MEC→马拉维电力公司'],
    ],
    [
      'The regulator has summoned officials of the National Grid Corporation of the Philippines (NGCP) over the blackout.',
      '监管机构已传唤菲律宾国家电网公司（NGCP）的官员，要求就停电作出说明。',
      ['NGCP→菲律宾国家电网公司', 'National Grid Corporation of the Philippines→菲律宾国家电网公司'],
    ],
    [
      'The grid operator Georgian State Electrosystem (GSE) said power would be imported.',
      '电网运营商格鲁吉亚国家电力系统公司（GSE）表示，将进口电力。',
      ['Georgian State Electrosystem→格鲁吉亚国家电力系统公司', 'GSE→格鲁吉亚国家电力系统公司'],
    ],
    // 那 ends many a transliteration (亚利桑那, 那不勒斯 opens one): it is no stop word there.
    [
      'Arizona Public Service (APS) asked the regulator.',
      '亚利桑那公共服务公司（APS）已向监管机构提出申请。',
      ['Arizona Public Service→亚利桑那公共服务公司', 'APS→亚利桑那公共服务公司'],
    ],
    // Nor is 及 when it ends 埃及 (Egypt).
    [
      'The Egyptian Natural Gas Holding Company (EGAS) will receive three cargoes.',
      '埃及天然气控股公司（EGAS）将接收三船货物。',
      ['Egyptian Natural Gas Holding Company→埃及天然气控股公司', 'EGAS→埃及天然气控股公司'],
    ],
    // Nor 其 where it ends 土耳其 (Turkey): the gloss of an acronym the English does not expand.
    [
      'BOTAŞ deputy general manager Zeynep Demir told the broadcaster on Wednesday.',
      '土耳其国家石油管道公司（BOTAŞ）副总经理泽伊内普·德米尔周三对该台表示。',
      ['BOTAŞ→土耳其国家石油管道公司', 'Zeynep Demir→泽伊内普·德米尔'],
    ],
    // The name's first word kept in Latin before the gloss is the acronym's rendering too.
    [
      'PTT Global Chemical (GC) will shut a cracker in June.',
      'PTT全球化学公司（GC）将于6月关闭一套裂解装置。',
      ['PTT Global Chemical→PTT全球化学公司', 'GC→PTT全球化学公司'],
    ],
    // A translation that writes the name once and drops the acronym renders both by it, unless
    // it brackets a short form of its own.
    ['Marine Le Pen told Agence France-Presse (AFP) that she would vote no.', '玛丽娜·勒庞对法新社表示，她将投反对票。', ['Marine Le Pen→玛丽娜·勒庞', 'Agence France-Presse→法新社', 'AFP→法新社']],
    ['The Asian Development Bank (ADB) lent the money.', '亚洲开发银行（亚行）提供了贷款。', ['Asian Development Bank→亚洲开发银行']],
    // Nor a day, a "to" or a description ending in 运营商 "operator" before the name.
    [
      'The operator signed a deal with South Korea\'s Korea Gas Corporation (KOGAS) on Monday.',
      '该运营商周一与韩国天然气公社（KOGAS）签署了协议。',
      ['Korea Gas Corporation→韩国天然气公社', 'KOGAS→韩国天然气公社'],
    ],
    [
      'Drilling will wait until the National Environmental Licensing Authority (ANLA) completes its review.',
      '钻探工作将推迟到国家环境许可局（ANLA）完成审查之后。',
      ['National Environmental Licensing Authority→国家环境许可局', 'ANLA→国家环境许可局'],
    ],
    // An outlet word inside the name does not end a description when only an outlet word would be left (新频道|电视台).
    [
      'The director told the broadcaster Nouvelle Chaîne Ivoirienne (NCI) that prices would rise.',
      '总干事对科特迪瓦新频道电视台（NCI）表示，价格将上涨。',
      ['Nouvelle Chaîne Ivoirienne→科特迪瓦新频道电视台', 'NCI→科特迪瓦新频道电视台'],
    ],
    // Nor does a time or a "via" before a name belong to it.
    [
      'Exports through the Trans Adriatic Pipeline (TAP) rose 9% in the first quarter.',
      '第一季度经跨亚得里亚海管道（TAP）输出的天然气增长9%。',
      ['Trans Adriatic Pipeline→跨亚得里亚海管道', 'TAP→跨亚得里亚海管道'],
    ],
  ])('%s', (en, zh, want) => {
    expect(rendered(en, zh).sort()).toEqual(want.sort());
  });
});

// An outlet's rendering is the whole title the dictionary's name is the core of, and takes the
// Latin word the English name starts with when the Chinese writes it right before.
describe('the whole outlet', () => {
  it.each([
    ['Premier Jeremy Rockliff told the Mercury newspaper that the stadium would go ahead.', '州长杰里米·罗克利夫对《水星报》表示，体育场项目将继续推进。', 'Mercury→《水星报》'],
    ['Party leader Rhun ap Iorwerth told BBC Radio Wales that the party would scrap the limit.', '党领袖鲁恩·阿普约沃思对BBC威尔士电台表示，该党将取消限速。', 'BBC Radio Wales→BBC威尔士电台'],
    // The outlet word after a name written in Chinese; a name left in Latin is the Latin alone.
    ['Prices rose, the news agency WAFA reported.', '据瓦法通讯社报道，价格上涨。', 'WAFA→瓦法通讯社'],
    ['Prices rose, the news agency APA reported.', '据APA通讯社报道，价格上涨。', 'APA→APA'],
    // So does a name spoken to.
    ['The minister told The Hindu in Hyderabad that growth would pick up.', '部长在海得拉巴对《印度教徒报》表示，经济增长将会加快。', 'Hindu→《印度教徒报》'],
    // An organisation's name no cue makes an outlet takes the whole title its dictionary part stands in.
    ['Raymond Holloway told the Arizona Republic that the plant would run.', '雷蒙德·霍洛韦对《亚利桑那共和报》表示，该电站将继续运行。', 'Arizona Republic→《亚利桑那共和报》'],
    // A name spoken to takes the outlet word the Chinese writes after it.
    ['The spokesman told Lusa that power was back.', '发言人对卢萨社表示，电力已恢复。', 'Lusa→卢萨社'],
    // 台 right after a name, a word of its own, makes it a channel's though the English does not say so.
    ['Vondráček told Bally Sports that his father had flown in.', '冯德拉切克对Bally体育台表示，他的父亲专程飞来。', 'Bally Sports→Bally体育台'],
    ['Rain hit Wenzhou before the typhoon arrived.', '温州台风来临前下起了雨。', 'Wenzhou→温州'],
  ])('%s', rendersAs);
});

// Countries as news writes them: a possessive before an organisation, and a straight apostrophe
// (ICU's Côte d’Ivoire), which is no name to link.
describe('countries as news writes them', () => {
  it.each([
    // A country's possessive before a name is no part of it when the acronym after it has the name's initials (in Spanish order).
    ["Honduras' National Electoral Council (CNE) will recount the ballots.", '洪都拉斯全国选举委员会（CNE）将重新计票。', ['National Electoral Council→洪都拉斯全国选举委员会', 'CNE→洪都拉斯全国选举委员会']],
    ["Exports through San-Pédro, Côte d'Ivoire's second port, rose.", '科特迪瓦第二大港圣佩德罗港的出口增长。', ['San-Pédro→圣佩德罗']],
  ])('%s', rendersOnly);
});

// A person's initials stay in Latin with their dots, before the name or inside it, and a senior is
// 老 as a junior is 小; none of these is heard in the characters.
describe('initials, juniors and seniors', () => {
  it.each([
    // A junior's 小, and his Jr. keeps its dot inside a sentence.
    ['President Ferdinand Marcos Jr. visited Cebu after the earthquake.', '总统小费迪南德·马科斯在地震发生后视察了宿务。', 'Ferdinand Marcos Jr.→小费迪南德·马科斯'],
    // A Portuguese junior, Filho, is 小 before the name too, or 菲略 by its sound.
    ['“We have waited,” said José Raimundo dos Santos Filho.', '“我们一直在等，”小若泽·雷蒙多·多斯桑托斯说。', 'José Raimundo dos Santos Filho→小若泽·雷蒙多·多斯桑托斯'],
    ['Luiz Otávio Scarpelli Filho said so.', '路易斯·奥塔维奥·斯卡尔佩利·菲略这样说。', 'Luiz Otávio Scarpelli Filho→路易斯·奥塔维奥·斯卡尔佩利·菲略'],
    ['The plant restarted on Tuesday, spokesman A. B. Olatunji-Bello said.', '发言人A·B·奥拉通吉-贝洛表示，该厂已于周二重启。', 'A. B. Olatunji-Bello→A·B·奥拉通吉-贝洛'],
    ['Chief officer M. Sowmya Kulkarni said on Friday that trains would run.', '首席官员M·苏米娅·库尔卡尼周五表示，列车将照常运行。', 'M. Sowmya Kulkarni→M·苏米娅·库尔卡尼'],
    ['Analyst Kevin T. Mulrooney said supply would tighten.', '分析师凯文·T·马尔鲁尼说，供应将收紧。', 'Kevin T. Mulrooney→凯文·T·马尔鲁尼'],
    ['Mayor J. R. Haskins Jr. said the yard would reopen.', '市长小J·R·哈斯金斯说，编组站将重新开放。', 'J. R. Haskins Jr.→小J·R·哈斯金斯'],
    ['Team founder Rubén Orozco Sr. watched from the stands.', '球队创始人老鲁本·奥罗斯科在看台上观战。', 'Rubén Orozco Sr.→老鲁本·奥罗斯科'],
    // A given name's abbreviation is sought as the whole name Chinese writes (Md. for Mohammad).
    ['Owner Md. Karimul Haque Bhuiyan said the mill would reopen.', '老板穆罕默德·卡里穆尔·哈克·布伊扬表示，工厂将重新开工。', 'Md. Karimul Haque Bhuiyan→穆罕默德·卡里穆尔·哈克·布伊扬'],
    // A Roman numeral after a name, in Chinese numerals with 世.
    ['Chairman Harold K. Brantley III said the merger would close.', '董事长哈罗德·K·布兰特利三世表示，合并即将完成。', 'Harold K. Brantley III→哈罗德·K·布兰特利三世'],
    // A surname with its particles is a surname: the full name before it keeps its rendering.
    ['"Ruacana will run at full capacity," said Pieter van der Westhuizen. Van der Westhuizen told reporters so.', '“鲁阿卡纳将满负荷运行，”彼得·范德韦斯特赫伊曾说。范德维斯特惠曾对记者这样表示。', 'Van der Westhuizen→范德维斯特惠曾'],
    ['"Ruacana will run at full capacity," said Pieter van der Westhuizen. Van der Westhuizen told reporters so.', '“鲁阿卡纳将满负荷运行，”彼得·范德韦斯特赫伊曾说。范德维斯特惠曾对记者这样表示。', 'Pieter van der Westhuizen→彼得·范德韦斯特赫伊曾'],
    // A nickname in quotes, with the 小 of a junior.
    ['Secretary Ramon "Bong" Villaruz Jr. said the bridge would reopen.', '部长小拉蒙·“邦”·比利亚鲁斯说，这座桥将重新开放。', 'Ramon "Bong" Villaruz Jr.→小拉蒙·“邦”·比利亚鲁斯'],
    // A nickname translated by its meaning breaks the transliteration in two (鹰 spells a sound
    // too); the surname said alone later takes its own occurrence, not the one inside the full name.
    ['Coach Toni "Der Adler" Hinterseer retired, and Hinterseer thanked fans.', '教练托尼·“鹰”·欣特泽尔宣布退役，欣特泽尔感谢了球迷。', 'Toni "Der Adler" Hinterseer→托尼·“鹰”·欣特泽尔'],
    // Initials the Chinese does not have are not taken from a neighbour.
    ['Officer P. Raman met the N. Das family.', '官员拉曼会见了N·达斯一家。', 'P. Raman→拉曼'],
  ])('%s', rendersAs);
});

// An outlet's Chinese name may carry its country in front (意大利安莎社): the rendering of the
// outlet is what follows, unless the English name itself holds the country or a clipped form
// of it (Ukrinform, 乌克兰国家通讯社), or the Chinese is a country and nothing more.
describe('an outlet named after its country', () => {
  it.each([
    ['The strike was reported by the Italian agency ANSA on Monday.', '意大利安莎社周一报道了这次罢工。', 'ANSA→安莎社'],
    ['The talks will resume, the news agency Ukrinform reported.', '据乌克兰国家通讯社报道，谈判将恢复。', 'Ukrinform→乌克兰国家通讯社'],
  ])('%s', rendersAs);
});

// A Chinese category word after the name (州, 市, 银行 …) belongs to the rendering only when
// the English says it too; a surname alone takes the last part of the full name's rendering;
// a name spoken to is the outlet whose title the Chinese has there.
describe('category words, surnames and outlets by position', () => {
  it.each([
    ['Flooding hit Borno State overnight.', '博尔诺州夜间遭遇洪水。', 'Borno State→博尔诺州'],
    ['The storm reached Dodoma on Sunday.', '风暴周日抵达多多马市。', 'Dodoma→多多马'],
    ['Chancellor Friedrich Merz met the governors, and Merz later told reporters the plan would pass.', '总理弗里德里希·默茨会见了各州州长，默茨随后对记者说，该计划将获得通过。', 'Merz→默茨'],
    ['The central bank governor told Kommersant that rates would stay on hold.', '央行行长对《生意人报》表示，利率将保持不变。', 'Kommersant→《生意人报》'],
    ['The minister resigned, the Podrobno news agency reported.', '据“详情”通讯社报道，这位部长已辞职。', 'Podrobno→“详情”通讯社'],
    ['The talks ended, Jornal Nacional reported.', '据《国家新闻报》报道，会谈已经结束。', 'Jornal Nacional→《国家新闻报》'],
    // An outlet found as a part of a title is the whole title.
    ['The plan failed, Sonora Hoy reported.', '据《今日索诺拉报》报道，该计划失败了。', 'Sonora Hoy→《今日索诺拉报》'],
    // An organisation translated by meaning: the one left on each side. Its country is part of
    // its name, unless the English country stands before it as a word of its own.
    // A national outlet translated by meaning keeps its country; a country before nothing but
    // the outlet's own kind is the name (比利时广播电视台).
    ['The talks ended, Kyodo reported.', '据日本共同社报道，会谈已经结束。', 'Kyodo→日本共同社'],
    ['The vote was delayed, the broadcaster VRT reported.', '据比利时广播电视台报道，投票被推迟。', 'VRT→比利时广播电视台'],
    // Two on each side, told apart by the country English writes before each in the possessive.
    ["Bolivia's YPFB and Argentina's Enarsa signed the gas deal.", '玻利维亚国家石油公司和阿根廷国家能源公司签署了天然气协议。', 'YPFB→玻利维亚国家石油公司'],
    ["Bolivia's YPFB and Argentina's Enarsa signed the gas deal.", '玻利维亚国家石油公司和阿根廷国家能源公司签署了天然气协议。', 'Enarsa→阿根廷国家能源公司'],
    // The end of a title before a name is not the name's.
    ['Prime Minister Mette Frederiksen spoke first.', '首相梅特·弗雷泽里克森首先发言。', 'Mette Frederiksen→梅特·弗雷泽里克森'],
    ['Party chairman Andrej Babiš spoke.', '党主席安德烈·巴比什发表讲话。', 'Andrej Babiš→安德烈·巴比什'],
    // A Chinese surname after an English given name: the surname's character and the given name.
    ["The company's chief executive Michael Zhang said sales rose.", '该公司首席执行官张明表示，销售额有所增长。', 'Michael Zhang→张明'],
    // An outlet's number is part of its name, after a space or a slash.
    ['The minister told Antena 3 that the plan would pass.', '部长对第三天线电视台表示，该计划将获得通过。', 'Antena 3→第三天线电视台'],
    ['The governor told Página/12 that he would run again.', '州长对《12页报》表示，他将再次参选。', 'Página/12→《12页报》'],
    // A category word English puts first, written by its sound before the name; or left out.
    ['The plant near Lake Charles will open.', '莱克查尔斯附近的工厂将开业。', 'Lake Charles→莱克查尔斯'],
    ['Ferries to Cape Breton were cancelled.', '前往开普布雷顿的渡轮被取消。', 'Cape Breton→开普布雷顿'],
    ['Flights to Lake Malawi resumed.', '飞往马拉维湖的航班恢复。', 'Lake Malawi→马拉维湖'],
    ['Ships left Port Hedland on Monday.', '船只周一驶离波特黑德兰。', 'Port Hedland→波特黑德兰'],
    ['Blackouts hit Mount Hagen again.', '芒特哈根再次停电。', 'Mount Hagen→芒特哈根'],
    ['Smoke reached Fort Kentwell on Monday.', '烟雾周一飘到了肯特韦尔堡。', 'Fort Kentwell→肯特韦尔堡'],
    // An organisation's stretch that starts inside a transliteration run starts where the run does.
    ['Lagos State Flood Agency officials said so.', '拉各斯州防洪局官员如是说。', 'Lagos State Flood Agency→拉各斯州防洪局'],
    // ...but not before a function word the run was bridged over: the name before it is another's.
    ['Analyst Kwesi Mensah spoke at the Hollister Institute for Energy Studies.', '分析师奎西·门萨在霍利斯特能源研究所发表讲话。', 'Hollister Institute for Energy Studies→霍利斯特能源研究所'],
    // A place with its category word chooses after the full names, not before them like one.
    ['Lee County Sheriff Wade Tillman said homes near Tupelo were destroyed.', '李县警长韦德·蒂尔曼表示，图珀洛附近的房屋被摧毁。', 'Tupelo→图珀洛'],
    // A name written part for part keeps its last part's extra syllable (邓恩 for Dunn).
    ['Mayor Carla Whitford-Dunn said the roads were closed.', '市长卡拉·惠特福德-邓恩表示，道路已封闭。', 'Carla Whitford-Dunn→卡拉·惠特福德-邓恩'],
    // Nor with an adverb or preposition of the sentence (已, 以).
    ['Fontenot had opened a shelter at the civic centre.', '方特诺已在市民中心开设避难所。', 'Fontenot→方特诺'],
    ['Joan Pemberton-Hale spoke, and Pemberton-Hale said the roads were closed.', '琼·彭伯顿-黑尔发言；彭伯顿-黑尔说道路已封闭。', 'Pemberton-Hale→彭伯顿-黑尔'],
    // A rendering does not end inside a word of the sentence (举行, 打入).
    ['The party will hold a rally in Regensburg on Saturday.', '该党将于周六在雷根斯堡举行集会。', 'Regensburg→雷根斯堡'],
    ['Diego Fuentealba scored the equaliser.', '迭戈·富恩特阿尔瓦打入扳平一球。', 'Diego Fuentealba→迭戈·富恩特阿尔瓦'],
    // A university or museum "of" a place: the place, then the category word.
    ['She studied at the University of Tartu.', '她曾就读于塔尔图大学。', 'University of Tartu→塔尔图大学'],
    ['The Museum of Kotor reopened.', '科托尔博物馆重新开放。', 'Museum of Kotor→科托尔博物馆'],
    // A category word the translation already ends on is not taken again from the title after it.
    ['Port of Kavarna director Ivo Petrov said exports rose.', '卡瓦尔纳港港务总监伊沃·彼得罗夫表示，出口增加了。', 'Port of Kavarna→卡瓦尔纳港'],
    // A municipality's 市政.
    ['Mangaung Municipality said water would return.', '曼高恩市政表示，供水将恢复。', 'Mangaung Municipality→曼高恩市政'],
    // Limited is a company's word.
    ['Uganda Water Limited said supplies would resume.', '乌干达水务公司表示，供水将恢复。', 'Uganda Water Limited→乌干达水务公司'],
    // A unit's number after a hyphen, or with the ordinal word.
    ['Work on the Rogun-2 dam resumed.', '罗贡-2水坝的工程恢复了。', 'Rogun-2→罗贡-2水坝'],
    ['Output at the Sangtuda-2 plant fell.', '桑格图达2号水电站的发电量下降。', 'Sangtuda-2→桑格图达2号水电站'],
    // A Roman numeral written in digits.
    ['NASA rolled the Orvana III rocket out on Monday.', '美国国家航空航天局周一将“奥尔瓦纳3号”火箭推出。', 'Orvana III→奥尔瓦纳3号'],
    // A part of a dotted transliteration is no name in characters (read or pinyin) for the surname alone.
    ['Director Sarita Rai Limbu said so, and Limbu added that exports rose.', '主任萨丽塔·拉伊·林布表示；林布补充说，出口增加了。', 'Sarita Rai Limbu→萨丽塔·拉伊·林布'],
    ['Manager Tavita Rua Gebai said so, and Gebai added that repairs would take weeks.', '经理塔维塔·鲁阿·格拜表示；格拜补充说，维修需要数周。', 'Tavita Rua Gebai→塔维塔·鲁阿·格拜'],
    // A surname alone found short of its end (by a reading, by sound) ends where the full name's rendering of it did.
    ['Director Sreelakshmi Raghunathan Nambiar spoke, and Nambiar said orders came in.', '董事斯里拉克希米·拉古纳坦·楠比亚尔发言；楠比亚尔说，订单已到。', 'Nambiar→楠比亚尔'],
    ['Scientist Hinemoa Tautahi spoke, and Tautahi said farms would face limits.', '科学家希内莫阿·陶塔希发言；陶塔希说，农场将面临限制。', 'Tautahi→陶塔希'],
    // A title Chinese writes after the name (Dr. → 博士) is no part of it, though its characters spell sounds.
    ['Dr. Sylvie Gagnon-Leblanc said the water was safe.', '西尔维·加尼翁-勒布朗博士说，水是安全的。', 'Sylvie Gagnon-Leblanc→西尔维·加尼翁-勒布朗'],
    // ...and one after its article, written apart (Al Farahi: 法拉, not 法拉希, by its sound alone).
    ['Official Khalid bin Salim Al Farahi spoke, and Al Farahi said the road would open.', '官员哈立德·本·萨利姆·法拉希发言；法拉希谢赫说，道路将开通。', 'Al Farahi→法拉希'],
    // ...a hyphenated surname too, by the whole of it.
    ['Manager Tamás Fazekas-Kerekes spoke, but Fazekas-Kerekes said an audit found none.', '经理陶马什·福泽考什-凯雷凯什发言，但福泽考什-凯雷凯什说，一项审计没有发现风险。', 'Fazekas-Kerekes→福泽考什-凯雷凯什'],
    // A Chinese, Korean or Vietnamese name that English shortens and Chinese repeats whole.
    ['Judge Choi Min-ji fined the firm, and Choi said checks were skipped.', '法官崔敏智对该公司处以罚款；崔敏智说，检查被省略了。', 'Choi→崔敏智'],
    ['Vice-mayor Zhou Jianhua spoke, and Zhou said the line would open soon.', '副市长周建华发表讲话；周建华说，该线路将很快开通。', 'Zhou→周建华'],
    ['Official Trần Văn Khải said so, and Khải added that rice was at risk.', '官员陈文凯表示；陈文凯补充说，水稻受到威胁。', 'Khải→陈文凯'],
    // The English "and" is the conjunction the Chinese stretch stopped at.
    ['Scientists at the Lake Victoria Water and Sanitation Institute warned of algae.', '维多利亚湖水资源与卫生研究所的科学家对藻类发出警告。', 'Lake Victoria Water and Sanitation Institute→维多利亚湖水资源与卫生研究所'],
    // A stretch paired by position that a trade noun cut at a word of ICU's does not go back to
    // the start of the run that took the noun in (汤加开发商|哈派…).
    ["Tongan developer Ha'apai Lā Power Ltd. will build the plant.", '汤加开发商哈派太阳电力有限公司将建设该电站。', "Ha'apai Lā Power Ltd.→哈派太阳电力有限公司"],
    // And the English list's commas are its 、.
    ['The Ministry of Mines, Water and Energy said exports rose.', '矿业、水利和能源部表示，出口增加。', 'Ministry of Mines, Water and Energy→矿业、水利和能源部'],
    // A country inside the stretch starts the name: what stands before it describes it.
    ['Shares of the lender Rabobank fell.', '贷款机构荷兰合作银行的股价下跌。', 'Rabobank→荷兰合作银行'],
    // A place that bears a language's name (威尔士 of 威尔士语, 车臣 of 车臣语) is no country of ICU's.
    ['He moved to Wales last year.', '他去年搬到了威尔士。', 'Wales→威尔士'],
    ['Fighting resumed in Chechnya.', '车臣再次爆发战斗。', 'Chechnya→车臣'],
    // Also where no run holds it (信 is not in the set).
    ['The Sindh government said so.', '信德省政府表示。', 'Sindh→信德'],
    // A coda 尔 after a dictionary form belongs to it.
    ['He flew to Bristol on Monday.', '他周一飞往布里斯托尔。', 'Bristol→布里斯托尔'],
    ['Shares in NIBC fell after the ruling.', '裁决公布后，荷兰投资银行的股价下跌。', 'NIBC→荷兰投资银行'],
    ['A spokesman for the Dutch Finance Ministry declined to comment.', '荷兰财政部发言人拒绝置评。', 'Finance Ministry→财政部'],
  ])('%s', rendersAs);

  it.each([
    // 市长 is "mayor": the city's name does not take its 市.
    ['Puebla City Mayor Pepe Chedraui opened the market.', '普埃布拉城市长佩佩·切德拉维为市场揭幕。', /→普埃布拉城市$/],
    // Without a full name before it there is nothing to take a surname from; a short name alone is not found by sound.
    ['Merz later told reporters the plan would pass.', '默茨随后对记者说，该计划将获得通过。', /^Merz→/],
    // Words that are translated, not transliterated, are not matched by sound (创历 is not Channel).
    ['The strike was reported by Channel 12 on Monday.', '周一，创历频道报道了这次罢工。', /^Channel 12→创历$/],
    // A country and translated words are a name by meaning, not matched by sound (苏丹港 is not the Sudan Tribune).
    ['The army left Port Sudan, the Sudan Tribune reported.', '据《苏丹论坛报》报道，军队已撤离苏丹港。', /^Sudan Tribune→苏丹港$/],
    // An acronym is not taken for the outlet left in the Chinese.
    ['Work on NEOM was slowed, the minister said.', '部长对沙特新闻频道表示，新未来城的工程已放缓。', /^NEOM→/],
    // An island is a place, not the organisation left in the Chinese.
    ['Tankers left Kharg Island, the ministry said.', '伊朗石油部说，油轮已离开该岛。', /^Kharg Island→/],
    // A surname written by sound stays the transliteration's, not a Chinese surname's.
    ['Anna Huang visited the Yellow River on Sunday.', '安娜·黄周日参观了黄河。', /^Anna Huang→黄河$/],
    // A sound stretch ends on the category word the English has, not past it (经 of 库尔德地区经基尔库克 is "via").
    ['Oil exports from the Kurdistan Region through the Kirkuk–Ceyhan pipeline resumed.', '库尔德地区经基尔库克—杰伊汉管道的石油出口已经恢复。', /地区经/],
    // Nor over the end of a title (言人 of 发言人).
    ['A spokeswoman for the operator, Halyna Marchenko, said crews were working.', '该运营商发言人加琳娜·马尔琴科表示，抢修人员正在工作。', /→言人/],
    // A name in characters starts or ends where a word does: not 一财 across 第一|财经.
    ['Sales of the phone rose, Yicai reported.', '据第一财经报道，这款手机的销量上升。', /^Yicai→一财$/],
    // A name of two words is not one character (海 of 海波因特 for Hay Point).
    ['Coal left Hay Point in March.', '3月，煤炭经海波因特港运出。', /^Hay Point→海$/],
    // A single word may as well be a place: it is not paired with an organisation so, unless the
    // organisation's translation opens with a country (below: a coined company name).
    ['Shares in Rabobank fell after the ruling.', '裁决公布后，合作银行的股价下跌。', /^Rabobank→/],
    // Two organisations left on one side: which is which is not known, so neither is linked.
    ['Rabobank and ING both raised rates.', '荷兰合作银行和荷兰国际集团都上调了利率。', /→/],
    // 并网 is "connected to the grid", not a website.
    ['The plant will be connected to the grid this month, the Dunyo agency said.', '据报道，该电站将于本月并网发电。', /本月并网/],
  ])('not: %s', (en, zh, never) => {
    expect(rendered(en, zh).filter((r) => never.test(r))).toEqual([]);
  });
});

// A name that opens with a country and ends in a category word: the country's Chinese name, the
// words between translated, and the category word; a country's district is no such name.
describe("a translated name against the link's other names", () => {
  it.each([
    // It starts at the place the English name opens with, not on the verb before it.
    ['CHEYENNE, Wyoming — The ranchers sued the Wyoming Department of Environmental Quality over a pipeline permit, lawyer Ana Ruiz said in Casper.', '怀俄明州夏延电——律师安娜·鲁伊斯在卡斯珀说，牧场主就一份管道许可证起诉怀俄明州环境质量部。', 'Wyoming Department of Environmental Quality→怀俄明州环境质量部'],
    // A place the English names on its own ("Seville's …") is not the name's; its acronym follows the name.
    ["SEVILLE — Seville's Metropolitan Transport Consortium (CTM) raised fares, its director Ana Ruiz said.", '塞维利亚电——塞维利亚大都会交通联合体（CTM）负责人安娜·鲁伊斯说，该机构上调了票价。', 'Metropolitan Transport Consortium→大都会交通联合体'],
    ["SEVILLE — Seville's Metropolitan Transport Consortium (CTM) raised fares, its director Ana Ruiz said.", '塞维利亚电——塞维利亚大都会交通联合体（CTM）负责人安娜·鲁伊斯说，该机构上调了票价。', 'CTM→大都会交通联合体'],
    // A title's marks stay: the place starts the name inside them.
    ['CHEYENNE, Wyoming — Ranchers will seek changes, lawyer Ana Ruiz told the Wyoming Independent.', '怀俄明州夏延电——律师安娜·鲁伊斯对《怀俄明独立报》表示，牧场主将寻求修改。', 'Wyoming Independent→《怀俄明独立报》'],
  ])('%s', rendersAs);
});

describe('a name that opens with a country', () => {
  it.each([
    ['Zambia Airways resumed flights to Ndola on Monday.', '赞比亚航空公司周一恢复了飞往恩多拉的航班。', 'Zambia Airways→赞比亚航空公司'],
    ['Mongolia Development Bank said its bonds had sold out.', '蒙古开发银行表示，其债券已售罄。', 'Mongolia Development Bank→蒙古开发银行'],
    // The sound link stops before the category word the English name has (机场, not 机).
    ['The metro will be extended to Karaboğa Airport next year.', '地铁明年将延伸至卡拉博阿机场。', 'Karaboğa Airport→卡拉博阿机场'],
    // The category word the English has, right after a stretch, tells the name from a word of the sentence (可通行).
    ['Water levels in Gatun Lake recovered enough to allow 36 transits.', '加通湖水位已回升至每天可通行36艘船的水平。', 'Gatun Lake→加通湖'],
  ])('%s', rendersAs);

  it('leaves a pointer to an airline named before to its name', () => {
    const got = rendered('Sky Lanka Airways said on Monday that the airline would add flights.', '斯里兰卡天空航空周一表示，该航空公司将增开航班。');
    expect(got.some((r) => r.endsWith('→航空公司'))).toBe(false);
  });
});

// Outlets translated by meaning, paired by position: a title whose last word is also an ordinary
// word's (公报), the title rather than the description before it, and a place's name outside the
// title that holds it.
describe('an outlet by position', () => {
  it.each([
    ['The deal was signed on Monday, the Morning Ledger reported.', '据《晨间公报》报道，协议已于周一签署。', 'Morning Ledger→《晨间公报》'],
    ['Talks resumed, the business daily The Evening Courier reported.', '据商业日报《晚间信使报》报道，谈判已恢复。', 'Evening Courier→《晚间信使报》'],
    // The name kept in Latin, the outlet word translated.
    ['Polls closed at six, KTN News reported.', '据KTN新闻台报道，投票于六点结束。', 'KTN News→KTN新闻台'],
    // Of two outlets on each side, the paper is the paper (a title or …报) and the other the other.
    ['The line reopened on Monday, spokesman Reto Vogel told SRF, while the Berner Zeitung said repairs had cost 20 million francs.', '发言人雷托·福格尔对瑞士德语广播电视台表示，该线路周一重新开放。《伯尔尼报》称，修复费用达2000万瑞士法郎。', 'SRF→瑞士德语广播电视台'],
    // A public broadcaster's acronym, translated by meaning with its country.
    ['Three board members were named, the public broadcaster SABC reported.', '据南非广播公司报道，三名董事会成员获得任命。', 'SABC→南非广播公司'],
    // A channel's number ends the name the outlet word follows.
    ['The terminal will open in May, Kavkasia 3 reported.', '据卡夫卡西亚3电视台报道，码头将于5月开放。', 'Kavkasia 3→卡夫卡西亚3电视台'],
    // Two names joined by "and", outlets by what the sentence says of them, and two outlets joined by 和: in order.
    ['Port chairman Ali Khan told Dainik Alo and The Daily Ledger that volumes doubled.', '港务局主席阿里·汗对《每日光明报》和《每日账簿报》表示，吞吐量翻了一番。', 'The Daily Ledger→《每日账簿报》'],
    ['The jets will be built in Mirabel, La Voix Laurentienne and TQS Nouvelles reported.', '据《洛朗之声报》和TQS新闻台报道，这些飞机将在米拉贝尔制造。', 'La Voix Laurentienne→《洛朗之声报》'],
    // Not a transliteration run that sounds a little like it (拉纳斯 of the Lanasca dam).
    ['The Lanasca dam was full, according to the daily La Nación.', '据《民族报》报道，拉纳斯卡水坝已蓄满。', 'La Nación→《民族报》'],
  ])('%s', rendersAs);

  it('does not take a one-character title core for a long name', () => {
    const got = rendered('Pierre Lenoir told Le Soir that growth in Wallonia would stay weak.', '皮埃尔·勒努瓦对《晚报》表示，瓦隆的经济增长仍将疲软。');
    expect(got).not.toContain('Wallonia→《晚报》');
  });

  it('links a place to its name outside the title that holds it', () => {
    const zh = '市长扬·贝里对《不来梅新闻报》表示，不来梅将扩建港口。';
    const names = documentNames({ key: 'd', source: ['Mayor Jan Berg told Bremer Nachrichten that Bremen would expand the port.'], target: [zh], links: [{ src: [0], tgt: [0] }] }, EMPTY_REFERENCE);
    const bremen = names.entities.find((e) => e.forms.includes('Bremen'))!;
    expect(bremen.renderings.flatMap((r) => r.occurrences.map((o) => o.start))).toEqual([zh.lastIndexOf('不来梅')]);
  });
});

// A company's coined name (Romgaz, Ukrnafta): one word of no cue, paired with the one
// organisation stretch left that opens with a country, when nothing else is left to be it.
describe('a coined company name by position', () => {
  it.each([
    ['Output at Varnagaz rose last year, an engineer said.', '一名工程师说，保加利亚天然气公司去年的产量上升。', ['Varnagaz→保加利亚天然气公司']],
    ['Shares in Rabobank fell after the ruling.', '裁决公布后，荷兰合作银行的股价下跌。', ['Rabobank→荷兰合作银行']],
    // A country that ends on a function word's character (及 of 埃及) is still the stretch's.
    ['Egyptian Heritage Revival Board official Mona Saleh said bookings rose.', '埃及遗产复兴局官员莫娜·萨利赫表示，预订量有所增长。', ['Egyptian Heritage Revival Board→埃及遗产复兴局', 'Mona Saleh→莫娜·萨利赫']],
    // An acronym's translation holds the "and" the acronym does not show, unless a country alone stands before it.
    ['INVEMAR geologist Ana Ruiz said the reef was bleaching.', '海洋和海岸研究所地质学家安娜·鲁伊斯表示，珊瑚礁正在白化。', ['INVEMAR→海洋和海岸研究所', 'Ana Ruiz→安娜·鲁伊斯']],
    ['Russia and the ECCAS agreed on Monday.', '俄罗斯和中部非洲国家经济共同体周一达成一致。', ['ECCAS→中部非洲国家经济共同体']],
    // An outlet left over is no organisation the stretch could be.
    ['Crews from Varnagaz were working, a spokeswoman told the TV channel 1+1.', '一名发言人对1+1电视台表示，保加利亚天然气公司的人员正在工作。', ['Varnagaz→保加利亚天然气公司']],
    // One organisation named twice (headline and body) takes the stretch written twice, in turn.
    ['NOVAGAS SIGNS SOLAR DEAL: the plant will be the largest, NOVAGAS vice-president Ali Aliyev said.', '保加利亚天然气公司签署太阳能协议：保加利亚天然气公司副总裁阿里·阿利耶夫表示，该电站将是最大的。', ['NOVAGAS→保加利亚天然气公司', 'NOVAGAS→保加利亚天然气公司', 'Ali Aliyev→阿里·阿利耶夫']],
    // Another name left (a place the Chinese leaves out), a stretch with no country, or none at all.
    ['Varnagaz drilled near Dobrich, an engineer said.', '一名工程师说，保加利亚天然气公司在附近钻探。', []],
    ['Output at Varnagaz rose last year, an engineer said.', '一名工程师说，这家天然气公司去年的产量上升。', []],
    ['Output at Varnagaz rose last year, an engineer said.', '一名工程师说，保加利亚的产量去年上升。', []],
    // An outlet left over may be the stretch: the coined name is not paired then.
    ['Output at Tarvelberg fell, the public broadcaster SABC reported.', '据南非广播公司报道，该厂产量下降。', ['SABC→南非广播公司']],
  ])('%s', rendersOnly);
});

// An organisation left is not paired with a stretch whose country says it renders another name
// (the country English puts before it, or one that another name left holds), nor when the link
// has linked its name already.
describe('an organisation by position: what rules a stretch out', () => {
  it.each([
    ['The plant, built by China\'s TBEA, will burn coal, spokesman Nasim Odil told Asia-Plus.', '由中国特变电工承建的该电厂将燃煤，塔吉克斯坦国家电力公司发言人纳西姆·奥迪尔对亚洲+表示。', ['Nasim Odil→纳西姆·奥迪尔']],
    ['Oil Search Uganda manager Allan Kato said so, according to the Daily Monitor.', '据报道，乌干达石油勘探公司经理艾伦·卡托如是说。', ['Allan Kato→艾伦·卡托']],
    // A name linked once in the link is not paired again with another stretch.
    [
      'A contract was awarded by Kuwait Integrated Petroleum Industries Company (KIPIC) to a group led by Saipem, KIPIC chief Ali Aliyev said.',
      '科威特综合石油工业公司（KIPIC）首席执行官阿里·阿利耶夫表示，该公司将合同授予以塞彭公司牵头的财团。',
      ['KIPIC→科威特综合石油工业公司', 'Kuwait Integrated Petroleum Industries Company→科威特综合石油工业公司', 'Ali Aliyev→阿里·阿利耶夫'],
    ],
    // A match's verb before the stretch (击败 "beat") is the sentence's.
    ['Boca Juniors beat Racing Club 2-1 on Sunday.', '博卡青年队周日以2比1击败竞技俱乐部。', ['Boca Juniors→博卡青年队', 'Racing Club→竞技俱乐部']],
    // One that names the stretch's country itself, or is the only name left, is.
    ['Bank of Uganda governor Allan Kato said so.', '乌干达中央银行行长艾伦·卡托如是说。', ['Bank of Uganda→乌干达中央银行', 'Allan Kato→艾伦·卡托']],
  ])('%s', rendersOnly);
});

// What the English says the thing is, in lower case after the name, Chinese writes after the
// name as part of it, with the words it puts before the category word.
describe('a category word after the name in lower case', () => {
  it.each([
    ['Work at the Tarvanka mine stopped on Monday.', '塔尔万卡钻石矿的工作周一停止。', ['Tarvanka→塔尔万卡钻石矿']],
    ['Repairs at the Selvana spring pumping station ended.', '塞尔瓦纳泉水泵站的维修已结束。', ['Selvana→塞尔瓦纳泉']],
    ['Ships crossed the Halvik strait at night.', '船只在夜间穿越哈尔维克海峡。', ['Halvik→哈尔维克海峡']],
    // Plants, mills, smelters, yards and coal mines: 厂 and its kinds, 编组站, 煤矿.
    ['The company will idle a furnace at its Tarnow mill.', '该公司将停用塔尔诺夫钢厂的一座高炉。', ['Tarnow→塔尔诺夫钢厂']],
    ['Power to the Solvik aluminium smelter will be cut.', '对索尔维克铝厂的供电将被削减。', ['Solvik→索尔维克铝厂']],
    ['He visited the Murabek gas processing plant on Thursday.', '他周四视察了穆拉别克天然气处理厂。', ['Murabek→穆拉别克天然气处理厂']],
    ['Switching at the Dorval yard will stop in June.', '多瓦尔编组站的调车作业将于6月停止。', ['Dorval→多瓦尔编组站']],
    ['Work at the Tavrek mine was halted.', '塔夫列克煤矿的作业被叫停。', ['Tavrek→塔夫列克煤矿']],
    // A thing the English says is a yard is not the newspaper named after the town.
    ['Switching at the North Platte yard will stop, an official told the North Platte Telegraph.', '北普拉特编组站的调车作业将停止，一名官员向《北普拉特电讯报》表示。', ['North Platte→北普拉特编组站', 'North Platte Telegraph→《北普拉特电讯报》']],
    // A category word of the name's own (河 for the chhu of Punatsangchhu) is no such word said twice.
    ['The Punatsangchhu-II hydropower plant began operation on Friday.', '普纳昌河二期水电站周五投入商业运行。', ['Punatsangchhu-II→普纳昌河二期水电站']],
    // Read up to the category word: the year after it is the sentence's.
    ['Drilling at the Tarvanka field next year was approved.', '塔尔万卡海上油田明年的钻探已获批准。', ['Tarvanka→塔尔万卡海上油田']],
    // Not an organisation of the place, nor a word of one character between (新 is the English's "new").
    ['The Zadrovo port authority said the berth was closed.', '扎德罗沃港务局表示，该泊位已关闭。', ['Zadrovo→扎德罗沃']],
    ['The new Velsk airport will open in May.', '韦尔斯克新机场将于5月开放。', ['Velsk→韦尔斯克']],
  ])('%s', rendersOnly);
});

// A link's pairs are remembered by all it reads, so a second document with the same sentence pair
// links its own mentions, and one whose mentions differ is linked afresh.
describe('a sentence pair seen in several documents', () => {
  const doc = (source: string[], target: string[]) => ({ key: 'd', source, target, links: source.map((_, i) => ({ src: [i], tgt: [i] })) });
  const linked = (source: string[], target: string[]) =>
    documentNames(doc(source, target), EMPTY_REFERENCE).mentions.map((m) => `${m.text}:${m.linked}`);

  it('links each document’s own mentions', () => {
    const en = 'Mayor Jan Berg told Bremer Nachrichten that Bremen would expand the port.';
    const zh = '市长扬·贝里对《不来梅新闻报》表示，不来梅将扩建港口。';
    expect(linked([en], [zh])).toEqual(['Jan Berg:true', 'Bremer Nachrichten:true', 'Bremen:true']);
    // The same pair in a longer document: other mention objects, the same links.
    expect(linked([en, 'The port opened in 1827.'], [zh, '该港口于1827年启用。'])).toEqual(['Jan Berg:true', 'Bremer Nachrichten:true', 'Bremen:true']);
  });

  it('reads the mentions the rest of the document makes', () => {
    const en = 'Frost met Jan Olsen in Bremen.';
    const zh = '弗罗斯特在不来梅会见了扬·奥尔森。';
    expect(linked([en], [zh])).toEqual(['Frost:true', 'Jan Olsen:true', 'Bremen:true']);
    // "frost" in lower case elsewhere: the opening Frost is no name, and the same pair links the rest only.
    expect(linked([en, 'A frost covered the port.'], [zh, '港口覆盖着一层霜。'])).toEqual(['Jan Olsen:true', 'Bremen:true']);
  });
});
