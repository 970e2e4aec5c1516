import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { alignDocument, sentenceGroups } from '../../server/align/align-document.ts';
import { galeChurch, galeChurchDocument, normalCdf } from '../../server/align/gale-church.ts';

const fmt = (links: { src: number[]; tgt: number[] }[]) => links.map((l) => `[${l.src.join(',')}]:[${l.tgt.join(',')}]`);
const lines = (f: string) =>
  readFileSync(new URL(`../../corpus/${f}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('alignDocument', () => {
  it('keeps the human paragraph alignment of the demo article and links sentences inside it', () => {
    const en = lines('seed-000.en.txt');
    const zh = lines('seed-000.zh.txt');
    const gold = readFileSync(new URL('../../corpus/seed-000.alignment-notes.md', import.meta.url), 'utf8').match(/^\[[\d, ]*\]:\[[\d, ]*\]$/gm)!;
    const a = alignDocument(en, zh);
    expect(fmt(a.paragraphs)).toEqual(gold.map((g) => g.replace(/ /g, '')));
    // Every sentence once, in order, and never linked across a paragraph link.
    expect(a.links.flatMap((l) => l.src)).toEqual([...a.source.keys()]);
    expect(a.links.flatMap((l) => l.tgt)).toEqual([...a.target.keys()]);
    for (const l of a.links) {
      const p = a.paragraphs.find((g) => l.src.every((s) => g.src.includes(a.source[s]!.para)) && l.tgt.every((t) => g.tgt.includes(a.target[t]!.para)));
      expect(p, `link ${fmt([l])[0]} stays inside one paragraph link`).toBeDefined();
    }
    // The dropped subheading (English paragraph 11) has no Chinese sentence.
    const sub = a.links.filter((l) => l.src.some((s) => a.source[s]!.para === 11));
    expect(sub.every((l) => l.tgt.length === 0)).toBe(true);
  });

  it('gives a paragraph unlinked on each side to the sentence stage together', () => {
    expect(fmt(sentenceGroups([{ src: [0], tgt: [0] }, { src: [], tgt: [1] }, { src: [1], tgt: [] }, { src: [2], tgt: [2] }, { src: [3], tgt: [] }]))).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[2]:[2]',
      '[3]:[]',
    ]);
  });

  it('links the sentences of a paragraph pair whose lengths disagree', () => {
    const en = [
      'The summit opened in Astana on Friday.',
      'There was no agreement on security, trade, water, energy, transport, migration, the border or the budget between the two delegations, officials said after the talks, which lasted into the night.',
    ];
    const zh = ['峰会周五在阿斯塔纳开幕。', '官员们说，两国代表团没有达成协议。'];
    const a = alignDocument(en, zh);
    expect(a.links.every((l) => l.src.length > 0 && l.tgt.length > 0)).toBe(true);
  });
});

describe('Gale–Church baseline', () => {
  it('has a normal distribution function', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
  });

  it('aligns by length alone', () => {
    // English characters against Chinese length (about 0.27 Chinese characters per English one).
    expect(fmt(galeChurch([100, 40, 200], [27, 11, 54]))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
    expect(fmt(galeChurch([100, 100, 40], [54, 11]))).toEqual(['[0,1]:[0]', '[2]:[1]']);
    expect(galeChurch([], [])).toEqual([]);
  });

  it('aligns paragraphs first, then sentences inside them', () => {
    const a = galeChurchDocument(['One sentence here. And another one there.', 'A third sentence.'], ['这里一句话。那里又一句。', '第三句话。']);
    expect(fmt(a.paragraphs)).toEqual(['[0]:[0]', '[1]:[1]']);
    expect(fmt(a.links)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
  });
});
