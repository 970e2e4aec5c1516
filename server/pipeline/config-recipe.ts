import { resolveConfig, type ResolvedConfig } from '../checks/config.ts';
import { RULES } from '../checks/rules/index.ts';

// A configuration as the data it is made from (the config file's text and the --rule
// selection), because rule objects hold functions and cannot be posted to a worker thread:
// each worker resolves the same recipe and checks that it arrived at the same hash.

export interface ConfigRecipe {
  file?: { path: string; text: string };
  /** Run only these rules (lint --rule); every id must be among the enabled rules. */
  only?: string[];
}

export function resolveRecipe(recipe: ConfigRecipe): ResolvedConfig {
  const config = resolveConfig(RULES, recipe.file);
  if (!recipe.only || recipe.only.length === 0) return config;
  const known = new Set(config.rules.map((r) => r.rule.id));
  const unknown = recipe.only.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`unknown or disabled rule "${unknown[0]}"`);
  const only = new Set(recipe.only);
  return { ...config, rules: config.rules.filter((r) => only.has(r.rule.id)) };
}
