import { createHash } from 'node:crypto';
import { toolName } from '../common/version.js';
import type { Finding, FixEdit } from '../model/findings.js';
import { editsByFile, findingFix, holdsCredential } from '../report/fixes.js';
import { longestBacktickRun, messageCell } from '../report/summary/markdown.js';
import { hunkChanging, type PatchHunk } from './github/patch-hunks.js';

/** One review comment with a ```suggestion block: GitHub's one-click commit of a fix. */
export interface SuggestionComment {
  path: string;
  /** The first line replaced, when the suggestion spans more than one. */
  startLine?: number;
  /** The last line replaced (GitHub's `line`). */
  line: number;
  body: string;
  /** The hidden marker the body starts with, by which a later run knows it was posted. */
  marker: string;
}

/** At most this many suggestions per run: a review is for reading, not a dump of every fix. */
export const maxSuggestionsPerRun = 30;

/** Text in a suggestion is committed as it is: a line holding another control character than a tab is not offered. */
const unsafeControl = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Each line's start offset in the text (lines split at `\n`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** A line's text without its line ending. */
function lineText(text: string, starts: readonly number[], line: number): string | undefined {
  const start = starts[line - 1];
  if (start === undefined) return undefined;
  const next = starts[line];
  const raw = text.slice(start, next === undefined ? text.length : next - 1);
  return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}

/**
 * The lines from the first edit's line to the last one's, as they read after the edits; undefined when
 * an edit's `original` is not what the file holds (the file changed since the scan), or a line is not
 * what the pull request's head holds (the checkout is a merge commit whose base changed the file).
 */
export function suggestedLines(
  text: string,
  edits: readonly FixEdit[],
  hunk: PatchHunk,
  starts: readonly number[] = lineStarts(text),
): string | undefined {
  const first = edits[0]?.span.startLine ?? 0;
  const last = Math.max(...edits.map((edit) => edit.span.endLine));
  for (let line = first; line <= last; line++)
    if (lineText(text, starts, line) !== hunk.lines.get(line)) return undefined;
  const offset = (line: number, column: number) => (starts[line - 1] ?? Number.NaN) + column - 1;
  const blockStart = starts[first - 1] ?? 0;
  const blockEnd = (starts[last - 1] ?? 0) + (lineText(text, starts, last) ?? '').length;
  let out = '';
  let cursor = blockStart;
  for (const edit of edits) {
    const from = offset(edit.span.startLine, edit.span.startColumn);
    const to = offset(edit.span.endLine, edit.span.endColumn);
    if (!(from >= cursor && to >= from && to <= text.length) || text.slice(from, to) !== edit.original)
      return undefined;
    out += text.slice(cursor, from) + edit.replacement;
    cursor = to;
  }
  out += text.slice(cursor, Math.max(cursor, blockEnd));
  return out.replace(/\r\n/g, '\n');
}

/** The marker of one suggestion: its place and content hashed, so the same suggestion is never posted twice. */
function markerOf(path: string, first: number, last: number, content: string): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([path, first, last, content]))
    .digest('hex')
    .slice(0, 20);
  return `<!-- ${toolName} suggestion ${hash} -->`;
}

export interface SuggestionInputs {
  findings: readonly Finding[];
  /** The pull request's hunks by file path (repository-relative, as findings' paths after rebasing). */
  hunks: ReadonlyMap<string, readonly PatchHunk[]>;
  /** The file's text in the checkout, or undefined when it cannot be read safely. Called once per file. */
  readFile: (path: string) => string | undefined;
}

/** A file read for suggestions: its text and line starts, made once per run however many findings it has. */
interface ReadFile {
  text: string;
  starts: number[];
}

/**
 * The suggestions to offer: a finding's fix whose edits all lie in one file and inside one hunk of the pull
 * request, applied to the lines they touch. Nothing holding a credential is offered (the fix is dropped by
 * `publishableFix`; lines around it are checked here too), and the block's fence is longer than any run of
 * backticks inside, so the file's text cannot end it.
 */
export function planSuggestions(inputs: SuggestionInputs): SuggestionComment[] {
  const comments: SuggestionComment[] = [];
  const seen = new Set<string>();
  // A file with thousands of findings is read and split once: the work stays linear in the findings.
  const files = new Map<string, ReadFile | undefined>();
  const fileAt = (path: string): ReadFile | undefined => {
    if (files.has(path)) return files.get(path);
    const text = inputs.readFile(path);
    const read = text === undefined ? undefined : { text, starts: lineStarts(text) };
    files.set(path, read);
    return read;
  };
  for (const finding of inputs.findings) {
    if (comments.length >= maxSuggestionsPerRun) break;
    // The publishable view decides whether the fix may be shown; the edits applied are the rule's own.
    const fix = findingFix(finding);
    const byFile = fix && finding.fix ? editsByFile(finding.fix.edits) : undefined;
    if (!fix || !byFile || byFile.size !== 1) continue;
    const [[path, edits] = ['', []]] = [...byFile];
    const first = edits[0]?.span.startLine ?? 0;
    const last = Math.max(...edits.map((edit) => edit.span.endLine));
    const hunk = hunkChanging(inputs.hunks.get(path) ?? [], first, last);
    const file = hunk ? fileAt(path) : undefined;
    if (!hunk || file === undefined) continue;
    const content = suggestedLines(file.text, edits, hunk, file.starts);
    if (content === undefined || holdsCredential(content) || unsafeControl.test(content)) continue;
    const marker = markerOf(path, first, last, content);
    if (seen.has(marker)) continue;
    seen.add(marker);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    const body = [
      marker,
      `**${toolName}** · \`${finding.ruleId}\`: ${messageCell(fix.description)}${fix.suggestionOnly ? ' _(review before committing: this change needs more than the lines shown)_' : ''}`,
      '',
      `${fence}suggestion`,
      content,
      fence,
    ].join('\n');
    comments.push({ path, ...(first < last ? { startLine: first } : {}), line: last, body, marker });
  }
  return comments;
}
