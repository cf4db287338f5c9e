import { severityRank, type Finding, type Severity } from './model/findings.js';
import type { ScanResult } from './model/results.js';
import type { FailScope } from './report/summary/verdict.js';
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
 * strict, files that could not be fully read fail it too, whatever the findings. With `failScope:
 * changed`, only findings in files the pull request changes count (the others are still reported).
 */
export function exitDecision(
  result: ScanResult,
  options: { failOn: FailOn; strict: boolean; failScope?: FailScope },
): ExitDecision {
  if (options.strict && result.problems.length > 0)
    return {
      fail: true,
      reason: `${toolName}: ${result.problems.length} file(s) could not be fully read (--strict)`,
    };
  const changedOnly = options.failScope === 'changed';
  const counted = changedOnly ? result.findings.filter((finding) => !finding.outsideDiff) : result.findings;
  if (reachesThreshold(counted, options.failOn)) {
    const counts = countBySeverity(counted);
    const where = changedOnly ? ' in files this pull request changes' : '';
    return {
      fail: true,
      reason: `${toolName}: ${counted.length} finding(s)${where}, ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${options.failOn} or worse.`,
    };
  }
  return { fail: false, reason: undefined };
}
