import { countBySeverity, severitiesWorstFirst, severityRank, type Finding, type Severity } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';
import { toolName } from '../common/version.js';

/** The least severe finding that fails the run; `never`: findings never fail it. */
export type FailOn = Severity | 'never';

/** Whether the step fails on every finding or only on those in files the pull request changes. */
export type FailScope = 'all' | 'changed';

/** What the run is judged by: the action's inputs or the CLI's options, and the warnings about the scan itself. */
export interface Gate {
  failOn: FailOn;
  strict: boolean;
  /** Which findings count (default all). */
  failScope?: FailScope;
  /** Warnings about the scan itself (a glob that matches nothing, no file scanned); they fail it under strict. */
  scanWarnings?: number;
}

/**
 * Whether the run fails and why, decided once where the action or the CLI decides its exit, and handed
 * to the job summary so that the two can never disagree.
 */
export interface Verdict {
  failed: boolean;
  /** For the summary, one sentence starting lower case: "3 errors in files this pull request changes". */
  reason: string;
  /** For the step's error or the CLI's standard error; only when the run fails. */
  failure: string | undefined;
  failOn: FailOn;
  failScope: FailScope;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The words every account of a gate on changed files ends with: " in files this pull request changes", or nothing. */
export function inChangedFiles(scope: FailScope): string {
  return scope === 'changed' ? ' in files this pull request changes' : '';
}

/** The findings the gate counts: all of them, or only those in files the pull request changes. */
function gatedFindings(findings: readonly Finding[], scope: FailScope): Finding[] {
  return scope === 'changed' ? findings.filter((finding) => !finding.outsideDiff) : [...findings];
}

/** The counted findings at `failOn` or worse: what fails the run. */
function failingFindings(findings: readonly Finding[], failOn: FailOn, scope: FailScope): Finding[] {
  if (failOn === 'never') return [];
  return gatedFindings(findings, scope).filter((finding) => severityRank[finding.severity] >= severityRank[failOn]);
}

/** "3 errors and 1 warning" for the findings given, worst first; "no findings" when empty. */
function describeCounts(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const parts = severitiesWorstFirst
    .map((severity) => [severity, counts[severity]] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity));
  if (parts.length === 0) return 'no findings';
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Why nothing failed the run, in words a reviewer reads before anything else (and what was seen but does not count). */
function passReason(findings: readonly Finding[], failOn: FailOn, scope: FailScope): string {
  if (failOn === 'never') return `fail-on is never (${describeCounts(findings)} reported, none fails the step)`;
  const everywhere = failingFindings(findings, failOn, 'all');
  const nothing = failOn === 'notice' ? 'no finding' : `nothing at ${failOn} or worse`;
  const elsewhere = everywhere.length;
  if (elsewhere > 0)
    return `${nothing}${inChangedFiles(scope)}; ${describeCounts(everywhere)} in other files ${elsewhere === 1 ? 'is' : 'are'} listed below and ${elsewhere === 1 ? 'does' : 'do'} not fail the step`;
  if (findings.length === 0) return 'no findings';
  return `${nothing} (${describeCounts(findings)})`;
}

/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, warnings about the scan itself and files that could not be fully read fail it too, whatever the
 * findings. With `failScope: changed`, only findings in files the pull request changes count (the others
 * are still reported).
 */
export function decideVerdict(result: ScanResult, gate: Gate): Verdict {
  const { failOn } = gate;
  const failScope = gate.failScope ?? 'all';
  const warnings = gate.scanWarnings ?? 0;
  const failedWith = (reason: string, failure: string): Verdict => ({
    failed: true,
    reason,
    failure: `${toolName}: ${failure}`,
    failOn,
    failScope,
  });
  if (gate.strict && warnings > 0)
    return failedWith(
      `${plural(warnings, 'warning')} about the scan, and strict is on`,
      `${warnings} warning(s), and strict is on`,
    );
  const unread = result.problems.length;
  if (gate.strict && unread > 0)
    return failedWith(
      `${plural(unread, 'file')} could not be fully read, and strict is on`,
      `${unread} file(s) could not be fully read (--strict)`,
    );
  const failing = failingFindings(result.findings, failOn, failScope);
  if (failing.length > 0) {
    const counted = gatedFindings(result.findings, failScope);
    const counts = countBySeverity(counted);
    return failedWith(
      `${describeCounts(failing)}${inChangedFiles(failScope)}`,
      `${counted.length} finding(s)${inChangedFiles(failScope)}, ${counts.error} error(s) and ${counts.warning} warning(s); failing on ${failOn} or worse.`,
    );
  }
  return {
    failed: false,
    reason: passReason(result.findings, failOn, failScope),
    failure: undefined,
    failOn,
    failScope,
  };
}
