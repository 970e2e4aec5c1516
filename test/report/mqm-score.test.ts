import { describe, expect, it } from 'vitest';
import { combineScores, DEFAULT_MQM_WEIGHTS, errorWeight, formatWeights, mqmScore, parseWeights } from '../../server/report/mqm-score.ts';
import { countWords } from '../../server/report/source-words.ts';

describe('errorWeight', () => {
  it.each([
    ['minor', 'Accuracy/Mistranslation', 1],
    ['major', 'Accuracy/Mistranslation', 5],
    ['critical', 'Accuracy/Omission', 25],
    ['minor', 'Linguistic conventions/Punctuation', 0.1],
    ['minor', 'Fluency/punctuation', 0.1],
    ['major', 'Linguistic conventions/Punctuation', 5],
    ['neutral', 'Style/Awkward', 0],
  ] as const)('%s %s weighs %d', (severity, category, w) => {
    expect(errorWeight({ severity, category })).toBe(w);
  });
});

describe('mqmScore', () => {
  it('sums weights times counts and normalises per 100 source words', () => {
    const s = mqmScore(
      [
        { severity: 'major', category: 'Accuracy/Omission' },
        { severity: 'minor', category: 'Linguistic conventions/Punctuation', count: 3 },
        { severity: 'minor', category: 'Terminology/Inconsistent', count: 2 },
      ],
      200,
    );
    // 5 + 3 × 0.1 + 2 × 1 = 7.3 over 200 words → 3.65 per 100.
    expect(s).toEqual({ errors: 6, penalty: 7.3, words: 200, per100Words: 3.65 });
  });

  it('has no rate without source words', () => {
    expect(mqmScore([{ severity: 'minor', category: 'x' }], 0)).toEqual({ errors: 1, penalty: 1, words: 0, per100Words: null });
  });

  it('takes other weights', () => {
    const w = { ...DEFAULT_MQM_WEIGHTS, major: 10, minorPunctuation: 0 };
    expect(mqmScore([{ severity: 'major', category: 'a' }, { severity: 'minor', category: 'Punctuation' }], 50, w).per100Words).toBe(20);
  });

  it('combines parts by adding penalties and words, not by averaging rates', () => {
    const a = mqmScore([{ severity: 'critical', category: 'a' }], 100); // 25 per 100
    const b = mqmScore([], 400); // 0
    expect(combineScores([a, b])).toEqual({ errors: 1, penalty: 25, words: 500, per100Words: 5 });
  });
});

describe('parseWeights', () => {
  it('reads a subset and keeps the other defaults; formatWeights writes what it reads', () => {
    const w = parseWeights('major=4, minor-punctuation=0.5');
    expect(w).toEqual({ minor: 1, major: 4, critical: 25, minorPunctuation: 0.5 });
    expect(parseWeights(formatWeights(w))).toEqual(w);
  });

  it.each(['major', 'grave=3', 'minor=-1', 'minor=x'])('refuses %s, naming it', (bad) => {
    expect(() => parseWeights(bad)).toThrow(bad);
  });
});

describe('countWords', () => {
  it.each([
    ['Tokayev spoke on August 9.', 5],
    ["Kassym-Jomart Tokayev didn't say 3.5 or 240,000.", 7],
    ['  ', 0],
  ])('%s has %d words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
