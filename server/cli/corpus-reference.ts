import { existsSync } from 'node:fs';
import { loadReference } from '../checks/reference-load.ts';
import { EMPTY_REFERENCE, type Reference } from '../checks/reference.ts';
import type { InputError } from '../ingest/input-error.ts';

/**
 * The newsroom's reference files for a command's --corpus folder (corpus/ when not given; none
 * when the folder is absent). Malformed rows are skipped and handed to `warn`, so every command
 * goes on with the rest of the list and reports each bad line by file and number.
 */
export function corpusReference(folder: string | undefined, warn: (e: InputError) => void): { corpus: string; reference: Reference } {
  const corpus = folder ?? 'corpus';
  return { corpus, reference: existsSync(corpus) ? loadReference(corpus, warn) : EMPTY_REFERENCE };
}
