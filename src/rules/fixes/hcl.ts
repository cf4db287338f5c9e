/**
 * Just enough of HCL's lexical structure to edit a Terraform file by its text: which characters are
 * code (not in a string, heredoc or comment), and which braces and parentheses pair up. One pass,
 * linear in the text, no recursion: a hostile file costs no more than its length.
 */
import { indentationAt, lineAround, newlineOf, wholeLine, edit, type FileText } from './text.js';
import type { FixEdit } from '../../model/findings.js';

export interface HclStructure {
  /** 1 where the character is code, 2 in a comment, 0 in strings and heredocs. */
  code: Uint8Array;
  /** Each code `{` with its `}` (or -1 when the file ends first) and the pair it is in (-1: none), in the order they open. */
  braces: Array<{ open: number; close: number; parent: number }>;
  /** Each code `(`'s matching `)`. */
  parens: Map<number, number>;
}

type Frame = { type: 'code'; braces: number } | { type: 'string' };

export function hclStructure(text: string): HclStructure {
  const code = new Uint8Array(text.length);
  const braces: Array<{ open: number; close: number; parent: number }> = [];
  const parens = new Map<number, number>();
  const openBraces: number[] = [];
  const openParens: number[] = [];
  // The outermost frame is the file; a template interpolation (`${…}` in a string) is code again.
  const frames: Frame[] = [{ type: 'code', braces: 0 }];
  let at = 0;
  while (at < text.length) {
    const frame = frames[frames.length - 1] ?? { type: 'code', braces: 0 };
    const char = text[at];
    const next = text[at + 1];
    if (frame.type === 'string') {
      if (char === '\\') at += 2;
      else if ((char === '$' || char === '%') && next === '{') {
        frames.push({ type: 'code', braces: 0 });
        at += 2;
      } else {
        if (char === '"' || char === '\n') frames.pop();
        at += 1;
      }
      continue;
    }
    if (char === '#' || (char === '/' && next === '/')) {
      const end = lineAround(text, at).end;
      code.fill(2, at, end);
      at = end;
      continue;
    }
    if (char === '/' && next === '*') {
      const close = text.indexOf('*/', at + 2);
      const end = close === -1 ? text.length : close + 2;
      code.fill(2, at, end);
      at = end;
      continue;
    }
    if (char === '<' && next === '<') {
      const heredoc = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(at, at + 200));
      if (heredoc) {
        at = heredocEnd(text, at + heredoc[0].length, heredoc[1] ?? '');
        continue;
      }
    }
    if (char === '"') {
      frames.push({ type: 'string' });
      at += 1;
      continue;
    }
    code[at] = 1;
    if (char === '{') {
      frame.braces += 1;
      braces.push({ open: at, close: -1, parent: openBraces[openBraces.length - 1] ?? -1 });
      openBraces.push(braces.length - 1);
    } else if (char === '}') {
      if (frame.braces === 0 && frames.length > 1) {
        // The end of a template interpolation: back into its string.
        code[at] = 0;
        frames.pop();
      } else {
        frame.braces = Math.max(0, frame.braces - 1);
        const index = openBraces.pop();
        const pair = index === undefined ? undefined : braces[index];
        if (pair) pair.close = at;
      }
    } else if (char === '(') openParens.push(at);
    else if (char === ')') {
      const open = openParens.pop();
      if (open !== undefined) parens.set(open, at);
    }
    at += 1;
  }
  return { code, braces, parens };
}

/** The offset after a heredoc's closing line (its marker alone on a line, indented or not). */
function heredocEnd(text: string, from: number, marker: string): number {
  let lineStart = from;
  while (lineStart < text.length) {
    const { end } = lineAround(text, lineStart);
    if (text.slice(lineStart, end).trim() === marker) return end;
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) return text.length;
    lineStart = newline + 1;
  }
  return text.length;
}

/**
 * The innermost code brace pair around the offset: the last pair opened before it, or the nearest of
 * its enclosing pairs that is still open there (a binary search, then up the parents: no scan of all pairs).
 */
export function enclosingBraces(structure: HclStructure, offset: number): { open: number; close: number } | undefined {
  const { braces } = structure;
  let low = 0;
  let high = braces.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((braces[middle]?.open ?? Infinity) < offset) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  for (let index = last; index !== -1; index = braces[index]?.parent ?? -1) {
    const pair = braces[index];
    if (pair && (pair.close === -1 || offset <= pair.close)) return pair.close === -1 ? undefined : pair;
  }
  return undefined;
}

/** The block around the offset when its header (the text before `{` on its line) matches. */
export function blockAround(
  source: FileText,
  structure: HclStructure,
  offset: number,
  header: RegExp,
): { open: number; close: number; headerStart: number } | undefined {
  const pair = enclosingBraces(structure, offset);
  if (!pair) return undefined;
  const line = lineAround(source.text, pair.open);
  if (!header.test(source.text.slice(line.start, pair.open))) return undefined;
  return { ...pair, headerStart: line.start };
}

/**
 * An attribute written directly in the block (`name = value` on its own line, not inside a nested
 * block or object): where its value starts and ends on that line.
 */
export function blockAttribute(
  source: FileText,
  structure: HclStructure,
  block: { open: number; close: number },
  name: string,
): { nameStart: number; valueStart: number; valueEnd: number } | undefined {
  const pattern = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*`, 'gm');
  // Only the block's own text is searched: the blocks of a file are searched in linear time, together.
  const base = block.open + 1;
  const body = source.text.slice(base, block.close);
  for (let found = pattern.exec(body); found; found = pattern.exec(body)) {
    const lineStart = base + found.index;
    const nameAt = lineStart + found[0].length - found[0].trimStart().length;
    if (structure.code[nameAt] !== 1 || enclosingBraces(structure, nameAt)?.open !== block.open) continue;
    const valueStart = lineStart + found[0].length;
    const { end } = lineAround(source.text, valueStart);
    const valueText = source.text.slice(valueStart, end);
    // Up to a trailing comment.
    let valueEnd = valueStart;
    for (let index = 0; index < valueText.length; index++)
      if (structure.code[valueStart + index] === 2) break;
      else if (!/\s/.test(valueText[index] ?? '')) valueEnd = valueStart + index + 1;
    return { nameStart: nameAt, valueStart, valueEnd };
  }
  return undefined;
}

/**
 * Inserts `name = value` as the block's last line, indented as its other lines; none for a block
 * written on one line (its closing brace not alone at the start of a line).
 */
export function appendAttribute(
  source: FileText,
  block: { open: number; close: number },
  line: string,
): FixEdit | undefined {
  const closing = lineAround(source.text, block.close);
  if (source.text.slice(closing.start, block.close).trim() !== '') return undefined;
  const openLine = lineAround(source.text, block.open);
  const firstInner = wholeLine(source.text, block.open).end;
  const indent =
    firstInner < closing.start
      ? indentationAt(source.text, firstInner)
      : `${indentationAt(source.text, openLine.start)}  `;
  return edit(source, closing.start, closing.start, `${indent}${line}${newlineOf(source.text)}`);
}

/** Each Terraform file's structure, worked out once per rule run. */
export class HclStructures {
  private readonly known = new Map<string, HclStructure>();

  of(source: FileText): HclStructure {
    let structure = this.known.get(source.file);
    if (!structure) {
      structure = hclStructure(source.text);
      this.known.set(source.file, structure);
    }
    return structure;
  }
}
