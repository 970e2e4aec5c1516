import { describe, expect, it } from 'vitest';
import { splitChinese, splitEnglish, splitSentences, type Sentence } from '../../server/text/sentences.ts';

const texts = (ss: readonly Sentence[]) => ss.map((s) => s.text);

/** Offsets must point at the text, in order, without overlap, and nothing but space may be left out. */
function wellFormed(text: string, ss: readonly Sentence[]): void {
  let last = 0;
  for (const s of ss) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(last, s.start).trim()).toBe('');
    last = s.end;
  }
  expect(text.slice(last).trim()).toBe('');
}

describe('splitEnglish', () => {
  it.each<[string, string, string[]]>([
    ['two plain sentences', 'The summit opened. Five presidents attended.', ['The summit opened.', 'Five presidents attended.']],
    ['question and exclamation', 'Was it posturing? Nobody knows! Time will tell.', ['Was it posturing?', 'Nobody knows!', 'Time will tell.']],
    ['Mr. and Mrs.', 'Mr. Tokayev met Mrs. Clinton on Friday. They spoke.', ['Mr. Tokayev met Mrs. Clinton on Friday.', 'They spoke.']],
    ['Dr. and Gen.', 'Dr. Smith briefed Gen. Milley. It was short.', ['Dr. Smith briefed Gen. Milley.', 'It was short.']],
    ['Sen. and Rep.', 'Sen. Warren and Rep. Ocasio-Cortez objected.', ['Sen. Warren and Rep. Ocasio-Cortez objected.']],
    ['U.S. inside a sentence', 'The U.S. State Department said so.', ['The U.S. State Department said so.']],
    ['U.S. at the end before a starter', 'He moved to the U.S. The move surprised many.', ['He moved to the U.S.', 'The move surprised many.']],
    ['U.K. and U.N. and E.U.', 'The U.K. and the U.N. Security Council joined E.U. talks.', ['The U.K. and the U.N. Security Council joined E.U. talks.']],
    ['month abbreviations with dates', 'It was published on Aug. 9 and revised on Sept. 14.', ['It was published on Aug. 9 and revised on Sept. 14.']],
    ['Jan. and Feb.', 'Talks ran from Jan. 3 to Feb. 28. Then they stopped.', ['Talks ran from Jan. 3 to Feb. 28.', 'Then they stopped.']],
    ['St. before a name', 'He flew to St. Petersburg. He stayed.', ['He flew to St. Petersburg.', 'He stayed.']],
    ['No. before a number', 'Resolution No. 5 passed. It was close.', ['Resolution No. 5 passed.', 'It was close.']],
    ['vs.', 'It was Kazakhstan vs. Uzbekistan in the final.', ['It was Kazakhstan vs. Uzbekistan in the final.']],
    ['initials', 'J. R. R. Tolkien wrote it. John F. Kennedy read it.', ['J. R. R. Tolkien wrote it.', 'John F. Kennedy read it.']],
    ['decimals', 'Growth was 3.5 percent. Inflation hit 12.25 percent.', ['Growth was 3.5 percent.', 'Inflation hit 12.25 percent.']],
    ['thousands separators', 'About 240,000 people signed. That is 1,500 more.', ['About 240,000 people signed.', 'That is 1,500 more.']],
    ['ellipsis at the end of a thought', 'I do not know... We will see.', ['I do not know...', 'We will see.']],
    ['ellipsis for words left out', 'He said the region ... Central Asia would decide.', ['He said the region ... Central Asia would decide.']],
    ['unicode ellipsis', 'Wait… Then it came.', ['Wait…', 'Then it came.']],
    ['ending inside straight quotes', 'He said: "We will go." Then he left.', ['He said: "We will go."', 'Then he left.']],
    ['question inside quotes, sentence goes on', '"Is it over?" he asked. Nobody answered.', ['"Is it over?" he asked.', 'Nobody answered.']],
    ['ending inside curly quotes', '“It is over,” she said. “We lost.” They left.', ['“It is over,” she said.', '“We lost.”', 'They left.']],
    ['quote opens the next sentence', 'He paused. "Central Asia is changing," he said.', ['He paused.', '"Central Asia is changing," he said.']],
    ['ending inside brackets', 'The talks failed. (Both sides denied it.) A new round is planned.', ['The talks failed.', '(Both sides denied it.)', 'A new round is planned.']],
    ['lower case after a full stop is not a start', 'The figure was approx. one third of the total.', ['The figure was approx. one third of the total.']],
    ['domain names', 'Haqqin.az reported it. RFE/RL confirmed.', ['Haqqin.az reported it.', 'RFE/RL confirmed.']],
    ['etc. at the end', 'They discussed trade, energy, etc. The meeting ended.', ['They discussed trade, energy, etc.', 'The meeting ended.']],
    ['Inc. inside', 'Apple Inc. Chief Executive Tim Cook spoke.', ['Apple Inc. Chief Executive Tim Cook spoke.']],
    ['a.m. before a starter', 'It began at 9 a.m. The hall was full.', ['It began at 9 a.m.', 'The hall was full.']],
    ['digits open a sentence', 'The war started in 2022. 2023 was worse.', ['The war started in 2022.', '2023 was worse.']],
    ['a dateline dash', 'ALMATY, Kazakhstan -- A diplomat spoke. He left.', ['ALMATY, Kazakhstan -- A diplomat spoke.', 'He left.']],
    ['no final punctuation', 'Sans Russia? What Is Behind the Call', ['Sans Russia?', 'What Is Behind the Call']],
    ['a subheading without a full stop', "'Regional Security Architecture' Without Russia?", ["'Regional Security Architecture' Without Russia?"]],
    ['extra spaces and a non-breaking space', '  One.   Two.\u00a0Three.  ', ['One.', 'Two.', 'Three.']],
    ['several marks', 'Really?! Yes.', ['Really?!', 'Yes.']],
    ['U.S.-led is one token', 'The U.S.-led coalition. It grew.', ['The U.S.-led coalition.', 'It grew.']],
    ['Gov., Lt. and Gen. titles', 'Gov. Newsom and Lt. Gen. Smith spoke. They agreed.', ['Gov. Newsom and Lt. Gen. Smith spoke.', 'They agreed.']],
    ['Prof., Mt. and Ft.', 'Prof. Li Wei and Mt. Everest climbers met in Ft. Worth.', ['Prof. Li Wei and Mt. Everest climbers met in Ft. Worth.']],
    ['Ph.D. before a lower-case word', 'She earned a Ph.D. in physics. Then she left.', ['She earned a Ph.D. in physics.', 'Then she left.']],
    ['p.m. inside a sentence', 'At 3 p.m. on Friday the talks resumed.', ['At 3 p.m. on Friday the talks resumed.']],
    ['No. 10 Downing Street', 'He lives at No. 10 Downing Street.', ['He lives at No. 10 Downing Street.']],
    ['Sept. 11', 'The Sept. 11 attacks changed everything.', ['The Sept. 11 attacks changed everything.']],
    ['dollars with decimals', 'The deal is worth $2.5 billion. Analysts were surprised.', ['The deal is worth $2.5 billion.', 'Analysts were surprised.']],
    ['thousands and decimals together', 'Debt rose to 1,000.50 dollars.', ['Debt rose to 1,000.50 dollars.']],
    ['e.g. and i.e.', 'Some states, e.g. Kazakhstan, agreed. Others, i.e. the rest, did not.', ['Some states, e.g. Kazakhstan, agreed.', 'Others, i.e. the rest, did not.']],
    ['question inside quotes, lower case goes on', 'He asked, "Why now?" and left.', ['He asked, "Why now?" and left.']],
    ['ending inside single quotes', "'It is over.' Then silence.", ["'It is over.'", 'Then silence.']],
    ['ending inside square brackets', '[Brackets close here.] Next one.', ['[Brackets close here.]', 'Next one.']],
    ['four dots', 'And so.... It ended.', ['And so....', 'It ended.']],
    ['Mr. and Mrs.', 'Mr. and Mrs. Smith arrived.', ['Mr. and Mrs. Smith arrived.']],
    ['version numbers', 'Version 2.0 was released. It crashed.', ['Version 2.0 was released.', 'It crashed.']],
    ['a year ends a sentence', 'It happened in 2024. In 2025 it ended.', ['It happened in 2024.', 'In 2025 it ended.']],
    ['exclamation in quotes, reporting verb', '"Hello!" she said.', ['"Hello!" she said.']],
    ['an initial opens the sentence', 'A. Smith wrote it.', ['A. Smith wrote it.']],
    ['section numbers', 'Section 3.4.5 says so.', ['Section 3.4.5 says so.']],
    ['approx. before a number', 'The population (approx. 19 million) grew.', ['The population (approx. 19 million) grew.']],
    ['Jan. 6', 'The Jan. 6 committee met.', ['The Jan. 6 committee met.']],
    ['quotes after colons', 'Tokayev said: "Wait." Then: "Go!" It was over.', ['Tokayev said: "Wait."', 'Then: "Go!"', 'It was over.']],
    ['a line break inside a paragraph', 'He said no.\nShe said yes.', ['He said no.', 'She said yes.']],
    ['empty', '', []],
    ['only spaces', '   ', []],
  ])('%s', (_name, text, expected) => {
    const got = splitEnglish(text);
    expect(texts(got)).toEqual(expected);
    wellFormed(text, got);
  });
});

