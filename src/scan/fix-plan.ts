/**
 * What `--fix` would change, worked out without touching a file: each file's text before and after
 * its findings' fixes, and the unified diff `--fix --dry-run` prints.
 */
import { printableLine, stripControl } from '../common/control.js';
import { scrubCredentials } from '../credentials/values.js';
import type { Finding, FixEdit } from '../model/findings.js';
import type { Span } from '../model/references.js';
import { applyEdits, lineOf, lineStarts, spanOffsets, spliced } from '../rules/fixes/text.js';

/** One file the fixes change. */
export interface FileFix {
  file: string;
  before: string;
  after: string;
  /** Each applied fix's description, once, in the order of the findings. */
  reasons: string[];
  edits: FixEdit[];
  /**
   * `before` with each literal credential the scan found masked (`Tr0u*******`, of the same length, so the
   * edits' places hold), for the diff only: no scrubber knows a password of no particular shape.
   */
  shown?: string;
}

export interface FixPlan {
  files: FileFix[];
  /** Files whose fixes no longer fit their text: the reason, for the user. */
  refused: Array<{ file: string; reason: string }>;
}

/**
 * The fixes of the findings that count (not suppressed), applied to the texts they were made against.
 * A suggestion-only fix is never applied. An edit two findings share is made once.
 */
export function planFixes(
  findings: readonly Finding[],
  texts: ReadonlyMap<string, string>,
  /** Findings whose literals the diff masks: those that count and the suppressed ones. */
  literals: readonly Finding[] = findings,
): FixPlan {
  const secrets = literalsByFile(literals);
  const byFile = new Map<string, { edits: FixEdit[]; reasons: string[]; seen: Set<string> }>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.suggestionOnly || finding.suppressed) continue;
    for (const edit of fix.edits) {
      const entry = byFile.get(edit.file) ?? { edits: [], reasons: [], seen: new Set<string>() };
      byFile.set(edit.file, entry);
      const { span } = edit;
      const key = `${span.startLine}:${span.startColumn}:${span.endLine}:${span.endColumn}:${edit.replacement}`;
      if (!entry.seen.has(key)) entry.edits.push(edit);
      entry.seen.add(key);
      if (!entry.reasons.includes(fix.description)) entry.reasons.push(fix.description);
    }
  }
  const plan: FixPlan = { files: [], refused: [] };
  for (const [file, { edits, reasons }] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const before = texts.get(file);
    const after = before === undefined ? undefined : applyEdits(before, edits);
    if (before === undefined || after === undefined)
      plan.refused.push({ file, reason: 'its text is not the text the fixes were made for' });
    else if (after !== before) {
      const spans = secrets.get(file);
      plan.files.push({ file, before, after, reasons, edits, ...(spans ? { shown: masked(before, spans) } : {}) });
    }
  }
  return plan;
}

/**
 * The places of the literal credentials the findings name, by file: a finding names a literal by its
 * redaction (`Tr0u…`, credentials/redact.ts), which is also the part of it the diff may show.
 */
function literalsByFile(findings: readonly Finding[]): Map<string, Array<{ span: Span; shown: string }>> {
  const byFile = new Map<string, Array<{ span: Span; shown: string }>>();
  for (const finding of findings) {
    const name = finding.credential?.name;
    if (!finding.file || !name?.endsWith('…')) continue;
    const same = byFile.get(finding.file) ?? [];
    byFile.set(finding.file, same);
    same.push({ span: finding.span, shown: name.slice(0, -1) });
  }
  return byFile;
}

