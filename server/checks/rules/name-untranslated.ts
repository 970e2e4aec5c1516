import type { DocumentRule, Draft } from '../types.ts';
import { documentNames } from '../../names/entities.ts';
import { latinEntityOccurrences } from '../../names/untranslated.ts';
import { suggestionFor } from '../../names/authority.ts';

// A person or an outlet left in Latin script in the Chinese (YouTube频道Khod Mysley): Chinese
// news gives people and outlets a Chinese name, with the original in brackets at most. This
// rule owns people and outlets; untranslated-latin leaves exactly these spans to it and keeps
// reporting every other piece of Latin (common words, unclear names). A web address is an
// outlet's own name (Haqqin.az网站), and house-style Latin (YouTube, Telegram, the outlets
// file's own Latin renderings) is left alone.

export const nameUntranslated: DocumentRule = {
  id: 'name-untranslated',
  category: 'Accuracy/Untranslated',
  severity: 'minor',
  description:
    'A person or news outlet left only in Latin script, with no Chinese rendering; the names or outlets file\'s rendering is the fix when it has one.',
  docs: {
    bad: {
      source: 'Later, the authors of Khod Mysley, a YouTube channel, questioned the plan.',
      target: '随后，YouTube频道Khod Mysley的作者质疑这一计划。',
    },
    good: {
      source: 'Later, the authors of Khod Mysley, a YouTube channel, questioned the plan.',
      target: '随后，YouTube频道“思路”（Khod Mysley）的作者质疑这一计划。',
    },
  },
  scope: 'document',
  defaultOptions: {},
  fixable: false,
  check({ doc, reference, style }) {
    const out: Draft[] = [];
    const names = documentNames(doc, reference);
    for (const { entity, occurrence: o } of latinEntityOccurrences(names, style)) {
      const what = entity.kind === 'person' ? 'Person' : 'Outlet';
      const fix = entity.authority ? suggestionFor(entity.authority, o.text) : undefined;
      out.push({
        target: { para: o.para, start: o.start, end: o.end },
        source: { para: o.source.para, start: o.source.start, end: o.source.end },
        message: `${what} left in Latin script: "${o.text}" has no Chinese rendering${fix ? ` (the ${entity.authority!.outlet ? 'outlets' : 'names'} file has ${fix})` : '; give one, with the original in brackets on first mention'}`,
        confidence: 0.75,
        ...(fix !== undefined && { suggestion: fix }),
      });
    }
    return out;
  },
};