describe('splitChinese', () => {
  it.each<[string, string, string[]]>([
    ['full stops', '峰会开幕了。五位总统出席。', ['峰会开幕了。', '五位总统出席。']],
    ['question and exclamation', '这是表态吗？没人知道！时间会证明。', ['这是表态吗？', '没人知道！', '时间会证明。']],
    ['ellipsis', '他说……我们再看。', ['他说……', '我们再看。']],
    ['mark and closing quote', '他说：“我们会去。”然后他离开了。', ['他说：“我们会去。”', '然后他离开了。']],
    ['closing quote then reporting verb', '“战争结束了。”他说。', ['“战争结束了。”', '他说。']],
    ['two marks then a closing quote', '“真的吗？！”她问道。', ['“真的吗？！”', '她问道。']],
    ['corner quotes', '他说：「好。」随后离开。', ['他说：「好。」', '随后离开。']],
    ['double corner quotes', '她说：『完了！』大家沉默。', ['她说：『完了！』', '大家沉默。']],
    ['closing parenthesis', '会谈失败了。（双方均否认。）新一轮会谈已在计划中。', ['会谈失败了。', '（双方均否认。）', '新一轮会谈已在计划中。']],
    ['nested quote', '他说：“她告诉我‘快走。’”随后离开。', ['他说：“她告诉我‘快走。’”', '随后离开。']],
    ['no split inside a book title', '他读了《你好吗？我很好。》这本书。', ['他读了《你好吗？我很好。》这本书。']],
    ['no split inside angle title', '文章题为〈中亚复兴！〉，引人关注。', ['文章题为〈中亚复兴！〉，引人关注。']],
    ['a title then a real end', '《哈萨克斯坦真理报》发表了文章。总统署名。', ['《哈萨克斯坦真理报》发表了文章。', '总统署名。']],
    ['half-width question mark before Chinese', '但这是否只是表态呢?格拉斯哥大学讲师表示同意。', ['但这是否只是表态呢?', '格拉斯哥大学讲师表示同意。']],
    ['half-width full stop before Chinese', '他来了.然后走了。', ['他来了.', '然后走了。']],
    ['half-width exclamation, closing quote, Chinese', '他喊道:"快走!"大家都跑了。', ['他喊道:"快走!"', '大家都跑了。']],
    ['half-width full stop, space, Chinese', '会议结束了. 代表们离开了。', ['会议结束了.', '代表们离开了。']],
    ['decimal stays whole', '预算为3.5亿美元。', ['预算为3.5亿美元。']],
    ['full-width decimal stays whole', '增长了3．5%。', ['增长了3．5%。']],
    ['dotted acronym before Chinese', '美国U.S.政府表示反对。', ['美国U.S.政府表示反对。']],
    ['half-width mark before Latin', '他说:Hello.World是程序。', ['他说:Hello.World是程序。']],
    ['a domain', '据Haqqin.az报道，会谈开始。', ['据Haqqin.az报道，会谈开始。']],
    ['half-width question mark at the end', '这是真的吗?', ['这是真的吗?']],
    ['no final mark', '哈萨克斯坦总统呼吁中亚安全合作背后的寓意', ['哈萨克斯坦总统呼吁中亚安全合作背后的寓意']],
    ['straight quote opening the next sentence', '他来了。"我们走吧。"她说。', ['他来了。', '"我们走吧。"', '她说。']],
    ['semicolon does not end', '第一，加强合作；第二，扩大贸易。', ['第一，加强合作；第二，扩大贸易。']],
    ['ideographic space after a mark', '第一句。\u3000第二句。', ['第一句。', '第二句。']],
    ['astral characters', '😀𠀀来了。好。', ['😀𠀀来了。', '好。']],
    ['half-width mark before an astral ideograph', '他来了?𠀀字难认。', ['他来了?', '𠀀字难认。']],
    ['question in quotes, then another quote', '他说：“你好吗？”我说：“很好。”', ['他说：“你好吗？”', '我说：“很好。”']],
    ['ellipsis inside a sentence run', '他停了一下……然后说话了。', ['他停了一下……', '然后说话了。']],
    ['three exclamation marks', '太好了！！！我们赢了。', ['太好了！！！', '我们赢了。']],
    ['dotted acronym of three letters', 'U.S.A.是美国。', ['U.S.A.是美国。']],
    ['decimal inside an article number', '根据第3.5条规定。', ['根据第3.5条规定。']],
    ['a title then two sentences', '《纽约时报》报道。他说。', ['《纽约时报》报道。', '他说。']],
    ['exclamation in quotes then reporting verb', '“你好！”他说。', ['“你好！”', '他说。']],
    ['a note in full-width brackets', '（注：此为草稿。）正文开始。', ['（注：此为草稿。）', '正文开始。']],
    ['half-width question mark in half-width quotes', '他问道:"为什么?"没人回答。', ['他问道:"为什么?"', '没人回答。']],
    ['a decimal opens the sentence', '3.14是圆周率。', ['3.14是圆周率。']],
    ['an English sentence before a Chinese one', 'Hello. 你好。', ['Hello.', '你好。']],
    ['three half-width dots before Chinese', '他说...我们走吧。', ['他说...', '我们走吧。']],
    ['a web address', '网址是www.example.com。下一句。', ['网址是www.example.com。', '下一句。']],
    ['an English title before a Chinese name', '他是Dr.李的学生。', ['他是Dr.李的学生。']],
    ['thousands separator', '约3,000人参加。', ['约3,000人参加。']],
    ['lenticular brackets', '【快讯】标题。正文。', ['【快讯】标题。', '正文。']],
    ['traditional characters in corner quotes', '他说：「這是繁體。」然後走了。', ['他说：「這是繁體。」', '然後走了。']],
    ['two quotations in a row', '“你来了？”“是的。”', ['“你来了？”', '“是的。”']],
    ['single curly quotes', '‘单引号。’接着说。', ['‘单引号。’', '接着说。']],
    ['half-width ideographic full stop', '第一句｡第二句｡', ['第一句｡', '第二句｡']],
    ['ellipsis closing a quotation', '他说：“我不知道……”然后沉默。', ['他说：“我不知道……”', '然后沉默。']],
    ['percent then a half-width full stop', '价格上涨了5.5%.市场反应平淡。', ['价格上涨了5.5%.', '市场反应平淡。']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    const got = splitChinese(text);
    expect(texts(got)).toEqual(expected);
    wellFormed(text, got);
  });
});

describe('splitSentences', () => {
  it('dispatches on the language', () => {
    expect(texts(splitSentences('One. Two.', 'en'))).toEqual(['One.', 'Two.']);
    expect(texts(splitSentences('一。二。', 'zh'))).toEqual(['一。', '二。']);
  });

  it('splits a 50,000-character paragraph quickly', () => {
    const en = 'The president spoke in Astana on Aug. 9 about security. '.repeat(900);
    const zh = '总统8月9日在阿斯塔纳谈到安全问题。'.repeat(3000);
    expect(splitEnglish(en)).toHaveLength(900);
    expect(splitChinese(zh)).toHaveLength(3000);
    const noMarks = 'a'.repeat(50_000);
    expect(splitEnglish(noMarks)).toHaveLength(1);
    expect(splitChinese('。'.repeat(50_000))).toHaveLength(1);
  });
});
