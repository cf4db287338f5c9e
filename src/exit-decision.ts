import { countBySeverity, severityRank, type Finding, type Severity } from './model/findings.js';
import type { ScanResult } from './model/results.js';
import { toolName } from './version.js';

/** The least severe finding that fails the run; `never`: findings never fail it. */
export type FailOn = Severity | 'never';

/** Whether the run fails and, when it does, why: for the step's error or the CLI's standard error. */
export type ExitDecision = { fail: true; reason: string } | { fail: false; reason: undefined };

/** Whether the step fails on every finding or only on those in files the pull request changes. */
export type FailScope = 'all' | 'changed';

/** The findings the gate counts: all of them, or only those in files the pull request changes. */
function gatedFindings(findings: readonly Finding[], scope: FailScope = 'all'): Finding[] {
  return scope === 'changed' ? findings.filter((finding) => !finding.outsideDiff) : [...findings];
}

/** The counted findings at `failOn` or worse: what fails the run. The summary's verdict reads the same list. */
export function failingFindings(findings: readonly Finding[], failOn: FailOn, scope: FailScope = 'all'): Finding[] {
  if (failOn === 'never') return [];
  return gatedFindings(findings, scope).filter((finding) => severityRank[finding.severity] >= severityRank[failOn]);
}

/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, warnings about the scan itself (a glob that matches nothing, no file scanned) and files that
 * could not be fully read fail it too, whatever the findings. With `failScope:
 * changed`, only findings in files the pull request changes count (the others are still reported).
 */
export function exitDecision(
  result: ScanResult,
  options: { failOn: FailOn; strict: boolean; failScope?: FailScope; scanWarnings?: number },
): ExitDecision {
  const warnings = options.scanWarnings ?? 0;
  if (options.strict && warnings > 0)
    return { fail: true, reason: `${toolName}: ${warnings} warning(s), and strict is on` };
  if (options.strict && result.problems.length > 0)
    return {
      fail: true,
      reason: `${toolName}: ${result.problems.length} file(s) could not be fully read (--strict)`,
    };
  if (failingFindings(result.findings, options.failOn, options.failScope).length > 0) {
    const counted = gatedFindings(result.findings, options.failScope);
    const counts = countBySeverity(counted);
    const where = options.failScope === 'changed' ? ' in files this pull request changes' : '';
    return {
      fail: true,
      reason: `${toolName}: ${counted.length} finding(s)${where}, ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${options.failOn} or worse.`,
    };
  }
  return { fail: false, reason: undefined };
}
