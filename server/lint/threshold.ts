import type { FindingSeverity } from '../checks/types.ts';

export const SEVERITY_RANK: Record<FindingSeverity, number> = { minor: 1, major: 2, critical: 3 };

export function atOrAbove(severity: FindingSeverity, threshold: FindingSeverity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
