import { existsSync } from 'node:fs';
import { resolveConfig, type ResolvedConfig } from '../checks/config.ts';
import { RULES } from '../checks/rules/index.ts';
import { readText } from '../ingest/read-inputs.ts';
import { UsageError } from './command.ts';

export const DEFAULT_CONFIG = 'xinda.config.json';

/** The configuration: the file given with --config (which must exist), else ./xinda.config.json if present, else defaults. */
export function loadConfig(path: string | undefined): ResolvedConfig {
  if (path !== undefined && !existsSync(path)) throw new UsageError(`no config file ${path}`);
  const file = path ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  return resolveConfig(RULES, file !== undefined ? { path: file, text: readText(file) } : undefined);
}

