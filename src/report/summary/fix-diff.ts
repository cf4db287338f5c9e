import type { PublishableFix } from '../fixes.js';
import { locationCell, longestBacktickRun, messageCell, type SourceLinks } from './markdown.js';

/** Lines shown of each side of an edit, and characters of each line: a summary shows a small diff. */
export const maxDiffLinesPerSide = 8;
export const maxDiffLineLength = 200;

/** One side of an edit as diff lines: control characters (a CR among them) as spaces, long lines and long sides cut. */
function side(text: string, mark: '-' | '+'): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((line) => {
    const flat = line.replace(/[\u0000-\u001f\u007f]/g, ' ');
    return `${mark}${flat.length > maxDiffLineLength ? `${flat.slice(0, maxDiffLineLength)}…` : flat}`;
  });
  if (lines.length <= maxDiffLinesPerSide) return lines;
  return [
    ...lines.slice(0, maxDiffLinesPerSide),
    `${mark}… ${lines.length - maxDiffLinesPerSide} more line${lines.length - maxDiffLinesPerSide === 1 ? '' : 's'}`,
  ];
}

/** The diff's body: a hunk header per edit (`@@ path:line @@`), then the text replaced and its replacement. */
function diffBody(fix: PublishableFix): string[] {
  return fix.edits.flatMap((edit) => [
    `@@ ${edit.file.replace(/[\u0000-\u001f\u007f]/g, ' ')}:${edit.span.startLine}:${edit.span.startColumn} @@`,
    ...side(edit.originalScrubbed, '-'),
    ...side(edit.replacement, '+'),
  ]);
}

/**
 * A finding's fix in the job summary: what it does, then a small ```diff block. The diff holds text from
 * the checkout, which stays literal inside a fenced block as long as nothing closes the fence: the fence is
 * one backtick longer than the longest run of backticks inside (and at least three), and control
 * characters, which could end a line early, are spaces.
 */
export function fixDiffLines(
  fix: PublishableFix,
  place: { file: string; line: number; column: number },
  links: SourceLinks | undefined,
): string[] {
  const body = diffBody(fix);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body.join('\n')) + 1));
  return [
    `**Fix** for ${locationCell(links, place)}${fix.suggestionOnly ? ' (a suggestion to review; `--fix` does not apply it)' : ''}: ${messageCell(fix.description)}`,
    '',
    `${fence}diff`,
    ...body,
    fence,
    '',
  ];
}
