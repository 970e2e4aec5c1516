import { untranslatedBracket } from '../../server/checks/rules/untranslated-bracket.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(untranslatedBracket, {
  valid: [
    { source: 'He said [the CSTO] failed.', target: '他说[集体安全条约组织]失败了。', name: 'Chinese inside brackets' },
    { source: 'Reference [1] shows it.', target: '参考文献[1]显示了这一点。', name: 'a citation number' },
    { source: 'The CSTO [Collective Security Treaty Organization]', target: '集体安全条约组织（CSTO）', name: 'a Latin gloss in round brackets' },
    { source: '', target: '', name: 'empty paragraphs' },
    { source: 'x', target: '[注：CSTO]', name: 'a gloss mixing Chinese and Latin' },
    { source: 'x', target: '他说 [ and', name: 'an unpaired bracket' },
  ],
  invalid: [
    { source: 'interests [and] many', target: '“每个共和国都有自己的利益 [and] 许多边界问题尚未解决，”他说。', findings: [{ text: '[and]', start: 14, suggestion: '和', severity: 'major' }] },
    { source: "[Baku's interest]", target: "这符合[Baku's interest]。", findings: [{ text: "[Baku's interest]", suggestion: null }] },
    { source: 'x', target: '全角［and］括号', findings: [{ text: '［and］', suggestion: '和' }] },
    { source: 'x', target: '😀𠀀利益[and]问题', findings: [{ text: '[and]', start: 4 }], name: 'code-point offsets after an emoji and an astral ideograph' },
    { source: 'x', target: '[and] 一 [and] 二', findings: [{ text: '[and]', count: 2 }], name: 'identical findings grouped with a count' },
    { source: ['a', 'b'], target: ['一[or]', '二[but]'], findings: [{ text: '[or]', para: 0, suggestion: '或' }, { text: '[but]', para: 1, suggestion: '但' }] },
  ],
});
