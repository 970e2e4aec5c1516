import type { ResolvedConfig } from './config.ts';

/**
 * Like sacreBLEU's signature: enough to tell whether two results were produced the same way.
 * The version is passed in so that the core stays free of file reads.
 */
export function signature(version: string, config: ResolvedConfig): string {
  return `xinda:${version}|config:${config.hash}|rules:${config.rules.map((r) => r.rule.id).join(',')}`;
}
