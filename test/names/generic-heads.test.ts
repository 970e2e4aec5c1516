import { describe, expect, it } from 'vitest';
import { GENERIC_HEADS, englishHasHead, headAt, isLegalForm, legalHeads, splitHead, withoutAddedHead } from '../../server/names/generic-heads.ts';

const head = (zh: string) => GENERIC_HEADS.find((h) => h.zh === zh)!;

describe('splitHead', () => {
  it.each<[string, string | undefined, string[]]>([
    ['Borno State', 'Borno', ['州', '邦']],
    ['Dodge City', 'Dodge', ['市', '城']],
    // The longest run of category words at the end; a few English puts first.
    ['Velana International Airport', 'Velana', ['国际机场']],
    ['River Severn', 'Severn', ['河', '川', '溪']],
    ['Mount Nyiragongo', 'Nyiragongo', ['火山', '山', '岳']],
    ['Port Sudan', 'Sudan', ['港务局', '港务', '港']],
    ['Port of Sohar', 'Sohar', ['港务局', '港务', '港']],
    ['Rostock Port', 'Rostock', ['港务局', '港务', '港']],
    ['Simba SC', 'Simba', ['体育俱乐部', '队']],
    // An article is not a name; a word English never puts first stays a name's.
    ['Le Point', undefined, []],
    ['Park Geun-hye', undefined, []],
    ['Kenya Airways', 'Kenya', ['航空公司', '航空']],
    ['Tata Motors', 'Tata', ['汽车']],
    ['Hamilton County', 'Hamilton', ['县', '郡']],
    // Legal forms: Singapore's Pte Ltd, a partnership's LLP.
    ['Straits Varnak Capital Pte Ltd', 'Straits Varnak Capital', ['股份有限公司', '有限责任公司', '有限公司', '公司']],
    ['Orda Grain Trading LLP', 'Orda Grain Trading', ['有限责任合伙企业', '股份有限公司', '有限责任公司', '有限公司', '公司']],
    // No category word, or nothing but one.
    ['Barclays', undefined, []],
    ['Bank', undefined, []],
    ['Bank of Montreal', undefined, []],
  ])('%s', (english, name, heads) => {
    const got = splitHead(english);
    expect(got?.name).toBe(name);
    expect((got?.heads ?? []).map((h) => h.zh).sort()).toEqual(heads.sort());
  });
});

describe('legal forms', () => {
  // Of several languages, each read as limited (有限公司) or joint-stock (股份公司); a word that is none has no head.
  it.each<[string, string]>([
    ['S.L.', '有限责任公司'],
    ['OÜ', '有限责任公司'],
    ['s.r.o.', '有限公司'],
    ['Teoranta', '有限公司'],
    ['AD', '股份公司'],
    ['SAL', '股份公司'],
    ['S.A.L.', '股份公司'],
    ['Zrt.', '股份有限公司'],
    ['S.A.C.', '股份公司'],
  ])('%s', (form, zh) => {
    expect(isLegalForm(form)).toBe(true);
    expect(legalHeads(form)).toContain(zh);
  });
  it.each(['Milling', 'Capital', 'Saga'])('%s is none', (word) => {
    expect(isLegalForm(word)).toBe(false);
    expect(legalHeads(word)).toEqual([]);
  });
});

describe('headAt', () => {
  it.each<[string, number, string, string | undefined]>([
    ['拉各斯州州长', 3, '州', '州'],
    ['博尔诺州发生洪水', 3, '州', '州'],
    // 市长 "mayor", 州长 "governor": the character starts another word.
    ['普埃布拉市长表示', 4, '市', undefined],
    ['拉各斯州长表示', 3, '州', undefined],
    ['道奇城的工厂', 2, '城', '城'],
    ['道奇城市', 2, '城', undefined],
    ['肯尼亚航空公司', 3, '航空公司', '航空公司'],
    // 党员 "party member", 党派 "party faction": no party's name ends there.
    ['蒂萨党员表示', 2, '党', undefined],
    ['蒂萨党表示', 2, '党', '党'],
    // 港口 is a word, "port"; 河口 is the river's mouth, its 河 the river's.
    ['蒙巴萨港口', 3, '港', undefined],
    ['维约萨河口附近', 3, '河', '河'],
  ])('%s at %i', (text, at, zh, want) => {
    expect(headAt(text, at, [head(zh)])?.zh).toBe(want);
  });
});

