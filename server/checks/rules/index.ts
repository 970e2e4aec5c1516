import type { AnyRule } from '../types.ts';
import { untranslatedBracket } from './untranslated-bracket.ts';
import { untranslatedLatin } from './untranslated-latin.ts';
import { untranslatedSegment } from './untranslated-segment.ts';
import { omission } from './omission.ts';
import { addition } from './addition.ts';
import { numberMismatch } from './number-mismatch.ts';
import { entityMismatch } from './entity-mismatch.ts';
import { quoteMismatch } from './quote-mismatch.ts';
import { termMismatch } from './term-mismatch.ts';
import { termInconsistent } from './term-inconsistent.ts';
import { pronounGender } from './pronoun-gender.ts';
import { pronounAddition } from './pronoun-addition.ts';
import { punctuationWidth } from './punctuation-width.ts';
import { scriptTraditional } from './script-traditional.ts';
import { repeatedWord } from './repeated-word.ts';
import { nameInconsistent } from './name-inconsistent.ts';
import { outletInconsistent } from './outlet-inconsistent.ts';
import { nameNonstandard } from './name-nonstandard.ts';
import { nameVariantCorpus } from './name-variant-corpus.ts';
import { nameUntranslated } from './name-untranslated.ts';

/** Every rule xinda has, in the order they are documented and run. */
export const RULES: readonly AnyRule[] = [untranslatedBracket, untranslatedLatin, untranslatedSegment, omission, addition, numberMismatch, entityMismatch, quoteMismatch, termMismatch, termInconsistent, pronounGender, pronounAddition, punctuationWidth, scriptTraditional, repeatedWord, nameInconsistent, outletInconsistent, nameNonstandard, nameVariantCorpus, nameUntranslated];
