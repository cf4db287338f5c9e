import { severitiesWorstFirst } from '../model/findings.js';
import { toolName } from '../common/version.js';
import { markdownText } from './summary/markdown.js';
import type { FailCause, FailedVerdict, FailScope, PassCause, SeverityCounts, Verdict } from './exit-decision.js';

/** "1 file", "3 files". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The words every account of a gate on changed files ends with: " in files this pull request changes", or nothing. */
export function inChangedFiles(scope: FailScope): string {
  return scope === 'changed' ? ' in files this pull request changes' : '';
}

const total = (counts: SeverityCounts) => counts.error + counts.warning + counts.notice;

/** "3 errors and 1 warning", worst first; "no findings" when all are zero. */
function describeCounts(counts: SeverityCounts): string {
  const parts = severitiesWorstFirst
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity));
  if (parts.length === 0) return 'no findings';
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Why nothing failed the run, in words a reviewer reads before anything else. */
function passSentence(cause: PassCause, failOn: Verdict['failOn'], scope: FailScope): string {
  const nothing = failOn === 'notice' ? 'no finding' : `nothing at ${failOn} or worse`;
  switch (cause.kind) {
    case 'fail-on-never':
      return `fail-on is never (${describeCounts(cause.reported)} reported, none fails the step)`;
    case 'outside-changed-files': {
      const one = total(cause.outside) === 1;
      return `${nothing}${inChangedFiles(scope)}; ${describeCounts(cause.outside)} in other files ${one ? 'is' : 'are'} listed below and ${one ? 'does' : 'do'} not fail the step`;
    }
    case 'no-findings':
      return 'no findings';
    case 'below-fail-on':
      return `${nothing} (${describeCounts(cause.reported)})`;
  }
}

/** Why the run failed, for the summary. */
function failSentence(cause: FailCause, scope: FailScope): string {
  switch (cause.kind) {
    case 'scan-warnings':
      return `${plural(cause.warnings, 'warning')} about the scan, and strict is on`;
    case 'unread-files':
      return `${plural(cause.files, 'file')} could not be fully read, and strict is on`;
    case 'findings':
      return `${describeCounts(cause.failing)}${inChangedFiles(scope)}`;
    case 'settings-unread':
      return `${markdownText(cause.reason)}; ${cause.then.failed ? 'and ' : ''}${verdictReason(cause.then)}`;
  }
}

/** For the summary, one sentence starting lower case, without its full stop: "3 errors in files this pull request changes". */
export function verdictReason(verdict: Verdict): string {
  return verdict.failed
    ? failSentence(verdict.cause, verdict.failScope)
    : passSentence(verdict.cause, verdict.failOn, verdict.failScope);
}

/** For the step's error or the CLI's standard error: only a failed run has one. */
export function failureLine(verdict: FailedVerdict): string {
  const { cause, failScope, failOn } = verdict;
  switch (cause.kind) {
    case 'scan-warnings':
      return `${toolName}: ${cause.warnings} warning(s), and strict is on`;
    case 'unread-files':
      return `${toolName}: ${cause.files} file(s) could not be fully read (--strict)`;
    case 'findings':
      return `${toolName}: ${total(cause.counted)} finding(s)${inChangedFiles(failScope)}, ${cause.counted.error} error(s) and ${cause.counted.warning} warning(s); failing on ${failOn} or worse.`;
    case 'settings-unread': {
      const findings = cause.then.failed ? `. And: ${failureLine(cause.then).replace(`${toolName}: `, '')}` : '';
      return `${toolName}: ${cause.reason}${findings}`;
    }
  }
}
