import { countBySeverity, severityRank, type Finding, type Severity } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';

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

export type SeverityCounts = Record<Severity, number>;

/** Why the run passed. */
export type PassCause =
  | { kind: 'no-findings' }
  /** `fail-on: never`: what was reported, none of which fails the step. */
  | { kind: 'fail-on-never'; reported: SeverityCounts }
  /** Findings below fail-on only. */
  | { kind: 'below-fail-on'; reported: SeverityCounts }
  /** Findings at fail-on or worse, all in files the pull request does not change (scope `changed`). */
  | { kind: 'outside-changed-files'; outside: SeverityCounts };

/** Why the run failed, in the order the checks are made: the first that holds is the cause. */
export type FailCause =
  /** Under strict: warnings about the scan itself. */
  | { kind: 'scan-warnings'; warnings: number }
  /** Under strict: files with a note (a file with several notes counts once). */
  | { kind: 'unread-files'; files: number }
  /** Findings at fail-on or worse (`failing`) among the findings the scope counts (`counted`). */
  | { kind: 'findings'; failing: SeverityCounts; counted: SeverityCounts }
  /**
   * The base commit's settings could not be read, so the scan ran on the built-in defaults: the run fails
   * with that reason first, whatever the findings; `then` is what the findings alone decided.
   */
  | { kind: 'settings-unread'; reason: string; then: Verdict };

interface Judged {
  failOn: FailOn;
  failScope: FailScope;
}
export type PassedVerdict = Judged & { failed: false; cause: PassCause };
export type FailedVerdict = Judged & { failed: true; cause: FailCause };

/**
 * Whether the run fails and why, decided once where the action or the CLI decides its exit, and handed
 * to the job summary so that the two can never disagree. `report/verdict-wording.ts` puts it in words.
 */
export type Verdict = PassedVerdict | FailedVerdict;

/** The findings the gate counts: all of them, or only those in files the pull request changes. */
function gatedFindings(findings: readonly Finding[], scope: FailScope): Finding[] {
  return scope === 'changed' ? findings.filter((finding) => !finding.outsideDiff) : [...findings];
}

/** The rank a finding must reach to fail the run: under `never`, one no finding reaches. */
const failRank: Record<FailOn, number> = { ...severityRank, never: Infinity };

/** The findings at `failOn` or worse: what fails the run. */
function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return findings.filter((finding) => severityRank[finding.severity] >= failRank[failOn]);
}

/** Why nothing failed the run (and what was seen but does not count). */
function passCause(findings: readonly Finding[], failOn: FailOn): PassCause {
  if (failOn === 'never') return { kind: 'fail-on-never', reported: countBySeverity(findings) };
  const outside = failingFindings(findings, failOn);
  if (outside.length > 0) return { kind: 'outside-changed-files', outside: countBySeverity(outside) };
  if (findings.length === 0) return { kind: 'no-findings' };
  return { kind: 'below-fail-on', reported: countBySeverity(findings) };
}

/** Files with at least one note: a file with three modules not followed is one file not fully read. */
function filesWithNotes(result: ScanResult): number {
  return new Set(result.problems.map((problem) => problem.file)).size;
}

/** The first cause that fails the run, if any. */
function failCause(result: ScanResult, gate: Gate, failScope: FailScope): FailCause | undefined {
  const warnings = gate.scanWarnings ?? 0;
  if (gate.strict && warnings > 0) return { kind: 'scan-warnings', warnings };
  const unread = filesWithNotes(result);
  if (gate.strict && unread > 0) return { kind: 'unread-files', files: unread };
  const counted = gatedFindings(result.findings, failScope);
  const failing = failingFindings(counted, gate.failOn);
  if (failing.length === 0) return undefined;
  return { kind: 'findings', failing: countBySeverity(failing), counted: countBySeverity(counted) };
}

/**
 * Whether the action step or the CLI fails, on the final result (suppressed findings never count). With
 * strict, warnings about the scan itself and files that could not be fully read fail it too, whatever the
 * findings. With `failScope: changed`, only findings in files the pull request changes count (the others
 * are still reported).
 */
export function decideVerdict(result: ScanResult, gate: Gate): Verdict {
  const judged = { failOn: gate.failOn, failScope: gate.failScope ?? 'all' };
  const cause = failCause(result, gate, judged.failScope);
  if (cause) return { ...judged, failed: true, cause };
  return { ...judged, failed: false, cause: passCause(result.findings, gate.failOn) };
}
