import { channelLabels, kindLabels } from '../credentials/kinds.js';
import type { Severity } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';
import { rules } from '../rules/index.js';
import { helpUri } from '../rules/types.js';
import { countBySeverity } from './text.js';

/** Makes text safe inside a Markdown table cell: no HTML, no row or cell breaks. */
export function cell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');
}

const icons: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' };

export interface SummaryOptions {
  failOn: Severity | 'never';
  notAnnotated: number;
  /** Pull-request mode: findings in files the pull request does not change. */
  outsideDiff?: number;
  maxRows?: number;
}

export function renderSummary(result: ScanResult, options: SummaryOptions): string {
  const maxRows = options.maxRows ?? 200;
  const counts = countBySeverity(result.findings);
  const out: string[] = ['## SES credential hygiene', ''];
  const verdict =
    result.findings.length === 0
      ? 'No findings.'
      : `${result.findings.length} finding(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s).`;
  out.push(
    `${verdict} ${result.files} file(s) scanned; the step fails on ${options.failOn === 'never' ? 'nothing' : `${options.failOn} or worse`}.`,
    '',
  );
  if (options.notAnnotated > 0)
    out.push(
      `> ${options.notAnnotated} finding(s) were not annotated because GitHub shows at most 10 annotations of each level per step; all of them are listed below and in the SARIF file.`,
      '',
    );
  if (options.outsideDiff)
    out.push(
      `${options.outsideDiff} finding(s) are in files this pull request does not change: listed below (marked ⤷) and in SARIF, not annotated.`,
      '',
    );
  if (result.suppressed.length > 0)
    out.push(
      `${result.suppressed.length} finding(s) suppressed by ignore comments, the config file or the baseline.`,
      '',
    );

  const perRule = new Map<string, number>();
  for (const finding of result.findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  if (perRule.size > 0) {
    out.push('### Findings per rule', '', '| Rule | Severity | Count |', '| --- | --- | ---: |');
    for (const rule of rules) {
      const count = perRule.get(rule.meta.id);
      if (!count) continue;
      const severity =
        result.findings.find((finding) => finding.ruleId === rule.meta.id)?.severity ?? rule.meta.defaultSeverity;
      out.push(`| [\`${rule.meta.id}\`](${helpUri(rule.meta.id)}) | ${icons[severity]} | ${count} |`);
    }
    out.push('');
    out.push('### Findings', '', '| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
    for (const finding of result.findings.slice(0, maxRows)) {
      out.push(
        `| ${icons[finding.severity]} | \`${finding.ruleId}\` | ${finding.outsideDiff ? '⤷ ' : ''}${finding.file ? `\`${cell(finding.file)}:${finding.span.startLine}:${finding.span.startColumn}\`` : '(repository)'} | ${cell(finding.message)} |`,
      );
    }
    if (result.findings.length > maxRows)
      out.push('', `${result.findings.length - maxRows} more finding(s) are in the SARIF and JSON output.`);
    out.push('');
  }

  out.push('### Credential inventory', '');
  if (result.inventory.length === 0) out.push('No secrets are used by the scanned files.', '');
  else {
    const listed = result.inventory.some((entry) => entry.definedIn !== undefined);
    out.push(
      listed ? '| Secret | Kind | Flows to | Used at | Defined in |' : '| Secret | Kind | Flows to | Used at |',
      listed ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
    );
    for (const entry of result.inventory) {
      const kind = entry.kind ? kindLabels[entry.kind] : 'not a credential name';
      const root = entry.root ? ' **(root user)**' : '';
      const places =
        entry.locations
          .slice(0, 3)
          .map((l) => `\`${cell(l.file)}:${l.line}\``)
          .join(', ') + (entry.locations.length > 3 ? `, +${entry.locations.length - 3}` : '');
      const definedIn =
        entry.definedIn === undefined
          ? ''
          : ` ${entry.definedIn.length > 0 ? entry.definedIn.map(cell).join(', ') : '**nowhere**'} |`;
      out.push(
        `| \`${cell(entry.name)}\` | ${kind}${root} | ${entry.channels.map((channel) => channelLabels[channel]).join(', ') || '—'} | ${places || 'not used'} |${definedIn}`,
      );
    }
    out.push('');
  }

  if (result.iacCredentials.length > 0) {
    out.push(
      '### Credentials created by IaC',
      '',
      '| Access key | User | Parts and where they go |',
      '| --- | --- | --- |',
    );
    for (const entry of result.iacCredentials) {
      const flows =
        entry.flows
          .map((flow) => `${kindLabels[flow.part]} → ${cell(flow.to)} (\`${cell(flow.file)}:${flow.line}\`)`)
          .join('<br>') || 'not used in the scanned files';
      const user = entry.user
        ? `\`${cell(entry.user)}\`${entry.consoleAccess ? ' **(console login)**' : ''}`
        : 'unknown';
      out.push(
        `| \`${cell(entry.key.split('::').pop() ?? entry.key)}\` in \`${cell(entry.file)}\` | ${user} | ${flows} |`,
      );
    }
    out.push('');
  }

  if (result.problems.length > 0) {
    out.push(
      '<details><summary>Files not fully scanned (' + result.problems.length + ')</summary>',
      '',
      '| File | Reason |',
      '| --- | --- |',
    );
    for (const problem of result.problems.slice(0, maxRows))
      out.push(
        `| \`${cell(problem.file)}${problem.span ? `:${problem.span.startLine}` : ''}\` | ${cell(problem.message)} |`,
      );
    out.push('', '</details>', '');
  }
  return out.join('\n');
}
