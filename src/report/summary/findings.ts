import {
  countBySeverity,
  severitiesWorstFirst,
  severityRank,
  type Finding,
  type Severity,
} from '../../model/findings.js';
import { rules } from '../../rules/index.js';
import { helpUri } from '../../rules/types.js';
import { cell, locationCell, messageCell, type SourceLinks } from './markdown.js';
import { plural } from '../verdict-wording.js';
import { findingFix } from '../fixes.js';
import { fixDiffLines } from './fix-diff.js';

const severityIcons: Record<Severity, string> = { error: '🔴', warning: '🟠', notice: '🔵' };

export interface RuleGroup {
  ruleId: string;
  title: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

const ruleMeta = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));

function worst(group: RuleGroup): number {
  // A loop, not Math.max(...): a rule with hundreds of thousands of findings would overflow the stack.
  let rank = 0;
  for (const finding of group.findings) rank = Math.max(rank, severityRank[finding.severity]);
  return rank;
}

/** Findings grouped by rule, most severe rule first (worst finding, then harm, then how many). */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const same = byRule.get(finding.ruleId);
    if (same) same.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  return [...byRule]
    .map(([ruleId, ruleFindings]) => ({
      ruleId,
      title: ruleMeta.get(ruleId)?.title ?? ruleId,
      findings: ruleFindings,
      counts: countBySeverity(ruleFindings),
    }))
    .sort(
      (a, b) =>
        worst(b) - worst(a) ||
        (ruleMeta.get(b.ruleId)?.securitySeverity ?? 0) - (ruleMeta.get(a.ruleId)?.securitySeverity ?? 0) ||
        b.findings.length - a.findings.length ||
        (a.ruleId < b.ruleId ? -1 : 1),
    );
}

function countsText(counts: Record<Severity, number>): string {
  return severitiesWorstFirst
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
    .join(', ');
}

/** One row per rule with its real count of each severity (a rule's findings need not share one). */
export function perRuleTable(groups: readonly RuleGroup[]): string[] {
  const lines = ['| Rule | 🔴 Errors | 🟠 Warnings | 🔵 Notices |', '| --- | ---: | ---: | ---: |'];
  for (const group of groups)
    lines.push(
      `| [\`${group.ruleId}\`](${helpUri(group.ruleId)}) | ${severitiesWorstFirst.map((severity) => group.counts[severity] || '').join(' | ')} |`,
    );
  return lines;
}

export interface FindingListOptions {
  links?: SourceLinks | undefined;
  /** Rows listed in all; the rest are counted, not listed. */
  maxRows: number;
  /** Rows listed per rule. */
  maxRowsPerRule: number;
  /** Bytes of fix diffs shown in all (default 128 KiB); the fixes past it are counted, not shown. */
  maxFixBytes?: number;
}

/** Fix diffs share one allowance, so that fixes cannot crowd the rest of the summary out. */
class FixAllowance {
  shown = 0;
  left = 0;
  constructor(private bytes: number) {}
  /** The finding's fix as summary lines, or nothing when it has none or the allowance is spent. */
  take(finding: Finding, links: SourceLinks | undefined): string[] {
    const fix = findingFix(finding);
    if (!fix || !finding.file) return [];
    const lines = fixDiffLines(
      fix,
      { file: finding.file, line: finding.span.startLine, column: finding.span.startColumn },
      links,
    );
    const size = Buffer.byteLength(`${lines.join('\n')}\n`);
    if (size > this.bytes) {
      this.left++;
      return [];
    }
    this.bytes -= size;
    this.shown++;
    return lines;
  }
}

/** Default allowance for fix diffs in one summary. */
export const defaultMaxFixBytes = 128 * 1024;

function findingRow(finding: Finding, links: SourceLinks | undefined): string {
  const place = finding.file
    ? locationCell(links, { file: finding.file, line: finding.span.startLine, column: finding.span.startColumn })
    : '(repository)';
  return `| ${severityIcons[finding.severity]} ${finding.severity} | ${finding.outsideDiff ? '⤷ ' : ''}${place} | ${messageCell(finding.message)} |`;
}

