import { severitiesWorstFirst, type Finding, type Severity } from '../model/findings.js';
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

export interface PlanOptions {
  /** Error slots kept free for the step's own messages (the failure reason printed before the annotations). */
  reservedErrors?: number;
}

/**
 * Picks up to `slots` findings of one level: the first (worst) finding of each rule, so that no rule
 * goes unseen behind a commoner one, then the rest worst first. Keeps the findings' order.
 */
function spreadOverRules(findings: readonly Finding[], slots: number): Finding[] {
  const chosen = new Set<Finding>();
  const rulesSeen = new Set<string>();
  for (const finding of findings) {
    if (chosen.size >= slots) break;
    if (rulesSeen.has(finding.ruleId)) continue;
    rulesSeen.add(finding.ruleId);
    chosen.add(finding);
  }
  for (const finding of findings) {
    if (chosen.size >= slots) break;
    chosen.add(finding);
  }
  return findings.filter((finding) => chosen.has(finding));
}

function moreNote(notShown: number, problemsNotShown: number): Annotation {
  const parts = [
    ...(notShown > 0 ? [`${notShown} more finding(s)`] : []),
    ...(problemsNotShown > 0 ? [`${problemsNotShown} more file problem(s)`] : []),
  ];
  return {
    level: 'notice',
    file: '',
    title: 'ses-credential-hygiene: more findings than annotations',
    message: `${parts.join(' and ')} are not annotated (GitHub shows ${annotationLimitPerLevel} annotations per level and step); see the job summary or the SARIF file.`,
  };
}

/**
 * The annotations to emit. Findings arrive worst first; each level gets GitHub's limit, spread over
 * rules (one per rule first). Parse problems follow as notices. When anything is left out, a notice of
 * its own (not a line appended to some finding) says how much.
 */
export function planAnnotations(
  findings: readonly Finding[],
  problems: readonly FileProblem[] = [],
  options: PlanOptions = {},
): AnnotationPlan {
  const byLevel = (level: Severity) => findings.filter((finding) => finding.severity === level);
  const slots: Record<Severity, number> = {
    error: Math.max(0, annotationLimitPerLevel - (options.reservedErrors ?? 0)),
    warning: annotationLimitPerLevel,
    notice: annotationLimitPerLevel,
  };
  const overflows =
    severitiesWorstFirst.some((level) => byLevel(level).length > slots[level]) ||
    byLevel('notice').length + problems.length > slots.notice;
  // The note about what was left out takes one notice slot itself.
  if (overflows) slots.notice--;
  const annotated = severitiesWorstFirst.flatMap((level) =>
    spreadOverRules(byLevel(level), slots[level]).map(fromFinding),
  );
  const noticesLeft = Math.max(0, slots.notice - byLevel('notice').length);
  const notes: Annotation[] = problems.slice(0, noticesLeft).map((problem) => ({
    level: 'notice',
    file: problem.file,
    title: 'ses-credential-hygiene: file not fully scanned',
    message: problem.message,
    ...(problem.span ? { line: problem.span.startLine, endLine: problem.span.startLine } : {}),
  }));
  const notShown = findings.length - annotated.length;
  const problemsNotShown = problems.length - notes.length;
  const shown = [...annotated, ...notes];
  if (notShown > 0 || problemsNotShown > 0) shown.push(moreNote(notShown, problemsNotShown));
  return { commands: shown.map(formatCommand), shown: annotated.length + notes.length, notShown };
}
