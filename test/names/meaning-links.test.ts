import { describe, expect, it } from 'vitest';
import { englishMentions } from '../../server/names/english-mentions.ts';
import { meaningEnd, type MeaningWords } from '../../server/names/meaning-match.ts';
import { oneLinkOccurrences } from '../helpers/one-link-names.ts';

// Names translated word by word (meaning-match.ts): each word one of the dictionary's renderings
// of it, in the English order, after a country, the dictionary's name or the sound of the words
// before them.

describe('meaningEnd', () => {
  // Words read one by one; the phrase rows below give a phrase's translation on its first word (`two`).
  const words = (...w: string[][]): MeaningWords => w.map((one) => ({ one, two: [] }));
  it.each([
    // Whole readings, the longest one.
    ['铁路局', 0, words(['铁路', '铁']), false, 2],
    ['太阳金属公司', 0, words(['太阳', '日'], ['金属']), false, 4],
    // One character of neither word between two of them, or first after an anchor.
    ['海岸警卫队', 0, words(['海边', '岸'], ['警卫', '守卫']), false, -1],
    ['海岸警卫队', 0, words(['海边', '岸'], ['警卫', '守卫']), true, 4],
    ['海岸警卫队', 1, words(['海边', '岸'], ['警卫', '守卫']), false, 4],
    ['电力公司', 0, words(['力量', '力']), true, 2],
    ['电力公司', 0, words(['力量', '力']), false, -1],
    // Two characters of neither, a function word, or a word missing: no reading.
    ['太阳的金属', 0, words(['太阳'], ['金属']), false, -1],
    ['太阳系金属', 0, words(['太阳'], ['金属']), false, 5],
    ['太阳系列金属', 0, words(['太阳'], ['金属']), false, -1],
    ['太阳', 0, words(['太阳'], ['金属']), false, -1],
    // A phrase read as one (coast guard → 海警), or its words one by one (海岸 + 警卫).
    ['海警船', 0, [{ one: ['海岸'], two: ['海警'] }, { one: ['警卫'], two: [] }], false, 2],
    ['海岸警卫队', 0, [{ one: ['海岸'], two: ['海警'] }, { one: ['警卫'], two: [] }], false, 4],
    // A phrase's translation is for both its words: not for the first one alone.
    ['海警警卫', 0, [{ one: [], two: ['海警'] }, { one: ['警卫'], two: [] }, { one: ['警卫'], two: [] }], false, 4],
  ])('%s from %i', (text, from, meant, anchored, end) => {
    expect(meaningEnd(text, from, meant, anchored)).toBe(end);
  });
});

const rendered = (en: string, zh: string) => oneLinkOccurrences(en, zh).map((o) => `${o.source.text}→${o.text}`);
/** A table row: a one-link document, and one of the renderings it must give. */
const rendersAs = (en: string, zh: string, want: string) => {
  expect(rendered(en, zh)).toContain(want);
};

