import { describe, expect, it } from 'vitest';
import { chineseMentions, nameBefore, translitRuns, withoutOutletWord } from '../../server/names/chinese-mentions.ts';
import { translitChars } from '../../server/names/translit-chars.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';

const chars = translitChars(EMPTY_REFERENCE);
const texts = (t: string) => chineseMentions(t, 0, chars).map((m) => `${m.kind}:${m.text}${m.outletWord ? `(${m.outletWord})` : ''}`);

describe('chineseMentions', () => {
  it('joins a name across the name dot and the hyphen of given names', () => {
    expect(translitRuns('总统卡西姆-若马尔特·托卡耶夫说', chars).map((r) => r.text)).toContain('卡西姆-若马尔特·托卡耶夫');
  });
  it('joins a name across a middle initial kept with its English full stop', () => {
    expect(translitRuns('发言人达娜·K.奥肖内西说', chars).map((r) => r.text)).toContain('达娜·K.奥肖内西');
  });
  it.each([
    // Titles one after another are cut one by one; a word of the sentence that ends on the run's first character is the sentence's.
    ['首席律师安娜·鲁伊斯说', '安娜·鲁伊斯'],
    ['当局下令萨尔米耶的学校停课。', '萨尔米耶'],
    ['财政检察官埃莱娜·勒加勒表示', '埃莱娜·勒加勒'],
    // A given name of one character the set lacks, before a hyphen whose other side has none either (让 of Jean-Guy).
    ['首席执行官让-居伊·马尔丹表示', '让-居伊·马尔丹'],
  ])('starts the run of %s at the name', (text, run) => {
    expect(translitRuns(text, chars).map((r) => r.text)).toContain(run);
  });
  it("joins a name across a nickname's quotes between two name dots", () => {
    expect(translitRuns('嫌疑人托马斯·“查托”·伊巴古伦被捕', chars).map((r) => r.text)).toContain('托马斯·“查托”·伊巴古伦');
  });
  it("leaves a clause's first stop word to the sentence, even before a one-character name", () => {
    expect(texts('据鹰新闻台报道，该线路还服务于达尔汗。')).toContain('outlet:鹰新闻台(新闻台)');
  });
  it('leaves a time word after a name to the sentence', () => {
    const runs = translitRuns('瓦隆今年的经济增长仍将疲软。', chars).map((r) => r.text);
    expect(runs.some((r) => r.includes('今年'))).toBe(false);
  });
  it.each([
    ['私营媒体《希望报》对其大加赞扬', 'title:《希望报》(报)'],
    ['安切斯基告诉自由欧洲电台', 'outlet:自由欧洲电台(电台)'],
    ['告诉自由欧洲电台/自由电台。', 'outlet:自由欧洲电台/自由电台(电台)'],
    ['据塔斯社报道', 'outlet:塔斯社(社)'],
    ['Haqqin.az网站称', 'outlet:Haqqin.az网站(网站)'],
    ['YouTube频道Khod Mysley的作者', 'foreign:Khod Mysley'],
    ['分析人士（Аркадий Дубнов）说', 'foreign:Аркадий Дубнов'],
    // A channel number belongs to the outlet name; a modifier before it does not.
    ['在接受哈巴尔24频道采访时说', 'outlet:哈巴尔24频道(频道)'],
    ['部长对塔洛法88.5电台说', 'outlet:塔洛法88.5电台(电台)'],
    ['据土耳其官方阿纳多卢通讯社报道', 'outlet:阿纳多卢通讯社(通讯社)'],
    // Nor is the country before a modifier that says who runs the outlet; one that says what it is stays.
    ['据意大利官方安莎社报道', 'outlet:安莎社(社)'],
    ['据新西兰广播电台报道', 'outlet:新西兰广播电台(广播电台)'],
    // A public broadcaster translated by meaning; its channel, when one follows, is the outlet.
    ['据南非广播公司报道', 'outlet:南非广播公司(广播公司)'],
    ['她对加拿大广播公司新闻台表示', 'outlet:加拿大广播公司新闻台(新闻台)'],
    ['他对爱尔兰广播电视公司表示', 'outlet:爱尔兰广播电视公司(广播电视公司)'],
    ['他对汤加广播委员会表示', 'outlet:汤加广播委员会(广播委员会)'],
  ])('%s has %s', (text, want) => {
    expect(texts(text)).toContain(want);
  });
  it.each(['英国情报机构', '这篇报道称', '他的频道很受欢迎', '官方网站发布', '据印度报业托拉斯报道', '这家著名出版社出版了该书', '村里的农民合作社成立了'])('%s has no outlet', (text) => {
    expect(texts(text).filter((t) => t.startsWith('outlet') || t.includes('('))).toEqual([]);
  });
  it('takes a character the set lacks after one taken at a name dot (·赛义多夫)', () => {
    expect(translitRuns('外长巴赫季约尔·赛义多夫说', chars).map((r) => r.text)).toContain('巴赫季约尔·赛义多夫');
  });
  it('takes a run of 40 transliteration characters as one run, without hanging', () => {
    const long = '阿巴卡达尔斯基夫娃耶诺鲁佐'.repeat(4).slice(0, 40);
    const runs = translitRuns(`据报道：${long}。`, chars);
    expect(runs.map((r) => r.text)).toContain(long);
  });

  it.each([
    // A long official name, with 和 inside 共和国 (not the conjunction).
    ['据老挝人民民主共和国国家电视台报道，会议结束。', 'outlet:老挝人民民主共和国国家电视台(电视台)'],
    // A quoted name before the outlet word keeps its marks.
    ['据“详情”通讯社报道，部长辞职。', 'outlet:“详情”通讯社(通讯社)'],
    // An outlet word inside the stretch ends a description: 通讯社 | 俄新社, 公共广播机构 | …
    ['他对官方通讯社俄新社表示。', 'outlet:俄新社(社)'],
    ['据公共广播机构弗拉芒广播电视台报道。', 'outlet:弗拉芒广播电视台(电视台)'],
    // 与 joins the words of an outlet's name.
    ['他对美国消费者新闻与商业频道表示。', 'outlet:美国消费者新闻与商业频道(频道)'],
    // A news channel, its name left in Latin.
    ['据KTN新闻台报道，投票已结束。', 'outlet:KTN新闻台(新闻台)'],
  ])('reads the outlet in %s', (text, want) => {
    expect(texts(text)).toContain(want);
  });

  it.each([
    ['总理安瓦尔·易卜拉欣表示', '安瓦尔·易卜拉欣'],
    ['主席洛伊格·谢内表示', '洛伊格·谢内'],
    // The whole title inside the run: 法 and 长 are in the set.
    ['联邦法官马塞洛·萨列斯表示', '马塞洛·萨列斯'],
    ['博物馆馆长若菲娅·班基表示', '若菲娅·班基'],
    // A member or an ombudsman of a body (委员, 监察员).
    ['州政府委员伊莎贝尔·沙皮伊-维勒米耶表示欢迎', '伊莎贝尔·沙皮伊-维勒米耶'],
    ['当地监察员约翰·弗雷迪·曼迪利亚表示', '约翰·弗雷迪·曼迪利亚'],
  ])('starts a run after the title in %s', (text, want) => {
    expect(translitRuns(text, chars).map((r) => r.text)).toContain(want);
  });

  it.each([
    // A character outside the set that starts a word of the sentence (责令, 两次) is not bridged.
    ['法官马塞洛·科蒂尼奥责令公司停业', '马塞洛·科蒂尼奥'],
    ['塞米斯·塔佩亚两次得分', '塞米斯·塔佩亚'],
    // Unless one character of the name stands before it: 安大略 (大略 is a word), 迪出发 for 楠迪.
    ['安大略省省长表示', '安大略'],
    ['从楠迪出发的航班', '迪出发'],
  ])('ends the run where the sentence goes on in %s', (text, want) => {
    expect(translitRuns(text, chars).map((r) => r.text)).toContain(want);
  });

  it('takes no website from 并网, 电网 or 互联网', () => {
    expect(texts('电站本月并网发电，电网和互联网公司参与。').filter((t) => t.startsWith('outlet:'))).toEqual([]);
  });

  it('cuts at a stop word only where no word holds it (日本|国际 holds 本国 "this country", 高等 holds 等 "etc.")', () => {
    const text = '电——日本国际协力机构（JICA）表示';
    expect(nameBefore(text, text.indexOf('（'), { maxChars: 20 })?.text).toBe('日本国际协力机构');
    // 高等 "higher" holds the one-character stop word 等 "etc.".
    const court = '电——巴西高等法院（STJ）周三';
    expect(nameBefore(court, court.indexOf('（'), { maxChars: 20 })?.text).toBe('巴西高等法院');
    const other = '他表示，该国国家电网公司（GridCo）将扩建';
    expect(nameBefore(other, other.indexOf('（'), { maxChars: 20, keepModifiers: true })?.text).toBe('国家电网公司');
  });

  it.each([
    ['预计美国联邦贸易委员会（FTC）将审查这笔交易。', '美国联邦贸易委员会'],
    ['检方指控福成资本私人有限公司（HSC）隐瞒亏损。', '福成资本私人有限公司'],
  ])("leaves a clause's opening verb to the sentence: %s", (text, name) => {
    expect(nameBefore(text, text.indexOf('（'), { maxChars: 20 })?.text).toBe(name);
  });

  it('keeps or drops a modifier before a numbered name as asked (organisations keep theirs)', () => {
    const text = '国家电视24频道';
    const at = text.indexOf('频道');
    expect(nameBefore(text, at, { keepModifiers: true })?.text).toBe('国家电视24');
    expect(nameBefore(text, at)?.text).toBe('24');
  });
});

describe('withoutOutletWord', () => {
  it.each([
    ['哈钦报', '哈钦'],
    ['卡巴尔通讯社', '卡巴尔'],
    ['晨间时报', '晨间'],
    ['KTN新闻台', 'KTN'],
    // Not an outlet word at the end: 报道 is "report", and a name alone stays whole.
    ['报道', '报道'],
    ['托卡耶夫', '托卡耶夫'],
  ])('%s → %s', (text, want) => {
    expect(withoutOutletWord(text)).toBe(want);
  });
});
