import { countBySeverity, severitiesWorstFirst, severityRank, type Finding } from '../../model/findings.js';
import type { ScanResult } from '../../model/results.js';
import { scrubCredentials } from '../../credentials/values.js';
import { helpUri } from '../../rules/types.js';
import type { Verdict } from '../exit-decision.js';
import { plural } from '../verdict-wording.js';
import { fixHint } from './fix-hint.js';
import { cell, locationCell, type SourceLinks } from './markdown.js';
import { verdictLine } from './verdict.js';

/** The hidden first line the action finds its own comment by, so that it updates it instead of adding one. */
export const commentMarker = '<!-- ses-credential-hygiene -->';

export interface CommentOptions {
  verdict: Verdict;
  links?: SourceLinks | undefined;
  /** The workflow run, whose job summary lists everything. */
  runUrl?: string | undefined;
  /** Findings listed (the worst first); default 10. */
  maxFindings?: number;
}

const severityIcons = { error: '🔴', warning: '🟠', notice: '🔵' } as const;

/** A message is quoted at most this long: a comment is read at a glance, and GitHub caps one at 65 536 characters. */
const maxMessageLength = 300;

/** A finding's message, scrubbed of anything credential-shaped (as every output is) and cut to length. */
function shortMessage(message: string): string {
  const scrubbed = scrubCredentials(message);
  return scrubbed.length > maxMessageLength ? `${scrubbed.slice(0, maxMessageLength)}…` : scrubbed;
}

/** Worst first; among equals, the order of the scan (by file and line), so reruns list the same ones. */
function worstFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank[b.finding.severity] - severityRank[a.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

function countsLine(result: ScanResult): string {
  const counts = countBySeverity(result.findings);
  const parts = severitiesWorstFirst.filter((severity) => counts[severity] > 0).map((s) => plural(counts[s], s));
  const suppressed = result.suppressed.length > 0 ? `; ${result.suppressed.length} suppressed` : '';
  return `${plural(result.findings.length, 'finding')}${parts.length > 0 ? ` (${parts.join(', ')})` : ''} in ${plural(result.files, 'file')} scanned${suppressed}.`;
}

/** One line per rule among the listed findings: its page, and what to do when the help says it in a sentence. */
function advice(listed: readonly Finding[]): string[] {
  const ruleIds = [...new Set(listed.map((finding) => finding.ruleId))];
  return ruleIds.map((ruleId) => {
    const hint = fixHint(ruleId);
    return `- [\`${ruleId}\`](${helpUri(ruleId)})${hint ? `: ${cell(hint)}` : ''}`;
  });
}

/**
 * The pull request's comment: the verdict, the counts, the worst findings with links to their lines, and
 * what to do. Everything from the scanned files goes through the summary's escaping (cells, scrubbed code).
 */
export function renderPullRequestComment(result: ScanResult, options: CommentOptions): string {
  const max = options.maxFindings ?? 10;
  const listed = worstFirst(result.findings).slice(0, max);
  const lines = [
    commentMarker,
    '### SES credential hygiene',
    '',
    verdictLine(options.verdict),
    '',
    countsLine(result),
    '',
  ];
  if (listed.length > 0) {
    lines.push('| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
    for (const finding of listed) {
      const place = finding.file
        ? locationCell(options.links, {
            file: finding.file,
            line: finding.span.startLine,
            column: finding.span.startColumn,
          })
        : '(repository)';
      lines.push(
        `| ${severityIcons[finding.severity]} ${finding.severity} | ${place} | [\`${finding.ruleId}\`](${helpUri(finding.ruleId)}) | ${cell(shortMessage(finding.message))} |`,
      );
    }
    lines.push('');
    const more = result.findings.length - listed.length;
    if (more > 0)
      lines.push(
        `${plural(more, 'more finding')} ${more === 1 ? 'is' : 'are'} in the ${options.runUrl ? `[job summary](${options.runUrl})` : 'job summary'} and the SARIF report.`,
        '',
      );
    lines.push('**What to do**', '', ...advice(listed));
    lines.push(
      '- Or, when a finding is accepted, suppress it with a `# ses-credential-hygiene: ignore[rule-id] reason` comment on its line or the line above.',
      '',
    );
  } else if (options.runUrl) lines.push(`Details in the [job summary](${options.runUrl}).`, '');
  return lines.join('\n');
}