describe('names translated word by word', () => {
  it.each([
    // After a country, the dictionary's name, the sound of a name; or all translated.
    ['Trains of Uzbekistan Railways were late on Monday.', '乌兹别克斯坦铁路的列车周一晚点。', 'Uzbekistan Railways→乌兹别克斯坦铁路'],
    ['The board of Vietnam Electricity met on Friday.', '越南电力董事会周五开会。', 'Vietnam Electricity→越南电力'],
    ['Sarawak Energy will build the dam, officials said.', '官员说，沙捞越能源将建造这座大坝。', 'Sarawak Energy→沙捞越能源'],
    ['Production at Sun Metals rose by a fifth.', '太阳金属的产量增长了五分之一。', 'Sun Metals→太阳金属'],
    // A category word translators add belongs to it; an outlet's word too.
    ['Kenya Power raised its tariffs.', '肯尼亚电力公司上调了电价。', 'Kenya Power→肯尼亚电力公司'],
    ['The footage was aired by Sky News on Monday.', '天空新闻台周一播出了这段视频。', 'Sky News→天空新闻台'],
    // A phrase the dictionary glosses as one (art gallery → 美术馆), a British spelling (centre).
    ['The Norlund Art Gallery reopened.', '诺伦德美术馆重新开放。', 'Norlund Art Gallery→诺伦德美术馆'],
    ['Surgeons at Kibosho Medical Centre operated.', '基博肖医疗中心的外科医生做了手术。', 'Kibosho Medical Centre→基博肖医疗中心'],
    // The name first in Chinese where English puts it last, and the translation first where English puts it after.
    ['The flights were cut, Air Tuvalu said.', '图瓦卢航空公司表示，航班被削减。', 'Air Tuvalu→图瓦卢航空公司'],
    ['The decree was published, the newspaper Kenya Today reported.', '据《今日肯尼亚报》报道，该法令已公布。', 'Kenya Today→《今日肯尼亚报》'],
    // A utility's hydro is 水电, wherever it stands in the name.
    ['Hydro Tasmania raised its rates on Monday.', '塔斯马尼亚水电公司周一上调了电价。', 'Hydro Tasmania→塔斯马尼亚水电公司'],
    // A company's legal form as Chinese writes it after the translated name; solar is 太阳能.
    ['Output at Marunga Solar Ltd rose in May.', '马伦加太阳能有限公司5月的产量有所上升。', 'Marunga Solar Ltd→马伦加太阳能有限公司'],
    ['Koruna Rare Metals JSC said exports fell.', '科鲁纳稀有金属股份公司表示出口下降。', 'Koruna Rare Metals JSC→科鲁纳稀有金属股份公司'],
    ['Tavera Energy LLC signed the deal.', '塔韦拉能源有限责任公司签署了协议。', 'Tavera Energy LLC→塔韦拉能源有限责任公司'],
    // A category word as the name's own language writes it.
    ['Tarlan Enerji will build the plant.', '塔尔兰能源将建设这座电厂。', 'Tarlan Enerji→塔尔兰能源'],
    ['Grupo Tavira will build the plant.', '塔维拉集团将建设这座电厂。', 'Grupo Tavira→塔维拉集团'],
    ['Tavira Renewables will build the plant.', '塔维拉可再生能源将建设这座电厂。', 'Tavira Renewables→塔维拉可再生能源'],
    // A legal form of several words is one to the translation.
    ['Tarvo Petroleum Refining Co. Ltd. will open a plant.', '塔尔沃石油炼化有限公司将开设一座工厂。', 'Tarvo Petroleum Refining Co. Ltd.→塔尔沃石油炼化有限公司'],
    // A legal form left out, the name kept in Latin or written by its sound.
    ['Output at Varnak BV fell in May.', 'Varnak 5月的产量下降。', 'Varnak BV→Varnak'],
    ['Output at Varnak Oy fell in May.', '瓦尔纳克公司5月的产量下降。', 'Varnak Oy→瓦尔纳克公司'],
    // An observatory is 天文台, which the dictionary glosses otherwise.
    ['A forecaster at the Dublin Observatory said the storm would pass.', '都柏林天文台一名预报员说，风暴将过境。', 'Dublin Observatory→都柏林天文台'],
    // A regulator is 监管局, a tribunal 法庭, an institution 学会 (the dictionary: 调节器, 审判庭, 机构).
    ['The Varnia Energy Regulator said prices would rise.', '瓦尔尼亚能源监管局表示价格将上涨。', 'Varnia Energy Regulator→瓦尔尼亚能源监管局'],
    ['The Moana Tribunal heard the claim.', '莫阿纳法庭审理了该诉求。', 'Moana Tribunal→莫阿纳法庭'],
    // A works is 厂, which the dictionary glosses as "factory" only.
    ['Ford will idle its Dearborn Truck Plant for two weeks.', '福特将让迪尔伯恩卡车厂停产两周。', 'Dearborn Truck Plant→迪尔伯恩卡车厂'],
    // A world region as ICU writes it, which the country table leaves out.
    ['She asked the Council of Europe and the Bank of Central Asia for help.', '她请求欧洲委员会和中亚银行提供帮助。', 'Council of Europe→欧洲委员会'],
    ['She asked the Council of Europe and the Bank of Central Asia for help.', '她请求欧洲委员会和中亚银行提供帮助。', 'Bank of Central Asia→中亚银行'],
    // An adjective in -ic the dictionary knows by its noun (Islamic → Islam, 伊斯兰).
    ['Candidates of the Islamic Unity Front won in Irbid.', '伊斯兰团结阵线的候选人在伊尔比德获胜。', 'Islamic Unity Front→伊斯兰团结阵线'],
    // Words run together, each with its capital.
    ['Output at KenyaPower fell.', '肯尼亚电力的产量下降。', 'KenyaPower→肯尼亚电力'],
    // Translated words first and the name last in both (Lower Saxony → 下萨克森).
    ['Voters in Lower Silesia went to the polls.', '下西里西亚的选民前往投票。', 'Lower Silesia→下西里西亚'],
    // The name after the translation by its sound, where no table writes it.
    ['Floods hit North Kalamaru overnight.', '洪水夜间袭击了北卡拉马鲁。', 'North Kalamaru→北卡拉马鲁'],
    // …and before the category word the name ends with (大 + 鲁阿哈 + 河).
    ['Turbines on the Great Ruaha River were shut down.', '大鲁阿哈河上的涡轮机被关停。', 'Great Ruaha River→大鲁阿哈河'],
    // The sound part reaches back for a first character the set lacks (木 of 木尔坦).
    ['The Multan Kings won again.', '木尔坦国王队再次获胜。', 'Multan Kings→木尔坦国王队'],
    // A category word of one character ends a reading before the sentence goes on (桌山|附近).
    ['Hikers were rescued near Table Mountain.', '徒步者在桌山附近获救。', 'Table Mountain→桌山'],
    // The words of a glossed phrase one by one (coast guard is 海警 too).
    ['The Philippine Coast Guard said so.', '菲律宾海岸警卫队这样说。', 'Philippine Coast Guard→菲律宾海岸警卫队'],
    // A public body's head as government style writes it (署 for an administration), ending the
    // name before the sentence goes on.
    ['Fishermen and the Central Weather Administration seismologist Lin Mei said so.', '渔民和中央气象署地震学家林美这样说。', 'Central Weather Administration→中央气象署'],
    // The head before "of" last, behind its own modifiers; a start where ICU ends the word before (请求|公共).
    ['Mayor Ana Quispe asked the Ministry of Public Works and the Red Cross for help.', '市长安娜·基斯佩请求公共工程部和红十字会提供帮助。', 'Ministry of Public Works→公共工程部'],
    ['Farmers urged the Federal Ministry of Agriculture and the Grain Board to act.', '农民敦促联邦农业部和粮食局采取行动。', 'Federal Ministry of Agriculture→联邦农业部'],
    // ...also after a name (Lagos + Chamber of Commerce → 拉各斯 + 商会).
    ['Mr. Okonkwo, who heads the Lagos Chamber of Commerce, said tariffs hurt small firms.', '领导拉各斯商会的奥孔科沃先生说，关税伤害了小企业。', 'Lagos Chamber of Commerce→拉各斯商会'],
    // The name's sound reaches back over a first character the set lacks (久 of 久姆里).
    ['Nurses at Gyumri Medical Center went on strike.', '久姆里医疗中心的护士举行罢工。', 'Gyumri Medical Center→久姆里医疗中心'],
    // A first word kept in Latin, the rest translated.
    ['"We expect rain," spokesperson Amir Khan told Geo News.', '发言人阿米尔·汗对Geo新闻表示："我们预计会下雨。"', 'Geo News→Geo新闻'],
    // The Chinese before a bracketed original renders it and the name before the brackets alike.
    ['Selvana Electric Co. (Selco) will build new lines.', '塞尔瓦纳电力公司（Selco）将建设新线路。', 'Selvana Electric Co.→塞尔瓦纳电力公司'],
    ['Selvana Electric Co. (Selco) will build new lines.', '塞尔瓦纳电力公司（Selco）将建设新线路。', 'Selco→塞尔瓦纳电力公司'],
    // A state the dateline shortens (Okla.) is the place the name opens with, not one named apart.
    ['TULSA, Okla. — The Oklahoma Water Resources Board approved the permit.', '俄克拉何马州塔尔萨电——俄克拉何马州水资源委员会批准了该许可。', 'Oklahoma Water Resources Board→俄克拉何马州水资源委员会'],
    // A country the translation adds right before is the name's.
    ['Officials of the Civil Aviation Authority and the Tourism Ministry met.', '阿曼民航局和旅游部的官员举行了会晤。', 'Civil Aviation Authority→阿曼民航局'],
    // ...where nothing is left to pair by position (two Chinese organisations, one English).
    ['Officials of the Civil Aviation Authority and the Tourism Ministry met the Harbour Board.', '阿曼民航局和旅游部的官员会见了港口公司和渔业局的代表。', 'Civil Aviation Authority→阿曼民航局'],
    // Not from a function word standing alone (对|卡杜纳…), but from one that starts a word (和平).
    ['Its chairman told Freedom Radio Kaduna that prices rose.', '该社主席对卡杜纳自由电台说，价格上涨了。', 'Freedom Radio Kaduna→卡杜纳自由电台'],
    ['Officials of the Peace Fund met on Monday.', '和平基金的官员周一举行了会晤。', 'Peace Fund→和平基金'],
    // A river of Taiwan's 溪 and of Japan's 川, after the name its pinyin or reading finds.
    ['Water was cut from the Dajia River on Monday.', '周一，大甲溪的供水被切断。', 'Dajia River→大甲溪'],
    ['The Tenryu River flooded.', '天龙川泛滥。', 'Tenryu River→天龙川'],
    // A national Red Cross or Red Crescent society, by its emblem (十字, 新月) and 会.
    ['Volunteers of the Zambia Red Cross Society helped.', '赞比亚红十字会的志愿者提供了帮助。', 'Zambia Red Cross Society→赞比亚红十字会'],
    ['The Qatar Red Crescent sent aid on Monday.', '卡塔尔红新月会周一送去了援助。', 'Qatar Red Crescent→卡塔尔红新月会'],
    // A numbered road: its number, 号 and the road's word, after the place English puts first.
    ['Floods closed Route 199 near the bridge.', '洪水导致桥附近的199号公路封闭。', 'Route 199→199号公路'],
    ['Traffic on Kansas Highway 10 and Interstate 95 slowed.', '堪萨斯10号公路和95号州际公路上的交通放缓。', 'Kansas Highway 10→堪萨斯10号公路'],
    ['Traffic on Kansas Highway 10 and Interstate 95 slowed.', '堪萨斯10号公路和95号州际公路上的交通放缓。', 'Interstate 95→95号州际公路'],
    // A stretch starts where the Chinese of the name's first word does, not inside it (ICU cuts 桑给|巴尔).
    ['Prices fell, the Zanzibar Clove Growers Association said on Tuesday.', '桑给巴尔丁香种植者协会周二说，价格下跌了。', 'Zanzibar Clove Growers Association→桑给巴尔丁香种植者协会'],
    ['Its head told Zanzibar Radio Television (ZRTV) that prices fell.', '其负责人对桑给巴尔广播电视台（ZRTV）说，价格下跌了。', 'ZRTV→桑给巴尔广播电视台'],
    // Two of a country's companies in one sentence: the one whose words between say what it is.
    ['An official of Zambia Power Corporation spoke to Zambia Broadcasting Corporation on Monday.', '赞比亚电力公司的一名官员周一对赞比亚广播公司发表了讲话。', 'Zambia Broadcasting Corporation→赞比亚广播公司'],
  ])('%s', rendersAs);

  it.each([
    // Not inside a word: a last word of one character (thunder's 雷) ends where a word does, not in
    // 雷霆; a translation does not start inside a word (the 铁 of 钢铁 is no iron).
    ['The Oklahoma City Thunder won again.', '俄克拉何马城雷霆队又赢了。', /^Oklahoma City Thunder→俄克拉何马城雷$/],
    ['The Iron Gates dam was closed.', '大坝的钢铁大门关闭了。', /^Iron Gates→铁大门$/],
    // A one-character category word is one only where no longer word starts there (山 of 山口 "pass").
    ['Hikers crossed the Table Mountain pass.', '徒步者在桌山口附近迷路。', /^Table Mountain→桌山$/],
    // A person's name is never translated.
    ['Singer Grace Park said so.', '歌手“恩典公园”这样说。', /^Grace Park→/],
    // A world region alone is left out, as countries are.
    ['Gas prices rose across Central Asia.', '整个中亚地区的天然气价格上涨。', /^Central Asia→/],
  ])('%s', (en, zh, never) => {
    expect(rendered(en, zh).filter((r) => never.test(r))).toEqual([]);
  });
});