/**
 * One collapsible block per rule, most severe first; the first block open. Every cap is stated where it
 * bites, with the number of findings it leaves out.
 */
export function findingDetails(groups: readonly RuleGroup[], options: FindingListOptions): string[] {
  const lines: string[] = [];
  let budget = options.maxRows;
  const fixes = new FixAllowance(options.maxFixBytes ?? defaultMaxFixBytes);
  groups.forEach((group, index) => {
    const listed = group.findings.slice(0, Math.min(options.maxRowsPerRule, budget));
    budget -= listed.length;
    lines.push(
      `<details${index === 0 ? ' open' : ''}><summary>${severityIcons[group.findings[0]?.severity ?? 'notice']} <code>${group.ruleId}</code>: ${cell(group.title)} (${countsText(group.counts)})</summary>`,
      '',
    );
    if (listed.length > 0) {
      lines.push('| Severity | Location | Message |', '| --- | --- | --- |');
      for (const finding of listed) lines.push(findingRow(finding, options.links));
      lines.push('');
      for (const finding of listed) lines.push(...fixes.take(finding, options.links));
    }
    const left = group.findings.length - listed.length;
    if (left > 0)
      lines.push(
        `${plural(left, 'more finding')} of this rule ${left === 1 ? 'is' : 'are'} not listed here (this summary lists at most ${options.maxRowsPerRule} per rule and ${options.maxRows} in all).`,
        '',
      );
    lines.push(`[What this rule means and how to fix it](${helpUri(group.ruleId)})`, '', '</details>', '');
  });
  if (fixes.left > 0)
    lines.push(
      `${fixes.left} more ${fixes.left === 1 ? 'fix is' : 'fixes are'} not shown here, to keep this summary small; the SARIF and JSON reports hold every fix.`,
      '',
    );
  return lines;
}

const suppressionLabels: Record<NonNullable<Finding['suppressed']>, string> = {
  inline: 'ignore comment',
  config: 'config file',
  baseline: 'baseline',
};

/** On a pull request: whether it added a finding's suppression (undefined when that is not known). */
export type AddedByPullRequest = (finding: Finding) => boolean | undefined;

function addedCell(added: boolean | undefined): string {
  if (added === undefined) return 'unknown';
  return added ? '**yes**' : 'no';
}

/**
 * Suppressed findings, so that what is hidden can be reviewed too; on a pull request, with whether the pull
 * request itself added the suppression (a reviewer's first question).
 */
export function suppressedDetails(
  suppressed: readonly Finding[],
  options: FindingListOptions & { addedByPullRequest?: AddedByPullRequest | undefined },
): string[] {
  if (suppressed.length === 0) return [];
  const listed = suppressed.slice(0, options.maxRows);
  const added = options.addedByPullRequest;
  const lines = [
    `<details><summary>Suppressed findings (${suppressed.length})</summary>`,
    '',
    added
      ? '| Rule | Severity | Location | Suppressed by | Added by this pull request |'
      : '| Rule | Severity | Location | Suppressed by |',
    added ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
  ];
  for (const finding of listed)
    lines.push(
      `| \`${finding.ruleId}\` | ${severityIcons[finding.severity]} ${finding.severity} | ${finding.file ? locationCell(options.links, { file: finding.file, line: finding.span.startLine, column: finding.span.startColumn }) : '(repository)'} | ${finding.suppressed ? suppressionLabels[finding.suppressed] : 'unknown'} |${added ? ` ${addedCell(added(finding))} |` : ''}`,
    );
  lines.push('');
  if (suppressed.length > listed.length)
    lines.push(`${plural(suppressed.length - listed.length, 'more suppressed finding')} not listed here.`, '');
  lines.push('</details>', '');
  return lines;
}
