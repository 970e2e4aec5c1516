import { describe, expect, it } from 'vitest';
import { categoryGroups, loadCategories, parseCategories } from '../../server/web/mqm-categories.ts';
import { RULES } from '../../server/checks/rules/index.ts';

describe('MQM category tree', () => {
  it('reads the tree of corpus/mqm-categories.tsv, with every category the rules use', () => {
    const tree = loadCategories();
    for (const rule of RULES) expect(tree.has(rule.category), rule.category).toBe(true);
    expect(tree.has('Accuracy')).toBe(true);
    expect(tree.has('Accuracy/Made up')).toBe(false);
    expect(tree.label('Accuracy/Omission', 'zh')).toBe('漏译');
    expect(tree.label('Accuracy/Omission', 'en')).toBe('Omission');
  });

  it('turns the tree into option groups, parents first, children indented by depth', () => {
    const tree = parseCategories('t.tsv', 'category\tzh\tnote\nA\t甲\t\nA/B\t乙\tbee\nA/B/C\t丙\t\nD\t丁\t\n');
    expect(categoryGroups(tree, 'zh')).toEqual([
      {
        label: '甲',
        options: [
          { path: 'A', label: '甲', depth: 0, note: '' },
          { path: 'A/B', label: '乙', depth: 1, note: 'bee' },
          { path: 'A/B/C', label: '丙', depth: 2, note: '' },
        ],
      },
      { label: '丁', options: [{ path: 'D', label: '丁', depth: 0, note: '' }] },
    ]);
  });

  it.each([
    ['an empty file', '', 't.tsv: file is empty'],
    ['a missing column', 'category\tnote\nA\tx\n', 't.tsv:1: header has no column "zh"'],
    ['a child before its parent', 'category\tzh\nA/B\t乙\nA\t甲\n', 't.tsv:2: category "A/B" comes before its parent "A"'],
    ['a duplicate', '# c\ncategory\tzh\nA\t甲\nA\t甲\n', 't.tsv:4: category "A" is listed twice'],
    ['an empty part', 'category\tzh\nA\t甲\nA//B\t乙\n', 't.tsv:3: category "A//B" has an empty or padded part'],
    ['no Chinese name', 'category\tzh\nA\t\n', 't.tsv:2: every category needs a path and a Chinese name'],
    ['too many cells', 'category\tzh\nA\t甲\tx\n', 't.tsv:2: 3 cells, the header has 2'],
  ])('refuses %s, naming the file and line', (_what, text, message) => {
    expect(() => parseCategories('t.tsv', text)).toThrow(message);
  });
});
