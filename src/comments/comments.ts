/**
 * Finds the real comments of a file, so an inline ignore marker counts only where a comment can
 * hold it: a marker inside a string (`name: "ses-credential-hygiene: ignore[]"`) is data the pull
 * request chose, not an instruction. One linear pass per syntax, on the raw text.
 */
import { lineEndAt } from '../common/line-end.js';

export type CommentSyntax = 'hash' | 'hcl' | 'none';

export interface Comment {
  /** 1-based line the comment text is on (a block comment gives one entry per line). */
  line: number;
  text: string;
}

/** YAML (and the shell in `run:` blocks) and dotenv use `#`; HCL adds `//` and block comments; JSON has none. */
export function commentSyntaxFor(path: string): CommentSyntax {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/\.(?:tf|hcl|tfvars)$/.test(name)) return 'hcl';
  if (name.endsWith('.json')) return 'none';
  return 'hash';
}

export function findComments(text: string, syntax: CommentSyntax): Comment[] {
  if (syntax === 'none') return [];
  return syntax === 'hcl' ? hclComments(text) : hashComments(text);
}

/** Characters after which a quote opens a string (YAML scalars, shell words), rather than being an apostrophe. */
const beforeString = new Set([' ', '\t', '\r', ':', '[', '{', ',', '=', '(', '|', '&', ';', '$', '`']);

function opensString(previous: string | undefined): boolean {
  return previous === undefined || beforeString.has(previous);
}

/**
 * `#` starts a comment at the start of a line or after white space, outside quotes. Quotes are
 * tracked within a line only: YAML and shell strings rarely span lines, and guessing wrong across
 * lines would hide real comments for the rest of the file.
 */
function hashComments(text: string): Comment[] {
  const comments: Comment[] = [];
  let line = 1;
  let quote: string | undefined;
  let index = 0;
  while (index < text.length) {
    const ch = text[index];
    if (ch === '\n') {
      line++;
      quote = undefined;
    } else if (quote) {
      if (ch === '\\' && quote === '"') index++;
      else if (ch === quote) quote = undefined;
    } else if ((ch === '"' || ch === "'") && opensString(text[index - 1])) {
      quote = ch;
    } else if (ch === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
      const end = lineEndAt(text, index);
      comments.push({ line, text: text.slice(index + 1, end) });
      index = end;
      continue;
    }
    index++;
  }
  return comments;
}

/** HCL: `#` and `//` to the end of the line, block comments across lines; strings and heredocs are skipped. */
function hclComments(text: string): Comment[] {
  const comments: Comment[] = [];
  let line = 1;
  let index = 0;
  while (index < text.length) {
    const ch = text[index];
    const next = text[index + 1];
    if (ch === '\n') {
      line++;
      index++;
    } else if (ch === '#' || (ch === '/' && next === '/')) {
      const start = index + (ch === '#' ? 1 : 2);
      const end = lineEndAt(text, index);
      comments.push({ line, text: text.slice(start, end) });
      index = end;
    } else if (ch === '/' && next === '*') {
      const close = text.indexOf('*/', index + 2);
      const end = close < 0 ? text.length : close;
      text
        .slice(index + 2, end)
        .split('\n')
        .forEach((part, offset) => comments.push({ line: line + offset, text: part }));
      line += countLines(text, index, end);
      index = close < 0 ? text.length : close + 2;
    } else if (ch === '"') {
      const end = stringEnd(text, index);
      line += countLines(text, index, end);
      index = end;
    } else if (ch === '<' && next === '<') {
      const end = heredocEnd(text, index);
      line += countLines(text, index, end);
      index = end;
    } else index++;
  }
  return comments;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The index after the closing quote of the string opening at `start` (HCL strings do not span lines). */
function stringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    const ch = text[index];
    if (ch === '\\') index++;
    else if (ch === '"' || ch === '\n') return index + 1;
  }
  return text.length;
}

/** The index after a heredoc `<<ID` / `<<-ID` … `ID`, or just past `<<` when none opens here. */
function heredocEnd(text: string, start: number): number {
  const opener = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(start, start + 80));
  if (!opener) return start + 2;
  const marker = opener[1] ?? '';
  let at = start + opener[0].length;
  while (at < text.length) {
    const end = lineEndAt(text, at);
    if (text.slice(at, end).trim() === marker) return end;
    at = end + 1;
  }
  return text.length;
}