/** The text with each literal's place masked after its shown prefix (line breaks kept): same length, in one pass. */
function masked(text: string, literals: ReadonlyArray<{ span: Span; shown: string }>): string {
  const starts = lineStarts(text);
  const ranges = literals
    .flatMap(({ span, shown }) => {
      const at = spanOffsets(text, span, starts);
      if (!at) return [];
      // The literal may be quoted: its prefix is kept where it starts, if it does within the span.
      const prefix = shown === '' ? -1 : text.indexOf(shown, at.start);
      const from = prefix !== -1 && prefix + shown.length <= at.end ? prefix + shown.length : at.start;
      return [{ start: from, end: at.end }];
    })
    .sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(at, range.start);
    if (range.end <= start) continue;
    pieces.push(text.slice(at, start), text.slice(start, range.end).replace(/[^\r\n]/g, '*'));
    at = range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** Lines of context around each change, as `diff -u` gives. */
const context = 3;

/**
 * The unified diff of one file's fixes. Hunks are built from the edits' own lines (no diff algorithm:
 * linear in the file, whatever it holds), each edit's lines with three lines of context, edits closer
 * than that merged into one hunk. Every line shown is scrubbed of credentials (a key on a line near a
 * change is quoted as context) and of control characters (the file name too): the diff is for reading
 * on a terminal, never for `patch`.
 */
export function unifiedDiff(fix: FileFix): string {
  // Lines are taken from the masked text (same length, same places) whenever the scan found a literal.
  const text = fix.shown ?? fix.before;
  const starts = lineStarts(fix.before);
  const lineCount = starts.length;
  const ranges = fix.edits
    .flatMap((edit) => {
      const at = spanOffsets(fix.before, edit.span, starts);
      if (!at) return [];
      const first = lineOf(starts, at.start);
      // An insertion at a line's start changes no line of the old text: it goes before that line.
      const inserted = at.end === at.start && starts[first - 1] === at.start;
      const last = at.end > at.start ? lineOf(starts, at.end - 1) : inserted ? first - 1 : first;
      return [{ ...at, first, last, replacement: edit.replacement }];
    })
    .sort((a, b) => a.start - b.start);
  const hunks: Array<{ first: number; last: number; edits: typeof ranges }> = [];
  for (const range of ranges) {
    const first = Math.max(1, Math.min(range.first, range.last) - context);
    const last = Math.min(lineCount, range.last + context);
    const previous = hunks[hunks.length - 1];
    if (previous && first <= previous.last + 1) {
      previous.last = Math.max(previous.last, last);
      previous.edits.push(range);
    } else hunks.push({ first, last, edits: [range] });
  }
  const file = stripControl(fix.file);
  let out = `--- a/${file}\n+++ b/${file}\n`;
  let shift = 0;
  for (const hunk of hunks) {
    const sliceStart = starts[hunk.first - 1] ?? 0;
    const sliceEnd = starts[hunk.last] ?? fix.before.length;
    const after = spliced(
      text.slice(sliceStart, sliceEnd),
      hunk.edits.map((edit) => ({ ...edit, start: edit.start - sliceStart, end: edit.end - sliceStart })),
    );
    const oldLines = splitLines(text.slice(sliceStart, sliceEnd));
    const newLines = splitLines(after);
    out += `@@ -${hunk.first},${oldLines.length} +${hunk.first + shift},${newLines.length} @@\n`;
    out += hunkBody(oldLines, newLines);
    shift += newLines.length - oldLines.length;
  }
  return out;
}

/** Lines with their ends kept, so a last line without a newline can be marked as `diff` does. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    lines.push(text.slice(start, newline + 1));
    start = newline + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Common lines first and last as context, the rest removed then added. */
function hunkBody(oldLines: readonly string[], newLines: readonly string[]): string {
  let head = 0;
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
  let tail = 0;
  while (
    tail < oldLines.length - head &&
    tail < newLines.length - head &&
    oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]
  )
    tail++;
  const line = (prefix: string, raw: string) => {
    const text = printableLine(scrubCredentials(raw));
    return `${prefix}${text.endsWith('\n') ? text : `${text}\n\\ No newline at end of file\n`}`;
  };
  return [
    ...oldLines.slice(0, head).map((text) => line(' ', text)),
    ...oldLines.slice(head, oldLines.length - tail).map((text) => line('-', text)),
    ...newLines.slice(head, newLines.length - tail).map((text) => line('+', text)),
    ...oldLines.slice(oldLines.length - tail).map((text) => line(' ', text)),
  ].join('');
}
