import type { AnyRule } from '../types.ts';
import { untranslatedBracket } from './untranslated-bracket.ts';

/** Every rule xinda has, in the order they are documented and run. */
export const RULES: readonly AnyRule[] = [untranslatedBracket];
