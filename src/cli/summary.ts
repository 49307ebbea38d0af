// Counting findings by severity, and deciding the exit status from --fail-on. Shared by every
// output format so the exit code never depends on which format was asked for.

import type { Finding, Severity } from '../core';
import type { FailOn } from './args';
import { EXIT_FINDINGS, EXIT_OK } from './errors';

export type SeverityCounts = { error: number; warning: number; info: number };

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** True when `severity` is at or above the --fail-on threshold. */
export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return RANK[severity] >= RANK[failOn];
}

export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): number {
  return findings.some((f) => meetsThreshold(f.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK;
}
