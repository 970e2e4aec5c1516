import { describe, expect, it } from 'vitest';
import { orgStretches } from '../../server/names/org-mentions.ts';

const found = (text: string) => orgStretches(text).map((s) => s.text);

describe('orgStretches', () => {
  it.each([
    ['据悉，荷兰合作银行周二上调了利率预期。', '荷兰合作银行'],
    ['绿党领导人表示反对。', '绿党'],
    ['许多支持者投票给了绿党。', '绿党'],
    ['该国国家安全委员会发表声明。', '国家安全委员会'],
    ['研究采用卫生技术评估研究所的方法。', '卫生技术评估研究所'],
    ['能源部发言人说，新电站将投产。', '能源部'],
    ['西非国家经济共同体领导人周日举行会议。', '西非国家经济共同体'],
    // A head that ends the paragraph (a title, a cell without a full stop): nothing after it to rule it out.
    ['据悉，荷兰合作银行', '荷兰合作银行'],
    ['记者采访了能源部', '能源部'],
    // 由 "by" opens the clause, not the name; 自由 "free" holds it inside one.
    ['——由亚洲基础设施投资银行支持的项目将动工。', '亚洲基础设施投资银行'],
    ['该国自由民主党领导人表示反对。', '自由民主党'],
    // A company's word inside the reach back ends a description (航运代理公司 "shipping agent"); one
    // the head closes is the name's (中国石油天然气集团|公司).
    ['他被控收受航运代理公司斯卢港物流有限公司的贿赂。', '斯卢港物流有限公司'],
    ['竞争委员会对连锁超市喀尔巴阡零售有限责任公司罚款。', '喀尔巴阡零售有限责任公司'],
    ['中国石油天然气集团公司周一宣布。', '中国石油天然气集团公司'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  it.each([
    // 部长 "minister", 北部 "the north", 部分 "part", 局势 "the situation", 党员 "party member", 政党 "a party".
    '能源部长周二表示，北部部分地区局势紧张。',
    '这名党员说，各政党应当对话。',
    // 该 "the said": nothing of a name before the head.
    '该部表示将调查此事。',
    '该党领导人表示反对。',
    // A phrase or a quantity before the head describes, it does not name.
    '上奥地利州的州议会将于周日投票。',
    '多家公司表示将推迟上市。',
    // A pointer before it: the organisation named before ("the airline").
    '该航空公司将增开航班。',
    // A pointer that ends what stands before ("the reason is that the company …").
    '原因是该公司涉嫌行贿。',
    // A function word right before it: the head stands alone ("is reviewing it with the central bank").
    '财政官员表示，正在与央行一起审查这一上限。',
  ])('not in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('where an organisation stretch starts', () => {
  it.each([
    // A trade noun ends a description before the name: 商 closing a word of three characters or
    // more, or its own word after one of two; 企业 "enterprise" too.
    ['坦桑尼亚石墨开发商鲁伍马黑石矿业有限公司签署了协议。', '鲁伍马黑石矿业有限公司'],
    ['越南腰果出口商隆安坚果有限公司表示将扩产。', '隆安坚果有限公司'],
    ['智利鱼类加工企业蒙特科罗拉多海产股份公司宣布裁员。', '蒙特科罗拉多海产股份公司'],
    // The commonest trade nouns whatever ICU makes of what follows (贸易|商科: "business school");
    // and a limited liability partnership's legal form as a head.
    ['粮食贸易商科斯塔奈谷物有限责任合伙企业表示将扩产。', '科斯塔奈谷物有限责任合伙企业'],
    // A party to a deal (投资方 "the investor"), a bottler, and a verb opening the clause (暂停 "suspended").
    ['投资方科伊武资本股份公司表示将追加投资。', '科伊武资本股份公司'],
    ['装瓶商马希纳山油脂有限责任公司表示将扩产。', '马希纳山油脂有限责任公司'],
    ['当局暂停卡代伊矿业股份有限公司的许可证。', '卡代伊矿业股份有限公司'],
    // A private company's legal form, bracketed or not, is not the name's twelve characters.
    ['据悉，姆帕赫莱莱北方铂业矿山（私人）有限公司宣布减产。', '姆帕赫莱莱北方铂业矿山（私人）有限公司'],
    // A Japanese or Korean company's 株式会社.
    ['据悉，东海精机株式会社宣布扩产。', '东海精机株式会社'],
    // 企业's short form after an industry's character (矿企 "mining enterprise").
    ['加拿大矿企北方镍业公司宣布裁员。', '北方镍业公司'],
    // Not 工商 "industry and commerce", a word of two characters.
    ['中国工商银行股份有限公司公布了财报。', '中国工商银行股份有限公司'],
    // Twelve characters back are the name's, not its legal form's.
    ['肯尼亚茶叶出口商卡普图莫山脊高地庄园股份有限公司公布业绩。', '卡普图莫山脊高地庄园股份有限公司'],
    // Twelve characters back that end inside a word (阿拉|伯): from ICU's next word on.
    ['沙特阿拉伯马拉菲克朱拜勒公用事业公司宣布涨价。', '马拉菲克朱拜勒公用事业公司'],
    // Not back over a stretch that ends two characters or more before: that one describes it.
    ['秘鲁酒店集团帕拉卡斯投资有限责任公司宣布扩张。', '帕拉卡斯投资有限责任公司'],
    // Right after one, or one character after, it is that name's (集团, 股份公司, 人联盟).
    ['中铁十九局集团承建该项目。', '中铁十九局集团'],
    ['自由第比利斯卡尔特韦尔银行股份公司的股价上涨。', '自由第比利斯卡尔特韦尔银行股份公司'],
    ['独立社会民主党人联盟赢得选举。', '独立社会民主党人联盟'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });
});
