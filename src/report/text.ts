import { countBySeverity, type Finding, type Severity } from '../model/findings.js';
import type { ScanResult } from '../model/results.js';

const colours: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const dim = '\u001b[2m';
const reset = '\u001b[0m';

/** Drops control characters so that no file name or message can drive the terminal. */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/\n/g, ' ');
}

export function formatFindingLine(finding: Finding, colour: boolean): string {
  const place = finding.file
    ? `${stripControl(finding.file)}:${finding.span.startLine}:${finding.span.startColumn}`
    : '(repository)';
  const severity = colour ? `${colours[finding.severity]}${finding.severity}${reset}` : finding.severity;
  const rule = colour ? `${dim}${finding.ruleId}${reset}` : finding.ruleId;
  return `${place} ${severity} ${rule} ${stripControl(finding.message)}`;
}

/** `file:line:col severity rule-id message`, one a line, then problems and a count. */
export function renderText(result: ScanResult, options: { colour: boolean }): string {
  const lines = result.findings.map((finding) => formatFindingLine(finding, options.colour));
  for (const problem of result.problems) {
    const place = problem.span
      ? `${stripControl(problem.file)}:${problem.span.startLine}:${problem.span.startColumn}`
      : stripControl(problem.file);
    lines.push(`${place} note ${stripControl(problem.message)}`);
  }
  const counts = countBySeverity(result.findings);
  const suppressed = result.suppressed.length > 0 ? `, ${result.suppressed.length} suppressed` : '';
  lines.push(
    `${result.findings.length} finding(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)${suppressed}; ${result.files} file(s) scanned.`,
  );
  return `${lines.join('\n')}\n`;
}