describe('withoutAddedHead', () => {
  it.each([
    // Added by the translator: not part of the name.
    ['Barclays', '巴克莱银行', '巴克莱'],
    ['Dodoma', '多多马市', '多多马'],
    ['Qantas', '坎塔斯航空', '坎塔斯'],
    ['Heathrow Airport', '希思罗机场', '希思罗机场'],
    ["Sainsbury's", '塞恩斯伯里超市', '塞恩斯伯里'],
    ['Telangana', '特伦甘纳邦', '特伦甘纳'],
    ['Phu Quoc', '富国岛', '富国'],
    ['Gangwon Province', '江原道', '江原道'],
    // A people's 族, but not the 族 of 民族 "nation".
    ['Shuar', '舒阿尔族', '舒阿尔'],
    ['Kanawake Mohawk Nation', '卡纳瓦克莫霍克民族', '卡纳瓦克莫霍克民族'],
    // A plant by its fuel, with the fuel's word.
    ['Kozani', '科扎尼燃煤电厂', '科扎尼'],
    ['Tabernas', '塔韦纳斯太阳能电站', '塔韦纳斯'],
    // A legal form the English does not give is the translator's; one it gives stays.
    ['Anhui Conch Cement', '安徽海螺水泥股份有限公司', '安徽海螺水泥'],
    ['Salzgitter AG', '萨尔茨吉特股份公司', '萨尔茨吉特股份公司'],
    // Sites, works and a republic's word, added to a bare place name.
    ['Karachaganak', '卡拉恰甘纳克油田', '卡拉恰甘纳克'],
    ['Bisha', '比沙金矿', '比沙'],
    ['Nurek', '努列克水电站', '努列克'],
    ['Bashkortostan', '巴什科尔托斯坦共和国', '巴什科尔托斯坦'],
    ['Gwadar', '瓜达尔港', '瓜达尔'],
    // Plants a translator names by what they are (a refinery, a smelter, a shipyard, a mine, a border crossing).
    ['Duqm', '杜库姆炼油厂', '杜库姆'],
    ['Onsan', '温山冶炼厂', '温山'],
    ['Monfalcone', '蒙法尔科内造船厂', '蒙法尔科内'],
    ['Cerro Verde', '塞罗贝尔德矿业', '塞罗贝尔德'],
    ['Erenhot', '二连浩特口岸', '二连浩特'],
    ['Vaigai', '韦盖水坝', '韦盖'],
    ['Too-Ashuu', '托奥阿舒山口', '托奥阿舒'],
    ['Shahdag', '沙赫达格度假村', '沙赫达格'],
    ['Burabay', '布拉拜度假区', '布拉拜'],
    ['Aquanova', '阿夸诺瓦水务', '阿夸诺瓦'],
    ['Ferralpi', '费拉尔皮钢铁', '费拉尔皮'],
    ["Vava'u", '瓦瓦乌群岛', '瓦瓦乌'],
    ['Masaya', '马萨亚火山', '马萨亚'],
    ['Mount Etna', '埃特纳火山', '埃特纳火山'],
    ['Çatalhöyük', '恰塔尔胡于克遗址', '恰塔尔胡于克'],
    ['Kalemegdan', '卡莱梅格丹要塞', '卡莱梅格丹'],
    ['Lempuyangan', '伦普扬甘站', '伦普扬甘'],
    ['Matimba', '马廷巴发电厂', '马廷巴'],
    ['Hwange', '万基煤田', '万基'],
    ['Kansanshi', '坎桑希矿床', '坎桑希'],
    ['Kiamari', '基亚马里油库', '基亚马里'],
    ['Houthi', '胡塞武装', '胡塞'],
    ['Andalusia', '安达卢西亚自治区', '安达卢西亚'],
    ['Akosombo', '阿科松博大坝', '阿科松博'],
    ['Ladyzhyn', '拉迪任热电厂', '拉迪任'],
    ['Lake Turkana', '图尔卡纳湖风电场', '图尔卡纳湖'],
    ['Tisza', '蒂萨党', '蒂萨'],
    ['Conservative Party', '保守党', '保守党'],
    ['Bamyan', '巴米扬山谷', '巴米扬'],
    ['Ferghana', '费尔干纳谷地', '费尔干纳'],
    ['Emfuleni Municipality', '埃姆富莱尼市政', '埃姆富莱尼市政'],
    ['Kapshagay', '卡普恰盖水库', '卡普恰盖'],
    ['Korenmarkt', '科伦马克特广场', '科伦马克特'],
    ['Tiananmen Square', '天安门广场', '天安门广场'],
    ['Sohar Refinery', '苏哈尔炼油厂', '苏哈尔炼油厂'],
    ['Port Qasim', '卡西姆港', '卡西姆港'],
    // Heads added one after another.
    ['Chery', '奇瑞控股集团', '奇瑞'],
    // A word that ends in a shorter head is not that head added: 频道 is "channel", 群岛 "islands".
    ['Channel 4', '第四频道', '第四频道'],
    ['Farasan Islands', '法拉桑群岛', '法拉桑群岛'],
    // Said in the English: kept.
    ['Borno State', '博尔诺州', '博尔诺州'],
    ['Bank of England', '英格兰银行', '英格兰银行'],
    // A translation of the English word, not an added one (航空公司 is not 航空 + 公司).
    ['Ethiopian Airlines', '埃塞俄比亚航空公司', '埃塞俄比亚航空公司'],
    // Nothing but the head and one character: left alone.
    ['Co', '某公司', '某公司'],
  ])('%s ↔ %s', (en, zh, want) => {
    expect(withoutAddedHead(en, zh)).toBe(want);
  });

  it('reads multi-word English categories as words', () => {
    expect(englishHasHead('Guangxi Zhuang Autonomous Region', head('自治区'))).toBe(true);
    expect(englishHasHead('Regional Bank', head('大区'))).toBe(false);
  });
});
