import { existsSync } from 'node:fs';
import { InputError } from '../ingest/input-error.ts';
import { readText } from '../ingest/read-inputs.ts';
import { resolveRecipe, type ConfigRecipe } from '../pipeline/config-recipe.ts';
import { DEFAULT_CONFIG } from './check-setup.ts';
import { UsageError } from './command.ts';

/** The config as data (file text and rule selection), so worker threads can resolve the same one. */
export function configRecipe(path: string | undefined, only: string[] | undefined): ConfigRecipe {
  if (path !== undefined && !existsSync(path)) throw new UsageError(`no config file ${path}`);
  const file = path ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  const recipe: ConfigRecipe = {
    ...(file !== undefined && { file: { path: file, text: readText(file) } }),
    ...(only && only.length > 0 && { only }),
  };
  try {
    resolveRecipe(recipe);
  } catch (e) {
    // A bad config file is an InputError (exit 2 with its line); an unknown --rule is a usage error.
    if (e instanceof InputError) throw e;
    throw new UsageError((e as Error).message);
  }
  return recipe;
}

