import type { Span } from '../../model/references.js';
import { LineIndex, nextBreak } from '../shared/lines.js';
import { findLiterals, isBase64Char, literalReach, type LiteralHit, type SecretKeyName } from './literals.js';

/** A literal found in text read piece by piece, with its place in the whole text. */
export interface PlacedLiteral {
  hit: LiteralHit;
  span: Span;
}

/**
 * The text layer over text that arrives in pieces (a file too large to hold): the same literals, at the
 * same lines and columns, as one pass over the whole text would find, holding at most one piece and a
 * margin in memory.
 *
 * Each pass reads a window of the text; what it finds is kept only where the window saw everything the
 * finding depends on: the value's whole base64 run and the name up to `literalReach` characters before
 * it. So a window keeps findings that start at least `literalReach` after its start and end before its
 * last `literalReach` characters, and the next window starts `literalReach` before where the last one
 * stopped keeping. Whether a key ID stood earlier on the line, which may be further back than any
 * margin, is carried from window to window.
 */
export class ChunkedLiteralScan {
  private window = '';
  /** Offsets in the whole text (UTF-16 units, as the whole-text layer counts them). */
  private windowStart = 0;
  private keepFrom = 0;
  /** The 1-based line the window starts on, and where that line starts in the whole text. */
  private line = 1;
  private lineStart = 0;
  private keyIdOnLine = false;
  private insideRun = false;
  private readonly anchors = new Map<string, string>();
  /** The last key ID kept before the window's start, and those kept at or after it (a margin's worth). */
  private lastKeyIdBefore = -1;
  private keyIdsInWindow: number[] = [];
  private readonly found: PlacedLiteral[] = [];

  constructor(private readonly isSecretKeyName: SecretKeyName) {}

  /** Adds the next piece of text; windows are read as soon as enough text has come. */
  push(text: string): void {
    this.window += text;
    if (this.window.length > 4 * literalReach) this.read(false);
  }

  /** Reads what is left and gives every literal found, in the order of the text. */
  end(): PlacedLiteral[] {
    this.read(true);
    this.window = '';
    return this.found;
  }

  private read(last: boolean): void {
    const windowEnd = this.windowStart + this.window.length;
    const keepTo = last ? windowEnd : windowEnd - literalReach;
    const hits = findLiterals(this.window, this.isSecretKeyName, {
      keyIdOnLine: this.keyIdOnLine,
      insideRun: this.insideRun,
      anchors: this.anchors,
    });
    const lines = new LineIndex(this.window);
    for (const hit of hits) {
      const start = this.windowStart + hit.start;
      if (start < this.keepFrom || start >= keepTo) continue;
      const end = this.windowStart + hit.end;
      this.found.push({ hit: { ...hit, start, end }, span: this.place(lines, hit.start, hit.end) });
      if (hit.kind === 'access-key-id') this.keyIdsInWindow.push(start);
    }
    if (!last) this.moveTo(keepTo - literalReach, keepTo);
  }

  /** A window offset's line and column in the whole text. */
  private place(lines: LineIndex, start: number, end: number): Span {
    const local = lines.span(start, end);
    const shift = (line: number, column: number) =>
      line === 1
        ? { line: this.line, column: column + this.windowStart - this.lineStart }
        : { line: line + this.line - 1, column };
    const from = shift(local.startLine, local.startColumn);
    const to = shift(local.endLine, local.endColumn);
    return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }

  /** Starts the next window at `start`, carrying what the text before it says about that point. */
  private moveTo(start: number, keepFrom: number): void {
    const cut = start - this.windowStart;
    // Line breaks as the line index counts them (`\n`, `\r\n`, a lone `\r`); the character at the cut is in the
    // window, so a `\r\n` split by the cut is one break, counted with the next window.
    let lastLineStart = -1;
    for (let at = nextBreak(this.window, 0); at >= 0 && at <= cut; at = nextBreak(this.window, at)) {
      this.line++;
      lastLineStart = at;
    }
    if (lastLineStart >= 0) this.lineStart = this.windowStart + lastLineStart;
    // Every key ID before `start` has been kept by now, so the last one kept before it says whether one is on the line.
    const passed = this.keyIdsInWindow.filter((keyIdStart) => keyIdStart < start);
    this.lastKeyIdBefore = passed[passed.length - 1] ?? this.lastKeyIdBefore;
    this.keyIdsInWindow = this.keyIdsInWindow.slice(passed.length);
    this.keyIdOnLine = this.lastKeyIdBefore >= this.lineStart;
    this.insideRun = cut > 0 && isBase64Char(this.window.charCodeAt(cut - 1));
    this.window = this.window.slice(cut);
    this.windowStart = start;
    this.keepFrom = keepFrom;
  }
}
