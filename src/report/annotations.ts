import type { Finding, Severity } from '../model/findings.js';
import type { FileProblem } from '../model/references.js';

/** GitHub shows at most this many annotations of each level per step. */
export const annotationLimitPerLevel = 10;

/** Escapes a workflow command's message, as the runner decodes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: also `:` and `,`, which would end the property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface Annotation {
  level: Severity;
  file: string;
  title: string;
  message: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

export function formatCommand(annotation: Annotation): string {
  // A finding on the repository (a secret's value) has no file: GitHub shows it on the run, not on a line.
  const properties: string[] = annotation.file ? [`file=${escapeProperty(annotation.file)}`] : [];
  if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  if (annotation.endLine !== undefined) properties.push(`endLine=${annotation.endLine}`);
  // GitHub ignores columns on annotations that span lines, so they are sent only for single-line spans.
  if (annotation.column !== undefined && annotation.line === annotation.endLine)
    properties.push(`col=${annotation.column}`);
  if (annotation.endColumn !== undefined && annotation.line === annotation.endLine)
    properties.push(`endColumn=${annotation.endColumn}`);
  properties.push(`title=${escapeProperty(annotation.title)}`);
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

function fromFinding(finding: Finding): Annotation {
  const title = `${finding.ruleId} (ses-credential-hygiene)`;
  if (!finding.file) return { level: finding.severity, file: '', title, message: finding.message };
  return {
    level: finding.severity,
    file: finding.file,
    title,
    message: finding.message,
    line: finding.span.startLine,
    endLine: finding.span.endLine,
    column: finding.span.startColumn,
    endColumn: finding.span.endColumn,
  };
}

export interface AnnotationPlan {
  commands: string[];
  shown: number;
  notShown: number;
}

/**
 * The annotations to emit: findings arrive worst first; each level is cut at GitHub's limit, and the
 * last annotation shown says how many more there are. Parse problems follow as notices, within the notice limit.
 */
export function planAnnotations(findings: readonly Finding[], problems: readonly FileProblem[] = []): AnnotationPlan {
  const perLevel: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotated: Annotation[] = [];
  for (const finding of findings) {
    if (perLevel[finding.severity] >= annotationLimitPerLevel) continue;
    perLevel[finding.severity]++;
    annotated.push(fromFinding(finding));
  }
  const notShown = findings.length - annotated.length;
  const lastFinding = annotated.at(-1);
  if (notShown > 0 && lastFinding)
    lastFinding.message += `\n\n${notShown} more finding(s) are not annotated (GitHub shows ${annotationLimitPerLevel} per level); see the job summary or the SARIF file.`;
  const notes: Annotation[] = [];
  for (const problem of problems) {
    if (perLevel.notice >= annotationLimitPerLevel) break;
    perLevel.notice++;
    notes.push({
      level: 'notice',
      file: problem.file,
      title: 'ses-credential-hygiene: file not fully scanned',
      message: problem.message,
      ...(problem.span ? { line: problem.span.startLine, endLine: problem.span.startLine } : {}),
    });
  }
  const shown = [...annotated, ...notes];
  return { commands: shown.map(formatCommand), shown: shown.length, notShown };
}
