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
    // A function word right before it: the head stands alone ("is reviewing it with the central bank").
    '财政官员表示，正在与央行一起审查这一上限。',
  ])('not in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
