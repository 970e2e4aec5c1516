import { describe, expect, it } from 'vitest';
import { authorityFor } from '../../server/names/authority.ts';
import type { Entity, Rendering } from '../../server/names/entities.ts';
import { isNonstandard, isUntranslated, verdicts } from '../../server/names/verdicts.ts';
import { corpusEntities } from '../../server/names/corpus-entities.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';

// The per-rendering judgements `xinda names` and the review page's names panel share.

const rendering = (text: string, how: Rendering['how']): Rendering => ({ key: text, text, how, occurrences: [] });

const authority = authorityFor({
  names: [{ english: 'Kassym-Jomart Tokayev', chinese: '卡瑟姆-若马尔特·托卡耶夫', kind: 'person' }],
  outlets: [{ outlet: 'RFE/RL', chinese: '自由欧洲电台', aliases: ['自由电台'], kind: 'broadcaster' }],
});
const tokayev = authority.lookup('Kassym-Jomart Tokayev');
const rferl = authority.lookup('RFE/RL');

describe('isNonstandard', () => {
  it.each([
    ['the standard form', tokayev, rendering('卡瑟姆-若马尔特·托卡耶夫', 'standard'), false],
    ['the standard form with a name dot for the hyphen', tokayev, rendering('卡瑟姆·若马尔特·托卡耶夫', 'sound'), false],
    ['the surname alone', tokayev, rendering('托卡耶夫', 'sound'), false],
    ['another transliteration', tokayev, rendering('卡西姆·若马尔特·托卡耶夫', 'sound'), true],
    ['a slashed pair of accepted names', rferl, rendering('自由欧洲电台/自由电台', 'meaning'), false],
    ['a name the file does not accept', rferl, rendering('欧洲自由电台', 'meaning'), true],
    ['a Latin rendering (judged as untranslated instead)', rferl, rendering('RFE/RL', 'latin'), false],
    ['a name without an authority row', undefined, rendering('马尔丹', 'sound'), false],
  ])('%s', (_what, entry, r, expected) => {
    expect(isNonstandard(entry, r)).toBe(expected);
  });
});

describe('isUntranslated', () => {
  it.each<[string, Entity['kind'], Rendering, boolean]>([
    ['a person left in Latin', 'person', rendering('Sergei Mardan', 'latin'), true],
    ['an outlet left in Latin', 'outlet', rendering('Khod Mysley', 'latin'), true],
    ['an outlet that is a web address', 'outlet', rendering('Haqqin.az', 'latin'), false],
    ['a place left in Latin', 'place', rendering('Birlestik', 'latin'), false],
    ['an acronym left in Latin', 'acronym', rendering('MI6', 'latin'), false],
    ['a person rendered by sound', 'person', rendering('马尔丹', 'sound'), false],
  ])('%s', (_what, kind, r, expected) => {
    expect(isUntranslated(kind, r)).toBe(expected);
  });
});

// The entity-level verdict as `xinda names` prints it, over whole documents.
const doc = (key: string, zh: string) => ({ key, source: ['Finance Minister Anna Kowalczyk spoke on Friday.'], target: [zh], links: [{ src: [0], tgt: [0] }] });

describe('verdicts', () => {
  it.each([
    ['one rendering', [doc('a', '财政部长安娜·科瓦尔奇克周五发表讲话。')], ['ok']],
    ['two documents, two renderings', [doc('a', '财政部长安娜·科瓦尔奇克周五发表讲话。'), doc('b', '财政部长安娜·科瓦尔齐克周五发表讲话。')], ['variant']],
    ['left in Latin', [doc('a', '财政部长Anna Kowalczyk周五发表讲话。')], ['untranslated']],
    ['left out', [doc('a', '财政部长周五发表讲话。')], ['not rendered']],
  ])('%s', (_what, docs, expected) => {
    const entities = corpusEntities(docs, EMPTY_REFERENCE);
    expect(entities.map((e) => [e.forms, verdicts(e)])).toEqual([[['Anna Kowalczyk'], expected]]);
  });
});

describe('verdicts with an authority row', () => {
  const ref = { ...EMPTY_REFERENCE, names: [{ english: 'Anna Kowalczyk', chinese: '安娜·科瓦尔奇克', kind: 'person' as const }] };
  it.each([
    ['the standard form', '财政部长安娜·科瓦尔奇克周五发表讲话。', ['ok']],
    ['another transliteration', '财政部长安娜·科瓦尔齐克周五发表讲话。', ['nonstandard']],
  ])('%s', (_what, zh, expected) => {
    const entities = corpusEntities([doc('a', zh)], ref);
    expect(entities.map((e) => [e.forms, verdicts(e)])).toEqual([[['Anna Kowalczyk'], expected]]);
  });
});

describe('verdicts within one document', () => {
  it('two renderings in one document are inconsistent', () => {
    const d = {
      key: 'a',
      source: ['Finance Minister Anna Kowalczyk spoke on Friday.', 'Anna Kowalczyk said rates would rise.'],
      target: ['财政部长安娜·科瓦尔奇克周五发表讲话。', '安娜·科瓦尔齐克说利率将上升。'],
      links: [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }],
    };
    const entities = corpusEntities([d], EMPTY_REFERENCE);
    expect(entities.map((e) => [e.forms, verdicts(e)])).toEqual([[['Anna Kowalczyk'], ['inconsistent']]]);
  });
});