describe('a country before words the dictionary translates', () => {
  const glossed = new Set(['railways', 'power', 'foreign', 'ministry']);
  const lex = { countryWords: new Set(['Uzbekistan', 'Kenya', 'Russian']), glossed: (w: string) => glossed.has(w.toLowerCase()) };
  const mentions = (text: string) => englishMentions([text], lex).map((m) => `${m.kind}:${m.text}`);
  it.each([
    // Common words alone name nothing: with the country they are one name.
    ['The trains of Uzbekistan Railways were late.', ['name:Uzbekistan Railways']],
    ['The tariffs rose at Kenya Power last year.', ['name:Kenya Power']],
    // An organ of the state stays apart from its country; a name the dictionary does not translate too.
    ['The Russian Foreign Ministry protested.', ['country:Russian', 'org:Foreign Ministry']],
    ['The tariffs rose at Kenya Kplc last year.', ['country:Kenya', 'name:Kplc']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('sports clubs', () => {
  it.each([
    // The city (the dictionary's name, or its sound) first or last in English, first in Chinese,
    // the nickname translated, and the team word Chinese adds.
    ['The Dallas Timberhawks beat the Denver Quarrymen 101-99.', '达拉斯林鹰队以101比99击败丹佛采石工队。', ['Dallas Timberhawks→达拉斯林鹰队', 'Denver Quarrymen→丹佛采石工队']],
    ['Spartak Varnok lost at home on Sunday.', '瓦尔诺克斯巴达克队周日主场失利。', ['Spartak Varnok→瓦尔诺克斯巴达克队']],
    ['HC Brezova won the final.', '布雷佐瓦冰球俱乐部赢得了决赛。', ['HC Brezova→布雷佐瓦冰球俱乐部']],
    // A club named by its city and a club's letters has no nickname; the letters may stay in Latin;
    // the city may be found by its pinyin.
    ['Noah Keller scored as FC Varnok beat them 2-0.', '诺亚·凯勒进球，帮助瓦尔诺克队2比0获胜。', ['Noah Keller→诺亚·凯勒', 'FC Varnok→瓦尔诺克队']],
    ['Joo Min-hyeok scored twice as they beat FC Anyang 3-1.', '朱敏赫梅开二度，帮助球队以3比1击败安养FC队。', ['Joo Min-hyeok→朱敏赫', 'FC Anyang→安养FC队']],
    // A team word the sentence writes after a word of its own (说, 了) is no club's.
    ['Denver Water said the rescue team had left.', '丹佛水务局说，救援队已经出发。', ['Denver Water→丹佛水务']],
    ['Dallas Mayor Eric Johnson praised the team.', '达拉斯市长埃里克·约翰逊称赞了球队。', ['Dallas→达拉斯', 'Eric Johnson→埃里克·约翰逊']],
  ])('%s', (en, zh, want) => {
    expect(rendered(en, zh)).toEqual(want);
  });
});

describe('a company named with its legal form', () => {
  // Its name said by sound or as the dictionary writes it, its other words translated as no word
  // list foresees: the stretch ending in 公司 that holds the name, from the name's first word on.
  it.each([
    [
      'Kenyan tea exporter Kaptumo Ridge Estates PLC and Ugandan developer Rwenzori Cobalt Holdings Ltd. signed a supply deal.',
      '肯尼亚茶叶出口商卡普图莫山脊庄园股份有限公司与乌干达开发商鲁文佐里钴业控股有限公司签署了供货协议。',
      ['Kaptumo Ridge Estates PLC→卡普图莫山脊庄园股份有限公司', 'Rwenzori Cobalt Holdings Ltd.→鲁文佐里钴业控股有限公司'],
    ],
    // Its word said alone later had taken the occurrence inside it: that one takes its next.
    [
      'Fintech startup Kobopay Technologies Ltd. raised $5 million, and Kobopay said it would hire.',
      '金融科技初创企业科博佩科技有限公司融资500万美元，科博佩表示将招聘员工。',
      ['Kobopay Technologies Ltd.→科博佩科技有限公司'],
    ],
    // A Japanese or Korean company: 株式会社, its first word found by its characters' reading.
    ['Japanese parts maker Tokai Seiki Co., Ltd. raised output.', '日本零部件制造商东海精机株式会社提高了产量。', ['Tokai Seiki Co., Ltd.→东海精机株式会社']],
    ['South Korean shipbuilder Ulsan Heavy Marine Co. won an order.', '韩国造船企业蔚山重型海洋株式会社赢得一份订单。', ['Ulsan Heavy Marine Co.→蔚山重型海洋株式会社']],
    // A private company: (Pty) Ltd, 私人有限公司.
    ['The miner Kwena Platinum (Pty) Ltd cut output.', '铂矿开采商奎纳铂业私人有限公司削减了产量。', ['Kwena Platinum (Pty) Ltd→奎纳铂业私人有限公司']],
    // A limited liability partnership: 有限责任合伙企业.
    ['Kazakh grain trader Yrgyz Astyk Trading LLP was fined.', '哈萨克斯坦粮食贸易商伊尔吉兹阿斯特克贸易有限责任合伙企业被罚款。', ['Yrgyz Astyk Trading LLP→伊尔吉兹阿斯特克贸易有限责任合伙企业']],
    // A word after the first: the stretch as it stands (the first word translated after the name).
    ['Shares in Sunrise Kartvel Qvevri Cellars JSC rose.', '卡尔特韦尔朝阳陶罐酒窖股份公司的股价上涨。', ['Sunrise Kartvel Qvevri Cellars JSC→卡尔特韦尔朝阳陶罐酒窖股份公司']],
  ])('%s', (en, zh, want) => {
    expect(rendered(en, zh).filter((r) => /Ltd|PLC|JSC|LLP|Co\./.test(r))).toEqual(want);
  });

  it.each([
    // Two companies whose words the same stretch holds: neither takes it.
    ['Kaptumo Sunrise Ltd. and Kaptumo Estates Ltd. merged.', '卡普图莫资本有限公司宣布合并。', /Ltd/],
  ])('not in %s', (en, zh, never) => {
    expect(rendered(en, zh).filter((r) => never.test(r))).toEqual([]);
  });
});

describe("words of names the dictionary glosses otherwise: a creed, a coast, a court, an exchange, a terminal", () => {
  it.each([
    ['Trading on the Colombo Stock Exchange resumed, the Daily Mirror reported.', '据《每日镜报》报道，科伦坡证券交易所恢复交易。', 'Colombo Stock Exchange→科伦坡证券交易所'],
    ['Cranes at the Jaya Container Terminal stopped, the Ports Authority said.', '港务局表示，贾亚集装箱码头的起重机停止运转。', 'Jaya Container Terminal→贾亚集装箱码头'],
    ['The Cherokee Nation and the state of Oklahoma signed the compact.', '切罗基部落与俄克拉何马州签署了协议。', 'Cherokee Nation→切罗基部落'],
    ['York Regional Police said two men were arrested.', '约克区警方表示，两名男子被捕。', 'York Regional Police→约克区警方'],
    ['The Treasury Secretariat and the Central Bank disagreed.', '财政秘书处与中央银行意见不一。', 'Treasury Secretariat→财政秘书处'],
    ['Alberta Premier Danielle Smith told Global News the budget was balanced.', '艾伯塔省省长丹妮尔·史密斯对环球新闻表示，预算实现平衡。', 'Global News→环球新闻'],
    ['Liberal Party leader Sussan Ley told the ABC the Coalition would oppose the laws.', '自由党领袖苏珊·莱伊对澳大利亚广播公司表示，联盟党将反对这些法律。', 'Liberal Party→自由党'],
    // A coast's 海岸, right before the sentence goes on (黄金海岸|轻轨).
    ['Premier David Crisafulli said the Gold Coast light rail extension would go ahead.', '州长戴维·克里萨富利表示，黄金海岸轻轨延长线将继续推进。', 'Gold Coast→黄金海岸'],
    ['He appeared at Snaresbrook Crown Court, the SFO said.', '严重欺诈办公室表示，他在斯内尔斯布鲁克刑事法院出庭。', 'Snaresbrook Crown Court→斯内尔斯布鲁克刑事法院'],
  ])('%s', rendersAs);
});

describe("a public body's remit as government style writes it", () => {
  it.each([
    // Two organisations each: position cannot tell them apart.
    ['The Defence Ministry and the Finance Ministry disagreed on the cost.', '国防部和财政部在费用上意见不一。', 'Defence Ministry→国防部'],
    ['The Defence Ministry and the Finance Ministry disagreed on the cost.', '国防部和财政部在费用上意见不一。', 'Finance Ministry→财政部'],
    ['Telkom Kenya and the Kenya Revenue Authority settled the dispute.', '肯尼亚电信公司与肯尼亚税务局解决了争端。', 'Kenya Revenue Authority→肯尼亚税务局'],
    ['The Royal Irrigation Department opened the sluices.', '皇家灌溉厅打开了水闸。', 'Royal Irrigation Department→皇家灌溉厅'],
  ])('%s', rendersAs);

  it('pairs no court left by position with the company left', () => {
    const en = "Kenya's High Court suspended the levy, and Telkom Kenya said tariffs would fall.";
    const zh = '肯尼亚高等法院暂停了这项税费，肯尼亚电信公司表示资费将下调。';
    expect(rendered(en, zh).filter((r) => r.startsWith('High Court') && r.endsWith('公司'))).toEqual([]);
  });
});

describe('a head of two words', () => {
  // A Prosecutor's or Attorney's Office is a procuratorate (检察院, 检察署), its possessive read as
  // its noun; a court by its rank (高等法院, 郡法院).
  it.each([
    ["The Federal Prosecutors' Office and Mayor Andriy Sadovyi opened the case.", '联邦检察院和市长安德烈·萨多维立案调查。', "Federal Prosecutors' Office→联邦检察院"],
    ['Judges of the Lusaka High Court heard the case.', '卢萨卡高等法院的法官审理了此案。', 'Lusaka High Court→卢萨卡高等法院'],
  ])('%s', rendersAs);

  it('reads no such head alone as a name', () => {
    expect(rendered('The High Court in Lusaka adjourned the case.', '卢萨卡高等法院将此案休庭。').filter((r) => r.startsWith('High Court'))).toEqual([]);
  });
});

describe('a place word of another language', () => {
  // Compass points and upper, lower, little, great: translated, and before the name in Chinese
  // wherever the English has them.
  it.each([
    ['Floods hit Tapanuli Utara on Monday.', '周一洪水袭击了北塔帕努利。', 'Tapanuli Utara→北塔帕努利'],
    ['The plant in Nizhny Lomov closed on Monday.', '下洛莫夫的工厂周一关闭。', 'Nizhny Lomov→下洛莫夫'],
  ])('%s', rendersAs);
});
