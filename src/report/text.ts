import { countBySeverity, type Finding, type Severity } from '../model/findings.js';
import type { FileProblem } from '../model/references.js';
import type { ScanResult } from '../model/results.js';
import { fixHint } from './summary/fix-hint.js';
import { stripControl } from '../common/control.js';

const colours: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const bold = '\u001b[1m';
const dim = '\u001b[2m';
const reset = '\u001b[0m';

export interface TextOptions {
  colour: boolean;
  /** Print each finding's fingerprint, to paste into a baseline or compare runs. */
  fingerprints?: boolean;
}

/** Lines of the grouped report are wrapped to fit this many columns. */
export const textWidth = 120;

function paint(text: string, code: string, colour: boolean): string {
  return colour ? `${code}${text}${reset}` : text;
}

/** `file:line:col severity rule-id message`: one line per finding, for editors and grep (`--format compact`). */
export function formatFindingLine(finding: Finding, colour: boolean, fingerprints = false): string {
  const place = finding.file
    ? `${stripControl(finding.file)}:${finding.span.startLine}:${finding.span.startColumn}`
    : '(repository)';
  const fingerprint = fingerprints && finding.fingerprint ? ` [${finding.fingerprint}]` : '';
  return `${place} ${paint(finding.severity, colours[finding.severity], colour)} ${paint(finding.ruleId, dim, colour)} ${stripControl(finding.message)}${fingerprint}`;
}

function problemPlace(problem: FileProblem): string {
  return problem.span
    ? `${stripControl(problem.file)}:${problem.span.startLine}:${problem.span.startColumn}`
    : stripControl(problem.file);
}

function countsLine(result: ScanResult): string {
  const counts = countBySeverity(result.findings);
  const suppressed = result.suppressed.length > 0 ? `, ${result.suppressed.length} suppressed` : '';
  return `${result.findings.length} finding(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)${suppressed}; ${result.files} file(s) scanned.`;
}

/** The compact form: one line per finding in the scan's order, then problems and the counts. */
export function renderCompactText(result: ScanResult, options: TextOptions): string {
  const lines = result.findings.map((finding) => formatFindingLine(finding, options.colour, options.fingerprints));
  for (const problem of result.problems) lines.push(`${problemPlace(problem)} note ${stripControl(problem.message)}`);
  lines.push(countsLine(result));
  return `${lines.join('\n')}\n`;
}

/** The compact lines of one file (`(repository)` for the repository's own findings), for the action's log. */
export interface FileLines {
  file: string;
  findings: number;
  lines: string[];
}

/** The compact form grouped by file, files in path order, lines in order; and the counts line that ends it. */
export function compactTextByFile(result: ScanResult): { files: FileLines[]; counts: string } {
  const files = byFile(result).map(([file, entries]) => ({
    file: file === '' ? '(repository)' : stripControl(file),
    findings: entries.filter((entry) => entry.kind === 'finding').length,
    lines: entries.map((entry) =>
      entry.kind === 'finding'
        ? formatFindingLine(entry.finding, false)
        : `${problemPlace(entry.problem)} note ${stripControl(entry.problem.message)}`,
    ),
  }));
  return { files, counts: countsLine(result) };
}

/**
 * Breaks text into lines of at most `width` characters at spaces; the first line has `first` columns
 * less room (what precedes it). A word longer than a line stands alone rather than being cut.
 */
export function wrap(text: string, width: number, first: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - first;
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
      room = width;
    }
  }
  lines.push(line);
  return lines;
}

const indent = '    ';

/** One finding: `line:column severity rule-id message`, wrapped, then what to do and the fingerprint. */
function findingBlock(finding: Finding, options: TextOptions): string[] {
  const position = finding.file ? `${finding.span.startLine}:${finding.span.startColumn}` : '-';
  const head = `  ${position} ${finding.severity} ${finding.ruleId} `;
  const [first = '', ...rest] = wrap(
    stripControl(finding.message),
    textWidth - indent.length,
    head.length - indent.length,
  );
  const lines = [
    `  ${position} ${paint(finding.severity, colours[finding.severity], options.colour)} ${paint(finding.ruleId, dim, options.colour)} ${first}`,
    ...rest.map((line) => `${indent}${line}`),
  ];
  const hint = fixHint(finding.ruleId);
  if (hint)
    lines.push(
      ...wrap(`fix: ${hint}`, textWidth - indent.length, 0).map((line) =>
        paint(`${indent}${line}`, dim, options.colour),
      ),
    );
  if (options.fingerprints && finding.fingerprint) lines.push(`${indent}fingerprint: ${finding.fingerprint}`);
  return lines;
}

type Entry = { kind: 'finding'; finding: Finding } | { kind: 'problem'; problem: FileProblem };

function lineOf(entry: Entry): number {
  return entry.kind === 'finding' ? entry.finding.span.startLine : (entry.problem.span?.startLine ?? 0);
}

function columnOf(entry: Entry): number {
  return entry.kind === 'finding' ? entry.finding.span.startColumn : (entry.problem.span?.startColumn ?? 0);
}

/** Findings and problems by file: files in path order (the repository's own findings last), lines in order. */
function byFile(result: ScanResult): Array<[string, Entry[]]> {
  const files = new Map<string, Entry[]>();
  const add = (file: string, entry: Entry) => {
    const entries = files.get(file);
    if (entries) entries.push(entry);
    else files.set(file, [entry]);
  };
  for (const finding of result.findings) add(finding.file, { kind: 'finding', finding });
  for (const problem of result.problems) add(problem.file, { kind: 'problem', problem });
  const order = (file: string) => (file === '' ? '\uffff' : file);
  return [...files]
    .sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map(([file, entries]) => [
      file,
      // A stable sort: findings at the same place keep the scan's order.
      entries.sort((a, b) => lineOf(a) - lineOf(b) || columnOf(a) - columnOf(b)),
    ]);
}

/**
 * The text report: a header per file, then each finding (`line:column severity rule-id message`) with what
 * to do on the next line, wrapped under 120 columns; then the counts.
 */
export function renderText(result: ScanResult, options: TextOptions): string {
  const lines: string[] = [];
  for (const [file, entries] of byFile(result)) {
    lines.push(paint(file === '' ? '(repository)' : stripControl(file), bold, options.colour));
    for (const entry of entries)
      if (entry.kind === 'finding') lines.push(...findingBlock(entry.finding, options));
      else {
        const position = entry.problem.span ? `${entry.problem.span.startLine}:${entry.problem.span.startColumn}` : '-';
        const head = `  ${position} note `;
        const [first = '', ...rest] = wrap(
          stripControl(entry.problem.message),
          textWidth - indent.length,
          head.length - indent.length,
        );
        lines.push(`${head}${first}`, ...rest.map((line) => `${indent}${line}`));
      }
    lines.push('');
  }
  lines.push(countsLine(result));
  return `${lines.join('\n')}\n`;
}
