/** Limits that keep hostile input from exhausting the stack, memory or time; all configurable. */
export interface ParseLimits {
  /** Deepest nesting of brackets or indentation a file may have before it is skipped. */
  maxDepth: number;
  /** Most YAML aliases (`*name`) a file may use; they are never expanded, but a file full of them is an attack. */
  maxAliases: number;
}

export const defaultParseLimits: ParseLimits = { maxDepth: 100, maxAliases: 100 };

/**
 * How deeply a text nests, by brackets and by indentation, counted without parsing (so that the count
 * itself cannot overflow). Stops counting once past `limit`.
 */
export function nestingDepth(text: string, limit: number): number {
  const counter = new NestingCounter(limit);
  for (let i = 0; i < text.length && !counter.isPastLimit(); i++) counter.step(text, i, text.charCodeAt(i));
  return counter.deepest;
}

/**
 * The nesting count one character at a time, so another pass over the text can carry it. Within a line,
 * only spaces, dashes, newlines and brackets change it: a caller may skip characters that are none of
 * these once the line's first other character was fed.
 */
export class NestingCounter {
  deepest = 0;
  private brackets = 0;
  private readonly indents: number[] = [];
  private lineStart = true;
  private indent = 0;
  private dashes = 0;

  constructor(private readonly limit: number) {}

  isPastLimit(): boolean {
    return this.deepest > this.limit;
  }

  /** Feeds the character `code` at offset `i` of `text`; nothing changes once past the limit. */
  step(text: string, i: number, code: number): void {
    if (this.deepest > this.limit) return;
    if (this.lineStart) {
      if (code === 32 || code === 45) {
        // Spaces, and the dash of a YAML list item, count as indentation; each `- ` opens a sequence.
        if (code === 45 && text.charCodeAt(i + 1) === 32) this.dashes++;
        this.indent++;
        return;
      }
      this.lineStart = false;
      if (code !== 10 && code !== 13 && code !== 35) {
        const indents = this.indents;
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= this.indent) indents.pop();
        indents.push(this.indent);
        if (indents.length + this.dashes > this.deepest) this.deepest = indents.length + this.dashes;
      }
    }
    if (code === 10) {
      this.lineStart = true;
      this.indent = 0;
      this.dashes = 0;
    } else if (code === 123 || code === 91) {
      this.brackets++;
      if (this.brackets > this.deepest) this.deepest = this.brackets;
    } else if ((code === 125 || code === 93) && this.brackets > 0) this.brackets--;
  }
}

/** Counts YAML alias tokens (`*name` after a separator); an estimate that never parses. */
export function aliasCount(text: string, limit: number): number {
  const alias = /(?:^|[\s[{,:-])\*[^\s\]},*]+/g;
  let count = 0;
  while (count <= limit && alias.exec(text) !== null) count++;
  return count;
}
