import { existsSync } from 'node:fs';
import type { ResolvedConfig } from '../checks/config.ts';
import { InputError } from '../ingest/input-error.ts';
import { readText } from '../ingest/read-inputs.ts';
import { resolveRecipe, type ConfigRecipe } from '../pipeline/config-recipe.ts';
import { UsageError } from './command.ts';

/** Read when --config is not given and the file is in the working folder. */
const DEFAULT_CONFIG = 'xinda.config.json';

/**
 * The configuration of --config FILE (which must exist), else ./xinda.config.json if present,
 * else the defaults: as data (file text and rule selection), so worker threads can resolve
 * the same one, and resolved, so the caller need not resolve it a second time.
 */
export function configRecipe(path: string | undefined, only: string[] | undefined): { recipe: ConfigRecipe; config: ResolvedConfig } {
  if (path !== undefined && !existsSync(path)) throw new UsageError(`no config file ${path}`);
  const file = path ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  const recipe: ConfigRecipe = {
    ...(file !== undefined && { file: { path: file, text: readText(file) } }),
    ...(only && only.length > 0 && { only }),
  };
  try {
    return { recipe, config: resolveRecipe(recipe) };
  } catch (e) {
    // A bad config file is an InputError (exit 2 with its line); an unknown --rule is a usage error.
    if (e instanceof InputError) throw e;
    throw new UsageError((e as Error).message);
  }
}
