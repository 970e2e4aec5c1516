import { describe, expect, it } from 'vitest';
import { findRenderings, findTerm, termsIn } from '../../server/checks/terms.ts';
import type { TermEntry } from '../../server/checks/reference.ts';

const found = (text: string, english: string) => findTerm(text, english).map((h) => text.slice(h.start, h.end));

describe('findTerm', () => {
  it.each<[string, string, string[]]>([
    ['He wrote an op-ed.', 'op-ed', ['op-ed']],
    ['Two op-eds and an Op Ed and an oped.', 'op-ed', ['op-eds', 'Op Ed', 'oped']],
    ['The op-editor resigned.', 'op-ed', []],
    ['Secondary Sanctions and secondary-sanctions', 'secondary sanctions', ['Secondary Sanctions', 'secondary-sanctions']],
    ['secondarysanctions', 'secondary sanctions', []],
    ['a secondary sanction', 'secondary sanctions', ['secondary sanction']],
    ['military exercise, military exercising, military exercised', 'military exercises', ['military exercise', 'military exercising', 'military exercised']],
    ['consultative meetings', 'consultative meeting', ['consultative meetings']],
    ['a peacekeeper, peacekeepers', 'peacekeepers', ['peacekeeper', 'peacekeepers']],
    ['policies and a policy', 'policies', ['policies', 'policy']],
    ['the press presses on', 'press', ['press', 'presses']],
    ['military\u00a0exercises', 'military exercises', ['military\u00a0exercises']],
    // The letters every match starts with are looked for first: inflections, capitals,
    // letters that fold to ASCII, and terms that start outside ASCII must still be found.
    ['Two Cities and a city', 'city', ['Cities', 'city']],
    ['ſecondary ſanctions', 'secondary sanctions', ['ſecondary ſanctions']],
    ['rallies in Ürümqi and ÜRÜMQI', 'Ürümqi', ['Ürümqi', 'ÜRÜMQI']],
    ['nothing to see', 'secondary sanctions', []],
  ])('%s ~ %s', (text, english, expected) => {
    expect(found(text, english)).toEqual(expected);
  });

  it('ignores an empty term', () => {
    expect(findTerm('anything', ' ')).toEqual([]);
  });
});

describe('findRenderings', () => {
  it('prefers the longest rendering and allows spaces inside', () => {
    const text = '军事演习和演习，二级 制裁';
    expect(findRenderings(text, ['演习', '军事演习', '二级制裁']).map((h) => h.rendering)).toEqual(['军事演习', '演习', '二级制裁']);
  });
});

describe('termsIn', () => {
  const term = (english: string): TermEntry => ({ english, chinese: '译', variants: [], note: '' });
  const terms = ['op-ed', ' ', 'secondary sanctions', 'city', 'Ürümqi'].map(term);

  it.each([
    'Two op-eds, secondary-sanctions and the Cities.',
    'ſecondary ſanctions in ÜRÜMQI',
    'a city, a city and an Op Ed',
    'nothing to see',
    '',
  ])('gives each term its first findTerm hit, by index: %s', (text) => {
    const hits = termsIn(text, terms);
    terms.forEach((t, i) => expect(hits[i]).toEqual(findTerm(text, t.english)[0]));
    if (terms.every((t) => findTerm(text, t.english).length === 0)) expect(hits).toHaveLength(0);
  });
});
