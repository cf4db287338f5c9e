/**
 * Positions and text for fixes: a rule sees a file's text (given to it, never read here) and turns
 * offsets into `Span`s and edits whose `original` is the text at their place.
 */
import type { Fix, FixEdit } from '../../model/findings.js';
import type { Span } from '../../model/references.js';
import { lineEndAt } from '../../common/line-end.js';
import { nextBreak } from '../../formats/shared/lines.js';

/**
 * Offsets of each line's first character: line n (1-based) starts at `starts[n - 1]`. Lines end as the
 * adapters count them (`\n`, `\r\n` or a lone `\r`), so a rule's span and an edit's agree.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = nextBreak(text, 0); at >= 0; at = nextBreak(text, at)) starts.push(at);
  return starts;
}

/** A span's start and end as offsets into the text, or undefined when it lies outside it. */
export function spanOffsets(
  text: string,
  span: Span,
  starts: readonly number[] = lineStarts(text),
): { start: number; end: number } | undefined {
  const start = offsetOf(text, starts, span.startLine, span.startColumn);
  const end = offsetOf(text, starts, span.endLine, span.endColumn);
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

function offsetOf(text: string, starts: readonly number[], line: number, column: number): number | undefined {
  const lineStart = starts[line - 1];
  if (lineStart === undefined || column < 1) return undefined;
  const lineEnd = starts[line] ?? text.length + 1;
  const offset = lineStart + column - 1;
  // The column after the last character of a line (its newline's place) is still on it.
  return offset < lineEnd ? offset : undefined;
}

/** The span of the offsets [start, end). */
export function spanAt(starts: readonly number[], start: number, end: number): Span {
  const [startLine, startColumn] = lineAndColumn(starts, start);
  const [endLine, endColumn] = lineAndColumn(starts, end);
  return { startLine, startColumn, endLine, endColumn };
}

function lineAndColumn(starts: readonly number[], offset: number): [number, number] {
  const line = lineOf(starts, offset);
  return [line, offset - (starts[line - 1] ?? 0) + 1];
}

/** The 1-based line holding the offset. */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** One file's text with its line starts, for rules that build edits in it. */
export interface FileText {
  file: string;
  text: string;
  starts: number[];
}

export function fileText(file: string, text: string): FileText {
  return { file, text, starts: lineStarts(text) };
}

/** The edit replacing the offsets [start, end) of the file, with the text there as its `original`. */
export function edit(source: FileText, start: number, end: number, replacement: string): FixEdit {
  return {
    file: source.file,
    span: spanAt(source.starts, start, end),
    original: source.text.slice(start, end),
    replacement,
  };
}

/** A fix of the edits, or none when there is none to make. */
export function fixOf(
  description: string,
  edits: ReadonlyArray<FixEdit | undefined>,
  suggestionOnly = false,
): Fix | undefined {
  const present = edits.filter((one): one is FixEdit => one !== undefined);
  if (present.length === 0) return undefined;
  return { description, edits: present, ...(suggestionOnly ? { suggestionOnly } : {}) };
}

/** The offset of the line holding `offset`, and of its end (before the newline). */
export function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = lineEndAt(text, offset);
  return { start, end: end > start && text[end - 1] === '\r' ? end - 1 : end };
}

/** The whole line holding `offset`, its newline included: what deleting the line removes. */
export function wholeLine(text: string, offset: number): { start: number; end: number } {
  const { start } = lineAround(text, offset);
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline + 1 };
}

/** The line's leading spaces and tabs. */
export function indentationAt(text: string, lineStart: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
}

/** The newline the file uses (CRLF files keep CRLF). */
export function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A fix's edits applied to one file's text, last first; undefined when one does not find its original. */
export function applyEdits(text: string, edits: readonly FixEdit[]): string | undefined {
  const starts = lineStarts(text);
  const placed: Array<{ start: number; end: number; replacement: string }> = [];
  for (const one of edits) {
    const at = spanOffsets(text, one.span, starts);
    if (!at || text.slice(at.start, at.end) !== one.original) return undefined;
    placed.push({ ...at, replacement: one.replacement });
  }
  return spliced(text, placed);
}

/**
 * The text with each range replaced, built in one pass from its pieces (replacing one range after
 * another would copy the whole text once per edit). The ranges must not overlap.
 */
export function spliced(
  text: string,
  ranges: ReadonlyArray<{ start: number; end: number; replacement: string }>,
): string {
  const ordered = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const range of ordered) {
    pieces.push(text.slice(at, range.start), range.replacement);
    at = range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * Whether two edits of one file collide: their ranges share a character, one inserts inside the
 * other, or both start at one place (two insertions there have no order).
 */
export function editsOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/** Two edits that change the same text the same way: applying one applies both. */
export function sameEdit(a: FixEdit, b: FixEdit): boolean {
  return (
    a.file === b.file &&
    a.original === b.original &&
    a.replacement === b.replacement &&
    a.span.startLine === b.span.startLine &&
    a.span.startColumn === b.span.startColumn &&
    a.span.endLine === b.span.endLine &&
    a.span.endColumn === b.span.endColumn
  );
}

/** The scanned texts a rule's fixes are made in, each read into lines once per rule run. */
export class FixTexts {
  private readonly files = new Map<string, FileText>();
  private readonly remembered = new Map<string, unknown>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /**
   * What `make` gives for `key`, made once per rule run: a parsed document or a value read from every
   * file is worked out once, not once per finding (a file of many findings stays linear).
   */
  remember<T>(key: string, make: () => T): T {
    if (this.remembered.has(key)) return this.remembered.get(key) as T;
    const made = make();
    this.remembered.set(key, made);
    return made;
  }

  get(file: string): FileText | undefined {
    let known = this.files.get(file);
    if (!known) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      known = fileText(file, text);
      this.files.set(file, known);
    }
    return known;
  }

  /** A scanned file's text alone, not read into lines: for a look through many files for the few that matter. */
  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  /** Every scanned file's path, in the order given. */
  paths(): string[] {
    return [...this.texts.keys()];
  }

  /** The offsets of a span in its file. */
  offsets(file: string, span: Span): { source: FileText; start: number; end: number } | undefined {
    const source = this.get(file);
    const at = source && spanOffsets(source.text, span, source.starts);
    return source && at ? { source, ...at } : undefined;
  }
}
