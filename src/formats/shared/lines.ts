import type { Span } from '../../model/references.js';

/**
 * Turns offsets into 1-based lines and columns. Built from the text itself, not from a parser's
 * line counter, so positions stay right after a syntax error has thrown the parser off. A line ends
 * at `\n`, `\r\n` or a lone `\r`, as YAML and editors count them.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let at = nextBreak(text, 0); at >= 0; at = nextBreak(text, at)) this.starts.push(at);
  }

  /** How many lines the text has (a text ending in a line break has an empty last line). */
  get count(): number {
    return this.starts.length;
  }

  /** The text of the `index`-th line (0-based) without its line break, and where it starts. */
  line(index: number): { start: number; text: string } {
    const start = this.starts[index] ?? this.text.length;
    let end = this.starts[index + 1] ?? this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, text: this.text.slice(start, end) };
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  span(start: number, end: number): Span {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** The start of the line after the next line break at or after `from`, or -1 when none is left. */
export function nextBreak(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return at + 1;
    if (code === 13) return text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  }
  return -1;
}

/** Whether the character at `at` ends a line: `\n`, or a `\r` not followed by `\n`. */
export function endsLine(text: string, at: number, code = text.charCodeAt(at)): boolean {
  return code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10);
}
