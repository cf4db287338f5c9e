import { severityRank, type Finding, type Severity } from './model/findings.js';
import type { ScanResult } from './model/results.js';
import { countBySeverity } from './report/text.js';
import { toolName } from './version.js';

/** The least severe finding that fails the run; `never`: findings never fail it. */
export type FailOn = Severity | 'never';

/** Whether the run fails and, when it does, why: for the step's error or the CLI's standard error. */
export type ExitDecision = { fail: true; reason: string } | { fail: false; reason: undefined };

export function reachesThreshold(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((finding) => severityRank[finding.severity] >= severityRank[failOn]);
}

/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, files that could not be fully read fail it too, whatever the findings.
 */
export function exitDecision(result: ScanResult, options: { failOn: FailOn; strict: boolean }): ExitDecision {
  if (options.strict && result.problems.length > 0)
    return {
      fail: true,
      reason: `${toolName}: ${result.problems.length} file(s) could not be fully read (--strict)`,
    };
  if (reachesThreshold(result.findings, options.failOn)) {
    const counts = countBySeverity(result.findings);
    return {
      fail: true,
      reason: `${toolName}: ${result.findings.length} finding(s), ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${options.failOn} or worse.`,
    };
  }
  return { fail: false, reason: undefined };
}
