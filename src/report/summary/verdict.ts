import { failingFindings, type FailScope } from '../../exit-decision.js';
import { countBySeverity, severitiesWorstFirst, type Finding, type Severity } from '../../model/findings.js';

export interface Verdict {
  failed: boolean;
  /** One sentence, starting lower case: "3 errors in files this pull request changes". */
  reason: string;
}

export interface VerdictInput {
  findings: readonly Finding[];
  failOn: Severity | 'never';
  scope: FailScope;
  /** With `strict`, files that could not be fully read fail the step too. */
  unreadFiles?: number;
  /** With `strict`, warnings about the scan itself (a glob that matches nothing) fail the step too. */
  scanWarnings?: number;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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

/**
 * The gate's decision and its reason, in words a reviewer reads before anything else: what failed the
 * step, or why nothing did (and what was seen but does not count).
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const { findings, failOn, scope } = input;
  const where = scope === 'changed' ? ' in files this pull request changes' : '';
  if (input.scanWarnings && input.scanWarnings > 0)
    return { failed: true, reason: `${plural(input.scanWarnings, 'warning')} about the scan, and strict is on` };
  if (input.unreadFiles && input.unreadFiles > 0)
    return { failed: true, reason: `${plural(input.unreadFiles, 'file')} could not be fully read, and strict is on` };
  if (failOn === 'never')
    return { failed: false, reason: `fail-on is never (${describeCounts(findings)} reported, none fails the step)` };
  const failing = failingFindings(findings, failOn, scope);
  if (failing.length > 0) return { failed: true, reason: `${describeCounts(failing)}${where}` };
  const everywhere = failingFindings(findings, failOn);
  const elsewhere = everywhere.length;
  const nothing = failOn === 'notice' ? 'no finding' : `nothing at ${failOn} or worse`;
  if (elsewhere > 0)
    return {
      failed: false,
      reason: `${nothing}${where}; ${describeCounts(everywhere)} in other files ${elsewhere === 1 ? 'is' : 'are'} listed below and ${elsewhere === 1 ? 'does' : 'do'} not fail the step`,
    };
  if (findings.length === 0) return { failed: false, reason: 'no findings' };
  return { failed: false, reason: `${nothing} (${describeCounts(findings)})` };
}

/** The verdict's line at the top of the summary. */
export function verdictLine(verdict: Verdict): string {
  return verdict.failed ? `❌ **Failed:** ${verdict.reason}.` : `✅ **Passed:** ${verdict.reason}.`;
}
