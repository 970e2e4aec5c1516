import { createHash } from 'node:crypto';
import { InputError } from '../ingest/input-error.ts';
import { jsonErrorOffset, lineColumn } from '../ingest/json-error-offset.ts';
import type { AnyRule, FindingSeverity, HouseStyle } from './types.ts';

/**
 * xinda.config.json:
 * { "rules": { "RULE-ID": "off" | "minor" | "major" | "critical" | { "severity"?: ..., "options"?: {...} } },
 *   "style": { "fullWidthPunctuation": true, "allowLatin": ["YouTube"], "latinNamesAllowed": false } }
 * Everything is optional; what is missing takes the defaults (Chinese news, Xinhua conventions).
 */
export interface ResolvedRule {
  rule: AnyRule;
  severity: FindingSeverity;
  options: unknown;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  style: HouseStyle;
  /** Hash of the effective settings, for result signatures. */
  hash: string;
}

export const DEFAULT_STYLE: HouseStyle = {
  fullWidthPunctuation: true,
  // The newsroom's list is corpus/latin-allowlist.txt (Reference.allowLatin); config adds to it.
  allowLatin: [],
  latinNamesAllowed: false,
};

const SEVERITY_NAMES = ['minor', 'major', 'critical'] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function resolveConfig(rules: readonly AnyRule[], file?: { path: string; text: string }): ResolvedConfig {
  const raw = file ? parseConfig(file.path, file.text) : {};
  const fail = (msg: string): never => {
    throw new InputError(file?.path ?? 'xinda.config.json', msg);
  };
  const known = new Map(rules.map((r) => [r.id, r]));
  const ruleSettings = raw.rules ?? {};
  if (typeof ruleSettings !== 'object' || Array.isArray(ruleSettings) || ruleSettings === null) fail('"rules" must be an object');
  for (const id of Object.keys(ruleSettings as object)) {
    if (!known.has(id)) fail(`unknown rule "${id}" in "rules" (known: ${[...known.keys()].join(', ')})`);
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = (ruleSettings as Record<string, Json>)[rule.id];
    let severity: FindingSeverity | 'off' = rule.severity;
    let options: Record<string, Json> = {};
    if (typeof setting === 'string') severity = severityOf(setting, rule.id, fail);
    else if (setting && typeof setting === 'object' && !Array.isArray(setting)) {
      if (setting.severity !== undefined) severity = severityOf(setting.severity, rule.id, fail);
      if (setting.options !== undefined) {
        if (typeof setting.options !== 'object' || setting.options === null || Array.isArray(setting.options)) fail(`"rules.${rule.id}.options" must be an object`);
        options = setting.options as Record<string, Json>;
        const allowed = Object.keys(rule.defaultOptions as object);
        for (const k of Object.keys(options)) if (!allowed.includes(k)) fail(`rule "${rule.id}" has no option "${k}" (options: ${allowed.join(', ') || 'none'})`);
      }
    } else if (setting !== undefined) fail(`"rules.${rule.id}" must be "off", a severity or an object`);
    if (severity === 'off') continue;
    resolved.push({ rule, severity, options: { ...(rule.defaultOptions as object), ...options } });
  }
  const s = (raw.style ?? {}) as Record<string, Json>;
  const style: HouseStyle = {
    fullWidthPunctuation: bool(s.fullWidthPunctuation, DEFAULT_STYLE.fullWidthPunctuation, 'style.fullWidthPunctuation', fail),
    latinNamesAllowed: bool(s.latinNamesAllowed, DEFAULT_STYLE.latinNamesAllowed, 'style.latinNamesAllowed', fail),
    allowLatin:
      s.allowLatin === undefined
        ? DEFAULT_STYLE.allowLatin
        : Array.isArray(s.allowLatin) && s.allowLatin.every((x) => typeof x === 'string')
          ? (s.allowLatin as string[])
          : fail('"style.allowLatin" must be an array of strings'),
  };
  const hash = createHash('sha256')
    .update(JSON.stringify({ rules: resolved.map((r) => [r.rule.id, r.severity, r.options]), style }))
    .digest('hex')
    .slice(0, 12);
  return { rules: resolved, style, hash };
}

function severityOf(v: Json, id: string, fail: (m: string) => never): FindingSeverity | 'off' {
  if (v === 'off' || (typeof v === 'string' && (SEVERITY_NAMES as readonly string[]).includes(v))) return v as FindingSeverity | 'off';
  return fail(`rule "${id}": severity must be off, minor, major or critical, not ${JSON.stringify(v)}`);
}

function bool(v: Json | undefined, fallback: boolean, name: string, fail: (m: string) => never): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') fail(`"${name}" must be true or false`);
  return v as boolean;
}

function parseConfig(path: string, text: string): { rules?: Json; style?: Json } {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (e) {
    const at = jsonErrorOffset(text);
    const where = at >= 0 ? lineColumn(text, at) : undefined;
    const detail = where ? `unexpected ${JSON.stringify(text.slice(at, at + 1) || 'end of file')} at column ${where.column}` : (e as Error).message;
    throw new InputError(path, `malformed JSON: ${detail}`, where ? { line: where.line } : {});
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(path, 'expected a JSON object');
  for (const k of Object.keys(value)) if (k !== 'rules' && k !== 'style' && k !== '$schema') throw new InputError(path, `unknown key "${k}" (expected "rules" and "style")`);
  return value as { rules?: Json; style?: Json };
}
